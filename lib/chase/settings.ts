import type { HalfYear } from '../calendar';
import { CHASE_LADDERS, type ChaseLadder, type ChaseStep } from '../billing/rules/chase-ladder';
import {
  REFERENCE_RATES,
  type ReferenceRateId,
  type ReferenceRateRow,
  type ReferenceRateTables,
} from '../billing/rules/reference-rates';
import type { ContactChannel, Jurisdiction } from '../model/billing';
import type { Settings } from '../model/settings';

/**
 * The chase as the user set it up in Settings: their ladder (steps, day offsets, channels, letter templates) and
 * the reference-rate rows they added. Stored in `settings.chase`; absent means the shipped defaults.
 */

export type ChaseSettings = NonNullable<Settings['chase']>;
export type LadderStepSetting = NonNullable<ChaseSettings['ladder']>[number];
export type RateRowSetting = NonNullable<ChaseSettings['rates']>[number];
/** Which letter a step sends: `none` for a step that is a call or an action (going to court). */
export type LetterTemplate = LadderStepSetting['template'];
export type WrittenTemplate = Exclude<LetterTemplate, 'none'>;

export const LETTER_TEMPLATES: readonly LetterTemplate[] = ['courtesy', 'friendly', 'firm', 'final', 'formal-notice', 'none'];
export const CHANNELS: readonly ContactChannel[] = ['email', 'call', 'letter', 'registered-letter', 'platform'];
export const RATE_TABLE_IDS = Object.keys(REFERENCE_RATES) as ReferenceRateId[];

/** A ladder step together with the letter it sends. */
export interface LadderStep extends ChaseStep {
  template: LetterTemplate;
}

export interface Ladder extends ChaseLadder {
  steps: readonly LadderStep[];
  /** True when the steps come from Settings rather than the shipped defaults. */
  edited: boolean;
}

/** The letter each shipped step sends. */
const SHIPPED_TEMPLATES: Readonly<Record<string, LetterTemplate>> = {
  'courtesy-due-soon': 'courtesy',
  'friendly-reminder': 'friendly',
  'second-reminder': 'firm',
  'final-reminder': 'final',
  'formal-notice': 'formal-notice',
  collection: 'none',
};

export const TEMPLATE_LABEL_KEYS = {
  courtesy: 'chase_template_courtesy',
  friendly: 'chase_template_friendly',
  firm: 'chase_template_firm',
  final: 'chase_template_final',
  'formal-notice': 'chase_template_formal_notice',
  none: 'chase_template_none',
} as const satisfies Record<LetterTemplate, string>;

export const templateOf = (step: ChaseStep): LetterTemplate =>
  (step as Partial<LadderStep>).template ?? SHIPPED_TEMPLATES[step.id] ?? 'none';

const withTemplate = (step: ChaseStep): LadderStep => ({ ...step, template: templateOf(step) });

/** The shipped ladder of a jurisdiction as rows for the Settings editor. */
export const defaultLadderSettings = (jurisdiction: Jurisdiction): LadderStepSetting[] =>
  CHASE_LADDERS[jurisdiction].steps.map((step) => ({
    id: step.id,
    offsetDays: step.offsetDays,
    channel: step.channels[0],
    template: templateOf(step),
    enabled: step.enabled,
  }));

/**
 * The legal meaning of a step comes from the shipped step it stands for: the same id with the same letter, or
 * else the jurisdiction's shipped step that sends that letter (a custom "formal notice" step states the same
 * days to pay and cites the same articles). A custom call step has no legal meaning of its own.
 */
const shippedCounterpart = (shipped: ChaseLadder, row: LadderStepSetting): ChaseStep | undefined => {
  const sameId = shipped.steps.find((s) => s.id === row.id);
  if (sameId && templateOf(sameId) === row.template) return sameId;
  if (row.template === 'none') return undefined;
  return shipped.steps.find((s) => templateOf(s) === row.template);
};

