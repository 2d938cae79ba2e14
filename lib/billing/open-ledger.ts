import type { CalendarDate } from '../model/common';
import type { Invoice } from '../model/billing';
import { balanceOf, fallsDueWithin, isOwed, isPastDue } from './overdue';

/**
 * The invoices still owed, reduced to what the badge, its tooltip, the popup's counts and the
 * overdue notifications need. Kept whole by the background and patched invoice by invoice: reading
 * one record is what keeps the badge under its budget, where reading every open invoice row costs
 * about 20 µs a row in IndexedDB.
 */
export interface OpenEntry {
  id: string;
  clientId: string;
  number: string;
  dueDate: CalendarDate;
  currency: string;
  /** What is left to pay, in minor units; always above zero. */
  owed: number;
}

/** Sorted by due date (most late first), then id. */
export type OpenLedger = OpenEntry[];

type LedgerInvoice = Pick<Invoice, 'id' | 'clientId' | 'number' | 'dueDate' | 'currency' | 'status' | 'amount' | 'payments'>;

/** An invoice's entry: only an invoice the rules call owed (overdue.ts `isOwed`) has one. */
export const openEntryOf = (invoice: LedgerInvoice): OpenEntry | null => {
  if (!isOwed(invoice)) return null;
  const owed = balanceOf(invoice);
  const { id, clientId, number, dueDate, currency } = invoice;
  return { id, clientId, number, dueDate, currency, owed };
};

const byDueDate = (a: OpenEntry, b: OpenEntry) =>
  a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export const ledgerOf = (invoices: readonly LedgerInvoice[]): OpenLedger =>
  invoices.map(openEntryOf).filter((e): e is OpenEntry => e !== null).sort(byDueDate);

/**
 * The ledger after some invoices changed: each id given is taken out, then put back from its
 * invoice as it now stands (`undefined` when it was deleted).
 */
export const patchLedger = (ledger: OpenLedger, changed: ReadonlyMap<string, LedgerInvoice | undefined>): OpenLedger => {
  const kept = ledger.filter((entry) => !changed.has(entry.id));
  const added = [...changed.values()].map((invoice) => (invoice ? openEntryOf(invoice) : null)).filter((e): e is OpenEntry => e !== null);
  return added.length === 0 ? kept : [...kept, ...added].sort(byDueDate);
};

/** Overdue: due before today (in the user's time zone). Most late first. */
export const overdueEntries = (ledger: OpenLedger, today: CalendarDate): OpenEntry[] => ledger.filter((e) => isPastDue(e.dueDate, today));

/** Falling due from today to `days` days ahead, inclusive. */
export const dueSoonEntries = (ledger: OpenLedger, today: CalendarDate, days: number): OpenEntry[] =>
  ledger.filter((e) => fallsDueWithin(e.dueDate, today, days));

/** Owed per currency, never added across currencies. */
export const owedByCurrency = (entries: readonly OpenEntry[]): Map<string, number> => {
  const totals = new Map<string, number>();
  for (const entry of entries) totals.set(entry.currency, (totals.get(entry.currency) ?? 0) + entry.owed);
  return totals;
};
