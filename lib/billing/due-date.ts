import type { CalendarDate } from '../model/common';
import type { Agreement, Jurisdiction, PaymentTerms } from '../model/billing';
import type { DebtorKind } from '../model/legal-status';
import { addDays, endOfMonth, halfYearOf, laterOf } from '../calendar';
import { LATE_PAYMENT_RULES, type LatePaymentRules, type TermStart } from './rules/late-payment';
import { REFERENCE_RATES, referenceRateFor, type ReferenceRateTables } from './rules/reference-rates';
import { source, type LegalSource } from './rules/sources';

/**
 * How "N days end of month" is read.
 * - `days-then-end-of-month` (default, the common French reading of "45 jours fin de mois"): add N days to the
 *   invoice date, then go to the end of that month. 15 Jan + 45 days = 1 Mar → 31 Mar.
 * - `end-of-month-then-days`: go to the end of the invoice's month, then add N days. 15 Jan → 31 Jan + 45 = 17 Mar.
 * Both are accepted in France as long as the contract says which; the first is the usual one.
 */
export type EndOfMonthMode = 'days-then-end-of-month' | 'end-of-month-then-days';

export interface DueDateOptions {
  endOfMonthMode?: EndOfMonthMode;
  /** Terms normally run from the invoice date; some contracts count from the day the service was done. */
  countFrom?: 'issue-date' | 'service-date';
}

/** How a due date was reached, for the UI and letters to explain it. */
export type DueDateRule =
  | { key: 'net-days'; params: { days: number; countedFrom: 'issue-date' | 'service-date'; start: CalendarDate } }
  | {
      key: 'days-then-end-of-month';
      params: { days: number; countedFrom: 'issue-date' | 'service-date'; start: CalendarDate; afterDays: CalendarDate };
    }
  | {
      key: 'end-of-month-then-days';
      params: { days: number; countedFrom: 'issue-date' | 'service-date'; start: CalendarDate; monthEnd: CalendarDate };
    }
  | {
      key: 'statutory-default';
      params: { jurisdiction: Jurisdiction; days: number; countsFrom: TermStart; start: CalendarDate; startDayCounts: boolean };
      source: LegalSource;
    };

export interface DueDate {
  dueDate: CalendarDate;
  rule: DueDateRule;
}

/** The due date an invoice's agreed payment terms give. */
export const computeDueDate = (
  issueDate: CalendarDate,
  terms: PaymentTerms,
  serviceDate?: CalendarDate,
  options: DueDateOptions = {},
): DueDate => {
  const countedFrom = options.countFrom === 'service-date' && serviceDate ? 'service-date' : 'issue-date';
  const start = countedFrom === 'service-date' && serviceDate ? serviceDate : issueDate;
  const { days } = terms;
  if (!terms.endOfMonth) {
    return { dueDate: addDays(start, days), rule: { key: 'net-days', params: { days, countedFrom, start } } };
  }
  if ((options.endOfMonthMode ?? 'days-then-end-of-month') === 'days-then-end-of-month') {
    const afterDays = addDays(start, days);
    return {
      dueDate: endOfMonth(afterDays),
      rule: { key: 'days-then-end-of-month', params: { days, countedFrom, start, afterDays } },
    };
  }
  const monthEnd = endOfMonth(start);
  return {
    dueDate: addDays(monthEnd, days),
    rule: { key: 'end-of-month-then-days', params: { days, countedFrom, start, monthEnd } },
  };
};

export interface StatutoryDueDateInput {
  issueDate: CalendarDate;
  /** The day the service was done. */
  serviceDate?: CalendarDate;
  /** The day the client received the invoice; the invoice date when unknown. */
  receivedOn?: CalendarDate;
}

/**
 * The due date the law sets when the contract names none (RULES.md "default term"), or null where there is no
 * default. FR: service date + 30. EU, DE: receipt of the invoice + 30. UK: 30-day period beginning with the later
 * of the service and the invoice, i.e. start + 29. US (New York freelance contracts only): completion + 30.
 */
