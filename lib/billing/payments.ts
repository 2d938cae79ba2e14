import type { Invoice, Payment } from '../model/billing';
import { balanceOf } from './overdue';

/**
 * Recording and removing payments. A payment that clears the balance of a sent (or disputed) invoice marks it
 * paid; removing one that reopens a balance puts a paid invoice back to sent, so the badge counts it again.
 * Drafts and written-off invoices keep their status: only the user decides those.
 */

type PaymentFields = Pick<Invoice, 'amount' | 'payments' | 'status'>;

/** Payments in date order (a payment recorded late still sits at its own date). */
const byDate = (payments: readonly Payment[]): Payment[] =>
  [...payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

export const withPayment = <T extends PaymentFields>(invoice: T, payment: Payment): T => {
  const payments = byDate([...invoice.payments, payment]);
  const settled = balanceOf({ amount: invoice.amount, payments }) === 0;
  const status = settled && (invoice.status === 'sent' || invoice.status === 'disputed') ? 'paid' : invoice.status;
  return { ...invoice, payments, status };
};

export const withoutPayment = <T extends PaymentFields>(invoice: T, index: number): T => {
  const payments = invoice.payments.filter((_, i) => i !== index);
  const reopened = invoice.status === 'paid' && balanceOf({ amount: invoice.amount, payments }) > 0;
  return { ...invoice, payments, status: reopened ? 'sent' : invoice.status };
};

/** "Paid in full": the payment that settles what is left, dated `date`, and the invoice marked paid. */
export const withFullPayment = <T extends PaymentFields>(invoice: T, date: string): T => {
  const balance = balanceOf(invoice);
  const paid = balance > 0 ? withPayment(invoice, { date, amount: balance }) : invoice;
  return { ...paid, status: 'paid' };
};

export const totalPaid = (invoice: Pick<Invoice, 'payments'>): number =>
  invoice.payments.reduce((sum, payment) => sum + payment.amount, 0);
