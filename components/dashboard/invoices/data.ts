import { useEffect } from 'preact/hooks';
import { balanceOf, isOverdue } from '@/lib/billing/overdue';
import { allInvoices, clientNamesFromIndex, firstInvoicesOfStatus, invoiceById } from '@/lib/db/invoice-queries';
import { clientNames } from '@/lib/db/queries';
import { loadSettings } from '@/lib/db/repositories';
import type { Invoice } from '@/lib/model';
import { parseHash } from '@/lib/navigation';
import { todayIn } from '@/lib/calendar';
import { MEASURES, measureOnce, timed } from '@/lib/timing';
import { useLiveQuery, useQuery } from '../../hooks';
import { INVOICE_STATUSES } from '../billing/labels';
import type { Row } from './filters';

/** What the invoices view reads: every invoice with its client's name, a first screen before them, the one opened. */

export interface InvoiceData {
  rows: Row[];
  names: Map<string, string>;
}

/** The rows the table keeps in the DOM at once (components/dashboard/invoices/InvoiceList.tsx). */
export const VISIBLE_ROWS = 18;
/** The rows the first screen of the default list shows, with some to spare for a first scroll. */
const FIRST_ROWS = VISIBLE_ROWS + 12;

/** Earliest due date first; the id breaks ties the same way in the first screen and in the full list. */
const byDueDate = (a: Invoice, b: Invoice): number =>
  a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const toRow = (invoice: Invoice, names: ReadonlyMap<string, string>, today: string): Row => {
  const clientName = names.get(invoice.clientId) ?? '—';
  return { invoice, clientName, clientKey: clientName.toLowerCase(), balance: balanceOf(invoice), overdue: isOverdue(invoice, today) };
};

/** Every invoice, for the list, the filters, the aging and the exports. */
const loadInvoiceData = async (today: string): Promise<InvoiceData> => {
  const [invoices, names] = await Promise.all([allInvoices(), clientNamesFromIndex()]);
  invoices.sort(byDueDate);
  return { rows: invoices.map((invoice) => toRow(invoice, names, today)), names };
};

/**
 * The first screen of the default list (every invoice, earliest due date first) without reading every
 * invoice: the first rows of each status from the [status+dueDate] index, merged. Reading 50,000 invoices
 * takes seconds; this takes milliseconds, so the table paints at once and fills in when the rest arrives.
 */
const loadFirstRows = async (today: string): Promise<Row[]> => {
  const perStatus = await Promise.all(INVOICE_STATUSES.map((status) => firstInvoicesOfStatus(status, FIRST_ROWS)));
  const invoices = perStatus.flat().sort(byDueDate).slice(0, FIRST_ROWS);
  const names = await clientNames(invoices.map((i) => i.clientId));
  return invoices.map((invoice) => toRow(invoice, names, today));
};

let earlyFirstRows: { today: string; rows: Promise<Row[]> } | undefined;

/**
 * Called by the dashboard's entrypoint as its script starts: when the page opens on the invoices, their first
 * screen is read alongside the language setting the page waits for, rather than after it.
 */
export const readFirstRowsEarly = (hash: string): void => {
  if (parseHash(hash).view !== 'invoices') return;
  const today = todayIn();
  earlyFirstRows = { today, rows: loadFirstRows(today) };
};

/** The early read is taken once; later visits read afresh. */
const takeFirstRows = (today: string): Promise<Row[]> => {
  const early = earlyFirstRows?.today === today ? earlyFirstRows.rows : undefined;
  earlyFirstRows = undefined;
  return early ?? loadFirstRows(today);
};

/** The invoice opened from the popup or a notification, with its client's name, read without waiting for the list. */
const loadOpened = async (invoiceId: string | undefined): Promise<{ invoice: Invoice; clientName: string } | null> => {
  const invoice = invoiceId ? await invoiceById(invoiceId) : undefined;
  if (!invoice) return null;
  const names = await clientNames([invoice.clientId]);
  return { invoice, clientName: names.get(invoice.clientId) ?? '—' };
};

export const useInvoiceData = (today: string, invoiceId: string | undefined) => {
  const firstRows = useQuery(() => takeFirstRows(today), [today]);
  // Started once the first screen is in: run side by side, the large read would hold the small one up.
  const firstIn = firstRows !== undefined;
  const data = useLiveQuery(
    () => (firstIn ? timed(MEASURES.invoicesQuery, () => loadInvoiceData(today)) : Promise.resolve(undefined)),
    [today, firstIn],
  );
  const settings = useLiveQuery(() => loadSettings(), []);
  const opened = useLiveQuery(() => loadOpened(invoiceId), [invoiceId]);
  return { firstRows, data, settings, opened: opened && opened.invoice.id === invoiceId ? opened : undefined };
};

/** From the start of the dashboard's script (and of the navigation) to the table showing its first rows. */
export const useFirstRenderMeasure = (painted: boolean, complete: boolean) => {
  useEffect(() => {
    if (painted) measureOnce(MEASURES.invoicesFirstRender, { mark: MEASURES.dashboardScriptStart, name: MEASURES.invoicesFromScript });
  }, [painted]);
  useEffect(() => {
    if (!complete || performance.getEntriesByName(MEASURES.invoicesAllLoaded).length > 0) return;
    if (performance.getEntriesByName(MEASURES.dashboardScriptStart).length > 0) {
      performance.measure(MEASURES.invoicesAllLoaded, { start: MEASURES.dashboardScriptStart, end: performance.now() });
    }
  }, [complete]);
};
