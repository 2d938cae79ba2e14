import Dexie from 'dexie';
import { addDays } from '../calendar';
import { CHECK_IN_LAPSES_AFTER_DAYS, checkInsDueById, withClientNames, type CheckInDue } from '../billing/check-in';
import type { Invoice, UiLanguage } from '../model';
import type { CalendarDate } from '../model/common';
import { SETTINGS_DEFAULTS } from '../model/settings-defaults';
import { db, type StoredClient } from './database';

/**
 * Read-only queries for the popup's first paint and the badge. No zod here: the popup must open
 * fast, and these rows were validated when they were written (see ./repository.ts).
 */

/**
 * Clients to check in with today (lib/billing/check-in.ts): paid invoices through the
 * [status+dueDate] index, agreements for their deliveries, and the contact log.
 */
export const checkInsDueToday = async (today: CalendarDate, days?: number): Promise<CheckInDue[]> => {
  const d = db();
  const stored = days === undefined ? (await d.settings.get('settings'))?.checkInDays : undefined;
  const wait = days ?? (typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 && stored <= 365 ? stored : SETTINGS_DEFAULTS.checkInDays);
  // A payment older than the window can only be the latest event of a check-in that has lapsed:
  // only invoices paid in full since its start are read (the `paidOn` index).
  const since = addDays(today, -(wait + CHECK_IN_LAPSES_AFTER_DAYS));
  const [agreements, invoices, contacts] = await Promise.all([
    d.agreements.toArray(),
    d.invoices.where('paidOn').aboveOrEqual(since).toArray(),
    d.contacts.toArray(),
  ]);
  const due = checkInsDueById({ agreements, invoices, contacts }, today, wait);
  // Only the clients listed are read, for their names.
  return withClientNames(due, await clientNames(due.map((c) => c.clientId)));
};

/** Every sent invoice, due or not: what the ledger of open invoices is built from. One range scan. */
export const sentInvoices = (): Promise<Invoice[]> =>
  db().invoices.where('[status+dueDate]').between(['sent', Dexie.minKey], ['sent', Dexie.maxKey]).toArray();

export const clientNames = async (ids: string[]): Promise<Map<string, string>> => {
  const rows = await db().clients.bulkGet([...new Set(ids)]);
  return new Map(rows.filter((r): r is StoredClient => !!r).map((r) => [r.id, r.displayName]));
};

export interface DisplaySettings {
  language: UiLanguage;
  dueSoonDays: number;
}

/** The two settings the popup needs to paint, each checked by hand, else its default. */
export const readDisplaySettings = async (): Promise<DisplaySettings> => {
  const row = (await db().settings.get('settings')) as Partial<Record<keyof DisplaySettings, unknown>> | undefined;
  const language = row?.language;
  const days = row?.dueSoonDays;
  return {
    language: language === 'en' || language === 'fr' || language === 'auto' ? language : SETTINGS_DEFAULTS.language,
    dueSoonDays: typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 90 ? days : SETTINGS_DEFAULTS.dueSoonDays,
  };
};
