/**
 * Every risk reason, one row each: what kind it is, the sentence that explains it, and its default
 * weight. Settings changes weights, never meanings; a reason added here gets its default weight for
 * users who edited the others (the settings keep only their changes).
 */
export type ReasonKind = 'red-flag' | 'warning' | 'good';

export interface ReasonRow {
  kind: ReasonKind;
  messageKey: string;
  /** Default points added to the score (removed, for a good signal). */
  weight: number;
  /** A red flag that makes the level high whatever else is true (RULES.md red flags no history excuses). */
  hard?: true;
  /** Weighed once per occurrence, up to `maxOccurrences`: each bad review is another client's word. */
  perOccurrence?: true;
  /** The message says how many times the reason was seen. */
  counted?: true;
}

export const RISK_REASONS = {
  // Platform
  'payment-not-verified': { kind: 'red-flag', messageKey: 'risk_paymentNotVerified', weight: 40, hard: true },
  'many-jobs-few-hires': { kind: 'warning', messageKey: 'risk_manyJobsFewHires', weight: 15 },
  'open-jobs-no-hires': { kind: 'warning', messageKey: 'risk_openJobsNoHires', weight: 10 },
  'new-account': { kind: 'warning', messageKey: 'risk_newAccount', weight: 8 },
  'new-account-large-budget': { kind: 'red-flag', messageKey: 'risk_newAccountLargeBudget', weight: 25 },
  'low-rating': { kind: 'warning', messageKey: 'risk_lowRating', weight: 12 },
  'no-spend': { kind: 'warning', messageKey: 'risk_noSpend', weight: 5 },
  // What the client wrote; asking the freelancer for money is paying outside the platform the other way round.
  'off-platform-contact': { kind: 'red-flag', messageKey: 'risk_offPlatformContact', weight: 40, hard: true },
  'pay-outside': { kind: 'red-flag', messageKey: 'risk_payOutside', weight: 40, hard: true },
  'free-test-work': { kind: 'red-flag', messageKey: 'risk_freeTestWork', weight: 25 },
  'money-asked': { kind: 'red-flag', messageKey: 'risk_moneyAsked', weight: 40, hard: true },
  // Identity
  'disposable-email': { kind: 'red-flag', messageKey: 'risk_disposableEmail', weight: 25 },
  'free-webmail-company': { kind: 'red-flag', messageKey: 'risk_freeWebmailCompany', weight: 15 },
  'email-unlike-website': { kind: 'red-flag', messageKey: 'risk_emailUnlikeWebsite', weight: 12 },
  'phone-country-mismatch': { kind: 'red-flag', messageKey: 'risk_phoneCountryMismatch', weight: 10 },
  'phone-invalid': { kind: 'warning', messageKey: 'risk_phoneInvalid', weight: 8 },
  'identifier-invalid': { kind: 'red-flag', messageKey: 'risk_identifierInvalid', weight: 20 },
  'iban-invalid': { kind: 'warning', messageKey: 'risk_ibanInvalid', weight: 8 },
  // Look-ups
  'registry-closed': { kind: 'red-flag', messageKey: 'risk_registryClosed', weight: 40, hard: true },
  'registry-not-found': { kind: 'warning', messageKey: 'risk_registryNotFound', weight: 12 },
  'search-red-flag': { kind: 'red-flag', messageKey: 'risk_searchRedFlag', weight: 20 },
  // What freelancers said of the client
  'history-poor-rating': { kind: 'warning', messageKey: 'risk_historyPoorRating', weight: 10, perOccurrence: true, counted: true },
  'history-unpaid': { kind: 'red-flag', messageKey: 'risk_historyUnpaid', weight: 25, perOccurrence: true, counted: true },
  'history-late-payment': { kind: 'warning', messageKey: 'risk_historyLatePayment', weight: 12, perOccurrence: true, counted: true },
  'history-scope-creep': { kind: 'warning', messageKey: 'risk_historyScopeCreep', weight: 6, perOccurrence: true, counted: true },
  'history-unresponsive': { kind: 'warning', messageKey: 'risk_historyUnresponsive', weight: 6, perOccurrence: true, counted: true },
  // What the job pays against the freelancer's minimums (Settings › Your profile)
  'budget-below-minimum': { kind: 'warning', messageKey: 'risk_budgetBelowMinimum', weight: 10 },
  'hourly-budget-below-minimum': { kind: 'warning', messageKey: 'risk_hourlyBudgetBelowMinimum', weight: 10 },
  'daily-budget-below-minimum': { kind: 'warning', messageKey: 'risk_dailyBudgetBelowMinimum', weight: 10 },
  'client-pays-below-minimum': { kind: 'warning', messageKey: 'risk_clientPaysBelowMinimum', weight: 12 },
  // What the user found when checking by hand; the failed items are named in the message, so it needs no count.
  'checklist-failed': { kind: 'warning', messageKey: 'risk_checklistFailed', weight: 15, perOccurrence: true },
  // Nothing to judge on
  'little-known': { kind: 'warning', messageKey: 'risk_littleKnown', weight: 15 },
  // Good signals
  'payment-verified': { kind: 'good', messageKey: 'risk_paymentVerified', weight: 5 },
  'good-hire-rate': { kind: 'good', messageKey: 'risk_goodHireRate', weight: 5 },
  'established-spend': { kind: 'good', messageKey: 'risk_establishedSpend', weight: 8 },
  'good-rating': { kind: 'good', messageKey: 'risk_goodRating', weight: 5 },
  'long-standing-account': { kind: 'good', messageKey: 'risk_longStandingAccount', weight: 5 },
  'identity-verified': { kind: 'good', messageKey: 'risk_identityVerified', weight: 3 },
  'deposit-made': { kind: 'good', messageKey: 'risk_depositMade', weight: 5 },
  'registry-confirmed': { kind: 'good', messageKey: 'risk_registryConfirmed', weight: 10 },
  'email-matches-website': { kind: 'good', messageKey: 'risk_emailMatchesWebsite', weight: 3 },
  'phone-consistent': { kind: 'good', messageKey: 'risk_phoneConsistent', weight: 2 },
  'search-clean': { kind: 'good', messageKey: 'risk_searchClean', weight: 3, counted: true },
} as const satisfies Record<string, ReasonRow>;

export type RiskReasonId = keyof typeof RISK_REASONS;

/** The ids in table order (the order Settings lists them in). */
export const RISK_REASON_IDS = Object.keys(RISK_REASONS) as [RiskReasonId, ...RiskReasonId[]];

export const reasonRow = (id: RiskReasonId): ReasonRow => RISK_REASONS[id];
