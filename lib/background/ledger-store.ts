import { ledgerOf, patchLedger, type OpenLedger } from '../billing/open-ledger';
import { invoicesByIds } from '../db/invoice-queries';
import { sentInvoices } from '../db/queries';
import type { Invoice } from '../model';

/**
 * The ledger of open invoices (lib/billing/open-ledger.ts), held in the worker's memory: read
 * whole from the database when the worker starts (its first recount), on a change the pages could
 * not itemise (a restored backup, a client deleted) and every hour, so a change it missed never
 * outlives the hour; patched in between with just the invoices a page says it changed. (Kept in
 * `storage.session` instead, its read and write alone took 35 ms with 700 open invoices.)
 */
let ledger: OpenLedger | undefined;

/** How the ledger comes up to date for a recount. */
export type LedgerUpdate =
  /** Nothing changed in the invoices: as held (read whole if the worker just started). */
  | { kind: 'as-is' }
  /** These invoices changed (or were deleted): only they are read. */
  | { kind: 'invoices'; ids: readonly string[] }
  /** Anything may have changed: every open invoice is read. */
  | { kind: 'rebuild' };

const readLedger = async (): Promise<OpenLedger> => ledgerOf(await sentInvoices());

const update = async (how: LedgerUpdate): Promise<OpenLedger> => {
  if (how.kind === 'rebuild' || !ledger) return (ledger = await readLedger());
  if (how.kind === 'as-is') return ledger;
  const rows = await invoicesByIds(how.ids);
  const changed = new Map<string, Invoice | undefined>(how.ids.map((id, i) => [id, rows[i]]));
  return (ledger = patchLedger(ledger, changed));
};

// Updates run one after another: a patch applied to a ledger being rebuilt would be lost.
let queue: Promise<unknown> = Promise.resolve();

export const updateLedger = (how: LedgerUpdate): Promise<OpenLedger> => {
  const next = queue.catch(() => undefined).then(() => update(how));
  queue = next;
  return next;
};

/** As a restarted worker: nothing held. */
export const forgetLedgerForTests = (): void => {
  ledger = undefined;
};
