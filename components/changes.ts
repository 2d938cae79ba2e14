import type { TableName } from '@/lib/db/database';
import { sendMessage } from '@/lib/messaging/send';

/** After an extension page writes, the background re-counts the badge (and is woken to do it). */
export const reportChange = (...tables: TableName[]): Promise<unknown> =>
  sendMessage({ type: 'ui-bg:data-changed', tables });

/**
 * After a page changed these invoices only (and perhaps other tables): the badge reads just
 * them, not every open invoice.
 */
export const reportInvoiceChange = (invoiceIds: string[], ...others: TableName[]): Promise<unknown> =>
  sendMessage({ type: 'ui-bg:data-changed', tables: ['invoices', ...others], invoiceIds });
