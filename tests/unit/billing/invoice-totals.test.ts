import { describe, expect, it } from 'vitest';
import { exactRateOf, lineNet, totalsFromLines, totalsFromNet, vatOn } from '../../../lib/billing/invoice-totals';
import { VAT_RATES, vatRatesOn } from '../../../lib/billing/rules/vat-rates';

describe('invoice totals', () => {
  it('compute VAT and total from one amount before VAT and a rate', () => {
    expect(totalsFromNet(120_000, 20)).toEqual({ net: 120_000, vat: 24_000, total: 144_000, byRate: [{ ratePercent: 20, net: 120_000, vat: 24_000 }] });
    expect(totalsFromNet(123_45, 5.5)).toMatchObject({ vat: 679, total: 13_024 }); // 123.45 × 5.5 % = 6.78975 → 6.79
  });

  it('charge no VAT when no rate is given (franchise)', () => {
    expect(totalsFromNet(150_000, undefined)).toEqual({ net: 150_000, vat: 0, total: 150_000, byRate: [{ ratePercent: undefined, net: 150_000, vat: 0 }] });
  });

  it('round half-up to the cent', () => {
    expect(vatOn(1_25, 2)).toBe(3); // 1.25 × 2 % = 0.025 → 0.03
    expect(vatOn(1_24, 2)).toBe(2); // 0.0248 → 0.02
    expect(vatOn(10, 5.5)).toBe(1); // 0.0055 → 0.01
    expect(vatOn(9, 5.5)).toBe(0); // 0.00495 → 0.00
    expect(vatOn(1_00, 2.1)).toBe(2); // 0.021 → 0.02
    expect(vatOn(50, 19)).toBe(10); // 0.095 → 0.10
  });

  it('round VAT once per rate, not per line', () => {
    // Three lines of 0.05 at 10 %: per line 0.005 → 0.01 each would give 0.03; per rate 0.15 × 10 % = 0.015 → 0.02.
    const lines = [1, 2, 3].map((i) => ({ description: `l${i}`, quantityThousandths: 1000, unitPrice: 5, vatRatePercent: 10 }));
    expect(totalsFromLines(lines)).toMatchObject({ net: 15, vat: 2, total: 17 });
  });

  it('group lines per rate, highest first, the lines without VAT last', () => {
    const totals = totalsFromLines([
      { quantityThousandths: 2_500, unitPrice: 400_00, vatRatePercent: 20 }, // 2.5 days × 400.00 = 1,000.00
      { quantityThousandths: 1_000, unitPrice: 45_99, vatRatePercent: 5.5 }, // 45.99, VAT 2.52945 → 2.53
      { quantityThousandths: 3_000, unitPrice: 10_00 }, // no VAT
      { quantityThousandths: 333, unitPrice: 1_00, vatRatePercent: 20 }, // 0.333 × 1.00 = 0.333 → 0.33
    ]);
    expect(totals.byRate).toEqual([
      { ratePercent: 20, net: 1_000_33, vat: 200_07 }, // 1,000.33 × 20 % = 200.066 → 200.07
      { ratePercent: 5.5, net: 45_99, vat: 2_53 },
      { ratePercent: undefined, net: 30_00, vat: 0 },
    ]);
    expect(totals).toMatchObject({ net: 1_076_32, vat: 202_60, total: 1_278_92 });
  });

  it('take a line net as quantity × unit price, half-up to the cent', () => {
    expect(lineNet({ quantityThousandths: 1_500, unitPrice: 3 })).toBe(5); // 4.5 cents → 5
    expect(lineNet({ quantityThousandths: 250, unitPrice: 85_00 })).toBe(21_25);
  });

  it('find the rate of a stored total and VAT only when it is exact', () => {
    expect(exactRateOf(144_000, 24_000, [20, 10, 5.5, 2.1, 0])).toBe(20);
    expect(exactRateOf(13_024, 679, [20, 10, 5.5, 2.1, 0])).toBe(5.5);
    expect(exactRateOf(144_000, 24_001, [20, 10, 5.5, 2.1, 0])).toBeUndefined();
    expect(exactRateOf(100_000, 0, [20, 0])).toBeUndefined();
  });
});

describe('VAT rates table', () => {
  it('give the French rates, standard first', () => {
    expect(vatRatesOn('FR', '2026-10-01').map((r) => r.ratePercent)).toEqual([20, 10, 5.5, 2.1, 0]);
  });

  it('give the German rates of the day, the 2020 cut included', () => {
    expect(vatRatesOn('DE', '2026-01-15').map((r) => r.ratePercent)).toEqual([19, 7, 0]);
    expect(vatRatesOn('DE', '2020-09-01').map((r) => r.ratePercent)).toEqual([16, 5, 0]);
    expect(vatRatesOn('DE', '2020-06-30').map((r) => r.ratePercent)).toEqual([19, 7, 0]);
  });

  it('give the UK rates, and none for the EU as a whole', () => {
    expect(vatRatesOn('UK', '2026-01-15').map((r) => r.ratePercent)).toEqual([20, 5, 0]);
    expect(vatRatesOn('EU', '2026-01-15')).toEqual([]);
  });

  it('carry a source and a start date on every row, and never two rows of one rate in force at once', () => {
    for (const row of VAT_RATES) {
      expect(row.source.ref.length).toBeGreaterThan(0);
      expect(row.holdsFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (row.holdsUntil) expect(row.holdsUntil > row.holdsFrom).toBe(true);
    }
    for (const day of ['2010-01-01', '2020-08-01', '2026-12-31']) {
      for (const j of ['FR', 'DE', 'UK', 'US'] as const) {
        const kinds = vatRatesOn(j, day).map((r) => r.kind);
        expect(new Set(kinds).size, `${j} ${day}`).toBe(kinds.length);
      }
    }
  });
});
