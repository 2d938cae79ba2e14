import { describe, expect, it } from 'vitest';
import { parseDate, parseDecimal, parseTerms } from '../../../lib/import/values';

describe('amounts as exports write them', () => {
  it.each([
    ['1234.50', 'EUR', 'auto', 123_450],
    ['1 234,50', 'EUR', 'auto', 123_450],
    ['1.234,50', 'EUR', 'auto', 123_450],
    ['1,234.50', 'EUR', 'auto', 123_450],
    ['1,234', 'EUR', 'auto', 123_400],
    ['12,5', 'EUR', 'auto', 1_250],
    ['€ 3 000,00', 'EUR', ',', 300_000],
    ['3000,00 €', 'EUR', ',', 300_000],
    ['-12', 'EUR', 'auto', -1_200],
    ['1250', 'JPY', 'auto', 1_250],
    ['1.2345', 'KWD', '.', 1_235],
    ['0.005', 'EUR', '.', 1],
    ['2 500,00', 'EUR', ',', 250_000],
  ] as const)('%s %s (%s) → %d minor units', (raw, currency, mark, minor) => {
    expect(parseDecimal(raw, currency, mark)).toBe(minor);
  });

  it('refuses what is not an amount', () => {
    for (const raw of ['', 'abc', '12a4', '1..2', '99999999999999999999']) expect(parseDecimal(raw, 'EUR'), raw).toBeUndefined();
  });
});

describe('dates as files write them', () => {
  it.each([
    ['20260131', 'dmy', '2026-01-31'],
    ['2026-01-31', 'dmy', '2026-01-31'],
    ['2026-01-31T10:00:00+01:00', 'dmy', '2026-01-31'],
    ['31/01/2026', 'dmy', '2026-01-31'],
    ['31.01.2026', 'dmy', '2026-01-31'],
    ['1/2/26', 'dmy', '2026-02-01'],
    ['01/31/2026', 'mdy', '2026-01-31'],
  ] as const)('%s (%s) → %s', (raw, order, date) => {
    expect(parseDate(raw, order)).toBe(date);
  });

  it('refuses impossible dates', () => {
    for (const raw of ['31/02/2026', '2026-13-01', '20260230', 'next week', '01/31/2026']) expect(parseDate(raw, 'dmy'), raw).toBeUndefined();
  });
});

describe('payment terms in words', () => {
  it.each([
    ['30 jours', { days: 30, endOfMonth: false }],
    ['Paiement à 30 jours', { days: 30, endOfMonth: false }],
    ['45 jours fin de mois', { days: 45, endOfMonth: true }],
    ['45 j FDM', { days: 45, endOfMonth: true }],
    ['Net 30', { days: 30, endOfMonth: false }],
    ['30 days end of month', { days: 30, endOfMonth: true }],
    ['Zahlbar innerhalb 14 Tagen', { days: 14, endOfMonth: false }],
    ['À réception de facture', { days: 0, endOfMonth: false }],
    ['Due on receipt', { days: 0, endOfMonth: false }],
    ['Comptant', { days: 0, endOfMonth: false }],
  ])('%s', (text, terms) => {
    expect(parseTerms(text)).toEqual(terms);
  });

  it('leaves what it cannot read to the user', () => {
    for (const text of [undefined, '', 'IBAN FR76 3000 6000 0112 3456 7890 189', 'Voir conditions générales', '400 jours']) expect(parseTerms(text)).toBeUndefined();
  });
});
