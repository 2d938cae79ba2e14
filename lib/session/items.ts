import * as z from 'zod/mini';
import type { CheckInDue } from '../billing/check-in';
import type { DatedOverview } from '../db/overview';
import type { ClientSnapshot } from '../model/snapshot';
import type { CaptureAssessment } from '../vetting/capture-assessment';
import type { ChaseAction, PopupList } from './popup-list';

/**
 * Everything the extension keeps in `storage.session`, one item each: its key, the schema a read is
 * checked against, and what a reader gets when nothing (or nothing valid) is stored. The background
 * writes these for the popup to paint without opening the database; they survive the service worker
 * being stopped and are forgotten when the browser closes.
 *
 * The schemas are `zod/mini` so the popup's first paint checks what it reads without loading the
 * entity schemas. A capture's snapshot was checked whole by the message protocol before the
 * background stored it; its item checks the envelope every reader relies on.
 */
export interface SessionItem<T> {
  key: string;
  schema: z.ZodMiniType<T>;
  fallback: T;
}

const item = <T>(key: string, schema: z.ZodMiniType<T>, fallback: T): SessionItem<T> => ({ key, schema, fallback });

const str = z.string();
const optionalStr = z.optional(z.string());
const count = z.number().check(z.int(), z.nonnegative());
const calendarDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

// ─── Captures, per tab ─────────────────────────────────────────────────────────────────────────────

const snapshotEnvelope = z.looseObject({
  platform: str,
  url: str,
  capturedAt: str,
  client: z.looseObject({ displayName: optionalStr, legalName: optionalStr }),
}) as unknown as z.ZodMiniType<ClientSnapshot>;

const evidence = z.object({
  source: z.enum(['platform', 'job-post', 'client-history', 'automatic-check', 'look-up', 'your-check']),
  quote: optionalStr,
  value: optionalStr,
  field: optionalStr,
  location: optionalStr,
  url: optionalStr,
});
const riskReason = z.object({
  id: str,
  kind: z.enum(['red-flag', 'warning', 'good']),
  hard: z.boolean(),
  weight: z.number(),
  messageKey: str,
  messageParams: z.array(str),
  evidence: z.array(evidence),
});
const captureAssessment = z.object({
  capturedAt: str,
  displayName: str,
  country: optionalStr,
  known: z.optional(
    z.object({
      clientId: str,
      displayName: str,
      reason: z.enum(['platform-id', 'email', 'phone', 'company-id', 'name-country']),
      certain: z.boolean(),
    }),
  ),
  decision: z.optional(
    z.object({ status: z.enum(['pending', 'go', 'caution', 'no-go']), reason: optionalStr, decidedAt: optionalStr }),
  ),
  risk: z.object({
    level: z.enum(['low', 'medium', 'high']),
    score: z.number(),
    reasons: z.array(riskReason),
    goodSignals: z.array(riskReason),
  }),
}) as unknown as z.ZodMiniType<CaptureAssessment>;

/** Where a tab's client came from: the page's own content script, or "Check this client". */
export type CaptureSource = 'capture' | 'check';

/** The latest client the tab's page showed (`capture:12`), or what "Check this client" read on it (`check:12`). */
export const tabCapture = (source: CaptureSource, tabId: number): SessionItem<ClientSnapshot | undefined> =>
  item(`${source}:${tabId}`, z.optional(snapshotEnvelope), undefined);

/** Beside each capture, the background's assessment of it (`assessment:capture:12`). */
export const captureAssessmentOf = (capture: SessionItem<ClientSnapshot | undefined>): SessionItem<CaptureAssessment | undefined> =>
  item(`assessment:${capture.key}`, z.optional(captureAssessment), undefined);

/** The tab and source a stored key belongs to, for a key of `tabCapture`; undefined for any other key. */
export const parseTabCaptureKey = (key: string): { source: CaptureSource; tabId: number } | undefined => {
  const match = /^(capture|check):(\d+)$/.exec(key);
  return match ? { source: match[1] as CaptureSource, tabId: Number(match[2]) } : undefined;
};

// ─── What the popup's home screen paints ──────────────────────────────────────────────────────────

const invoiceLine = z.object({
  invoice: z.object({ id: str, number: str, currency: str, dueDate: calendarDate }),
  clientName: str,
  balance: z.number(),
  daysLate: count,
});
const datedOverview = z.object({
  today: calendarDate,
  language: z.enum(['auto', 'en', 'fr']),
  dueSoonDays: count,
  overdue: z.array(invoiceLine),
  overdueTotal: count,
  overdueTotals: z.array(z.tuple([str, z.number()])),
  dueSoon: z.array(invoiceLine),
  dueSoonTotal: count,
}) as unknown as z.ZodMiniType<DatedOverview>;

/** Today's overview as of the background's last recount; the popup paints it before its own query. */
export const OVERVIEW = item('overview', z.optional(datedOverview), undefined);

const popupList = <T>(line: z.ZodMiniType<T>) => z.object({ total: count, first: z.array(line) }) as unknown as z.ZodMiniType<PopupList<T>>;
const EMPTY_LIST = { total: 0, first: [] };

const chaseAction = z.looseObject({
  invoiceId: str,
  invoiceNumber: str,
  clientId: str,
  clientName: optionalStr,
  stepId: str,
  labelKey: str,
  dueOn: calendarDate,
  balance: z.number(),
  currency: str,
  daysLate: z.number(),
  alsoDue: count,
}) as unknown as z.ZodMiniType<ChaseAction>;

const checkInDue = z.object({
  clientId: str,
  clientName: str,
  after: z.enum(['delivery', 'payment']),
  eventOn: calendarDate,
  dueOn: calendarDate,
}) as unknown as z.ZodMiniType<CheckInDue>;

/** The next chase action per invoice, first lines and total (lib/background/chase-watch.ts). */
export const CHASE_TODAY = item<PopupList<ChaseAction>>('chaseToday', popupList(chaseAction), EMPTY_LIST);
/** Clients to check in with, first lines and total (lib/background/check-in-watch.ts). */
export const CHECK_INS = item<PopupList<CheckInDue>>('checkIns', popupList(checkInDue), EMPTY_LIST);
