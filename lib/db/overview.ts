import type { Invoice, UiLanguage } from '../model';
import type { CalendarDate } from '../model/common';
import { balanceOf, daysLate } from '../billing/overdue';
import { dueSoonEntries, ledgerOf, overdueEntries, owedByCurrency, type OpenEntry, type OpenLedger } from '../billing/open-ledger';
import { db } from './database';
import { clientNames, readDisplaySettings, sentInvoices } from './queries';

/** One line of the popup's lists: what it shows of the invoice, no more (it is kept in storage.session). */
export interface InvoiceLine {
  invoice: Pick<Invoice, 'id' | 'number' | 'currency' | 'dueDate'>;
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
 * Counts and totals cover them all; only the `limit` lines of each shown are read whole and
 * resolved to client names. The background passes the ledger of open invoices it holds; the
 * popup's own live query builds it from the sent invoices.
 */
export const overview = async (today: CalendarDate, limit = 5, ledger?: OpenLedger): Promise<Overview> => {
  const [settings, open] = await Promise.all([readDisplaySettings(), ledger ?? sentInvoices().then(ledgerOf)]);
  const overdue = overdueEntries(open, today);
  const dueSoon = dueSoonEntries(open, today, settings.dueSoonDays);
  const shownIds = [...overdue.slice(0, limit), ...dueSoon.slice(0, limit)].map((e) => e.id);
  const shown = (await db().invoices.bulkGet(shownIds)).filter((i): i is Invoice => !!i);
  const names = await clientNames(shown.map((i) => i.clientId));
  const byId = new Map(shown.map((i) => [i.id, i]));
  const linesFor = (entries: OpenEntry[]): InvoiceLine[] =>
    entries.slice(0, limit).flatMap((entry) => {
      const invoice = byId.get(entry.id);
      return invoice
        ? [
            {
              invoice: { id: invoice.id, number: invoice.number, currency: invoice.currency, dueDate: invoice.dueDate },
              clientName: names.get(invoice.clientId) ?? '—',
              balance: balanceOf(invoice),
              daysLate: daysLate(invoice, today),
            },
          ]
        : [];
    });
  return {
    language: settings.language,
    dueSoonDays: settings.dueSoonDays,
    overdue: linesFor(overdue),
    overdueTotal: overdue.length,
    overdueTotals: [...owedByCurrency(overdue)],
    dueSoon: linesFor(dueSoon),
    dueSoonTotal: dueSoon.length,
  };
};
