import { describe, expect, it } from 'vitest';
import { minorDigits, parseMoney, parseRate } from '../../../../lib/platforms/parse/money';
import { eur, usd } from '../../builders';

describe('parseMoney', () => {
  it.each([
    ['$11K', usd(1_100_000)],
    ['$1.2M', usd(120_000_000)],
    ['$5.00/hr', usd(500)],
    ['$11K+ total spent', usd(1_100_000)],
    ['$10K+', usd(1_000_000)],
    ['$0', usd(0)],
    ['USD 300', usd(30_000)],
    ['300 USD', usd(30_000)],
    ['US$300', usd(30_000)],
    ['£1,250.50', { amount: 125_050, currency: 'GBP' }],
    ['€4 500,00', eur(450_000)],
    ['4 500,00 €', eur(450_000)],
    ['4.500,00 EUR', eur(450_000)],
    ['1 234,56 €', eur(123_456)],
    ['12 euros', eur(1_200)],
    ['50k€', eur(5_000_000)],
    ['1,5 M€', eur(150_000_000)],
    ['CA$ 12.50', { amount: 1_250, currency: 'CAD' }],
    ['¥1200', { amount: 1_200, currency: 'JPY' }],
    ['Fixed-price $625.00', usd(62_500)],
    ['28 jobs posted, $11K spent', usd(1_100_000)],
  ])('%s', (text, expected) => {
    expect(parseMoney(text)).toEqual(expected);
  });

  it('reads thin, narrow and no-break spaces as grouping', () => {
    expect(parseMoney('4\u202f500,00\u00a0€')).toEqual(eur(450_000));
    expect(parseMoney('4\u2009500 €')).toEqual(eur(450_000));
  });

  it('is exact on decimals that floats get wrong', () => {
    expect(parseMoney('$0.29')).toEqual(usd(29));
    expect(parseMoney('$0.125')).toEqual(usd(13));
    expect(parseMoney('$4.35M')).toEqual(usd(435_000_000));
  });

  it('reads a lone separator before exactly three digits as grouping, as most of Europe writes thousands', () => {
    expect(parseMoney('1.500 €')).toEqual(eur(150_000));
    expect(parseMoney('$1,500')).toEqual(usd(150_000));
    expect(parseMoney('1,50 €')).toEqual(eur(150));
  });

  it('needs a currency or a default one', () => {
    expect(parseMoney('300')).toBeUndefined();
    expect(parseMoney('300', 'eur')).toEqual(eur(30_000));
    expect(parseMoney('19 hires, 7 active')).toBeUndefined();
  });

  it('does not read references glued to letters as amounts', () => {
    expect(parseMoney('B2B')).toBeUndefined();
    expect(parseMoney('B2B $40')).toEqual(usd(4_000));
  });

  it('does not take a suffix from the next word', () => {
    expect(parseMoney('$5 Members')).toEqual(usd(500));
    expect(parseMoney('$300 before Friday')).toEqual(usd(30_000));
  });

  it('survives nasty input', () => {
    expect(parseMoney('')).toBeUndefined();
    expect(parseMoney(null)).toBeUndefined();
    expect(parseMoney('$' + '9'.repeat(40))).toBeUndefined();
    expect(parseMoney('$'.repeat(100_000))).toBeUndefined();
    expect(parseMoney('x'.repeat(1_000_000) + '$5')).toBeUndefined();
    expect(parseMoney('<img src=x onerror=alert(1)> $12')).toEqual(usd(1_200));
  });

  it('knows the minor units of zero- and three-decimal currencies', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(parseMoney('KWD 1.250')).toEqual({ amount: 1_250_000, currency: 'KWD' });
  });
});

describe('parseRate', () => {
  it('reads a spaced dash between two amounts as a range, not a negative upper end', () => {
    expect(parseRate('450 € - 550 € / jour', 'EUR')).toEqual({ min: { amount: 45_000, currency: 'EUR' }, max: { amount: 55_000, currency: 'EUR' }, per: 'day' });
    expect(parseRate('€-550')?.min.amount).toBe(-55_000);
  });

  it('reads a single rate as min = max, with its period', () => {
    expect(parseRate('$5.00 /hr')).toEqual({ min: usd(500), max: usd(500), per: 'hour' });
    expect(parseRate('500 € / jour')).toEqual({ min: eur(50_000), max: eur(50_000), per: 'day' });
    expect(parseRate('TJM 450€')).toEqual({ min: eur(45_000), max: eur(45_000), per: 'day' });
  });

  it('reads ranges, sharing a currency written on one end', () => {
    expect(parseRate('$15.00-$35.00')).toEqual({ min: usd(1_500), max: usd(3_500) });
    expect(parseRate('$20.00 - $45.00')).toEqual({ min: usd(2_000), max: usd(4_500) });
    expect(parseRate('Hourly: $25-$47')).toEqual({ min: usd(2_500), max: usd(4_700), per: 'hour' });
    expect(parseRate('15–35 €/h')).toEqual({ min: eur(1_500), max: eur(3_500), per: 'hour' });
    expect(parseRate('$250.00 – 750.00 USD')).toEqual({ min: usd(25_000), max: usd(75_000) });
    expect(parseRate('1 000 € à 2 000 €')).toEqual({ min: eur(100_000), max: eur(200_000) });
    expect(parseRate('$15-35K')).toEqual({ min: usd(1_500_000), max: usd(3_500_000) });
  });

  it('does not make a range of unrelated numbers', () => {
    expect(parseRate('$300 for 2 pages')).toEqual({ min: usd(30_000), max: usd(30_000) });
    expect(parseRate('$50 - $20')).toEqual({ min: usd(5_000), max: usd(5_000) });
    expect(parseRate('no amount here')).toBeUndefined();
  });
});
