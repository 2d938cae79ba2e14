import { describe, expect, it } from 'vitest';
import { computeLateInterest, recoveryFee } from '../../../lib/billing/late-interest';
import { CONSUMER_LATE_PAYMENT_RULES, LATE_PAYMENT_RULES, latePaymentRule } from '../../../lib/billing/rules/late-payment';
import { FR_LEGAL_INTEREST_PROFESSIONAL, referenceRateFor } from '../../../lib/billing/rules/reference-rates';
import { debtorKindOf } from '../../../lib/billing/debtor';
import type { Jurisdiction } from '../../../lib/model/billing';

/*
 * Worked examples per kind of debtor, each to the cent, each naming the row of lib/billing/rules it used.
 * interest = balance × rate × days / 365, in minor units, rounded half up once on the total.
 */

const base = { payments: [], jurisdiction: 'FR' as Jurisdiction };

describe('France', () => {
  // EUR 1,440 incl. VAT, due 31 Jan 2026, 62 days late on 3 Apr 2026.
  const invoice = { ...base, amount: 1_440_00, dueDate: '2026-01-31', until: '2026-04-03' };

  it('business: EUR 29.72 at 12.15 % (ECB 2.15 + 10, C. com. L441-10 II) plus EUR 40 (D441-5)', () => {
    // 144000 × 0.1215 × 62 / 365 = 2971.89 → 2972
    const result = computeLateInterest(invoice);
    expect(result.rule).toBe(LATE_PAYMENT_RULES.FR);
    expect(result.source.ref).toBe('Code de commerce L441-10 II');
    expect(result.lines.map((l) => [l.days, l.ratePercent])).toEqual([[62, 12.15]]);
    expect(result.total).toBe(29_72);
    expect(recoveryFee('FR', 1_440_00, 'EUR')).toMatchObject({ kind: 'fixed', fee: { amount: 40_00 }, source: { ref: 'Code de commerce D441-5' } });
  });

  it('private person without a formal notice: no interest yet, no fixed sum (C. civ. 1231-6; no D441-5)', () => {
    const result = computeLateInterest({ ...invoice, debtor: 'consumer' });
    expect(result.rule).toBe(CONSUMER_LATE_PAYMENT_RULES.FR);
    expect(result).toMatchObject({ status: 'awaiting-notice', total: 0, lines: [] });
    expect(result.source.ref).toBe('Code civil art. 1231-6, 1344-1');
    expect(recoveryFee('FR', 1_440_00, 'EUR', undefined, 'consumer')).toEqual({ kind: 'none', reason: 'no-statutory-fee' });
  });

  it('private person, formal notice sent 30 days ago: the legal rate of 2.62 % (H1 2026) from the day after it', () => {
    // Notice on 4 Mar 2026; 5 Mar to 3 Apr = 30 days. 144000 × 0.0262 × 30 / 365 = 310.0931 → 310 (EUR 3.10)
    const result = computeLateInterest({ ...invoice, debtor: 'consumer', formalNoticeOn: '2026-03-04' });
    expect(result.status).toBe('accruing');
    expect(result.fromFormalNotice).toBe('2026-03-04');
    expect(result.lines.map(({ from, to, days, balance, ratePercent }) => ({ from, to, days, balance, ratePercent }))).toEqual([
      { from: '2026-03-05', to: '2026-04-03', days: 30, balance: 1_440_00, ratePercent: 2.62 },
    ]);
    expect(result.lines[0].rateBasis).toMatchObject({ kind: 'reference-plus', points: 0, reference: { table: 'fr-legal-interest-professional', halfYear: '2026-H1', match: 'exact' } });
    expect(result.total).toBe(3_10);
    expect(result.caveats).toEqual([]);
  });

  it('private person: across 1 July the rate is re-read, and the unverified 2026-H2 row says so', () => {
    // Notice 20 Jun 2026. 21–30 Jun: 10 days at 2.62 %: 144000 × 0.0262 × 10 / 365 = 103.3644
    // 1–10 Jul: 10 days at 2.62 % (2026-H2, carried, to verify): 103.3644. Total 206.7288 → 207
    const result = computeLateInterest({ ...invoice, dueDate: '2026-05-31', until: '2026-07-10', debtor: 'consumer', formalNoticeOn: '2026-06-20' });
    expect(result.lines.map((l) => [l.from, l.days])).toEqual([['2026-06-21', 10], ['2026-07-01', 10]]);
    expect(result.total).toBe(207);
    expect(result.caveats).toEqual([expect.objectContaining({ table: 'fr-legal-interest-professional', halfYear: '2026-H2', match: 'exact', toVerify: expect.stringContaining('not at hand') })]);
  });

  it('a notice sent today: interest starts tomorrow', () => {
    expect(computeLateInterest({ ...invoice, debtor: 'consumer', formalNoticeOn: '2026-04-03' })).toMatchObject({ status: 'awaiting-notice', total: 0, fromFormalNotice: '2026-04-03' });
  });

  it('the legal-rate table holds the published half-years', () => {
    expect(['2025-H1', '2025-H2', '2026-H1'].map((h) => referenceRateFor(FR_LEGAL_INTEREST_PROFESSIONAL, h as '2025-H1').ratePercent)).toEqual([3.71, 2.76, 2.62]);
    expect(referenceRateFor(FR_LEGAL_INTEREST_PROFESSIONAL, '2026-H2').toVerify).toBeDefined();
  });
});

