import { z } from 'zod';
import { daysBetween, todayIn } from '../billing/calendar';
import type { Client, ClientKind, Lookup } from '../model/client';
import { currencyCode, type CalendarDate, type Money, type PlatformId } from '../model/common';
import { formatMoney } from '../format';
import { displayLocale } from '../i18n/messages';
import type { ClientSnapshot, PlatformSignals, RedFlag, RedFlagKind, SnapshotJob } from '../model/snapshot';
import type { AutomaticCheckId, CheckResult } from './checks';
import { LOOKUP_PROVIDERS, providerGroup, type LookupProvider } from './lookups';
import { checkRates, type RateCheckItem } from '../profile/rate-check';
import type { FreelancerProfile } from '../profile/profile';

/**
 * A transparent risk assessment: every point of the score comes from a reason the user can read,
 * with the sentence or figure it rests on and where it was seen. Weights and thresholds are data
 * (`defaultRiskConfig`), edited in Settings. A hard red flag makes the risk high whatever else is
 * true: a verified spend history does not make a request to pay off the platform safe.
 */
export type RiskLevel = 'low' | 'medium' | 'high';
export type ReasonKind = 'red-flag' | 'warning' | 'good';

export const RISK_REASON_IDS = [
  // Platform
  'payment-not-verified',
  'many-jobs-few-hires',
  'open-jobs-no-hires',
  'new-account',
  'new-account-large-budget',
  'low-rating',
  'no-spend',
  // What the client wrote
  'off-platform-contact',
  'pay-outside',
  'free-test-work',
  'money-asked',
  // Identity
  'disposable-email',
  'free-webmail-company',
  'email-unlike-website',
  'phone-country-mismatch',
  'phone-invalid',
  'identifier-invalid',
  'iban-invalid',
  // Look-ups
  'registry-closed',
  'registry-not-found',
  'search-red-flag',
  // What freelancers said of the client
  'history-poor-rating',
  'history-unpaid',
  'history-late-payment',
  'history-scope-creep',
  'history-unresponsive',
  // What the job pays against the freelancer's minimums (Settings › Your profile)
  'budget-below-minimum',
  'hourly-budget-below-minimum',
  'daily-budget-below-minimum',
  'client-pays-below-minimum',
  // Nothing to judge on
  // What the user found when checking by hand
  'checklist-failed',
  'little-known',
  // Good signals
  'payment-verified',
  'good-hire-rate',
  'established-spend',
  'good-rating',
  'long-standing-account',
  'identity-verified',
  'deposit-made',
  'registry-confirmed',
  'email-matches-website',
  'phone-consistent',
  'search-clean',
] as const;
export type RiskReasonId = (typeof RISK_REASON_IDS)[number];

