import type { CalendarDate } from '../../model/common';
import type { Jurisdiction } from '../../model/billing';
import type { DebtorKind } from '../../model/legal-status';
import type { ReferenceRateId } from './reference-rates';
import { source, type LegalSource } from './sources';

/**
 * Payment terms and late-payment remedies, one row per jurisdiction and per kind of debtor (RULES.md, "Payment
 * terms and late payment"): `LATE_PAYMENT_RULES` between businesses, `CONSUMER_LATE_PAYMENT_RULES` when the client
 * is a private person. `latePaymentRule` is the one way to pick a row. Functions take the table as a parameter with
 * these as defaults, so Settings can ship a corrected row without a release.
 */

/** What a default payment term counts from when the contract names no date. */
export type TermStart =
  /** The day the service was done (falls back to the invoice date when no service date is known). */
  | 'service-date'
  /** The day the client received the invoice (taken as the invoice date unless a receipt date is given). */
  | 'invoice-receipt'
  /** The later of the service date and the day the client learned the amount (UK). */
  | 'later-of-service-and-invoice';

export interface DefaultTerm {
  days: number;
  countsFrom: TermStart;
  /**
   * UK wording is "the last day of the period of 30 days beginning with" the start day, so the start day is day 1
   * and the term ends on start + 29. Elsewhere the term ends on start + 30.
   */
  startDayCounts: boolean;
  /** Where the default only holds for some contracts (US: New York freelance contracts). */
  scope?: string;
  source: LegalSource;
}

export interface TermCap {
  /** Longest term counted in plain days from the invoice date. */
  netDays: number;
  /** Longest "N days end of month" term, or null when the law names none. */
  endOfMonthDays: number | null;
  /** False where a longer term is lawful when expressly agreed and not grossly unfair (EU floor). */
  strict: boolean;
  source: LegalSource;
}

export type LateInterestRule =
  | {
      kind: 'reference-plus';
      table: ReferenceRateId;
      points: number;
      /**
       * `per-half-year`: the reference is re-read for every half-year the delay spans (FR, EU, DE).
       * `fixed-on-due-date`: the rate in force at the end of the due date holds for the whole delay
       * (UK Act 1998 s.4(2)).
       */
      rateFixing: 'per-half-year' | 'fixed-on-due-date';
      /** A contract rate may not go below `multiple` × this table's rate (FR: 3 × the legal interest rate). */
      contractFloor?: { table: ReferenceRateId; multiple: number; source: LegalSource };
      /**
       * When statutory interest starts: the day after the due date (default), or only from the formal notice
       * (France, against a consumer: C. civ. 1231-6, 1344-1). A contract rate runs as the contract says.
       */
      runsFrom?: 'day-after-due' | 'formal-notice';
      source: LegalSource;
    }
  | { kind: 'contract-only'; source: LegalSource };

export interface RecoveryFeeBand {
  /** Debt from this amount (minor units, inclusive) up to the next band. */
  fromAmount: number;
  fee: number;
  label: string;
}

export interface RecoveryFeeRule {
  currency: string;
  /** Ascending by `fromAmount`; the first band starts at 0. */
  bands: readonly RecoveryFeeBand[];
  /** The creditor may claim more on proof of higher recovery costs. */
  moreOnProof: boolean;
  source: LegalSource;
}

export interface LatePaymentRule {
  jurisdiction: Jurisdiction;
  /** Who owes: another business, or a private person (a consumer). */
  debtor: DebtorKind;
  /** One sentence saying which rules apply, shown on the chase page (message key, both languages). */
  summaryKey: string;
  /** A caveat the user should read (message key), where the law adds a condition the data cannot check. */
  noteKey?: string;
  /** Where a consumer must be told of a mediator (the freelancer's, from Settings), the rule that says so. */
  mediation?: LegalSource;
  /** Set where a recovery fee written in the contract cannot be charged to this debtor: the rule that voids it. */
  contractFeeVoid?: LegalSource;
  /** The date from which this row holds. */
  validFrom: CalendarDate;
  sources: readonly LegalSource[];
  defaultTerm: DefaultTerm | null;
  cap: TermCap | null;
  lateInterest: LateInterestRule;
  /**
   * Days in the interest year. RULES.md: amount × rate × days / 365, the practice in France, the UK (gov.uk late
   * payment guidance) and Germany. `actual` (366 in leap years) is there for a contract that says so.
   */
  dayCountBasis: 365 | 'actual';
  recoveryFee: RecoveryFeeRule | null;
  /** The interest runs without any reminder being sent. */
  interestWithoutReminder: boolean;
}

