import type { Invoice, UiLanguage } from '../model';
import type { CalendarDate } from '../model/common';
import { balanceOf, daysLate, totalsByCurrency } from '../billing/overdue';
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

/**
 * What the popup's first screen shows: the most late invoices first, then what falls due soon.
 * Only `limit` lines of each are resolved to client names; counts and totals cover them all.
 */
export const overview = async (today: CalendarDate, limit = 5, overdueAlreadyRead?: Invoice[]): Promise<Overview> => {
  const settings = await readDisplaySettings();
  const [overdue, dueSoon] = await Promise.all([
    overdueAlreadyRead ?? overdueInvoices(today),
    dueSoonInvoices(today, settings.dueSoonDays),
  ]);
  // Range scans return ascending due dates: the first overdue rows are the most late.
  const shown = [...overdue.slice(0, limit), ...dueSoon.slice(0, limit)];
  const names = await clientNames(shown.map((i) => i.clientId));
  const line = (invoice: Invoice): InvoiceLine => ({
    invoice,
    clientName: names.get(invoice.clientId) ?? '—',
    balance: balanceOf(invoice),
    daysLate: daysLate(invoice, today),
  });
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
