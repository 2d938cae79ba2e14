import type { CalendarDate, Money } from '../model/common';
import type { Agreement, Invoice, Jurisdiction, Payment } from '../model/billing';
import { addDays, daysBetween, halfYearOf, isLeapYear, laterOf, nextHalfYearStart, type HalfYear } from '../calendar';
import type { DebtorKind } from '../model/legal-status';
import {
  LATE_PAYMENT_TABLES,
  latePaymentRule,
  type LatePaymentRule,
  type LatePaymentRules,
  type LatePaymentTables,
  type RecoveryFeeBand,
} from './rules/late-payment';
import { REFERENCE_RATES, referenceRateFor, type ReferenceRateLookup, type ReferenceRateTables } from './rules/reference-rates';
import type { LegalSource } from './rules/sources';

/**
 * Late-payment interest: simple, daily, `balance × rate × days / days-in-year`, from the day after the due date
 * up to and including `until`. A payment lowers the balance from its own date (the day it arrives carries the
 * lower balance). Periods are cut at each payment and at each 1 January / 1 July, where reference rates change.
 *
 * Rounding: every line keeps its exact interest; the total is rounded once, half up, to a whole minor unit, at the
 * very end. `interestRounded` on each line is for display only, so displayed lines may differ from the total by
 * less than one minor unit per line.
 */

export interface LateInterestInput {
  /** Invoice total including tax, minor units: French and UK practice charge interest on the gross amount. */
  amount: number;
  payments: readonly Pick<Payment, 'date' | 'amount'>[];
  dueDate: CalendarDate;
  /** Last day counted (inclusive): today for interest so far, a later day for a letter's deadline. */
  until: CalendarDate;
  jurisdiction: Jurisdiction;
  /** A rate written in the contract. Replaces the statutory rate; in France never below the floor. */
  contractRatePercent?: number;
  /** Who owes (`debtorKindOf(client)`): a consumer's rows differ. Business when not given. */
  debtor?: DebtorKind;
  /** The day the formal notice was sent: where statutory interest runs only from it, the day after is the first. */
  formalNoticeOn?: CalendarDate;
}

export interface LateInterestOptions {
  rates?: ReferenceRateTables;
  /** The rows between businesses (an edited copy of `LATE_PAYMENT_RULES`). */
  rules?: LatePaymentRules;
  /** Both tables, by kind of debtor; `rules` replaces the business one. */
  tables?: LatePaymentTables;
  /** Overrides the jurisdiction's day count (RULES.md: 365). */
  dayCountBasis?: 365 | 'actual';
}

export type LateInterestRateBasis =
  | { kind: 'reference-plus'; reference: ReferenceRateLookup; points: number }
  | {
      kind: 'contract';
      contractRatePercent: number;
      /** France: the rate used is never below `multiple` × the legal interest rate. */
      floor?: { floorPercent: number; multiple: number; legal: ReferenceRateLookup; applied: boolean };
    };

export interface LateInterestLine {
  /** First and last day of the period, both counted. */
  from: CalendarDate;
  to: CalendarDate;
  days: number;
  /** Unpaid balance during the period, minor units. */
  balance: number;
  ratePercent: number;
  rateBasis: LateInterestRateBasis;
  daysInYear: 365 | 366;
  /** Exact interest for the period, in (fractional) minor units. */
  interest: number;
  /** Rounded half up, for display. */
  interestRounded: number;
}

/** A rate used that the user should check: carried from another half-year, or marked "to verify". */
export interface RateCaveat {
  table: ReferenceRateLookup['table'];
  halfYear: HalfYear;
  match: ReferenceRateLookup['match'];
  toVerify?: string;
}

export interface LateInterest {
  /**
   * `accruing`: the calculation holds. `not-late`: `until` is not after the due date, or nothing is owed.
   * `no-rate`: the jurisdiction has no statutory rate and the contract sets none (US; a UK or EU consumer).
   * `awaiting-notice`: interest runs only from the formal notice and none has been sent (a French consumer).
   */
  status: 'accruing' | 'not-late' | 'no-rate' | 'awaiting-notice';
  /** Minor units, rounded half up once from the exact sum of the lines. */
  total: number;
  lines: LateInterestLine[];
  dayCountBasis: 365 | 'actual';
  caveats: RateCaveat[];
  source: LegalSource;
  /** The row the calculation used (jurisdiction × debtor). */
  rule: LatePaymentRule;
  /** Set when interest starts at the formal notice rather than after the due date: the notice's date. */
  fromFormalNotice?: CalendarDate;
}

/** The row for this jurisdiction and debtor, with any edited business table given in the options. */
export const ruleFor = (jurisdiction: Jurisdiction, debtor: DebtorKind | undefined, options: Pick<LateInterestOptions, 'rules' | 'tables'> = {}): LatePaymentRule => {
  const tables = options.tables ?? LATE_PAYMENT_TABLES;
  return latePaymentRule(jurisdiction, debtor, options.rules ? { ...tables, business: options.rules } : tables);
};

