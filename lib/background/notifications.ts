import { browser } from 'wxt/browser';
import type { OpenEntry } from '../billing/open-ledger';
import { formatMoney } from '../format';
import { message, tn } from '../i18n/messages';

/**
 * One notification per invoice when it falls overdue — never twice, even across restarts:
 * the ids already announced are kept in `storage.local`.
 */
const NOTIFIED_KEY = 'notifiedOverdue';
const NOTIFICATION_PREFIX = 'overdue:';
/** More than this many at once (a restored backup, a long holiday) become one summary notification. */
const MAX_SEPARATE = 3;
export const SUMMARY_NOTIFICATION = 'overdue-summary';

export const notifyNewlyOverdue = async (
  overdue: readonly OpenEntry[],
  /** Client names, read only for the invoices announced. */
  clientNames: (clientIds: string[]) => Promise<Map<string, string>>,
): Promise<string[]> => {
  const stored = await browser.storage.local.get(NOTIFIED_KEY);
  const notified = new Set<string>((stored[NOTIFIED_KEY] as string[] | undefined) ?? []);
  const fresh = overdue.filter((invoice) => !notified.has(invoice.id));
  if (fresh.length === 0) return [];
  // Record first: a crash between the two must not announce the same invoice again.
  for (const invoice of fresh) notified.add(invoice.id);
  await browser.storage.local.set({ [NOTIFIED_KEY]: [...notified] });
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  if (fresh.length > MAX_SEPARATE) {
    await browser.notifications.create(SUMMARY_NOTIFICATION, {
      type: 'basic',
      iconUrl,
      title: tn('notificationManyOverdueTitle', fresh.length),
      message: message('notificationManyOverdueBody'),
    });
    return fresh.map((invoice) => invoice.id);
  }
  const names = await clientNames(fresh.map((invoice) => invoice.clientId));
  for (const invoice of fresh) {
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${invoice.id}`, {
      type: 'basic',
      iconUrl,
      title: message('notificationOverdueTitle', [invoice.number]),
      message: message('notificationOverdueBody', [
        names.get(invoice.clientId) ?? '',
        formatMoney(invoice.owed, invoice.currency),
        invoice.dueDate,
      ]),
    });
  }
  return fresh.map((invoice) => invoice.id);
};

/** The invoice a notification is about, or undefined for someone else's notification. */
export const invoiceIdOfNotification = (notificationId: string): string | undefined =>
  notificationId.startsWith(NOTIFICATION_PREFIX) ? notificationId.slice(NOTIFICATION_PREFIX.length) : undefined;