/** What kind each reason is and how it reads. Fixed: Settings changes weights, not meanings. */
export const RISK_REASONS: Readonly<Record<RiskReasonId, { kind: ReasonKind; messageKey: string }>> = {
  'payment-not-verified': { kind: 'red-flag', messageKey: 'risk_paymentNotVerified' },
  'many-jobs-few-hires': { kind: 'warning', messageKey: 'risk_manyJobsFewHires' },
  'open-jobs-no-hires': { kind: 'warning', messageKey: 'risk_openJobsNoHires' },
  'new-account': { kind: 'warning', messageKey: 'risk_newAccount' },
  'new-account-large-budget': { kind: 'red-flag', messageKey: 'risk_newAccountLargeBudget' },
  'low-rating': { kind: 'warning', messageKey: 'risk_lowRating' },
  'no-spend': { kind: 'warning', messageKey: 'risk_noSpend' },
  'off-platform-contact': { kind: 'red-flag', messageKey: 'risk_offPlatformContact' },
  'pay-outside': { kind: 'red-flag', messageKey: 'risk_payOutside' },
  'free-test-work': { kind: 'red-flag', messageKey: 'risk_freeTestWork' },
  'money-asked': { kind: 'red-flag', messageKey: 'risk_moneyAsked' },
  'disposable-email': { kind: 'red-flag', messageKey: 'risk_disposableEmail' },
  'free-webmail-company': { kind: 'red-flag', messageKey: 'risk_freeWebmailCompany' },
  'email-unlike-website': { kind: 'red-flag', messageKey: 'risk_emailUnlikeWebsite' },
  'phone-country-mismatch': { kind: 'red-flag', messageKey: 'risk_phoneCountryMismatch' },
  'phone-invalid': { kind: 'warning', messageKey: 'risk_phoneInvalid' },
  'identifier-invalid': { kind: 'red-flag', messageKey: 'risk_identifierInvalid' },
  'iban-invalid': { kind: 'warning', messageKey: 'risk_ibanInvalid' },
  'registry-closed': { kind: 'red-flag', messageKey: 'risk_registryClosed' },
  'registry-not-found': { kind: 'warning', messageKey: 'risk_registryNotFound' },
  'search-red-flag': { kind: 'red-flag', messageKey: 'risk_searchRedFlag' },
  'history-poor-rating': { kind: 'warning', messageKey: 'risk_historyPoorRating' },
  'history-unpaid': { kind: 'red-flag', messageKey: 'risk_historyUnpaid' },
  'history-late-payment': { kind: 'warning', messageKey: 'risk_historyLatePayment' },
  'history-scope-creep': { kind: 'warning', messageKey: 'risk_historyScopeCreep' },
  'history-unresponsive': { kind: 'warning', messageKey: 'risk_historyUnresponsive' },
  'budget-below-minimum': { kind: 'warning', messageKey: 'risk_budgetBelowMinimum' },
  'hourly-budget-below-minimum': { kind: 'warning', messageKey: 'risk_hourlyBudgetBelowMinimum' },
  'daily-budget-below-minimum': { kind: 'warning', messageKey: 'risk_dailyBudgetBelowMinimum' },
  'client-pays-below-minimum': { kind: 'warning', messageKey: 'risk_clientPaysBelowMinimum' },
  'checklist-failed': { kind: 'warning', messageKey: 'risk_checklistFailed' },
  'little-known': { kind: 'warning', messageKey: 'risk_littleKnown' },
  'payment-verified': { kind: 'good', messageKey: 'risk_paymentVerified' },
  'good-hire-rate': { kind: 'good', messageKey: 'risk_goodHireRate' },
  'established-spend': { kind: 'good', messageKey: 'risk_establishedSpend' },
  'good-rating': { kind: 'good', messageKey: 'risk_goodRating' },
  'long-standing-account': { kind: 'good', messageKey: 'risk_longStandingAccount' },
  'identity-verified': { kind: 'good', messageKey: 'risk_identityVerified' },
  'deposit-made': { kind: 'good', messageKey: 'risk_depositMade' },
  'registry-confirmed': { kind: 'good', messageKey: 'risk_registryConfirmed' },
  'email-matches-website': { kind: 'good', messageKey: 'risk_emailMatchesWebsite' },
  'phone-consistent': { kind: 'good', messageKey: 'risk_phoneConsistent' },
  'search-clean': { kind: 'good', messageKey: 'risk_searchClean' },
};

export const HISTORY_FLAGS = ['unpaid', 'late-payment', 'scope-creep', 'unresponsive'] as const;
export type HistoryFlag = (typeof HISTORY_FLAGS)[number];

const riskLevel = z.enum(['low', 'medium', 'high']);
const points = z.number().min(0).max(1_000);
const minorUnitsByCurrency = z.record(currencyCode, z.number().int().nonnegative());

/**
 * The settings of the assessment, validated like any stored row: Settings saves an edited copy and
 * reads it back through this schema. Every reason must have a weight.
 */