/** Rates held as integers of 1/10,000 of a percent so the arithmetic below is exact. */
const RATE_SCALE = 10_000;
/** One denominator for lines on a 365- and a 366-day year: 365 × 366 × 100 (percent) × RATE_SCALE. */
const COMMON_DENOMINATOR = 365n * 366n * 100n * BigInt(RATE_SCALE);

const roundHalfUp = (numerator: bigint, denominator: bigint): number =>
  Number((2n * numerator + denominator) / (2n * denominator));

const roundPercent = (value: number): number => Math.round(value * 100) / 100;

interface PeriodRate {
  ratePercent: number;
  basis: LateInterestRateBasis;
  lookups: ReferenceRateLookup[];
}

const rateForPeriod = (
  rule: LatePaymentRule,
  input: LateInterestInput,
  periodStart: CalendarDate,
  rates: ReferenceRateTables,
): PeriodRate | null => {
  const interest = rule.lateInterest;
  if (input.contractRatePercent !== undefined) {
    const contractRatePercent = input.contractRatePercent;
    if (interest.kind === 'reference-plus' && interest.contractFloor) {
      const { table, multiple } = interest.contractFloor;
      const legal = referenceRateFor(rates[table], halfYearOf(periodStart));
      const floorPercent = roundPercent(legal.ratePercent * multiple);
      const applied = contractRatePercent < floorPercent;
      return {
        ratePercent: applied ? floorPercent : contractRatePercent,
        basis: { kind: 'contract', contractRatePercent, floor: { floorPercent, multiple, legal, applied } },
        lookups: [legal],
      };
    }
    return { ratePercent: contractRatePercent, basis: { kind: 'contract', contractRatePercent }, lookups: [] };
  }
  if (interest.kind === 'contract-only') return null;
  // UK: the reference is the base rate on the 31 Dec / 30 Jun before the day interest starts to run (the day after
  // the due date), so a debt due on 30 June takes the 30 June rate, not the 31 December one.
  const halfYear =
    interest.rateFixing === 'fixed-on-due-date' ? halfYearOf(addDays(input.dueDate, 1)) : halfYearOf(periodStart);
  const reference = referenceRateFor(rates[interest.table], halfYear);
  return {
    ratePercent: roundPercent(reference.ratePercent + interest.points),
    basis: { kind: 'reference-plus', reference, points: interest.points },
    lookups: [reference],
  };
};

