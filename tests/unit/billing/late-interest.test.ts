import { describe, expect, it } from 'vitest';
import { computeLateInterest, lateInterestForInvoice, recoveryFee } from '../../../lib/billing/late-interest';
import { ECB_MRO, REFERENCE_RATES } from '../../../lib/billing/rules/reference-rates';
import { makeAgreement, makeInvoice } from '../builders';

/*
 * Every expected figure below is worked by hand in the comment above it:
 * interest = balance × rate × days / 365, in minor units, rounded half up once on the total.
 */

describe('computeLateInterest — France (ECB + 10 points, re-read each half-year)', () => {
  it('splits at 1 July: EUR 1,000 due 15 Jun 2025, counted to 10 Jul 2025', () => {
    // 16–30 Jun 2025: 15 days at 3.15 + 10 = 13.15 %: 100000 × 0.1315 × 15 / 365 = 540.4110
    // 1–10 Jul 2025: 10 days at 2.15 + 10 = 12.15 %:  100000 × 0.1215 × 10 / 365 = 332.8767
    // total 873.2877 → 873 (EUR 8.73)
    const result = computeLateInterest({ amount: 1_000_00, payments: [], dueDate: '2025-06-15', until: '2025-07-10', jurisdiction: 'FR' });
    expect(result.status).toBe('accruing');
    expect(result.total).toBe(873);
    expect(result.lines.map(({ from, to, days, balance, ratePercent, interestRounded }) => ({ from, to, days, balance, ratePercent, interestRounded }))).toEqual([
      { from: '2025-06-16', to: '2025-06-30', days: 15, balance: 1_000_00, ratePercent: 13.15, interestRounded: 540 },
      { from: '2025-07-01', to: '2025-07-10', days: 10, balance: 1_000_00, ratePercent: 12.15, interestRounded: 333 },
    ]);
    expect(result.lines[0].interest).toBeCloseTo(540.411, 3);
    expect(result.lines[0].rateBasis).toMatchObject({ kind: 'reference-plus', points: 10, reference: { halfYear: '2025-H1', ratePercent: 3.15, match: 'exact' } });
    expect(result.caveats).toEqual([]);
    expect(result.source.ref).toContain('L441-10');
  });

  it('lowers the balance from the day a part payment arrives', () => {
    // EUR 5,000 due 31 Jan 2026, EUR 2,000 paid on 20 Feb, counted to 31 Mar 2026, 12.15 % (2.15 + 10).
    // 1–19 Feb: 19 days on 500000: 500000 × 0.1215 × 19 / 365 = 3162.3288
    // 20 Feb–31 Mar: 9 + 31 = 40 days on 300000: 300000 × 0.1215 × 40 / 365 = 3994.5205
    // total 7156.8493 → 7157 (EUR 71.57)
    const result = computeLateInterest({
      amount: 5_000_00,
      payments: [{ date: '2026-02-20', amount: 2_000_00 }],
      dueDate: '2026-01-31',
      until: '2026-03-31',
      jurisdiction: 'FR',
    });
    expect(result.total).toBe(7157);
    expect(result.lines.map((l) => [l.from, l.to, l.days, l.balance])).toEqual([
      ['2026-02-01', '2026-02-19', 19, 5_000_00],
      ['2026-02-20', '2026-03-31', 40, 3_000_00],
    ]);
  });

  it('takes payments made up to the first day of interest off the opening balance, in any order', () => {
    // Paid 1,000 before the due date and 1,000 on 1 Feb (the first day of interest): 3,000 left from 1 Feb.
    // 1–10 Feb: 300000 × 0.1215 × 10 / 365 = 998.6301 → 999
    const result = computeLateInterest({
      amount: 5_000_00,
      payments: [
        { date: '2026-02-01', amount: 1_000_00 },
        { date: '2026-01-20', amount: 1_000_00 },
      ],
      dueDate: '2026-01-31',
      until: '2026-02-10',
      jurisdiction: 'FR',
    });
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0].balance).toBe(3_000_00);
    expect(result.total).toBe(999);
  });

  it('stops on the day the invoice is paid in full; the interest earned stays owed', () => {
    // EUR 1,000 due 31 Jan 2026, paid on 11 Feb: 1–10 Feb, 10 days: 100000 × 0.1215 × 10 / 365 = 332.88 → 333
    const result = computeLateInterest({
      amount: 1_000_00,
      payments: [{ date: '2026-02-11', amount: 1_000_00 }],
      dueDate: '2026-01-31',
      until: '2026-03-31',
      jurisdiction: 'FR',
    });
    expect(result.lines.map((l) => [l.from, l.to])).toEqual([['2026-02-01', '2026-02-10']]);
    expect(result.total).toBe(333);
  });

  it('a contract rate below 3 × the legal rate is raised to the floor', () => {
    // 2026 H1 legal rate 2.62 % → floor 7.86 %. EUR 1,000 due 1 Mar 2026, 2–11 Mar: 10 days.
    // 100000 × 0.0786 × 10 / 365 = 215.3425 → 215
    const low = computeLateInterest({ amount: 1_000_00, payments: [], dueDate: '2026-03-01', until: '2026-03-11', jurisdiction: 'FR', contractRatePercent: 5 });
    expect(low.total).toBe(215);
    expect(low.lines[0].ratePercent).toBe(7.86);
    expect(low.lines[0].rateBasis).toMatchObject({ kind: 'contract', contractRatePercent: 5, floor: { floorPercent: 7.86, applied: true } });
    // A contract rate above the floor is used as written: 100000 × 0.15 × 10 / 365 = 410.96 → 411
    const high = computeLateInterest({ amount: 1_000_00, payments: [], dueDate: '2026-03-01', until: '2026-03-11', jurisdiction: 'FR', contractRatePercent: 15 });
    expect(high.total).toBe(411);
    expect(high.lines[0].rateBasis).toMatchObject({ kind: 'contract', floor: { applied: false } });
  });
});