export const riskConfig = z
  .object({
    /** Score from which the level is medium, and high. Score = red flags and warnings − good signals. */
    thresholds: z.object({ medium: points, high: points }),
    /** Points per reason; for reasons seen several times (bad reviews), points per occurrence. */
    weights: z.record(z.enum(RISK_REASON_IDS), points),
    /** Reasons that make the level high whatever the score. */
    hardRedFlags: z.array(z.enum(RISK_REASON_IDS)),
    /** A red flag that is not hard still keeps the level at least this: good signals never hide it. */
    redFlagFloor: riskLevel,
    /** Occurrences of one reason counted at most (the fifth bad review adds no more than the third). */
    maxOccurrences: z.number().int().min(1).max(50),
    limits: z.object({
      newAccountDays: z.number().int().nonnegative(),
      longStandingDays: z.number().int().nonnegative(),
      /** Fixed-price budget from which a new account's job looks too good, per currency, minor units. */
      largeBudget: minorUnitsByCurrency,
      /** Total spent from which a client has a real payment history, per currency, minor units. */
      establishedSpend: minorUnitsByCurrency,
      manyJobsPosted: z.number().int().nonnegative(),
      lowHireRatePercent: z.number().min(0).max(100),
      goodHireRatePercent: z.number().min(0).max(100),
      minJobsForHireRate: z.number().int().nonnegative(),
      openJobsWithoutHires: z.number().int().nonnegative(),
      lowRating: z.number().min(0).max(5),
      goodRating: z.number().min(0).max(5),
      minReviewsForRating: z.number().int().nonnegative(),
      /** A freelancer's rating of the client at or below this is a bad review. */
      poorFreelancerRating: z.number().min(0).max(5),
      /** A budget or average rate under this share of the freelancer's minimum (percent) is far below it. */
      farBelowMinimumPercent: z.number().min(0).max(100),
    }),
    /** Words in freelancers' comments about the client; matched whole, case and accents ignored. */
    flagWords: z.record(z.enum(HISTORY_FLAGS), z.array(z.string().trim().min(1).max(100)).max(200)),
    /** Praise that contains a flag word ("never paid late"), removed before matching. */
    neutralPhrases: z.array(z.string().trim().min(1).max(100)).max(200),
  })
  .refine((config) => config.thresholds.medium <= config.thresholds.high, {
    message: 'the medium threshold cannot be above the high one',
    path: ['thresholds', 'medium'],
  });
export type RiskConfig = z.infer<typeof riskConfig>;

export const defaultRiskConfig: RiskConfig = {
  thresholds: { medium: 15, high: 40 },
  weights: {
    'payment-not-verified': 40,
    'many-jobs-few-hires': 15,
    'open-jobs-no-hires': 10,
    'new-account': 8,
    'new-account-large-budget': 25,
    'low-rating': 12,
    'no-spend': 5,
    'off-platform-contact': 40,
    'pay-outside': 40,
    'free-test-work': 25,
    'money-asked': 40,
    'disposable-email': 25,
    'free-webmail-company': 15,
    'email-unlike-website': 12,
    'phone-country-mismatch': 10,
    'phone-invalid': 8,
    'identifier-invalid': 20,
    'iban-invalid': 8,
    'registry-closed': 40,
    'registry-not-found': 12,
    'search-red-flag': 20,
    'history-poor-rating': 10,
    'history-unpaid': 25,
    'history-late-payment': 12,
    'history-scope-creep': 6,
    'history-unresponsive': 6,
    'budget-below-minimum': 10,
    'hourly-budget-below-minimum': 10,
    'daily-budget-below-minimum': 10,
    'client-pays-below-minimum': 12,
    'checklist-failed': 15,
    'little-known': 15,
    'payment-verified': 5,
    'good-hire-rate': 5,
    'established-spend': 8,
    'good-rating': 5,
    'long-standing-account': 5,
    'identity-verified': 3,
    'deposit-made': 5,
    'registry-confirmed': 10,
    'email-matches-website': 3,
    'phone-consistent': 2,
    'search-clean': 3,
  },
  // RULES.md red flags that no history can excuse; asking the freelancer for money is paying outside the
  // platform the other way round.
  hardRedFlags: ['payment-not-verified', 'off-platform-contact', 'pay-outside', 'money-asked', 'registry-closed'],
  redFlagFloor: 'medium',
  maxOccurrences: 3,
  limits: {
    newAccountDays: 90,
    longStandingDays: 730,
    largeBudget: { USD: 100_000, EUR: 100_000, GBP: 80_000, CHF: 100_000, CAD: 140_000, AUD: 150_000 },
    establishedSpend: { USD: 1_000_000, EUR: 1_000_000, GBP: 800_000, CHF: 1_000_000, CAD: 1_400_000, AUD: 1_500_000 },
    manyJobsPosted: 10,
    lowHireRatePercent: 30,
    goodHireRatePercent: 50,
    minJobsForHireRate: 5,
    openJobsWithoutHires: 3,
    lowRating: 4,
    goodRating: 4.5,
    minReviewsForRating: 3,
    poorFreelancerRating: 2,
    farBelowMinimumPercent: 75,
  },
  flagWords: {
    unpaid: [
      'unpaid', 'never paid', 'not paid', "didn't pay", 'did not pay', "won't pay", 'refused to pay', 'no payment',
      'chargeback', 'ne paie pas', "n'a pas paye", 'jamais paye', 'pas ete paye', 'impaye', 'impayee', 'impayes', 'impayees',
    ],
    'late-payment': [
      'late payment', 'paid late', 'pays late', 'payment was late', 'slow to pay', 'slow payment', 'delayed payment',
      'retard de paiement', 'paiement en retard', 'paye en retard', 'paie en retard',
    ],
    'scope-creep': [
      'scope creep', 'beyond the original scope', 'beyond the scope', 'outside the scope', 'out of scope',
      'far from the original', 'kept adding', 'hors perimetre', 'hors du perimetre',
    ],
    unresponsive: [
      'unresponsive', 'not responsive', 'stopped responding', 'ghosted', 'no response', 'never responded',
      'disappeared', 'ne repond plus', 'ne repondait plus', 'injoignable', 'aucune reponse',
    ],
  },
  neutralPhrases: ['never paid late', 'never late', 'not paid late'],
};