export const computeLateInterest = (input: LateInterestInput, options: LateInterestOptions = {}): LateInterest => {
  const rates = options.rates ?? REFERENCE_RATES;
  const rule = ruleFor(input.jurisdiction, input.debtor, options);
  const dayCountBasis = options.dayCountBasis ?? rule.dayCountBasis;
  const source = rule.lateInterest.source;
  const statutory = input.contractRatePercent === undefined;
  const fromNotice = statutory && rule.lateInterest.kind === 'reference-plus' && rule.lateInterest.runsFrom === 'formal-notice';
  const result = (status: LateInterest['status']): LateInterest => ({
    status,
    total: 0,
    lines: [],
    dayCountBasis,
    caveats: [],
    source,
    rule,
    ...(fromNotice && input.formalNoticeOn ? { fromFormalNotice: input.formalNoticeOn } : {}),
  });

  if (statutory && rule.lateInterest.kind === 'contract-only') return result('no-rate');
  const afterDue = addDays(input.dueDate, 1);
  if (input.until < afterDue) return result('not-late');
  if (fromNotice && !input.formalNoticeOn) return result('awaiting-notice');
  // Interest from the formal notice counts from the day after it, as it counts from the day after the due date.
  const firstDay = fromNotice ? laterOf(afterDue, addDays(input.formalNoticeOn!, 1)) : afterDue;
  if (input.until < firstDay) return result('awaiting-notice');

  const payments = [...input.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let balance = input.amount;
  let next = 0;
  // Payments up to and including the first day of interest lower the opening balance.
  while (next < payments.length && payments[next].date <= firstDay) balance -= payments[next++].amount;

  const lines: LateInterestLine[] = [];
  const caveats = new Map<string, RateCaveat>();
  let numerator = 0n;
  let cursor = firstDay;
  const stop = addDays(input.until, 1);

  while (cursor < stop && balance > 0) {
    let periodEnd = nextHalfYearStart(cursor);
    if (next < payments.length && payments[next].date < periodEnd) periodEnd = payments[next].date;
    if (stop < periodEnd) periodEnd = stop;

    const rate = rateForPeriod(rule, input, cursor, rates);
    if (!rate) return result('no-rate');
    for (const lookup of rate.lookups) {
      if (lookup.match !== 'exact' || lookup.toVerify) {
        caveats.set(`${lookup.table}:${lookup.halfYear}`, {
          table: lookup.table,
          halfYear: lookup.halfYear,
          match: lookup.match,
          ...(lookup.toVerify ? { toVerify: lookup.toVerify } : {}),
        });
      }
    }

    const days = daysBetween(cursor, periodEnd);
    const daysInYear = dayCountBasis === 'actual' && isLeapYear(Number(cursor.slice(0, 4))) ? 366 : 365;
    const rateScaled = BigInt(Math.round(rate.ratePercent * RATE_SCALE));
    const lineNumerator = BigInt(balance) * rateScaled * BigInt(days);
    const lineDenominator = BigInt(daysInYear) * 100n * BigInt(RATE_SCALE);
    numerator += lineNumerator * (daysInYear === 365 ? 366n : 365n);
    lines.push({
      from: cursor,
      to: addDays(periodEnd, -1),
      days,
      balance,
      ratePercent: rate.ratePercent,
      rateBasis: rate.basis,
      daysInYear,
      interest: Number(lineNumerator) / Number(lineDenominator),
      interestRounded: roundHalfUp(lineNumerator, lineDenominator),
    });

    cursor = periodEnd;
    while (next < payments.length && payments[next].date <= cursor) balance -= payments[next++].amount;
  }

  if (lines.length === 0) return result('not-late');
  return {
    ...result('accruing'),
    total: roundHalfUp(numerator, COMMON_DENOMINATOR),
    lines,
    caveats: [...caveats.values()],
  };
};

/**
 * Interest on an invoice under its agreement: the contract rate when the agreement sets one, else the statutory
 * rate of the agreement's jurisdiction (or `fallbackJurisdiction`, the user's home jurisdiction, with no agreement).
 */
export const lateInterestForInvoice = (
  invoice: Pick<Invoice, 'amount' | 'payments' | 'dueDate'>,
  agreement: Pick<Agreement, 'jurisdiction' | 'lateInterest'> | undefined,
  until: CalendarDate,
  fallbackJurisdiction: Jurisdiction,
  options: LateInterestOptions = {},
  debtor: { debtor?: DebtorKind; formalNoticeOn?: CalendarDate } = {},
): LateInterest => {
  const contractRatePercent =
    agreement?.lateInterest.basis === 'contract' ? agreement.lateInterest.ratePercent : undefined;
  return computeLateInterest(
    {
      amount: invoice.amount,
      payments: invoice.payments,
      dueDate: invoice.dueDate,
      until,
      jurisdiction: agreement?.jurisdiction ?? fallbackJurisdiction,
      ...(contractRatePercent !== undefined ? { contractRatePercent } : {}),
      ...(debtor.debtor ? { debtor: debtor.debtor } : {}),
      ...(debtor.formalNoticeOn ? { formalNoticeOn: debtor.formalNoticeOn } : {}),
    },
    options,
  );
};

export type RecoveryFee =
  | { kind: 'fixed'; fee: Money; band: RecoveryFeeBand; moreOnProof: boolean; source: LegalSource }
  /** The bands are set in another currency than the debt's (a UK debt invoiced in EUR): convert, then pick. */
  | { kind: 'needs-conversion'; bandCurrency: string; bands: readonly RecoveryFeeBand[]; source: LegalSource }
  | { kind: 'none'; reason: 'no-statutory-fee' | 'nothing-owed' };

/**
 * The fixed sum for recovery costs a late invoice earns (once per invoice, however many reminders).
 * FR, EU, DE: EUR 40 whatever the amount. UK: £40 under £1,000, £70 up to £9,999.99, £100 from £10,000.
 * Never from a consumer: the consumer rows have none.
 */
export const recoveryFee = (
  jurisdiction: Jurisdiction,
  balance: number,
  currency: string,
  rules?: LatePaymentRules,
  debtor: DebtorKind = 'business',
): RecoveryFee => {
  const rule = ruleFor(jurisdiction, debtor, rules ? { rules } : {}).recoveryFee;
  if (!rule) return { kind: 'none', reason: 'no-statutory-fee' };
  if (balance <= 0) return { kind: 'none', reason: 'nothing-owed' };
  if (rule.bands.length > 1 && currency !== rule.currency) {
    return { kind: 'needs-conversion', bandCurrency: rule.currency, bands: rule.bands, source: rule.source };
  }
  let band = rule.bands[0];
  for (const candidate of rule.bands) if (balance >= candidate.fromAmount) band = candidate;
  return {
    kind: 'fixed',
    fee: { amount: band.fee, currency: rule.currency },
    band,
    moreOnProof: rule.moreOnProof,
    source: rule.source,
  };
};