describe('computeLateInterest — other jurisdictions', () => {
  it('Germany: Basiszinssatz + 9, re-read on 1 January', () => {
    // EUR 10,000 due 15 Dec 2024, counted to 14 Jan 2025.
    // 16–31 Dec 2024: 16 days at 3.37 + 9 = 12.37 %: 1000000 × 0.1237 × 16 / 365 = 5422.4658
    // 1–14 Jan 2025: 14 days at 2.27 + 9 = 11.27 %:  1000000 × 0.1127 × 14 / 365 = 4322.7397
    // total 9745.2055 → 9745
    const result = computeLateInterest({ amount: 10_000_00, payments: [], dueDate: '2024-12-15', until: '2025-01-14', jurisdiction: 'DE' });
    expect(result.lines.map((l) => [l.days, l.ratePercent])).toEqual([
      [16, 12.37],
      [14, 11.27],
    ]);
    expect(result.total).toBe(9745);
  });

  it('UK: the rate in force at the due date holds for the whole delay (Act 1998 s.4(2))', () => {
    // £1,000 due 20 Jun 2025: base rate on 31 Dec 2024 = 4.75 %, so 12.75 % throughout, even after 1 July
    // (when a re-read rate would be 4.25 + 8 = 12.25 %).
    // 21 Jun–10 Jul: 20 days: 100000 × 0.1275 × 20 / 365 = 698.6301 → 699
    // (re-reading the rate would give 349.3151 + 335.6164 = 684.93 → 685)
    const result = computeLateInterest({ amount: 1_000_00, payments: [], dueDate: '2025-06-20', until: '2025-07-10', jurisdiction: 'UK' });
    expect(result.total).toBe(699);
    expect(result.lines.map((l) => l.ratePercent)).toEqual([12.75, 12.75]);
    expect(result.lines[1].rateBasis).toMatchObject({ reference: { halfYear: '2025-H1' } });
  });

  it('UK: the reference is the base rate before the day interest starts to run, not before the due date', () => {
    // Due 30 Jun 2025: interest starts on 1 July, so the base rate on 30 Jun 2025 (4.25 %) holds: 12.25 %.
    // 1–10 Jul: 10 days: 100000 × 0.1225 × 10 / 365 = 335.6164 → 336 (the 31 Dec rate would give 12.75 %: 349)
    const june = computeLateInterest({ amount: 1_000_00, payments: [], dueDate: '2025-06-30', until: '2025-07-10', jurisdiction: 'UK' });
    expect(june.lines.map((l) => l.ratePercent)).toEqual([12.25]);
    expect(june.lines[0].rateBasis).toMatchObject({ reference: { halfYear: '2025-H2', row: { observedOn: '2025-06-30' } } });
    expect(june.total).toBe(336);
    // Due 31 Dec 2024: interest starts on 1 Jan 2025: base rate on 31 Dec 2024 (4.75 %): 12.75 %.
    // 1–10 Jan: 100000 × 0.1275 × 10 / 365 = 349.3151 → 349 (the 30 Jun 2024 rate would give 13.25 %: 363)
    const december = computeLateInterest({ amount: 1_000_00, payments: [], dueDate: '2024-12-31', until: '2025-01-10', jurisdiction: 'UK' });
    expect(december.lines.map((l) => l.ratePercent)).toEqual([12.75]);
    expect(december.total).toBe(349);
  });

  it('leap year: 365 days by default (RULES.md), 366 when the basis is "actual"', () => {
    // £2,000 due 15 Feb 2024, counted to 15 Mar 2024: 16–29 Feb (14 days, 29 Feb included) + 1–15 Mar (15) = 29 days.
    // Rate: 5.25 (31 Dec 2023) + 8 = 13.25 %.
    // 365: 200000 × 0.1325 × 29 / 365 = 2105.4795 → 2105
    // 366: 200000 × 0.1325 × 29 / 366 = 2099.7268 → 2100
    const input = { amount: 2_000_00, payments: [], dueDate: '2024-02-15', until: '2024-03-15', jurisdiction: 'UK' as const };
    const common = computeLateInterest(input);
    expect(common.lines[0]).toMatchObject({ days: 29, daysInYear: 365, ratePercent: 13.25 });
    expect(common.total).toBe(2105);
    const actual = computeLateInterest(input, { dayCountBasis: 'actual' });
    expect(actual.lines[0].daysInYear).toBe(366);
    expect(actual.total).toBe(2100);
  });

  it('"actual" day count across a year end uses 366 for the 2024 days and 365 for the 2025 days', () => {
    // EU, EUR 10,000 due 20 Dec 2024.
    // 21–31 Dec 2024: 11 days at 4.25 + 8 = 12.25 %: 1000000 × 0.1225 × 11 / 366 = 3681.6940
    // 1–10 Jan 2025: 10 days at 3.15 + 8 = 11.15 %: 1000000 × 0.1115 × 10 / 365 = 3054.7945
    // total 6736.4885 → 6736   (on 365 throughout: 3691.7808 + 3054.7945 = 6746.5753 → 6747)
    const input = { amount: 10_000_00, payments: [], dueDate: '2024-12-20', until: '2025-01-10', jurisdiction: 'EU' as const };
    const actual = computeLateInterest(input, { dayCountBasis: 'actual' });
    expect(actual.lines.map((l) => l.daysInYear)).toEqual([366, 365]);
    expect(actual.total).toBe(6736);
    expect(computeLateInterest(input).total).toBe(6747);
  });

  it('US: no statutory rate; a contract rate applies as written', () => {
    const base = { amount: 1_000_00, payments: [], dueDate: '2026-01-10', until: '2026-02-10', jurisdiction: 'US' as const };
    expect(computeLateInterest(base)).toMatchObject({ status: 'no-rate', total: 0, lines: [] });
    // 100000 × 0.18 × 31 / 365 = 1528.7671 → 1529
    expect(computeLateInterest({ ...base, contractRatePercent: 18 }).total).toBe(1529);
  });
});