export type EvidenceSource = 'platform' | 'job-post' | 'client-history' | 'automatic-check' | 'look-up' | 'your-check';

export interface Evidence {
  source: EvidenceSource;
  /** The exact sentence, as written (a freelancer's comment, the client's message). */
  quote?: string;
  /** The figure or value the reason rests on (`68%`, `2014-07-07`, `jane@gmail.com`). */
  value?: string;
  /** The field it came from (`signals.hireRatePercent`) and where on the page (`About the client › jobs`). */
  field?: string;
  location?: string;
  url?: string;
}

export interface RiskReason {
  id: RiskReasonId;
  kind: ReasonKind;
  hard: boolean;
  /** Points added to the score (removed, for a good signal). */
  weight: number;
  messageKey: string;
  messageParams: string[];
  evidence: Evidence[];
}

export interface RiskAssessment {
  level: RiskLevel;
  score: number;
  /** Red flags first (hard ones first among them), then warnings; heaviest first within each. */
  reasons: RiskReason[];
  goodSignals: RiskReason[];
}

export interface RiskInput {
  /** For account age; defaults to today. */
  today?: CalendarDate;
  clientKind?: ClientKind;
  platform?: PlatformId;
  /** The page the signals were read from, shown with each platform reason. */
  url?: string;
  signals?: PlatformSignals;
  /** From the snapshot: where on the page each field was read. */
  fieldSources?: Readonly<Record<string, string>>;
  job?: Pick<SnapshotJob, 'budget' | 'history'>;
  redFlags?: readonly RedFlag[];
  /** Results of `runAutomaticChecks`. */
  checks?: readonly CheckResult[];
  /** Look-ups the user opened and judged. */
  lookups?: readonly Pick<Lookup, 'provider' | 'outcome' | 'note' | 'query' | 'url'>[];
  /**
   * Checklist items the user marked failed by hand (they called the number: nobody answers), with
   * the item's label as shown and their note; only those the automatic checks did not already fail.
   */
  failedByUser?: readonly { label: string; note?: string }[];
  /** The freelancer's minimums and exchange rates: the job's budget and the client's average rate are weighed against them. */
  profile?: Pick<FreelancerProfile, 'minimumRates' | 'minimumProject' | 'exchangeRates'>;
}

// ─── Helpers ─────────────────────────────────────────────────────────────────────────────────────

const LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];
const atLeast = (level: RiskLevel, floor: RiskLevel): RiskLevel =>
  LEVELS.indexOf(level) >= LEVELS.indexOf(floor) ? level : floor;

/** Lower case, accents and curly apostrophes folded: "Impayé", "impaye" and "didn’t" match as written. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface FlagPatterns {
  flags: [HistoryFlag, RegExp][];
  neutral: RegExp | undefined;
}

/** Built once per config object: Settings hands in a new object when the words change. */
const patternCache = new WeakMap<RiskConfig, FlagPatterns>();
const patternsFor = (config: RiskConfig): FlagPatterns => {
  const cached = patternCache.get(config);
  if (cached) return cached;
  const alternation = (phrases: readonly string[]) =>
    phrases.map((phrase) => escapeRegExp(fold(phrase).trim())).filter(Boolean).join('|');
  const flags = (Object.entries(config.flagWords) as [HistoryFlag, string[]][])
    .filter(([, words]) => alternation(words) !== '')
    // Whole words only: a phrase never fires inside a longer word, so plurals are listed on purpose.
    .map(([flag, words]): [HistoryFlag, RegExp] => [flag, new RegExp(`(?:^|[^a-z0-9])(?:${alternation(words)})(?![a-z0-9])`)]);
  const neutralAlternation = alternation(config.neutralPhrases);
  const patterns = { flags, neutral: neutralAlternation ? new RegExp(neutralAlternation, 'g') : undefined };
  patternCache.set(config, patterns);
  return patterns;
};

