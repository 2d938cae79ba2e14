import { addDays, endOfMonth } from '../calendar';
import { balanceOf } from '../billing/overdue';
import type { Invoice, PaymentPlan } from '../model/billing';
import type { CalendarDate } from '../model/common';

/**
 * Payment plans as the chase page edits them: splitting what is owed into instalments, and turning a paid
 * instalment into payments on the invoices the plan covers.
 */

export type Instalment = PaymentPlan['instalments'][number];

/** The same day `months` months later, or the month's last day when it has none (31 Jan + 1 month = 28/29 Feb). */
export const addMonths = (date: CalendarDate, months: number): CalendarDate => {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const first = `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-01`;
  const last = endOfMonth(first);
  const day = Math.min(Number(date.slice(8, 10)), Number(last.slice(8, 10)));
  return addDays(first, day - 1);
};

/**
 * `count` monthly instalments from `firstDueDate` adding up to `total` exactly: the cents that do not divide
 * evenly go on the first instalments, one each.
 */
export const splitEvenly = (total: number, count: number, firstDueDate: CalendarDate): Instalment[] => {
  if (!Number.isInteger(total) || total <= 0 || !Number.isInteger(count) || count < 1) return [];
  const parts = Math.min(count, total);
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  return Array.from({ length: parts }, (_, i) => ({ dueDate: addMonths(firstDueDate, i), amount: base + (i < extra ? 1 : 0) }));
};

export const instalmentsTotal = (instalments: readonly Pick<Instalment, 'amount'>[]): number =>
  instalments.reduce((sum, i) => sum + i.amount, 0);

/**
 * A paid instalment settles the covered invoices oldest due date first. Returns the invoices that changed (a
 * payment added; `paid` once nothing is left) and what the instalment paid beyond their balances (interest or
 * the fixed fee agreed in the plan).
 */
export const allocateInstalment = (
  invoices: readonly Invoice[],
  amount: number,
  paidOn: CalendarDate,
  note: string,
  now: string,
): { changed: Invoice[]; beyondBalances: number } => {
  let left = amount;
  const changed: Invoice[] = [];
  const ordered = [...invoices].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number.localeCompare(b.number)));
  for (const invoice of ordered) {
    const balance = balanceOf(invoice);
    if (left <= 0 || balance <= 0) continue;
    const part = Math.min(balance, left);
    left -= part;
    const payments = [...invoice.payments, { date: paidOn, amount: part, note }];
    const settled = part === balance;
    changed.push({
      ...invoice,
      payments,
      status: settled && (invoice.status === 'sent' || invoice.status === 'disputed') ? 'paid' : invoice.status,
      updatedAt: now,
    });
  }
  return { changed, beyondBalances: left };
};

/** The plan with instalment `index` (its position in `plan.instalments`) marked paid on `paidOn`. */
export const withInstalmentPaid = (plan: PaymentPlan, index: number, paidOn: CalendarDate): PaymentPlan => ({
  ...plan,
  instalments: plan.instalments.map((instalment, i) => (i === index && !instalment.paidOn ? { ...instalment, paidOn } : instalment)),
});