describe('computeLateInterest — rounding and edges', () => {
  it('rounds half up: exactly half a cent becomes a cent', () => {
    // 1825 × 0.10 × 1 / 365 = 0.5 → 1 ; 1824 × 0.10 × 1 / 365 = 0.4997 → 0
    const at = (amount: number) =>
      computeLateInterest({ amount, payments: [], dueDate: '2026-01-10', until: '2026-01-11', jurisdiction: 'US', contractRatePercent: 10 }).total;
    expect(at(1825)).toBe(1);
    expect(at(1824)).toBe(0);
  });

  it('rounds once, on the total, not line by line', () => {
    // 1460 × 0.10 × 1 / 365 = 0.4 on 30 Jun and again on 1 Jul: lines show 0 each, the total 0.8 → 1.
    const result = computeLateInterest({ amount: 1460, payments: [], dueDate: '2026-06-29', until: '2026-07-01', jurisdiction: 'US', contractRatePercent: 10 });
    expect(result.lines.map((l) => l.interestRounded)).toEqual([0, 0]);
    expect(result.lines.map((l) => l.interest)).toEqual([0.4, 0.4]);
    expect(result.total).toBe(1);
  });

  it('is not late on the due date itself, and owes nothing when overpaid', () => {
    const base = { amount: 1_000_00, payments: [], dueDate: '2026-01-31', jurisdiction: 'FR' as const };
    expect(computeLateInterest({ ...base, until: '2026-01-31' })).toMatchObject({ status: 'not-late', total: 0 });
    // First day of interest: 1 Feb. 100000 × 0.1215 / 365 = 33.29 → 33
    expect(computeLateInterest({ ...base, until: '2026-02-01' }).total).toBe(33);
    expect(computeLateInterest({ ...base, until: '2026-03-01', payments: [{ date: '2026-01-15', amount: 1_200_00 }] }).status).toBe('not-late');
  });

  it('flags a rate marked "to verify" and a half-year missing from the table', () => {
    const pending = computeLateInterest({ amount: 1_000_00, payments: [], dueDate: '2026-06-30', until: '2026-07-05', jurisdiction: 'FR' });
    expect(pending.caveats).toEqual([expect.objectContaining({ table: 'ecb-mro', halfYear: '2026-H2', match: 'exact', toVerify: expect.any(String) })]);
    const old = computeLateInterest({ amount: 1_000_00, payments: [], dueDate: '2020-06-30', until: '2020-07-05', jurisdiction: 'FR' });
    expect(old.caveats).toEqual([expect.objectContaining({ table: 'ecb-mro', halfYear: '2020-H2', match: 'carried-back' })]);
  });

  it('uses the rate table it is given (Settings can correct a row)', () => {
    // 1–10 Jul 2026 with an edited 2026-H2 row of 2.40 %: 100000 × 0.124 × 10 / 365 = 339.73 → 340
    const edited = {
      ...REFERENCE_RATES,
      'ecb-mro': { ...ECB_MRO, rows: [...ECB_MRO.rows.filter((r) => r.halfYear !== '2026-H2'), { halfYear: '2026-H2' as const, ratePercent: 2.4, observedOn: '2026-07-01', source: 'edited' }] },
    };
    const input = { amount: 1_000_00, payments: [], dueDate: '2026-06-30', until: '2026-07-10', jurisdiction: 'FR' as const };
    const result = computeLateInterest(input, { rates: edited });
    expect(result.lines[0].ratePercent).toBe(12.4);
    expect(result.total).toBe(340);
    expect(result.caveats).toEqual([]);
    // Shipped table: 12.15 %: 332.88 → 333
    expect(computeLateInterest(input).total).toBe(333);
  });
});