export const statutoryDueDate = (
  jurisdiction: Jurisdiction,
  input: StatutoryDueDateInput,
  rules: LatePaymentRules = LATE_PAYMENT_RULES,
): DueDate | null => {
  const term = rules[jurisdiction].defaultTerm;
  if (!term) return null;
  const received = input.receivedOn ?? input.issueDate;
  const start =
    term.countsFrom === 'service-date'
      ? (input.serviceDate ?? input.issueDate)
      : term.countsFrom === 'invoice-receipt'
        ? received
        : laterOf(input.serviceDate ?? received, received);
  return {
    dueDate: addDays(start, term.startDayCounts ? term.days - 1 : term.days),
    rule: {
      key: 'statutory-default',
      params: { jurisdiction, days: term.days, countsFrom: term.countsFrom, start, startDayCounts: term.startDayCounts },
      source: term.source,
    },
  };
};

export type TermWarningId =
  | 'term-beyond-cap'
  | 'term-beyond-cap-unless-agreed'
  | 'no-late-interest-clause'
  | 'contract-rate-below-floor'
  | 'not-signed-by-both'
  | 'work-before-signature';

export interface TermWarning {
  id: TermWarningId;
  /** `error`: the clause is unlawful as written; `warning`: risky or unproven. */
  severity: 'error' | 'warning';
  messageKey: string;
  source: LegalSource;
  params: Record<string, string | number | boolean>;
}

/** Terms a freelancer can prove were agreed: ClientCheck's rule everywhere, a legal duty in New York. */
const SIGNED_TERMS_SOURCE: Readonly<Record<Jurisdiction, LegalSource>> = {
  FR: source('ClientCheck checklist: payment terms signed by both sides (proof of what was agreed)'),
  EU: source('ClientCheck checklist: payment terms signed by both sides (proof of what was agreed)'),
  DE: source('ClientCheck checklist: payment terms signed by both sides (proof of what was agreed)'),
  UK: source('ClientCheck checklist: payment terms signed by both sides (proof of what was agreed)'),
  US: source('New York State Freelance Isn’t Free Act: written contract for work of $800 or more'),
};

/** The longest a term can run, in days from the invoice date: "N days end of month" can add up to 30 more. */
const longestTermDays = (terms: PaymentTerms): number => terms.days + (terms.endOfMonth ? 30 : 0);

export interface TermWarningOptions {
  /** Date whose legal interest rate the contract-rate floor uses; default: the latest signature, else creation. */
  asOf?: CalendarDate;
  rules?: LatePaymentRules;
  rates?: ReferenceRateTables;
  /**
   * Who the client is (debtorKindOf). The caps on payment terms, the late-penalty clause and its floor bind
   * professionals between themselves (C. com. L441-10, BGB §271a, §288(2)); for a private client they are not
   * asked. Unknown clients count as businesses.
   */
  debtor?: DebtorKind;
}