export type LatePaymentRules = Readonly<Record<Jurisdiction, LatePaymentRule>>;

const L441_10 = source('Code de commerce L441-10');
const D441_5 = source('Code de commerce D441-5');
const DIRECTIVE = source('Directive 2011/7/EU', 'https://eur-lex.europa.eu/eli/dir/2011/7/oj');
const BGB_286 = source('BGB §286(3)', 'https://www.gesetze-im-internet.de/bgb/__286.html');
const BGB_288 = source('BGB §288', 'https://www.gesetze-im-internet.de/bgb/__288.html');
const UK_ACT = source('Late Payment of Commercial Debts (Interest) Act 1998', 'https://www.legislation.gov.uk/ukpga/1998/20');
const UK_5A = source('Late Payment of Commercial Debts (Interest) Act 1998, s.5A', 'https://www.legislation.gov.uk/ukpga/1998/20/section/5A');
const NY_FIF = source('New York State Freelance Isn’t Free Act (General Business Law art. 44-A); NYC Local Law 140 of 2016');

const EUR_40 = (src: LegalSource, moreOnProof: boolean): RecoveryFeeRule => ({
  currency: 'EUR',
  bands: [{ fromAmount: 0, fee: 40_00, label: 'EUR 40' }],
  moreOnProof,
  source: src,
});

