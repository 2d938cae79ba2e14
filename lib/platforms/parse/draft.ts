/**
 * A snapshot being filled by an extractor. Every field is read through a thunk inside try/catch, so a
 * missing or odd node leaves the field "not found" and never breaks the capture; every value is bounded
 * to the limits of lib/model/snapshot.ts before it is kept, and its source is recorded in `fieldSources`.
 * The first value found for a field wins: call with the best source first, then the fallbacks.
 */
import type { Money, PlatformId } from '../../model/common';
import type {
  ClientSnapshot,
  JobHistoryItem,
  PlatformSignals,
  RedFlag,
  SnapshotClient,
  SnapshotJob,
} from '../../model/snapshot';
import { capLength, cleanBlock, cleanText } from './text';
import { isCalendarDate } from '../../calendar';
import { isoTime } from '../../capture/now';

/**
 * How each field is bounded: the same limits as the zod schema in lib/model/snapshot.ts, which content
 * scripts cannot import. A number is a text length; `satisfies` makes a new schema field a compile error
 * here until its bound is written down.
 */
type Rule =
  | number
  | 'bool'
  | 'count'
  | 'money'
  | 'date'
  | 'country'
  | 'block'
  | 'budgetType'
  | readonly [min: number, max: number]
  | { list: number; length: number; key?: (s: string) => string }
  | { items: number; of: Rules }
  | { object: Rules; requires: string };
type Rules = Readonly<Record<string, Rule>>;

/**
 * The same number written "+33 1 84 80 12 34", "+33184801234" or "01 84 80 12 34": compared on its last
 * nine digits, enough to tell numbers apart within one snapshot before E.164 normalisation.
 */
const phoneKey = (phone: string): string => phone.replace(/\D/g, '').slice(-9);

const CLIENT_RULES = {
  displayName: 300, legalName: 300, contactName: 300, website: 500, street: 500, postalCode: 32, city: 200,
  countryName: 100, country: 'country', siren: 32, siret: 32, vat: 32, companyNumber: 64, externalId: 200,
  profileUrl: 500, emails: { list: 20, length: 320 }, phones: { list: 20, length: 64, key: phoneKey },
} as const satisfies Record<keyof SnapshotClient, Rule>;

const SIGNAL_RULES = {
  paymentVerified: 'bool', phoneVerified: 'bool', identityVerified: 'bool', emailVerified: 'bool', depositMade: 'bool',
  rating: [0, 5], reviewsCount: 'count', jobsPosted: 'count', hireRatePercent: [0, 100], openJobs: 'count',
  totalSpent: 'money', hires: 'count', activeHires: 'count', avgHourlyRate: 'money',
  hoursBilled: [0, Number.MAX_SAFE_INTEGER], memberSince: 'date', industry: 200, companySize: 100, localTime: 100,
} as const satisfies Record<keyof PlatformSignals, Rule>;

const JOB_RULES = {
  title: 500,
  externalId: 200,
  budget: { object: { type: 'budgetType', min: 'money', max: 'money' }, requires: 'type' },
  skills: { list: 100, length: 200 },
  description: 'block',
  history: {
    items: 200,
    of: { title: 500, period: 200, paid: 'money', ratingByFreelancer: [0, 5], commentByFreelancer: 2_000 } satisfies Record<keyof JobHistoryItem, Rule>,
  },
  historyTotal: 'count',
} as const satisfies Record<keyof SnapshotJob, Rule>;

const MAX_FLAGS = 50;

type Read<T> = () => T | undefined | null;