/** What is wrong or risky in an agreement's payment terms, each warning citing the rule it rests on. */
export const termWarnings = (
  agreement: Pick<
    Agreement,
    'paymentTerms' | 'lateInterest' | 'signedByFreelancerOn' | 'signedByClientOn' | 'startsOn' | 'createdAt' | 'jurisdiction'
  >,
  jurisdiction: Jurisdiction = agreement.jurisdiction,
  options: TermWarningOptions = {},
): TermWarning[] => {
  const rules = options.rules ?? LATE_PAYMENT_RULES;
  const rates = options.rates ?? REFERENCE_RATES;
  const rule = rules[jurisdiction];
  const warnings: TermWarning[] = [];
  const { paymentTerms: terms, lateInterest } = agreement;
  const business = (options.debtor ?? 'business') === 'business';

  if (business && rule.cap) {
    const { cap } = rule;
    const beyond =
      terms.endOfMonth && cap.endOfMonthDays !== null ? terms.days > cap.endOfMonthDays : longestTermDays(terms) > cap.netDays;
    if (beyond) {
      warnings.push({
        id: cap.strict ? 'term-beyond-cap' : 'term-beyond-cap-unless-agreed',
        severity: cap.strict ? 'error' : 'warning',
        messageKey: cap.strict ? 'term_warning_beyond_cap' : 'term_warning_beyond_cap_unless_agreed',
        source: cap.source,
        params: {
          days: terms.days,
          endOfMonth: terms.endOfMonth,
          capNetDays: cap.netDays,
          ...(cap.endOfMonthDays !== null ? { capEndOfMonthDays: cap.endOfMonthDays } : {}),
        },
      });
    }
  }

  const interest = rule.lateInterest;
  if (!business) {
    // A private client: no penalty clause to ask for, no floor to hold it to.
  } else if (lateInterest.basis === 'contract' && lateInterest.ratePercent === undefined) {
    warnings.push({
      id: 'no-late-interest-clause',
      severity: 'warning',
      messageKey: 'term_warning_no_late_interest_rate',
      source: interest.source,
      params: { basis: 'contract' },
    });
  } else if (lateInterest.basis === 'statutory' && interest.kind === 'contract-only') {
    // No statutory rate to fall back on: without a written rate the freelancer can claim no interest.
    warnings.push({
      id: 'no-late-interest-clause',
      severity: 'warning',
      messageKey: 'term_warning_no_statutory_interest',
      source: interest.source,
      params: { basis: 'statutory' },
    });
  }

  if (
    business &&
    lateInterest.basis === 'contract' &&
    lateInterest.ratePercent !== undefined &&
    interest.kind === 'reference-plus' &&
    interest.contractFloor
  ) {
    const signatures = [agreement.signedByFreelancerOn, agreement.signedByClientOn].filter((d): d is string => !!d);
    const asOf = options.asOf ?? signatures.sort().at(-1) ?? agreement.createdAt.slice(0, 10);
    const legal = referenceRateFor(rates[interest.contractFloor.table], halfYearOf(asOf));
    const floorPercent = roundPercent(legal.ratePercent * interest.contractFloor.multiple);
    if (lateInterest.ratePercent < floorPercent) {
      warnings.push({
        id: 'contract-rate-below-floor',
        severity: 'error',
        messageKey: 'term_warning_contract_rate_below_floor',
        source: interest.contractFloor.source,
        params: {
          ratePercent: lateInterest.ratePercent,
          floorPercent,
          legalRatePercent: legal.ratePercent,
          multiple: interest.contractFloor.multiple,
          halfYear: legal.halfYear,
          rateMatch: legal.match,
        },
      });
    }
  }

  const signedBy = [agreement.signedByFreelancerOn, agreement.signedByClientOn];
  if (!signedBy[0] || !signedBy[1]) {
    warnings.push({
      id: 'not-signed-by-both',
      severity: 'warning',
      messageKey: 'term_warning_not_signed_by_both',
      source: SIGNED_TERMS_SOURCE[jurisdiction],
      params: { signedByFreelancer: !!signedBy[0], signedByClient: !!signedBy[1] },
    });
  }

  const latestSignature = signedBy.filter((d): d is string => !!d).sort().at(-1);
  if (agreement.startsOn && latestSignature && agreement.startsOn < latestSignature) {
    warnings.push({
      id: 'work-before-signature',
      severity: 'warning',
      messageKey: 'term_warning_work_before_signature',
      source: SIGNED_TERMS_SOURCE[jurisdiction],
      params: { startsOn: agreement.startsOn, latestSignature },
    });
  }

  return warnings;
};

/** Rates are quoted to two decimals: 3 × 2.62 is 7.86, not 7.859999. */
const roundPercent = (value: number): number => Math.round(value * 100) / 100;

export interface AgreedDueDate extends DueDate {
  terms: PaymentTerms;
  /** Whose terms: the invoice's agreement, or the default terms in Settings when it has none. */
  termsFrom: 'agreement' | 'settings';
}

/** The due date an invoice gets from its agreement's payment terms, or from the user's default terms. */
export const agreedDueDate = (
  invoice: { issueDate: CalendarDate; serviceDate?: CalendarDate },
  agreement: Pick<Agreement, 'paymentTerms'> | undefined,
  defaultTerms: PaymentTerms,
): AgreedDueDate => {
  const terms = agreement?.paymentTerms ?? defaultTerms;
  return {
    ...computeDueDate(invoice.issueDate, terms, invoice.serviceDate),
    terms,
    termsFrom: agreement ? 'agreement' : 'settings',
  };
};