describe('Germany (EUR 1,000 due 1 Mar 2026, 30 days late on 31 Mar 2026)', () => {
  const invoice = { ...base, jurisdiction: 'DE' as Jurisdiction, amount: 1_000_00, dueDate: '2026-03-01', until: '2026-03-31' };

  it('business: base rate 1.27 + 9 = 10.27 % (BGB §288(2)) and EUR 40 (§288(5))', () => {
    // 100000 × 0.1027 × 30 / 365 = 844.11 → 844
    const result = computeLateInterest(invoice);
    expect(result.source.ref).toBe('BGB §288(2)');
    expect(result.lines[0].ratePercent).toBe(10.27);
    expect(result.total).toBe(8_44);
    expect(recoveryFee('DE', 1_000_00, 'EUR')).toMatchObject({ kind: 'fixed', fee: { amount: 40_00 } });
  });

  it('consumer: base rate 1.27 + 5 = 6.27 % (BGB §288(1)), no EUR 40', () => {
    // 100000 × 0.0627 × 30 / 365 = 515.34 → 515
    const result = computeLateInterest({ ...invoice, debtor: 'consumer' });
    expect(result.rule).toBe(CONSUMER_LATE_PAYMENT_RULES.DE);
    expect(result.source.ref).toBe('BGB §288(1)');
    expect(result.lines[0].ratePercent).toBe(6.27);
    expect(result.total).toBe(5_15);
    expect(recoveryFee('DE', 1_000_00, 'EUR', undefined, 'consumer')).toMatchObject({ kind: 'none' });
  });
});

describe('United Kingdom (GBP 1,000 due 1 Mar 2026, 30 days late on 31 Mar 2026)', () => {
  const invoice = { ...base, jurisdiction: 'UK' as Jurisdiction, amount: 1_000_00, dueDate: '2026-03-01', until: '2026-03-31' };

  it('business: Bank Rate 3.75 + 8 = 11.75 % (Act 1998) and £70 for a debt of £1,000 (s.5A)', () => {
    // 100000 × 0.1175 × 30 / 365 = 965.75 → 966
    const result = computeLateInterest(invoice);
    expect(result.lines[0].ratePercent).toBe(11.75);
    expect(result.total).toBe(9_66);
    expect(recoveryFee('UK', 1_000_00, 'GBP')).toMatchObject({ kind: 'fixed', fee: { amount: 70_00 } });
  });

  it('consumer: the 1998 Act does not apply: no statutory interest, no fixed sum', () => {
    const result = computeLateInterest({ ...invoice, debtor: 'consumer' });
    expect(result).toMatchObject({ status: 'no-rate', total: 0 });
    expect(result.source.ref).toContain('s.2(1)');
    expect(recoveryFee('UK', 1_000_00, 'GBP', undefined, 'consumer')).toMatchObject({ kind: 'none' });
  });

  it('consumer with a contract rate of 8 %: only that rate is charged', () => {
    // 100000 × 0.08 × 30 / 365 = 657.53 → 658
    const result = computeLateInterest({ ...invoice, debtor: 'consumer', contractRatePercent: 8 });
    expect(result.lines[0].rateBasis).toEqual({ kind: 'contract', contractRatePercent: 8 });
    expect(result.total).toBe(6_58);
  });
});

describe('the rows by debtor', () => {
  it('the EU directive is between businesses only; the US has no statutory rate for anyone', () => {
    expect(computeLateInterest({ ...base, jurisdiction: 'EU', amount: 1_000_00, dueDate: '2026-03-01', until: '2026-03-31', debtor: 'consumer' }).status).toBe('no-rate');
    expect(recoveryFee('EU', 1_000_00, 'EUR', undefined, 'consumer')).toMatchObject({ kind: 'none' });
    expect(latePaymentRule('US', 'consumer').lateInterest.kind).toBe('contract-only');
  });

  it('no consumer row charges a fixed recovery sum or caps the term; every row cites a source', () => {
    for (const rule of Object.values(CONSUMER_LATE_PAYMENT_RULES)) {
      expect(rule.debtor).toBe('consumer');
      expect(rule.recoveryFee).toBeNull();
      expect(rule.cap).toBeNull();
      expect(rule.lateInterest.source.ref).not.toBe('');
    }
    for (const rule of Object.values(LATE_PAYMENT_RULES)) expect(rule.debtor).toBe('business');
  });

  it('a client of unknown kind is treated as a business', () => {
    expect(debtorKindOf({ kind: 'unknown' })).toBe('business');
    expect(debtorKindOf(undefined)).toBe('business');
    expect(debtorKindOf({ kind: 'individual' })).toBe('consumer');
  });
});
