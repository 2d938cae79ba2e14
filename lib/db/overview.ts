import type { Invoice, UiLanguage } from '../model';
import type { CalendarDate } from '../model/common';
import { balanceOf, daysLate, totalsByCurrency } from '../billing/overdue';
import { dueSoonEntries, overdueEntries, owedByCurrency, type OpenLedger } from '../billing/open-ledger';
import { db } from './database';
import { clientNames, dueSoonInvoices, overdueInvoices, readDisplaySettings } from './queries';

export interface InvoiceLine {
  invoice: Invoice;
  clientName: string;
  balance: number;
  daysLate: number;
}

/** The overview as the background last computed it, for the popup to paint before its own query. */
export interface DatedOverview extends Overview {
  today: CalendarDate;
}

export interface Overview {
  language: UiLanguage;
  dueSoonDays: number;
  overdue: InvoiceLine[];
  overdueTotal: number;
  overdueTotals: [string, number][];
  dueSoon: InvoiceLine[];
  dueSoonTotal: number;
}

const linesOf = async (shown: Invoice[], today: CalendarDate): Promise<(invoice: Invoice) => InvoiceLine> => {
  const names = await clientNames(shown.map((i) => i.clientId));
  return (invoice) => ({
    invoice,
    clientName: names.get(invoice.clientId) ?? '—',
    balance: balanceOf(invoice),
    daysLate: daysLate(invoice, today),
  });
};

/**
 * What the popup's first screen shows: the most late invoices first, then what falls due soon.
 * Only `limit` lines of each are resolved to client names; counts and totals cover them all.
 * With the background's ledger of open invoices, only the invoices shown are read.
 */
export const overview = async (today: CalendarDate, limit = 5, ledger?: OpenLedger): Promise<Overview> => {
  const settings = await readDisplaySettings();
  if (ledger) {
    const overdue = overdueEntries(ledger, today);
    const dueSoon = dueSoonEntries(ledger, today, settings.dueSoonDays);
    const ids = [...overdue.slice(0, limit), ...dueSoon.slice(0, limit)].map((e) => e.id);
    const shown = (await db().invoices.bulkGet(ids)).filter((i): i is Invoice => !!i);
    const line = await linesOf(shown, today);
    const byId = new Map(shown.map((i) => [i.id, i]));
    const linesFor = (entries: typeof overdue) =>
      entries.slice(0, limit).flatMap((e) => (byId.has(e.id) ? [line(byId.get(e.id) as Invoice)] : []));
    return {
      language: settings.language,
      dueSoonDays: settings.dueSoonDays,
      overdue: linesFor(overdue),
      overdueTotal: overdue.length,
      overdueTotals: [...owedByCurrency(overdue)],
      dueSoon: linesFor(dueSoon),
      dueSoonTotal: dueSoon.length,
    };
  }
  const [overdue, dueSoon] = await Promise.all([overdueInvoices(today), dueSoonInvoices(today, settings.dueSoonDays)]);
  // Range scans return ascending due dates: the first overdue rows are the most late.
  const line = await linesOf([...overdue.slice(0, limit), ...dueSoon.slice(0, limit)], today);
  return {
    language: settings.language,
    dueSoonDays: settings.dueSoonDays,
    overdue: overdue.slice(0, limit).map(line),
    overdueTotal: overdue.length,
    overdueTotals: [...totalsByCurrency(overdue)],
    dueSoon: dueSoon.slice(0, limit).map(line),
    dueSoonTotal: dueSoon.length,
  };
};
