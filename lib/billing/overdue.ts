import type { CalendarDate } from '../model/common';
import type { Invoice } from '../model/billing';
import { addDays, daysBetween } from '../calendar';

/**
 * The one definition of what is owed, overdue and due soon. The badge's ledger (open-ledger.ts), the
 * aging report, the exports and the chase all read these; nothing else compares a due date with today.
 */

/** What is left to pay, in minor units (never negative: an overpayment is not a debt). A plain loop: it runs over every invoice. */
export const balanceOf = (invoice: Pick<Invoice, 'amount' | 'payments'>): number => {
  let paid = 0;
  for (const payment of invoice.payments) paid += payment.amount;
  return invoice.amount > paid ? invoice.amount - paid : 0;
};

/** Owed and counted on the badge: sent, with something left to pay. (A disputed invoice is owed too, but not chased or counted.) */
export const isOwed = (invoice: Pick<Invoice, 'status' | 'amount' | 'payments'>): boolean =>
  invoice.status === 'sent' && balanceOf(invoice) > 0;

/** Due before today, in the user's time zone: the day after the due date is the first day late. */
export const isPastDue = (dueDate: CalendarDate, today: CalendarDate): boolean => dueDate < today;

/** Falling due from today to `days` days ahead, both counted. */
export const fallsDueWithin = (dueDate: CalendarDate, today: CalendarDate, days: number): boolean =>
  dueDate >= today && dueDate <= addDays(today, days);

/** Overdue = sent, something left to pay, due date before today. */
export const isOverdue = (invoice: Pick<Invoice, 'status' | 'dueDate' | 'amount' | 'payments'>, today: CalendarDate): boolean =>
  isOwed(invoice) && isPastDue(invoice.dueDate, today);

/** Sent, unpaid, and due between today and `days` days from now (inclusive). */
export const isDueSoon = (
  invoice: Pick<Invoice, 'status' | 'dueDate' | 'amount' | 'payments'>,
  today: CalendarDate,
  days: number,
): boolean => isOwed(invoice) && fallsDueWithin(invoice.dueDate, today, days);

export const daysLate = (invoice: Pick<Invoice, 'dueDate'>, today: CalendarDate): number =>
  Math.max(0, daysBetween(invoice.dueDate, today));

/** Totals per currency, for the badge tooltip and the popup header ("EUR 4,500.00 + USD 300.00"). */
export const totalsByCurrency = (invoices: Pick<Invoice, 'amount' | 'payments' | 'currency'>[]): Map<string, number> => {
  const totals = new Map<string, number>();
  for (const invoice of invoices) {
    totals.set(invoice.currency, (totals.get(invoice.currency) ?? 0) + balanceOf(invoice));
  }
  return totals;
};
