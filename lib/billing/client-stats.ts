import type { Agreement, Invoice } from '../model/billing';
import type { CalendarDate } from '../model/common';
import { daysBetween } from '../calendar';
import { isOverdue } from './overdue';

/** What the client list shows to tell the clients worth keeping from the others. */
export interface ClientStats {
  invoiceCount: number;
  /** Invoiced in 2+ distinct months, or 2+ agreements. */
  repeat: boolean;
  /** Payments received, per currency (minor units), by currency code: amounts in two currencies are never added. */
  revenue: [currency: string, minorUnits: number][];
  /** Whole days from issue date to the payment that cleared the balance, over paid invoices; absent when none. */
  averageDaysToPay?: number;
  /** Invoices paid after their due date, plus those overdue today. */
  latePayments: number;
}

export const NO_CLIENT_STATS: ClientStats = { invoiceCount: 0, repeat: false, revenue: [], latePayments: 0 };

/** Date of the payment that brought the balance to zero (payments in date order), if any did. */
export const clearedOn = (invoice: Pick<Invoice, 'amount' | 'payments'>): CalendarDate | undefined => {
  if (invoice.amount === 0) return undefined;
  let paid = 0;
  for (const payment of [...invoice.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    paid += payment.amount;
    if (paid >= invoice.amount) return payment.date;
  }
  return undefined;
};

interface Tally {
  invoiceCount: number;
  months: Set<string>;
  agreements: number;
  revenue: Map<string, number>;
  daysToPay: number[];
  latePayments: number;
}

export const clientStats = (
  invoices: readonly Invoice[],
  agreements: readonly Pick<Agreement, 'clientId'>[],
  today: CalendarDate,
): Map<string, ClientStats> => {
  const tallies = new Map<string, Tally>();
  const tallyOf = (clientId: string): Tally => {
    let tally = tallies.get(clientId);
    if (!tally) {
      tally = { invoiceCount: 0, months: new Set(), agreements: 0, revenue: new Map(), daysToPay: [], latePayments: 0 };
      tallies.set(clientId, tally);
    }
    return tally;
  };
  for (const agreement of agreements) tallyOf(agreement.clientId).agreements++;
  for (const invoice of invoices) {
    const tally = tallyOf(invoice.clientId);
    tally.invoiceCount++;
    // A draft was never sent and a written-off invoice brought nothing in: neither counts as business done.
    if (invoice.status === 'draft') continue;
    tally.months.add(invoice.issueDate.slice(0, 7));
    if (invoice.status === 'written-off') continue;
    const received = invoice.payments.reduce((sum, p) => sum + p.amount, 0);
    if (received > 0) tally.revenue.set(invoice.currency, (tally.revenue.get(invoice.currency) ?? 0) + received);
    if (isOverdue(invoice, today)) tally.latePayments++;
    if (invoice.status !== 'paid') continue;
    const cleared = clearedOn(invoice);
    if (!cleared) continue;
    // A deposit paid before the invoice was issued counts as paid on the day, not in negative days.
    tally.daysToPay.push(Math.max(0, daysBetween(invoice.issueDate, cleared)));
    if (cleared > invoice.dueDate) tally.latePayments++;
  }
  const stats = new Map<string, ClientStats>();
  for (const [clientId, tally] of tallies) {
    const { daysToPay } = tally;
    stats.set(clientId, {
      invoiceCount: tally.invoiceCount,
      repeat: tally.months.size >= 2 || tally.agreements >= 2,
      revenue: [...tally.revenue].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      averageDaysToPay: daysToPay.length ? Math.round(daysToPay.reduce((s, d) => s + d, 0) / daysToPay.length) : undefined,
      latePayments: tally.latePayments,
    });
  }
  return stats;
};

/**
 * Orders clients by revenue without adding currencies: amounts are compared currency by currency, the
 * currencies most clients paid in first, and the first currency that differs decides (descending).
 */
export const revenueComparator = (all: readonly ClientStats['revenue'][]): ((a: ClientStats['revenue'], b: ClientStats['revenue']) => number) => {
  const clientsPerCurrency = new Map<string, number>();
  for (const revenue of all) for (const [currency] of revenue) clientsPerCurrency.set(currency, (clientsPerCurrency.get(currency) ?? 0) + 1);
  const currencies = [...clientsPerCurrency].sort(([ca, na], [cb, nb]) => nb - na || (ca < cb ? -1 : 1)).map(([c]) => c);
  const amountIn = (revenue: ClientStats['revenue'], currency: string) => revenue.find(([c]) => c === currency)?.[1] ?? 0;
  return (a, b) => {
    for (const currency of currencies) {
      const difference = amountIn(b, currency) - amountIn(a, currency);
      if (difference !== 0) return difference;
    }
    return 0;
  };
};
