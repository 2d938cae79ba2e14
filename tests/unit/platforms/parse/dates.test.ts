import { describe, expect, it } from 'vitest';
import { isoDate, parseDate } from '../../../../lib/platforms/parse/dates';

describe('parseDate', () => {
  it.each([
    ['Member since Jul 7, 2014', '2014-07-07'],
    ['Member since July 7th 2014', '2014-07-07'],
    ['Member since Jul 2014', '2014-07-01'],
    ['Member since Nov 13, 2018', '2018-11-13'],
    ['Membre depuis le 3 mars 2019', '2019-03-03'],
    ['3 mars 2019', '2019-03-03'],
    ['1er février 2020', '2020-02-01'],
    ['7 juil. 2014', '2014-07-07'],
    ['août 2021', '2021-08-01'],
    ['13 déc. 2022', '2022-12-13'],
    ['7 July 2014', '2014-07-07'],
    ['2019-03-03', '2019-03-03'],
  ])('%s → %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it('reads numeric dates by the locale', () => {
    expect(parseDate('03/03/2019', 'fr')).toBe('2019-03-03');
    expect(parseDate('04/03/2019', 'fr')).toBe('2019-03-04');
    expect(parseDate('04/03/2019', 'en-GB')).toBe('2019-03-04');
    expect(parseDate('04/03/2019', 'en-US')).toBe('2019-04-03');
    expect(parseDate('04.03.2019', 'de')).toBe('2019-03-04');
  });

  it('reads unambiguous numeric dates without a hint, and refuses ambiguous ones', () => {
    expect(parseDate('13/03/2019')).toBe('2019-03-13');
    expect(parseDate('03/13/2019')).toBe('2019-03-13');
    expect(parseDate('03/03/2019')).toBe('2019-03-03');
    expect(parseDate('04/03/2019')).toBeUndefined();
  });

  it('refuses dates that do not exist', () => {
    expect(parseDate('31 juin 2020')).toBeUndefined();
    expect(parseDate('Feb 29, 2023')).toBeUndefined();
    expect(parseDate('Feb 29, 2024')).toBe('2024-02-29');
    expect(parseDate('2019-13-01')).toBeUndefined();
    expect(isoDate(1850, 1, 1)).toBeUndefined();
  });

  it('survives nasty input', () => {
    expect(parseDate('')).toBeUndefined();
    expect(parseDate(null)).toBeUndefined();
    expect(parseDate('Member since ' + 'x'.repeat(1_000_000))).toBeUndefined();
    expect(parseDate('market 2019')).toBeUndefined();
  });
});