export const LATE_PAYMENT_RULES: LatePaymentRules = {
  FR: {
    jurisdiction: 'FR',
    debtor: 'business',
    summaryKey: 'chase_rules_fr_business',
    // Wording of L441-10 from ordonnance 2019-359 (in force 26 Apr 2019); the EUR 40 of D441-5 since 1 Jan 2013.
    validFrom: '2019-04-26',
    sources: [L441_10, D441_5],
    defaultTerm: { days: 30, countsFrom: 'service-date', startDayCounts: false, source: source('Code de commerce L441-10 I') },
    cap: { netDays: 60, endOfMonthDays: 45, strict: true, source: source('Code de commerce L441-10 I') },
    lateInterest: {
      kind: 'reference-plus',
      table: 'ecb-mro',
      points: 10,
      rateFixing: 'per-half-year',
      contractFloor: { table: 'fr-legal-interest-professional', multiple: 3, source: source('Code de commerce L441-10 II') },
      source: source('Code de commerce L441-10 II'),
    },
    dayCountBasis: 365,
    recoveryFee: EUR_40(D441_5, true),
    interestWithoutReminder: true,
  },
  EU: {
    jurisdiction: 'EU',
    debtor: 'business',
    summaryKey: 'chase_rules_eu_business',
    // Transposition deadline of the Directive.
    validFrom: '2013-03-16',
    sources: [DIRECTIVE],
    defaultTerm: { days: 30, countsFrom: 'invoice-receipt', startDayCounts: false, source: source('Directive 2011/7/EU art. 3(3)') },
    cap: { netDays: 60, endOfMonthDays: null, strict: false, source: source('Directive 2011/7/EU art. 3(5)') },
    lateInterest: {
      kind: 'reference-plus',
      table: 'ecb-mro',
      points: 8,
      rateFixing: 'per-half-year',
      source: source('Directive 2011/7/EU art. 2, 3'),
    },
    dayCountBasis: 365,
    recoveryFee: EUR_40(source('Directive 2011/7/EU art. 6'), true),
    interestWithoutReminder: true,
  },
  DE: {
    jurisdiction: 'DE',
    debtor: 'business',
    summaryKey: 'chase_rules_de_business',
    // 9 points and the EUR 40 flat sum since the late-payment act of 2014 (in force 29 Jul 2014).
    validFrom: '2014-07-29',
    sources: [BGB_286, BGB_288],
    defaultTerm: { days: 30, countsFrom: 'invoice-receipt', startDayCounts: false, source: BGB_286 },
    cap: null,
    lateInterest: {
      kind: 'reference-plus',
      table: 'de-basiszinssatz',
      // Between businesses; against a consumer it is 5 points (§288(1)).
      points: 9,
      rateFixing: 'per-half-year',
      source: source('BGB §288(2)', 'https://www.gesetze-im-internet.de/bgb/__288.html'),
    },
    dayCountBasis: 365,
    recoveryFee: EUR_40(source('BGB §288(5)', 'https://www.gesetze-im-internet.de/bgb/__288.html'), true),
    interestWithoutReminder: true,
  },
  UK: {
    jurisdiction: 'UK',
    debtor: 'business',
    summaryKey: 'chase_rules_uk_business',
    // s.5A and the 8-point rate since the 2002 amendments (in force 7 Aug 2002).
    validFrom: '2002-08-07',
    sources: [UK_ACT, UK_5A],
    defaultTerm: {
      days: 30,
      countsFrom: 'later-of-service-and-invoice',
      startDayCounts: true,
      source: source('Late Payment of Commercial Debts (Interest) Act 1998, s.4'),
    },
    cap: null,
    lateInterest: {
      kind: 'reference-plus',
      table: 'boe-bank-rate',
      points: 8,
      rateFixing: 'fixed-on-due-date',
      source: source('Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002; Act 1998 s.4(2), s.6'),
    },
    dayCountBasis: 365,
    recoveryFee: {
      currency: 'GBP',
      bands: [
        { fromAmount: 0, fee: 40_00, label: 'under £1,000' },
        { fromAmount: 1_000_00, fee: 70_00, label: '£1,000 to £9,999.99' },
        { fromAmount: 10_000_00, fee: 100_00, label: '£10,000 or more' },
      ],
      // Reasonable costs above the fixed sum since 16 Mar 2013 (s.5A(2A)).
      moreOnProof: true,
      source: UK_5A,
    },
    interestWithoutReminder: true,
  },
  US: {
    jurisdiction: 'US',
    debtor: 'business',
    summaryKey: 'chase_rules_us',
    validFrom: '2024-08-28',
    sources: [source('No federal rule: the contract governs, within state usury and late-fee limits'), NY_FIF],
    defaultTerm: {
      days: 30,
      countsFrom: 'service-date',
      startDayCounts: false,
      scope: 'New York State and New York City freelance contracts with no payment date',
      source: NY_FIF,
    },
    cap: null,
    lateInterest: { kind: 'contract-only', source: source('No federal rule: only a rate written in the contract applies') },
    dayCountBasis: 365,
    recoveryFee: null,
    interestWithoutReminder: false,
  },
};

