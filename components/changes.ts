import type { TableName } from '@/lib/db/database';
import { noteDataChanged } from '@/lib/db/backup-status';
import { sendMessage } from '@/lib/messaging/send';

/**
 * After an extension page writes, the background re-counts the badge (and is woken to do it), and
 * the change counts towards offering a backup (lib/db/backup-status.ts).
 */
export const reportChange = (...tables: TableName[]): Promise<unknown> => {
  void noteDataChanged().catch(() => undefined);
  return sendMessage({ type: 'ui-bg:data-changed', tables });
};

/**
 * After a page changed these invoices only (and perhaps other tables): the badge reads just
 * them, not every open invoice.
 */
export const reportInvoiceChange = (invoiceIds: string[], ...others: TableName[]): Promise<unknown> => {
  void noteDataChanged().catch(() => undefined);
  return sendMessage({ type: 'ui-bg:data-changed', tables: ['invoices', ...others], invoiceIds });
};
