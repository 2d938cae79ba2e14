import { describe, expect, it } from 'vitest';
import { halfYearStart, type HalfYear } from '../../../lib/calendar';
import { CHASE_LADDERS, LIMITATION_PERIODS } from '../../../lib/billing/rules/chase-ladder';
import { INVOICE_MENTIONS } from '../../../lib/billing/rules/invoice-mentions';
import { LATE_PAYMENT_RULES } from '../../../lib/billing/rules/late-payment';
import {
  BOE_BANK_RATE,
  DE_BASISZINSSATZ,
  ECB_MRO,
  FR_LEGAL_INTEREST_PROFESSIONAL,
  REFERENCE_RATES,
  referenceRateFor,
  type ReferenceRateTable,
} from '../../../lib/billing/rules/reference-rates';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const JURISDICTIONS = ['FR', 'EU', 'DE', 'UK', 'US'] as const;

const nextHalfYear = (h: HalfYear): HalfYear => {
  const [year, half] = h.split('-H');
  return half === '1' ? `${Number(year)}-H2` : `${Number(year) + 1}-H1`;
};

const rateOf = (table: ReferenceRateTable, halfYear: HalfYear): number => {
  const row = table.rows.find((r) => r.halfYear === halfYear);
  if (!row) throw new Error(`${table.id} has no ${halfYear}`);
  return row.ratePercent;
};

describe('reference rate tables', () => {
  it.each(Object.values(REFERENCE_RATES).map((t) => [t.id, t] as const))('%s: one row per half-year, in order, each with a source', (_id, table) => {
    expect(table.rows.length).toBeGreaterThan(0);
    for (let i = 1; i < table.rows.length; i++) expect(table.rows[i].halfYear).toBe(nextHalfYear(table.rows[i - 1].halfYear));
    for (const row of table.rows) {
      expect(row.source.length).toBeGreaterThan(10);
      expect(row.observedOn).toMatch(DATE);
    }
  });

  it('cover at least 2023 H1 to 2026 H2 for the late-payment references', () => {
    for (const table of [ECB_MRO, DE_BASISZINSSATZ, BOE_BANK_RATE]) {
      expect(table.rows.some((r) => r.halfYear === '2023-H1')).toBe(true);
      expect(table.rows.some((r) => r.halfYear === '2026-H2')).toBe(true);
    }
  });

  it('ECB: the rate on 1 January / 1 July of its half-year', () => {
    for (const row of ECB_MRO.rows) expect(row.observedOn).toBe(halfYearStart(row.halfYear));
    expect([2023, 2024, 2025, 2026].flatMap((y) => [rateOf(ECB_MRO, `${y}-H1`), rateOf(ECB_MRO, `${y}-H2`)])).toEqual([
      2.5, 4, 4.5, 4.25, 3.15, 2.15, 2.15, 2.15,
    ]);
  });

  it('RULES.md: the French default penalty rate for H1 2026 is 12.15 %', () => {
    const interest = LATE_PAYMENT_RULES.FR.lateInterest;
    if (interest.kind !== 'reference-plus') throw new Error('France has a statutory rate');
    expect(rateOf(REFERENCE_RATES[interest.table], '2026-H1') + interest.points).toBeCloseTo(12.15, 10);
  });

  it('Bank of England: the base rate on 31 December for H1 and on 30 June for H2', () => {
    for (const row of BOE_BANK_RATE.rows) {
      const [year, half] = row.halfYear.split('-H');
      expect(row.observedOn).toBe(half === '1' ? `${Number(year) - 1}-12-31` : `${year}-06-30`);
    }
    expect(rateOf(BOE_BANK_RATE, '2025-H1')).toBe(4.75);
    expect(rateOf(BOE_BANK_RATE, '2026-H1')).toBe(3.75);
  });

  it('Basiszinssatz moves by exactly what the ECB rate moved between half-years (§247 BGB): a typo check', () => {
    for (const row of DE_BASISZINSSATZ.rows.slice(1)) {
      const previous = DE_BASISZINSSATZ.rows[DE_BASISZINSSATZ.rows.indexOf(row) - 1];
      const ecbMove = rateOf(ECB_MRO, row.halfYear) - rateOf(ECB_MRO, previous.halfYear);
      expect(row.ratePercent - previous.ratePercent, row.halfYear).toBeCloseTo(ecbMove, 10);
    }
    expect([rateOf(DE_BASISZINSSATZ, '2024-H1'), rateOf(DE_BASISZINSSATZ, '2024-H2'), rateOf(DE_BASISZINSSATZ, '2025-H1'), rateOf(DE_BASISZINSSATZ, '2025-H2')]).toEqual([
      3.62, 3.37, 2.27, 1.27,
    ]);
  });

  it('French legal interest rate for professionals: the published half-years', () => {
    expect(rateOf(FR_LEGAL_INTEREST_PROFESSIONAL, '2025-H2')).toBe(2.76);
    expect(rateOf(FR_LEGAL_INTEREST_PROFESSIONAL, '2026-H1')).toBe(2.62);
  });

  it('marks the not-yet-confirmed rows "to verify" and nothing before them', () => {
    const unsure = Object.values(REFERENCE_RATES).flatMap((t) => t.rows.filter((r) => r.toVerify).map((r) => `${t.id} ${r.halfYear}`));
    expect(unsure).toEqual(['ecb-mro 2026-H2', 'de-basiszinssatz 2026-H2', 'boe-bank-rate 2026-H2', 'fr-legal-interest-professional 2026-H2']);
  });
});

