import { agreements, invoices } from '@/lib/db/repositories';
import { nowInstant, type Agreement, type Invoice } from '@/lib/model';
import { reportChange, reportInvoiceChange } from '../../changes';
import { agreementWithoutDelivery } from './agreement-form';

/** Writes of the agreements and invoices: each stores through the validating repository, then tells the background. */

/** A new or edited agreement, or one whose deliveries changed. */
export const saveAgreement = async (agreement: Agreement): Promise<void> => {
  await agreements.put(agreement);
  await reportChange('agreements');
};

export const removeDelivery = (agreement: Agreement, index: number): Promise<void> =>
  saveAgreement(agreementWithoutDelivery(agreement, index, nowInstant()));

export const deleteAgreement = async (agreement: Agreement): Promise<void> => {
  await agreements.delete(agreement.id);
  await reportChange('agreements');
};

/** An invoice as the editor built it (its `updatedAt` already set). */
export const saveInvoice = async (invoice: Invoice): Promise<void> => {
  await invoices.put(invoice);
  await reportInvoiceChange([invoice.id]);
};

/**
 * A change made on the invoice's page: its status, a payment, a mention ticked. `recount` false when nothing
 * the badge counts changed (a tick), so the background is not woken for it.
 */
export const updateInvoice = async (next: Invoice, recount = true): Promise<void> => {
  await invoices.put({ ...next, updatedAt: nowInstant() });
  if (recount) await reportInvoiceChange([next.id]);
};

/** The invoice, its mention in contacts and payment plans too (see the repository). */
export const deleteInvoice = async (invoice: Invoice): Promise<void> => {
  await invoices.delete(invoice.id);
  await reportInvoiceChange([invoice.id], 'contacts', 'paymentPlans');
};