/** A comment cut into sentences, so the evidence quotes the complaint rather than the whole review. */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?…])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);

/** As the rest of the UI writes money (US$11,000.00; 11 000,00 $US in French). */
const money = (value: Money): string => formatMoney(value.amount, value.currency, displayLocale());

/**
 * Each flag a freelancer's comment raises, with the sentence that raises it. Praise that holds a flag
 * word ("never paid late") is removed first. Shared with the job fit's history summary (lib/profile).
 */
export const flagsInComment = (comment: string, config: RiskConfig = defaultRiskConfig): { flag: HistoryFlag; quote: string }[] => {
  const { flags, neutral } = patternsFor(config);
  const sentences = sentencesOf(comment).map((sentence) => ({
    sentence,
    folded: neutral ? fold(sentence).replace(neutral, ' ') : fold(sentence),
  }));
  const found: { flag: HistoryFlag; quote: string }[] = [];
  for (const [flag, pattern] of flags) {
    const hit = sentences.find(({ folded }) => pattern.test(folded));
    if (hit) found.push({ flag, quote: hit.sentence });
  }
  return found;
};

const HISTORY_REASON: Record<HistoryFlag, RiskReasonId> = {
  unpaid: 'history-unpaid',
  'late-payment': 'history-late-payment',
  'scope-creep': 'history-scope-creep',
  unresponsive: 'history-unresponsive',
};

const RED_FLAG_REASON: Record<RedFlagKind, RiskReasonId> = {
  'off-platform': 'off-platform-contact',
  'pay-outside': 'pay-outside',
  'free-work': 'free-test-work',
  'money-asked': 'money-asked',
};

/** Reasons weighed once per occurrence (up to `maxOccurrences`): each bad review is another client's word. */
const PER_OCCURRENCE: ReadonlySet<RiskReasonId> = new Set([
  'checklist-failed',
  'history-poor-rating',
  'history-unpaid',
  'history-late-payment',
  'history-scope-creep',
  'history-unresponsive',
]);
/** Reasons whose message says how many times they were seen. */
// The failed checklist items are named in the message itself, so it needs no count.
const COUNTED: ReadonlySet<RiskReasonId> = new Set([...[...PER_OCCURRENCE].filter((id) => id !== 'checklist-failed'), 'search-clean']);

/**
 * Automatic checks that are risk reasons when they fail, or good signals when they pass, with the
 * message placeholders taken from the check's evidence. An unknown-kind client on webmail is a
 * question (`todo`), not a failure, so it never reaches here.
 */
type FromCheck = { id: RiskReasonId; params: (check: CheckResult) => string[] };
const valueOf = (check: CheckResult) => [check.value?.trim() ?? check.evidenceParams[0] ?? ''];
const FAILED_CHECK_REASON: Partial<Record<AutomaticCheckId, FromCheck>> = {
  'email-disposable': { id: 'disposable-email', params: valueOf },
  'email-webmail': { id: 'free-webmail-company', params: valueOf },
  'email-website': { id: 'email-unlike-website', params: (check) => check.evidenceParams.slice(0, 2) },
  'phone-country': { id: 'phone-country-mismatch', params: (check) => check.evidenceParams.slice(0, 3) },
  'phone-format': { id: 'phone-invalid', params: valueOf },
  siren: { id: 'identifier-invalid', params: valueOf },
  siret: { id: 'identifier-invalid', params: valueOf },
  'siret-siren': { id: 'identifier-invalid', params: valueOf },
  'uk-company-number': { id: 'identifier-invalid', params: valueOf },
  vat: { id: 'identifier-invalid', params: valueOf },
  'vat-siren': { id: 'identifier-invalid', params: valueOf },
  iban: { id: 'iban-invalid', params: valueOf },
};
const DONE_CHECK_REASON: Partial<Record<AutomaticCheckId, FromCheck>> = {
  'email-website': { id: 'email-matches-website', params: (check) => check.evidenceParams.slice(0, 2) },
  'phone-country': { id: 'phone-consistent', params: (check) => check.evidenceParams.slice(0, 2) },
};