describe('referenceRateFor', () => {
  it('finds the exact half-year', () => {
    expect(referenceRateFor(ECB_MRO, '2024-H2')).toMatchObject({ ratePercent: 4.25, match: 'exact' });
  });

  it('carries the last row forward past the end of the table, and the first row back before it, saying so', () => {
    expect(referenceRateFor(FR_LEGAL_INTEREST_PROFESSIONAL, '2027-H1')).toMatchObject({ ratePercent: 2.62, match: 'carried-forward', row: { halfYear: '2026-H2' } });
    expect(referenceRateFor(ECB_MRO, '2019-H1')).toMatchObject({ ratePercent: 0, match: 'carried-back', row: { halfYear: '2021-H1' } });
  });

  it('does not depend on the rows being sorted (a table edited in Settings)', () => {
    const shuffled = { ...ECB_MRO, rows: [...ECB_MRO.rows].reverse() };
    expect(referenceRateFor(shuffled, '2030-H1')).toMatchObject({ match: 'carried-forward', row: { halfYear: '2026-H2' } });
    expect(referenceRateFor(shuffled, '2010-H1')).toMatchObject({ match: 'carried-back', row: { halfYear: '2021-H1' } });
  });
});

describe('late-payment rules', () => {
  it.each(JURISDICTIONS)('%s: dated, sourced, and pointing at tables that exist', (jurisdiction) => {
    const rule = LATE_PAYMENT_RULES[jurisdiction];
    expect(rule.jurisdiction).toBe(jurisdiction);
    expect(rule.validFrom).toMatch(DATE);
    expect(rule.sources.length).toBeGreaterThan(0);
    if (rule.lateInterest.kind === 'reference-plus') {
      expect(REFERENCE_RATES[rule.lateInterest.table]).toBeDefined();
      if (rule.lateInterest.contractFloor) expect(REFERENCE_RATES[rule.lateInterest.contractFloor.table]).toBeDefined();
    }
    const bands = rule.recoveryFee?.bands ?? [];
    if (bands.length) expect(bands[0].fromAmount).toBe(0);
    for (let i = 1; i < bands.length; i++) expect(bands[i].fromAmount).toBeGreaterThan(bands[i - 1].fromAmount);
  });

  it('encodes the points over the reference from RULES.md', () => {
    const points = Object.fromEntries(
      JURISDICTIONS.map((j) => {
        const interest = LATE_PAYMENT_RULES[j].lateInterest;
        return [j, interest.kind === 'reference-plus' ? `${interest.table}+${interest.points}` : 'contract'];
      }),
    );
    expect(points).toEqual({ FR: 'ecb-mro+10', EU: 'ecb-mro+8', DE: 'de-basiszinssatz+9', UK: 'boe-bank-rate+8', US: 'contract' });
  });
});

describe('invoice mentions and chase ladders', () => {
  it.each(JURISDICTIONS)('%s: mention ids are unique and each cites a source', (jurisdiction) => {
    const mentions = INVOICE_MENTIONS[jurisdiction].mentions;
    expect(new Set(mentions.map((m) => m.id)).size).toBe(mentions.length);
    for (const mention of mentions) expect(mention.source.ref.length).toBeGreaterThan(3);
  });

  it.each(JURISDICTIONS)('%s: ladder steps in order, unique ids, from D-3 to D+45', (jurisdiction) => {
    const steps = CHASE_LADDERS[jurisdiction].steps;
    expect(steps.map((s) => s.offsetDays)).toEqual([-3, 1, 7, 15, 30, 45]);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
  });

  it('France: formal notice under Code civil 1344 with 8 days to pay; injonction de payer with its Cerfa forms', () => {
    const steps = CHASE_LADDERS.FR.steps;
    const notice = steps.find((s) => s.id === 'formal-notice');
    expect(notice).toMatchObject({ offsetDays: 30, daysToPay: 8, channels: ['registered-letter'] });
    expect(notice?.sources?.map((s) => s.ref)).toContain('Code civil art. 1344');
    const procedures = steps.find((s) => s.id === 'collection')?.procedures ?? [];
    const forms = procedures.find((p) => p.id === 'fr-injonction-de-payer')?.forms ?? [];
    expect(forms.map((f) => f.form).join(' ')).toMatch(/12948.*12946/);
    // The commercial court's form only against a business; a private person goes before the civil court.
    expect(forms.find((f) => f.form.includes('12946'))?.debtors).toEqual(['business']);
    expect(forms.find((f) => f.form.includes('12948'))?.debtors).toBeUndefined();
    expect(procedures.find((p) => p.id === 'fr-simplified-recovery')?.maxAmount).toEqual({ amount: 5_000_00, currency: 'EUR' });
  });

  it('limitation: 5 years between professionals and 2 against a consumer in France', () => {
    const fr = LIMITATION_PERIODS.filter((p) => p.jurisdiction === 'FR').map((p) => [p.debtor, p.years, p.source.ref]);
    expect(fr).toEqual([
      ['professional', 5, 'Code de commerce L110-4'],
      ['consumer', 2, 'Code de la consommation L218-2'],
    ]);
  });
});
