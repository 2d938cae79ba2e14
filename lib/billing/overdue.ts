import type { CalendarDate } from '../model/common';
import type { Invoice } from '../model/billing';
import { addDays, daysBetween } from './calendar';

/** What is left to pay, in minor units (never negative: an overpayment is not a debt). */
export const balanceOf = (invoice: Pick<Invoice, 'amount' | 'payments'>): number =>
  Math.max(0, invoice.amount - invoice.payments.reduce((sum, p) => sum + p.amount, 0));

/** Overdue = sent, something left to pay, due date before today (in the user's time zone). */
export const isOverdue = (invoice: Pick<Invoice, 'status' | 'dueDate' | 'amount' | 'payments'>, today: CalendarDate): boolean =>
  invoice.status === 'sent' && invoice.dueDate < today && balanceOf(invoice) > 0;

/** Sent, unpaid, and due between today and `days` days from now (inclusive). */
export const isDueSoon = (
  invoice: Pick<Invoice, 'status' | 'dueDate' | 'amount' | 'payments'>,
  today: CalendarDate,
  days: number,
): boolean =>
  invoice.status === 'sent' && invoice.dueDate >= today && invoice.dueDate <= addDays(today, days) && balanceOf(invoice) > 0;

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