const providerName = (provider: string): string =>
  Object.hasOwn(LOOKUP_PROVIDERS, provider) ? LOOKUP_PROVIDERS[provider as LookupProvider].name : provider;

// ─── Assessment ──────────────────────────────────────────────────────────────────────────────────

interface Found {
  id: RiskReasonId;
  params: string[];
  evidence: Evidence[];
  occurrences: number;
}

type Add = (id: RiskReasonId, params: string[], evidence: Evidence) => void;

const platformReasons = (input: RiskInput, config: RiskConfig, add: Add): void => {
  const s = input.signals;
  if (!s) return;
  const { limits } = config;
  /** Values are raw figures (`68%`, `2014-07-07`), not sentences: the message says what they mean. */
  const seen = (field: string, value?: string): Evidence => ({
    source: 'platform',
    ...(value === undefined ? {} : { value }),
    field,
    ...(input.fieldSources?.[field] ? { location: input.fieldSources[field] } : {}),
    ...(input.url ? { url: input.url } : {}),
  });

  if (s.paymentVerified === false) add('payment-not-verified', [], seen('signals.paymentVerified'));
  if (s.paymentVerified === true) add('payment-verified', [], seen('signals.paymentVerified'));
  if (s.identityVerified === true) add('identity-verified', [], seen('signals.identityVerified'));
  if (s.depositMade === true) add('deposit-made', [], seen('signals.depositMade'));

  if (s.jobsPosted !== undefined) {
    const hireRate =
      s.hireRatePercent ?? (s.hires !== undefined && s.jobsPosted > 0 ? Math.round((100 * s.hires) / s.jobsPosted) : undefined);
    if (hireRate !== undefined) {
      const value = `${hireRate}%`;
      if (s.jobsPosted >= limits.manyJobsPosted && hireRate < limits.lowHireRatePercent) {
        add('many-jobs-few-hires', [String(s.jobsPosted), String(hireRate)], seen('signals.hireRatePercent', value));
      } else if (s.jobsPosted >= limits.minJobsForHireRate && hireRate >= limits.goodHireRatePercent) {
        add('good-hire-rate', [String(hireRate), String(s.jobsPosted)], seen('signals.hireRatePercent', value));
      }
    }
  }
  if (s.openJobs !== undefined && s.openJobs >= limits.openJobsWithoutHires && s.hires === 0) {
    add('open-jobs-no-hires', [String(s.openJobs)], seen('signals.openJobs', String(s.openJobs)));
  }

  // A rating over one or two reviews says little either way.
  if (s.rating !== undefined && (s.reviewsCount ?? 0) >= limits.minReviewsForRating) {
    const params = [String(s.rating), String(s.reviewsCount)];
    const value = `${s.rating} / 5 (${s.reviewsCount})`;
    if (s.rating < limits.lowRating) add('low-rating', params, seen('signals.rating', value));
    else if (s.rating >= limits.goodRating) add('good-rating', params, seen('signals.rating', value));
  }

  if (s.totalSpent) {
    const established = limits.establishedSpend[s.totalSpent.currency];
    if (s.totalSpent.amount === 0 && (s.jobsPosted ?? 0) > 0) {
      add('no-spend', [], seen('signals.totalSpent', money(s.totalSpent)));
    } else if (established !== undefined && s.totalSpent.amount >= established) {
      add('established-spend', [money(s.totalSpent)], seen('signals.totalSpent', money(s.totalSpent)));
    }
  }

  if (s.memberSince) {
    const days = daysBetween(s.memberSince, input.today ?? todayIn());
    if (days >= 0 && days < limits.newAccountDays) {
      const budget = input.job?.budget;
      const top = budget?.type === 'fixed' ? (budget.max ?? budget.min) : undefined;
      const large = top ? limits.largeBudget[top.currency] : undefined;
      if (top && large !== undefined && top.amount >= large) {
        add('new-account-large-budget', [String(days), money(top)], seen('signals.memberSince', s.memberSince));
      } else {
        add('new-account', [String(days)], seen('signals.memberSince', s.memberSince));
      }
    } else if (days >= limits.longStandingDays) {
      add('long-standing-account', [s.memberSince.slice(0, 4)], seen('signals.memberSince', s.memberSince));
    }
  }
};

