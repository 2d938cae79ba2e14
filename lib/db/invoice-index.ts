import { clearedOn } from '../billing/client-stats';
import type { Invoice } from '../model';

/**
 * Stored invoice rows carry a derived `paidOn`: the day a paid invoice was paid in full. Indexed,
 * so the check-ins read only the invoices paid in their window, not ten years of paid invoices.
 * It never leaves the database (backups and the pages' copies go without it).
 */
export type StoredInvoice = Invoice & { paidOn?: string };

export const paidOnOf = (invoice: Pick<Invoice, 'status' | 'amount' | 'payments'>): string | undefined =>
  invoice.status === 'paid' ? clearedOn(invoice) : undefined;

export const toStoredInvoice = (invoice: Invoice): StoredInvoice => {
  const { paidOn: _stale, ...row } = invoice as StoredInvoice;
  const paidOn = paidOnOf(row);
  return paidOn ? { ...row, paidOn } : row;
};

export const fromStoredInvoice = ({ paidOn: _derived, ...row }: StoredInvoice): Invoice => row;