const fromSetting = (shipped: ChaseLadder, row: LadderStepSetting): LadderStep => {
  const base = shippedCounterpart(shipped, row);
  const sameStep = base?.id === row.id;
  return {
    ...(base ?? {}),
    id: row.id,
    labelKey: sameStep ? base.labelKey : TEMPLATE_LABEL_KEYS[row.template],
    offsetDays: row.offsetDays,
    optional: base?.optional ?? true,
    enabled: row.enabled,
    // A note sent before the due date makes no sense once it has passed.
    onlyBeforeDue: row.offsetDays < 0,
    channels: [row.channel, ...(base?.channels ?? []).filter((c) => c !== row.channel)],
    template: row.template,
  };
};

/** The ladder an invoice under `jurisdiction` walks: the user's steps when set, else the shipped ones. */
export const ladderFor = (jurisdiction: Jurisdiction, chase?: ChaseSettings): Ladder => {
  const shipped = CHASE_LADDERS[jurisdiction];
  if (!chase?.ladder?.length) return { ...shipped, steps: shipped.steps.map(withTemplate), edited: false };
  const steps = chase.ladder.map((row) => fromSetting(shipped, row)).sort((a, b) => a.offsetDays - b.offsetDays);
  return { ...shipped, id: `${shipped.id}+settings`, steps, edited: true };
};

/** A fresh id for a step the user adds: ids are stored in invoices, so they are never reused. */
export const newStepId = (existing: readonly string[], random: () => string = () => crypto.randomUUID()): string => {
  let id: string;
  do id = `step-${random().slice(0, 8)}`;
  while (existing.includes(id));
  return id;
};

const halfYearKey = (h: string): number => {
  const [year, half] = h.split('-H');
  return Number(year) * 2 + Number(half) - 1;
};

/**
 * The shipped rate tables with the user's rows: a row for a half-year already in the table corrects it, any
 * other is added. Rows stay in half-year order.
 */
export const ratesWith = (chase?: ChaseSettings, tables: ReferenceRateTables = REFERENCE_RATES): ReferenceRateTables => {
  const added = chase?.rates ?? [];
  if (added.length === 0) return tables;
  const merged = { ...tables };
  for (const id of RATE_TABLE_IDS) {
    const mine = added.filter((row) => row.table === id);
    if (mine.length === 0) continue;
    const byHalfYear = new Map<string, ReferenceRateRow>(tables[id].rows.map((row) => [row.halfYear, row]));
    for (const row of mine) {
      byHalfYear.set(row.halfYear, {
        halfYear: row.halfYear as HalfYear,
        ratePercent: row.ratePercent,
        observedOn: row.observedOn,
        source: row.source,
      });
    }
    const rows = [...byHalfYear.values()].sort((a, b) => halfYearKey(a.halfYear) - halfYearKey(b.halfYear));
    merged[id] = { ...tables[id], rows };
  }
  return merged;
};

/** The half-year after the last row of a table: what the "add a newer rate" form offers first. */
export const nextHalfYearOf = (rows: readonly Pick<ReferenceRateRow, 'halfYear'>[]): HalfYear => {
  const last = rows.reduce((max, row) => Math.max(max, halfYearKey(row.halfYear)), -Infinity);
  if (!Number.isFinite(last)) return `${new Date().getUTCFullYear()}-H1` as HalfYear;
  const next = last + 1;
  return `${Math.floor(next / 2)}-H${(next % 2) + 1}` as HalfYear;
};

/** The day whose rate a half-year takes, by the table's own rule (ECB: 1 Jan / 1 Jul; Bank of England: 31 Dec / 30 Jun). */
export const observedOnFor = (table: ReferenceRateId, halfYear: HalfYear): string => {
  const [year, half] = halfYear.split('-H');
  if (table === 'boe-bank-rate') return half === '1' ? `${Number(year) - 1}-12-31` : `${year}-06-30`;
  return half === '1' ? `${year}-01-01` : `${year}-07-01`;
};

export const isHalfYear = (value: string): value is HalfYear => /^\d{4}-H[12]$/.test(value);
