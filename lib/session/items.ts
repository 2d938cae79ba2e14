import { array, as, boolean, count as countOf, number, object, oneOf, optional, pair, string, type Guard } from './guard';
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
 * The schemas are hand-written guards (./guard.ts) so the popup's first paint checks what it reads
 * without loading a schema library or the entity schemas. A capture's snapshot was checked whole by the message protocol before the
 * background stored it; its item checks the envelope every reader relies on.
 */
export interface SessionItem<T> {
  key: string;
  schema: Guard<T>;
  fallback: T;
}

const item = <T>(key: string, schema: Guard<T>, fallback: T): SessionItem<T> => ({ key, schema, fallback });

const str = string();
const optionalStr = optional(string());
const count = countOf();
const calendarDate = string(/^\d{4}-\d{2}-\d{2}$/);

// ─── Captures, per tab ─────────────────────────────────────────────────────────────────────────────

const snapshotEnvelope = as<ClientSnapshot>(
  object(
    { platform: str, url: str, capturedAt: str, client: object({ displayName: optionalStr, legalName: optionalStr }, { loose: true }) },
    { loose: true },
  ),
);

const evidence = object({
  source: oneOf(['platform', 'job-post', 'client-history', 'automatic-check', 'look-up', 'your-check']),
  quote: optionalStr,
  value: optionalStr,
  field: optionalStr,
  location: optionalStr,
  url: optionalStr,
});
const riskReason = object({
  id: str,
  kind: oneOf(['red-flag', 'warning', 'good']),
  hard: boolean(),
  weight: number(),
  messageKey: str,
  messageParams: array(str),
  evidence: array(evidence),
});
const captureAssessment = as<CaptureAssessment>(
  object({
    capturedAt: str,
    displayName: str,
    country: optionalStr,
    known: optional(
      object({
        clientId: str,
        displayName: str,
        reason: oneOf(['platform-id', 'email', 'phone', 'company-id', 'name-country']),
        certain: boolean(),
      }),
    ),
    decision: optional(object({ status: oneOf(['pending', 'go', 'caution', 'no-go']), reason: optionalStr, decidedAt: optionalStr })),
    risk: object({
      level: oneOf(['low', 'medium', 'high']),
      score: number(),
      reasons: array(riskReason),
      goodSignals: array(riskReason),
    }),
  }),
);

/** Where a tab's client came from: the page's own content script, or "Check this client". */
export type CaptureSource = 'capture' | 'check';

/** The latest client the tab's page showed (`capture:12`), or what "Check this client" read on it (`check:12`). */
export const tabCapture = (source: CaptureSource, tabId: number): SessionItem<ClientSnapshot | undefined> =>
  item(`${source}:${tabId}`, optional(snapshotEnvelope), undefined);

/** Beside each capture, the background's assessment of it (`assessment:capture:12`). */
export const captureAssessmentOf = (capture: SessionItem<ClientSnapshot | undefined>): SessionItem<CaptureAssessment | undefined> =>
  item(`assessment:${capture.key}`, optional(captureAssessment), undefined);

/** The tab and source a stored key belongs to, for a key of `tabCapture`; undefined for any other key. */
export const parseTabCaptureKey = (key: string): { source: CaptureSource; tabId: number } | undefined => {
  const match = /^(capture|check):(\d+)$/.exec(key);
  return match ? { source: match[1] as CaptureSource, tabId: Number(match[2]) } : undefined;
};

// ─── What the popup's home screen paints ──────────────────────────────────────────────────────────

const invoiceLine = object({
  invoice: object({ id: str, number: str, currency: str, dueDate: calendarDate }),
  clientName: str,
  balance: number(),
  daysLate: count,
});
const datedOverview = as<DatedOverview>(
  object({
    today: calendarDate,
    language: oneOf(['auto', 'en', 'fr']),
    dueSoonDays: count,
    overdue: array(invoiceLine),
    overdueTotal: count,
    overdueTotals: array(pair(str, number())),
    dueSoon: array(invoiceLine),
    dueSoonTotal: count,
  }),
);

/** Today's overview as of the background's last recount; the popup paints it before its own query. */
export const OVERVIEW = item('overview', optional(datedOverview), undefined);

const popupList = <T>(line: ReturnType<typeof as<T>>) => as<PopupList<T>>(object({ total: count, first: array(line) }));
const EMPTY_LIST = { total: 0, first: [] };

const chaseAction = as<ChaseAction>(
  object(
    {
      invoiceId: str,
      invoiceNumber: str,
      clientId: str,
      clientName: optionalStr,
      stepId: str,
      labelKey: str,
      dueOn: calendarDate,
      balance: number(),
      currency: str,
      daysLate: number(),
      alsoDue: count,
    },
    { loose: true },
  ),
);

const checkInDue = as<CheckInDue>(
  object({
    clientId: str,
    clientName: str,
    after: oneOf(['delivery', 'payment']),
    eventOn: calendarDate,
    dueOn: calendarDate,
  }),
);

/** The next chase action per invoice, first lines and total (lib/background/chase-watch.ts). */
export const CHASE_TODAY = item<PopupList<ChaseAction>>('chaseToday', popupList(chaseAction), EMPTY_LIST);
/** Clients to check in with, first lines and total (lib/background/check-in-watch.ts). */
export const CHECK_INS = item<PopupList<CheckInDue>>('checkIns', popupList(checkInDue), EMPTY_LIST);
