import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enJson from '../../../lib/profile/messages.en.json';
import frJson from '../../../lib/profile/messages.fr.json';
import { message } from '../../../lib/i18n/messages';
import { expectChromeFormat, expectSameKeysAndPlaceholders, type Catalogue } from '../catalogues';

const en: Catalogue = enJson;
const fr: Catalogue = frJson;

/** Every `'fit_…'` and `'profile_…'` key named in the profile's code and components. */
const namedInCode = (): Set<string> => {
  const named = new Set<string>();
  for (const dir of ['../../../lib/profile', '../../../components/profile']) {
    const path = join(__dirname, dir);
    for (const file of readdirSync(path).filter((name) => /\.tsx?$/.test(name))) {
      for (const match of readFileSync(join(path, file), 'utf8').matchAll(/'((?:fit|profile)_[A-Za-z_]+)'/g)) named.add(match[1]);
    }
  }
  return named;
};

describe('profile messages (Chrome _locales format)', () => {
  it('has the same keys and placeholders in English and French', () => {
    expectSameKeysAndPlaceholders(en, fr);
  });

  it('uses only declared placeholders, numbered $1, $2… in order, and names Chrome accepts', () => {
    expectChromeFormat({ en, fr }, { key: /^[A-Za-z0-9_]+$/, required: 'description' });
  });

  it('holds every key the code names, and no key the code never names', () => {
    const named = namedInCode();
    expect([...named].filter((key) => !(key in en))).toEqual([]);
    expect(Object.keys(en).filter((key) => !named.has(key))).toEqual([]);
  });

  it('reads as the figures say, in both languages', () => {
    expect(message('fit_historyPoor', ['2', '6', '2'], 'en')).toBe('2 of 6 freelancers rated this client 2 stars or less.');
    expect(message('fit_historyPoor', ['2', '6', '2'], 'fr')).toBe('2 freelances sur 6 ont donné 2 étoiles ou moins à ce client.');
    expect(`${message('fit_offerClientAverage', ['$5.00'], 'en')} ${message('fit_minimumHourly', ['$45.00'], 'en')}`).toBe(
      'This client paid $5.00 an hour on average. Your minimum is $45.00 an hour.',
    );
  });
});