/** What freelancers wrote and how they rated the client after working with them. */
const historyReasons = (input: RiskInput, config: RiskConfig, add: Add): void => {
  for (const item of input.job?.history ?? []) {
    const comment = item.commentByFreelancer?.trim();
    const base: Evidence = {
      source: 'client-history',
      ...(item.title ? { field: item.title } : {}),
      ...(input.url ? { url: input.url } : {}),
    };
    if (item.ratingByFreelancer !== undefined && item.ratingByFreelancer <= config.limits.poorFreelancerRating) {
      add('history-poor-rating', [], { ...base, value: `${item.ratingByFreelancer} / 5`, ...(comment ? { quote: comment } : {}) });
    }
    if (!comment) continue;
    for (const { flag, quote } of flagsInComment(comment, config)) add(HISTORY_REASON[flag], [], { ...base, quote });
  }
};

/** `US$15.00–US$35.00`, or `US$5.00` for one figure. */
const rangeText = (range: RateCheckItem['offered']): string =>
  range.min.amount === range.max.amount ? money(range.max) : `${money(range.min)}–${money(range.max)}`;

/**
 * The job's budget and the client's average rate, far below the freelancer's minimum. The message
 * gives the figure as the page shows it and the minimum as the freelancer set it; a conversion is in
 * the evidence, with the exchange rate and the day it was entered.
 */
const rateReasons = (input: RiskInput, config: RiskConfig, add: Add): void => {
  if (!input.profile) return;
  const check = checkRates(input, input.profile, input.today ?? todayIn());
  for (const item of check.items) {
    const { outcome } = item;
    if (outcome.kind !== 'compared' || outcome.verdict === 'meets') continue;
    if (outcome.shareOfMinimum * 100 >= config.limits.farBelowMinimumPercent) continue;
    const id: RiskReasonId =
      item.subject === 'client-average'
        ? 'client-pays-below-minimum'
        : item.basis === 'hourly'
          ? 'hourly-budget-below-minimum'
          : item.basis === 'daily'
            ? 'daily-budget-below-minimum'
            : 'budget-below-minimum';
    let converted = '';
    if (outcome.converted) {
      const { pair, rate, enteredOn } = outcome.converted.conversion;
      const [from, to] = pair.split('/');
      converted = ` ≈ ${rangeText(outcome.converted)} (1 ${from} = ${rate} ${to}, ${enteredOn})`;
    }
    add(id, [rangeText(item.offered), money(outcome.minimum)], {
      source: item.subject === 'client-average' ? 'platform' : 'job-post',
      value: `${rangeText(item.offered)}${converted}`,
      field: item.field,
      ...(item.location ? { location: item.location } : {}),
      ...(input.url ? { url: input.url } : {}),
    });
  }
};

const checkReasons = (input: RiskInput, add: Add): void => {
  for (const check of input.checks ?? []) {
    const mapped =
      check.state === 'failed' ? FAILED_CHECK_REASON[check.check] : check.state === 'done' ? DONE_CHECK_REASON[check.check] : undefined;
    if (!mapped) continue;
    add(mapped.id, mapped.params(check), { source: 'automatic-check', value: check.value ?? check.evidenceParams[0], field: check.check });
  }
};

const lookupReasons = (input: RiskInput, add: Add): void => {
  for (const lookup of input.lookups ?? []) {
    if (!lookup.outcome) continue;
    const group = providerGroup(lookup.provider);
    const evidence: Evidence = { source: 'look-up', value: lookup.query, url: lookup.url, ...(lookup.note ? { quote: lookup.note } : {}) };
    const name = providerName(lookup.provider);
    if (group === 'registry') {
      // The model has no "closed" outcome: a registry look-up the user marked red flag is the RULES.md
      // red flag "registry shows the company closed or in insolvency" (or a name that does not match).
      if (lookup.outcome === 'red-flag') add('registry-closed', [name], evidence);
      else if (lookup.outcome === 'confirmed') add('registry-confirmed', [name], evidence);
      else if (input.clientKind !== 'individual') add('registry-not-found', [name], evidence);
    } else if (lookup.outcome === 'red-flag') {
      add('search-red-flag', [name], evidence);
    } else if (group === 'search') {
      add('search-clean', [], evidence);
    }
  }
};

