import { describe, expect, it } from 'vitest';
import { phoneCountry, toE164 } from '../../../../lib/platforms/parse/phone';

describe('toE164', () => {
  it.each([
    ['+33 6 12 34 56 78', undefined, '+33612345678'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['06.12.34.56.78', 'fr', '+33612345678'],
    ['0044 20 7946 0000', undefined, '+442079460000'],
    ['+44 (0)20 7946 0000', undefined, '+442079460000'],
    ['(415) 555-0132', 'US', '+14155550132'],
    ['+1 415 555 0132', undefined, '+14155550132'],
  ])('%s (%s) → %s', (raw, country, expected) => {
    expect(toE164(raw, country)).toBe(expected);
  });

  it('refuses what is not a possible number', () => {
    expect(toE164('12')).toBeUndefined();
    expect(toE164('+33 1 23')).toBeUndefined();
    expect(toE164('06 12 34 56 78')).toBeUndefined();
    expect(toE164('not a phone', 'FR')).toBeUndefined();
    expect(toE164('')).toBeUndefined();
    expect(toE164('+33 6 12 34 56 78', 'not-a-country')).toBe('+33612345678');
    expect(toE164('9'.repeat(10_000))).toBeUndefined();
  });
});

describe('phoneCountry', () => {
  it('names the country of a normalised number', () => {
    expect(phoneCountry('+33612345678')).toBe('FR');
    expect(phoneCountry('+442079460000')).toBe('GB');
    expect(phoneCountry('+4930123456')).toBe('DE');
  });

  it('refuses what is not E.164', () => {
    expect(phoneCountry('0612345678')).toBeUndefined();
    expect(phoneCountry(undefined)).toBeUndefined();
  });
});