function boundObject(rules: Rules, value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(rules)) {
    const v = bound(rules[key]!, (value as Record<string, unknown>)[key]);
    if (v !== undefined) out[key] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

// Array.isArray does not narrow readonly tuples.
const isRange = (rule: Rule): rule is readonly [number, number] => Array.isArray(rule);

/** `value` within `rule`, or undefined ("not found") when it does not fit. */
function bound(rule: Rule, value: unknown): unknown {
  if (typeof rule === 'number') return cleanText(value, rule) || undefined;
  if (isRange(rule)) {
    return typeof value === 'number' && Number.isFinite(value) && value >= rule[0] && value <= rule[1] ? value : undefined;
  }
  switch (rule) {
    case 'bool':
      return typeof value === 'boolean' ? value : undefined;
    case 'count':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
    case 'money': {
      const m = value as Money | undefined;
      return m && typeof m === 'object' && Number.isSafeInteger(m.amount) && /^[A-Z]{3}$/.test(String(m.currency))
        ? { amount: m.amount, currency: m.currency }
        : undefined;
    }
    case 'date':
      return isCalendarDate(value) ? value : undefined;
    case 'country': {
      const c = cleanText(value, 10).toUpperCase();
      return /^[A-Z]{2}$/.test(c) ? c : undefined;
    }
    case 'block':
      return cleanBlock(value, 20_000) || undefined;
    case 'budgetType':
      return value === 'fixed' || value === 'hourly' || value === 'daily' ? value : undefined;
  }
  if ('list' in rule) {
    if (!Array.isArray(value)) return undefined;
    const keyOf = rule.key ?? ((s: string) => s);
    const out: string[] = [];
    for (const item of value) {
      const s = cleanText(item, rule.length);
      if (s && !out.some((o) => keyOf(o) === keyOf(s))) out.push(s);
      if (out.length >= rule.list) break;
    }
    return out.length > 0 ? out : undefined;
  }
  if ('items' in rule) {
    if (!Array.isArray(value)) return undefined;
    const items = value.slice(0, rule.items).map((i) => boundObject(rule.of, i)).filter((i) => i !== undefined);
    return items.length > 0 ? items : undefined;
  }
  const object = boundObject(rule.object, value);
  return object && object[rule.requires] !== undefined ? object : undefined;
}

export class SnapshotDraft {
  readonly client: SnapshotClient = {};
  readonly signals: PlatformSignals = {};
  readonly job: SnapshotJob = {};
  readonly redFlags: RedFlag[] = [];
  readonly fieldSources: Record<string, string> = {};

  constructor(
    readonly platform: PlatformId,
    public pageKind: string,
    private readonly url: URL,
  ) {}

  private keep<T extends object>(target: T, path: string, key: keyof T, source: string, value: unknown): void {
    if (value === undefined || target[key] !== undefined) return;
    (target as Record<keyof T, unknown>)[key] = value;
    // Sources are labels the extractors write, not page text: bounding them is enough.
    this.fieldSources[capLength(path, 100)] = capLength(source, 300);
  }

  /** Sets `client[key]` from `read()` unless already found; list fields (emails, phones) merge. */
  setClient<K extends keyof SnapshotClient>(key: K, source: string, read: Read<SnapshotClient[K]>): void {
    const list = key === 'emails' || key === 'phones';
    if (!list && this.client[key] !== undefined) return;
    const value = bound(CLIENT_RULES[key], attempt(read));
    if (value === undefined) return;
    if (list && this.client[key] !== undefined) {
      const max = CLIENT_RULES[key as 'emails' | 'phones'].list;
      const merged = [...(this.client[key] as string[])];
      const keyOf = key === 'phones' ? phoneKey : (v: string) => v;
      for (const v of value as string[]) {
        if (merged.length < max && !merged.some((m) => keyOf(m) === keyOf(v))) merged.push(v);
      }
      (this.client as Record<string, unknown>)[key] = merged;
      return;
    }
    this.keep(this.client, `client.${key}`, key, source, value);
  }

  setSignal<K extends keyof PlatformSignals>(key: K, source: string, read: Read<PlatformSignals[K]>): void {
    // A field already found is not read again: fallbacks cost nothing when the first source worked.
    if (this.signals[key] !== undefined) return;
    this.keep(this.signals, `signals.${key}`, key, source, bound(SIGNAL_RULES[key], attempt(read)));
  }

  setJob<K extends keyof SnapshotJob>(key: K, source: string, read: Read<SnapshotJob[K]>): void {
    if (this.job[key] !== undefined) return;
    this.keep(this.job, `job.${key}`, key, source, bound(JOB_RULES[key], attempt(read)));
  }

  /** Whether anything about a client was found (the job alone does not count). */
  get hasClientData(): boolean {
    return Object.keys(this.client).length > 0 || Object.keys(this.signals).length > 0;
  }

  get hasAnything(): boolean {
    return this.hasClientData || Object.keys(this.job).length > 0 || this.redFlags.length > 0;
  }

  build(): ClientSnapshot {
    const snapshot: ClientSnapshot = {
      platform: this.platform,
      pageKind: cleanText(this.pageKind, 40) || 'page',
      url: capLength(this.url.href, 2_000),
      capturedAt: isoTime(),
      client: { ...this.client },
      signals: { ...this.signals },
      redFlags: [...this.redFlags],
      fieldSources: { ...this.fieldSources },
    };
    if (Object.keys(this.job).length > 0) snapshot.job = { ...this.job };
    return snapshot;
  }
}

/*
 * Red flags and resuming are functions, not methods: content scripts leave both to the background, and
 * a function they never call is left out of their bundle where a method would not be.
 */

/** Adds the red flags `read()` finds, each kind and quote once, at most 50; the first source is kept. */
export function addRedFlags(draft: SnapshotDraft, source: string, read: Read<RedFlag[]>): void {
  const flags = attempt(read);
  if (!Array.isArray(flags) || flags.length === 0) return;
  let added = false;
  for (const flag of flags) {
    if (draft.redFlags.length >= MAX_FLAGS) break;
    const quote = cleanText(flag?.quote, 500);
    if (!quote || draft.redFlags.some((f) => f.kind === flag.kind && f.quote === quote)) continue;
    draft.redFlags.push({ kind: flag.kind, quote });
    added = true;
  }
  if (added && draft.fieldSources.redFlags === undefined) draft.fieldSources.redFlags = capLength(source, 300);
}

/** A draft holding what `snapshot` found, to go on reading (the background finishing an email). */
export function resumeDraft(snapshot: ClientSnapshot): SnapshotDraft {
  const draft = new SnapshotDraft(snapshot.platform, snapshot.pageKind, new URL(snapshot.url));
  Object.assign(draft.client, snapshot.client);
  Object.assign(draft.signals, snapshot.signals);
  Object.assign(draft.job, snapshot.job);
  draft.redFlags.push(...snapshot.redFlags);
  Object.assign(draft.fieldSources, snapshot.fieldSources);
  return draft;
}

/** Runs a read, turning any exception into "not found". */
export function attempt<T>(read: Read<T>): T | undefined {
  try {
    const value = read();
    return value === null ? undefined : value;
  } catch {
    return undefined;
  }
}