describe('lateInterestForInvoice', () => {
  const invoice = makeInvoice({ amount: 1_000_00, dueDate: '2026-03-01' });

  it('uses the agreement’s contract rate and jurisdiction', () => {
    const agreement = makeAgreement({ jurisdiction: 'FR', lateInterest: { basis: 'contract', ratePercent: 15 } });
    expect(lateInterestForInvoice(invoice, agreement, '2026-03-11', 'DE').total).toBe(411);
  });

  it('falls back to the home jurisdiction’s statutory rate without an agreement', () => {
    // DE 2026 H1: 1.27 + 9 = 10.27 %: 100000 × 0.1027 × 10 / 365 = 281.37 → 281
    expect(lateInterestForInvoice(invoice, undefined, '2026-03-11', 'DE').total).toBe(281);
  });
});

describe('recoveryFee', () => {
  it('France, EU, Germany: EUR 40 whatever the amount or the invoice currency', () => {
    for (const jurisdiction of ['FR', 'EU', 'DE'] as const) {
      const fee = recoveryFee(jurisdiction, 12_345_678_00, 'EUR');
      expect(fee).toMatchObject({ kind: 'fixed', fee: { amount: 40_00, currency: 'EUR' }, moreOnProof: true });
    }
    expect(recoveryFee('FR', 50_00, 'USD')).toMatchObject({ kind: 'fixed', fee: { amount: 40_00, currency: 'EUR' } });
    const fr = recoveryFee('FR', 50_00, 'EUR');
    expect(fr.kind === 'fixed' && fr.source.ref).toBe('Code de commerce D441-5');
  });

  it.each([
    [999_99, 40_00],
    [1_000_00, 70_00],
    [9_999_99, 70_00],
    [10_000_00, 100_00],
    [1, 40_00],
  ])('UK: a £%i debt earns %i', (balance, fee) => {
    expect(recoveryFee('UK', balance, 'GBP')).toMatchObject({ kind: 'fixed', fee: { amount: fee, currency: 'GBP' } });
  });

  it('UK bands are in pounds: a debt in another currency must be converted first', () => {
    expect(recoveryFee('UK', 5_000_00, 'EUR')).toMatchObject({ kind: 'needs-conversion', bandCurrency: 'GBP' });
  });

  it('US: no statutory fee; nothing owed: no fee', () => {
    expect(recoveryFee('US', 5_000_00, 'USD')).toEqual({ kind: 'none', reason: 'no-statutory-fee' });
    expect(recoveryFee('FR', 0, 'EUR')).toEqual({ kind: 'none', reason: 'nothing-owed' });
  });
});