const collect = (input: RiskInput, config: RiskConfig): Found[] => {
  const found = new Map<RiskReasonId, Found>();
  const add: Add = (id, params, evidence) => {
    const existing = found.get(id);
    if (existing) {
      existing.occurrences += 1;
      existing.evidence.push(evidence);
    } else {
      found.set(id, { id, params, evidence: [evidence], occurrences: 1 });
    }
  };

  platformReasons(input, config, add);
  for (const flag of input.redFlags ?? []) {
    add(RED_FLAG_REASON[flag.kind], [], { source: 'job-post', quote: flag.quote, ...(input.url ? { url: input.url } : {}) });
  }
  historyReasons(input, config, add);
  rateReasons(input, config, add);
  checkReasons(input, add);
  lookupReasons(input, add);
  const failed = input.failedByUser ?? [];
  const labels = [failed.map((item) => item.label).join(', ')];
  for (const item of failed) add('checklist-failed', labels, { source: 'your-check', value: item.label, ...(item.note ? { quote: item.note } : {}) });

  // One registry that found the company outweighs another that missed it under a different spelling.
  if (found.has('registry-confirmed')) found.delete('registry-not-found');
  return [...found.values()];
};

const severityRank = (reason: RiskReason): number => (reason.hard ? 0 : reason.kind === 'red-flag' ? 1 : 2);
const bySeverity = (a: RiskReason, b: RiskReason): number =>
  severityRank(a) - severityRank(b) || b.weight - a.weight || a.id.localeCompare(b.id);

/**
 * Level and score with every reason behind them. Score = points of red flags and warnings − points of
 * good signals, never below zero. A hard red flag makes the level high; any other red flag keeps it
 * at least `redFlagFloor`. With nothing to judge on, the client is "little known", not safe.
 */
export const assessRisk = (input: RiskInput, config: RiskConfig = defaultRiskConfig): RiskAssessment => {
  const toReason = (f: Found): RiskReason => {
    const { kind, messageKey } = RISK_REASONS[f.id];
    const times = PER_OCCURRENCE.has(f.id) ? Math.min(f.occurrences, config.maxOccurrences) : 1;
    return {
      id: f.id,
      kind,
      hard: kind === 'red-flag' && config.hardRedFlags.includes(f.id),
      weight: config.weights[f.id] * times,
      messageKey,
      messageParams: COUNTED.has(f.id) ? [...f.params, String(f.occurrences)] : f.params,
      evidence: f.evidence,
    };
  };
  const all = collect(input, config).map(toReason);
  const reasons = all.filter((reason) => reason.kind !== 'good');
  const goodSignals = all.filter((reason) => reason.kind === 'good').sort(bySeverity);
  if (reasons.length === 0 && goodSignals.length === 0) {
    reasons.push({
      id: 'little-known',
      kind: 'warning',
      hard: false,
      weight: config.weights['little-known'],
      messageKey: RISK_REASONS['little-known'].messageKey,
      messageParams: [],
      evidence: [],
    });
  }
  reasons.sort(bySeverity);

  const against = reasons.reduce((sum, reason) => sum + reason.weight, 0);
  const inFavour = goodSignals.reduce((sum, reason) => sum + reason.weight, 0);
  const score = Math.max(0, against - inFavour);

  let level: RiskLevel = score >= config.thresholds.high ? 'high' : score >= config.thresholds.medium ? 'medium' : 'low';
  if (reasons.some((reason) => reason.hard)) level = 'high';
  else if (reasons.some((reason) => reason.kind === 'red-flag')) level = atLeast(level, config.redFlagFloor);

  return { level, score, reasons, goodSignals };
};

/** Everything the assessment reads, from a saved client, its latest capture and what was checked. */
export const riskInputFor = (
  client: Pick<Client, 'kind' | 'platformProfiles'>,
  options: {
    snapshot?: ClientSnapshot;
    checks?: readonly CheckResult[];
    lookups?: RiskInput['lookups'];
    today?: CalendarDate;
    profile?: RiskInput['profile'];
  } = {},
): RiskInput => {
  const { snapshot } = options;
  const input: RiskInput = { clientKind: client.kind };
  if (options.today) input.today = options.today;
  if (snapshot) {
    Object.assign(input, {
      platform: snapshot.platform,
      url: snapshot.url,
      signals: snapshot.signals,
      fieldSources: snapshot.fieldSources,
      job: snapshot.job,
      redFlags: snapshot.redFlags,
    });
  } else {
    const profile = [...client.platformProfiles].sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : -1))[0];
    if (profile) Object.assign(input, { platform: profile.platform, url: profile.url, signals: profile.signals });
  }
  if (options.checks) input.checks = options.checks;
  if (options.lookups) input.lookups = options.lookups;
  if (options.profile) input.profile = options.profile;
  return input;
};
