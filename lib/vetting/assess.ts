import { messageFor } from '../i18n/messages';
import type { Agreement } from '../model/billing';
import type { Check, CheckState, Client, Lookup } from '../model/client';
import type { CalendarDate } from '../model/common';
import type { Settings } from '../model/settings';
import type { ClientSnapshot } from '../model/snapshot';
import {
  applicableItems,
  checklistProgress,
  hintKeyFor,
  stateOfItem,
  type ChecklistItem,
  type ChecklistProgress,
  type CheckLike,
} from './checklist';
import { runAutomaticChecks, type CheckResult } from './checks';
import { clientCountry } from './country';
import { buildLookups, type LookupPlan } from './lookups';
import { missingInfo, type MissingInfo } from './missing-info';
import { defaultRiskConfig, type RiskConfig } from './risk/config';
import { RISK_REASON_IDS } from './risk/reasons';
import { assessRisk, riskInputFor, type RiskAssessment } from './risk/score';

/**
 * One client's vetting, everything the popup and the client page show: the checklist with each
 * item's state and evidence, the risk with its reasons, the look-ups worth opening (with what the
 * user found when they were opened), and what the client still has to give. Pure: the views read
 * the rows, this joins them.
 */
export interface ChecklistRow {
  item: ChecklistItem;
  state: CheckState;
  /** The help text for the client's country. */
  hintKey: string;
  /** What the data showed, sentence by sentence. */
  automatic: CheckResult[];
  /** The user's latest word on the item, which wins over the data (they called the number). */
  recorded?: Pick<Check, 'state' | 'evidence' | 'checkedAt'>;
}

export interface PlannedLookup {
  plan: LookupPlan;
  /** The last time this exact look-up was opened, and what the user found. */
  opened?: Lookup;
}

export interface Vetting {
  rows: ChecklistRow[];
  progress: ChecklistProgress;
  risk: RiskAssessment;
  lookups: PlannedLookup[];
  missing: MissingInfo[];
}

export interface VettingInput {
  client: Client;
  /** The page being looked at, else the latest saved capture: platform signals and red flags. */
  snapshot?: ClientSnapshot;
  /** States the user recorded (the `checks` table). */
  recorded?: readonly Pick<Check, 'item' | 'state' | 'evidence' | 'checkedAt'>[];
  lookups?: readonly Lookup[];
  agreements?: readonly Agreement[];
  settings: Pick<Settings, 'searchEngine' | 'risk' | 'profile'>;
  today: CalendarDate;
}

const isRiskReasonId = (id: string): id is (typeof RISK_REASON_IDS)[number] => (RISK_REASON_IDS as readonly string[]).includes(id);

/** The defaults with the user's thresholds and weights laid over them; unknown reasons are ignored. */
export const riskConfigFrom = (overrides: Settings['risk']): RiskConfig => {
  if (!overrides) return defaultRiskConfig;
  const weights = { ...defaultRiskConfig.weights };
  for (const [id, weight] of Object.entries(overrides.weights ?? {})) if (isRiskReasonId(id)) weights[id] = weight;
  const thresholds = overrides.thresholds ?? defaultRiskConfig.thresholds;
  // An inverted pair (medium above high) is refused by Settings; here it would make "medium" unreachable.
  return { ...defaultRiskConfig, weights, thresholds: thresholds.medium <= thresholds.high ? thresholds : defaultRiskConfig.thresholds };
};

const byOpenedAtDesc = (a: Lookup, b: Lookup) => (a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : 0);

type ChecklistInput = Omit<VettingInput, 'settings'>;

const byNewest = <T extends { checkedAt?: string }>(newest: T | undefined, check: T): T =>
  !newest || (check.checkedAt ?? '') >= (newest.checkedAt ?? '') ? check : newest;

/** The checklist alone: each applicable item with its state and evidence, and the progress. */
const checklist = (input: ChecklistInput, lookups: readonly Lookup[]) => {
  const { client, snapshot, today } = input;
  const automatic = runAutomaticChecks(client, snapshot, { agreements: input.agreements ?? [], lookups, today });
  const recorded = (input.recorded ?? []).filter((check) => check.checkedAt);
  const items = applicableItems(client, snapshot);
  const country = clientCountry(client);
  const rows = items.map((item): ChecklistRow => {
    const mine = recorded.filter((check) => check.item === item.id);
    const data = automatic.filter((check) => check.item === item.id);
    const latest = mine.reduce<(typeof mine)[number] | undefined>(byNewest, undefined);
    const state = stateOfItem([...data, ...mine]) ?? 'todo';
    return { item, state, hintKey: hintKeyFor(item, country), automatic: data, ...(latest ? { recorded: latest } : {}) };
  });
  // An item nothing was found or recorded for stays out of the list, so optional items are not counted.
  const all: CheckLike[] = rows
    .filter((row) => row.automatic.length > 0 || row.recorded)
    .map((row) => ({ item: row.item.id, state: row.state }));
  return { rows, progress: checklistProgress(all, items), automatic, recorded };
};

/** How far the checklist is, for the client list: no risk, no look-ups, no message. */
export const vettingProgress = (input: ChecklistInput): ChecklistProgress => checklist(input, input.lookups ?? []).progress;

export const assessClient = (input: VettingInput): Vetting => {
  const { client, snapshot, today } = input;
  const lookups = [...(input.lookups ?? [])].sort(byOpenedAtDesc);
  const { rows, progress, automatic, recorded } = checklist(input, lookups);
  const failedByUser = rows
    .filter((row) => row.recorded?.state === 'failed' && !row.automatic.some((check) => check.state === 'failed'))
    .map((row) => ({ label: messageFor(row.item.labelKey), ...(row.recorded?.evidence ? { note: row.recorded.evidence } : {}) }));
  const riskInput = riskInputFor(client, { snapshot, checks: automatic, lookups, today, profile: input.settings.profile });
  const risk = assessRisk({ ...riskInput, failedByUser }, riskConfigFrom(input.settings.risk));
  const openedByUrl = new Map<string, Lookup>();
  for (const lookup of lookups) if (!openedByUrl.has(lookup.url)) openedByUrl.set(lookup.url, lookup);

  return {
    rows,
    progress,
    risk,
    lookups: buildLookups(client, input.settings.searchEngine).map((plan) => {
      const opened = openedByUrl.get(plan.url);
      return opened ? { plan, opened } : { plan };
    }),
    missing: missingInfo(client, [...automatic, ...recorded]),
  };
};
