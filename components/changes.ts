import type { TableName } from '@/lib/db/database';
import { sendMessage } from '@/lib/messaging/send';

/** After an extension page writes, the background re-counts the badge (and is woken to do it). */
export const reportChange = (...tables: TableName[]): Promise<unknown> =>
  sendMessage({ type: 'ui-bg:data-changed', tables });