const CIV_1231_6 = source('Code civil art. 1231-6, 1344-1', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032042426');
const L612_1 = source('Code de la consommation L612-1', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032226842');
const ADR_DIRECTIVE = source('Directive 2013/11/EU (consumer ADR) art. 13', 'https://eur-lex.europa.eu/eli/dir/2013/11/oj');

/**
 * The same questions when the client is a private person. None of the rules between businesses apply: no
 * commercial penalties, no fixed recovery sum, no statutory cap on the payment term (C. com. L441-10 and D441-5,
 * Directive 2011/7/EU art. 1(2), BGB §288(2) and (5), UK Act 1998 s.2(1) all stop at businesses).
 */
export const CONSUMER_LATE_PAYMENT_RULES: LatePaymentRules = {
  FR: {
    jurisdiction: 'FR',
    debtor: 'consumer',
    summaryKey: 'chase_rules_fr_consumer',
    // Wording of art. 1231-6 and 1344-1 from ordonnance 2016-131, in force 1 Oct 2016.
    validFrom: '2016-10-01',
    sources: [CIV_1231_6, source('Code de la consommation L218-2')],
    // No statutory term: the price is due when the service is done unless the contract says otherwise.
    defaultTerm: null,
    cap: null,
    lateInterest: {
      kind: 'reference-plus',
      // The legal rate for "all other cases" (a creditor acting for their business), set by arrêté each half-year.
      table: 'fr-legal-interest-professional',
      points: 0,
      rateFixing: 'per-half-year',
      runsFrom: 'formal-notice',
      source: CIV_1231_6,
    },
    dayCountBasis: 365,
    recoveryFee: null,
    interestWithoutReminder: false,
    mediation: L612_1,
    // Recovery costs without an enforceable title stay with the creditor; a clause saying otherwise is void.
    contractFeeVoid: source('Code des procédures civiles d’exécution L111-8'),
  },
  EU: {
    jurisdiction: 'EU',
    debtor: 'consumer',
    summaryKey: 'chase_rules_eu_consumer',
    validFrom: '2013-03-16',
    sources: [source('Directive 2011/7/EU art. 1(2): transactions between undertakings or with public authorities only')],
    defaultTerm: null,
    cap: null,
    lateInterest: { kind: 'contract-only', source: source('Directive 2011/7/EU art. 1(2); national civil law for consumers') },
    dayCountBasis: 365,
    recoveryFee: null,
    interestWithoutReminder: false,
    mediation: ADR_DIRECTIVE,
  },
  DE: {
    jurisdiction: 'DE',
    debtor: 'consumer',
    summaryKey: 'chase_rules_de_consumer',
    noteKey: 'chase_rules_de_consumer_note',
    validFrom: '2014-07-29',
    sources: [BGB_286, BGB_288],
    defaultTerm: null,
    cap: null,
    lateInterest: {
      kind: 'reference-plus',
      table: 'de-basiszinssatz',
      points: 5,
      rateFixing: 'per-half-year',
      source: source('BGB §288(1)', 'https://www.gesetze-im-internet.de/bgb/__288.html'),
    },
    dayCountBasis: 365,
    // §288(5): the EUR 40 flat sum only where the debtor is not a consumer.
    recoveryFee: null,
    interestWithoutReminder: true,
    mediation: source('Verbraucherstreitbeilegungsgesetz (VSBG) §36', 'https://www.gesetze-im-internet.de/vsbg/__36.html'),
  },
  UK: {
    jurisdiction: 'UK',
    debtor: 'consumer',
    summaryKey: 'chase_rules_uk_consumer',
    validFrom: '1998-11-01',
    sources: [source('Late Payment of Commercial Debts (Interest) Act 1998, s.2(1): contracts between businesses only', 'https://www.legislation.gov.uk/ukpga/1998/20/section/2')],
    defaultTerm: null,
    cap: null,
    lateInterest: {
      kind: 'contract-only',
      source: source('Late Payment of Commercial Debts (Interest) Act 1998, s.2(1): not against a consumer; only a rate in the contract applies'),
    },
    dayCountBasis: 365,
    recoveryFee: null,
    interestWithoutReminder: false,
  },
  US: {
    ...LATE_PAYMENT_RULES.US,
    debtor: 'consumer',
    summaryKey: 'chase_rules_us',
    // The New York freelance act protects the freelancer against a hiring party, whoever it is; the rest is contract.
  },
};

export type LatePaymentTables = Readonly<Record<DebtorKind, LatePaymentRules>>;

export const LATE_PAYMENT_TABLES: LatePaymentTables = { business: LATE_PAYMENT_RULES, consumer: CONSUMER_LATE_PAYMENT_RULES };

/** The row for a jurisdiction and a kind of debtor: the one place the debtor's kind picks the law. */
export const latePaymentRule = (
  jurisdiction: Jurisdiction,
  debtor: DebtorKind = 'business',
  tables: LatePaymentTables = LATE_PAYMENT_TABLES,
): LatePaymentRule => tables[debtor][jurisdiction];
