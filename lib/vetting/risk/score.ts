import { daysBetween, todayIn } from '../../calendar';
import type { Client, ClientKind, Lookup } from '../../model/client';
import type { CalendarDate, Money, PlatformId } from '../../model/common';
import { formatMoney } from '../../format';
import { displayLocale } from '../../i18n/messages';
import type { ClientSnapshot, PlatformSignals, RedFlag, RedFlagKind, SnapshotJob } from '../../model/snapshot';
import type { AutomaticCheckId, CheckResult } from '../checks';
import { LOOKUP_PROVIDERS, providerGroup, type LookupProvider } from '../lookups';
import { flagsInComment, type HistoryFlag } from '../../profile/history-flags';
import { checkRates, type RateCheckItem } from '../../profile/rate-check';
import type { FreelancerProfile } from '../../profile/profile';
import { defaultRiskConfig, type RiskConfig, type RiskLevel } from './config';
import { RISK_REASONS, type ReasonKind, type ReasonRow, type RiskReasonId } from './reasons';

/**
 * A transparent risk assessment: every point of the score comes from a reason the user can read,
 * with the sentence or figure it rests on and where it was seen. Weights and thresholds are data
 * (`./config.ts`, each reason's row in `./reasons.ts`), edited in Settings. A hard red flag makes the
 * risk high whatever else is true: a verified spend history does not make a request to pay off the
 * platform safe.
 */

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

/** As the rest of the UI writes money (US$11,000.00; 11 000,00 $US in French). */
const money = (value: Money): string => formatMoney(value.amount, value.currency, displayLocale());

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
    const row: ReasonRow = RISK_REASONS[f.id];
    const { kind, messageKey } = row;
    const times = row.perOccurrence ? Math.min(f.occurrences, config.maxOccurrences) : 1;
    return {
      id: f.id,
      kind,
      hard: kind === 'red-flag' && config.hardRedFlags.includes(f.id),
      weight: config.weights[f.id] * times,
      messageKey,
      messageParams: row.counted ? [...f.params, String(f.occurrences)] : f.params,
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
