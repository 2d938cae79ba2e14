import Dexie from 'dexie';
import type { Invoice, InvoiceStatus } from '../model';
import { db } from './database';

/** Reads of invoices for the invoices view, the chase and the import. */

export const invoiceById = (id: string): Promise<Invoice | undefined> => db().invoices.get(id);

export const invoicesByIds = (ids: readonly string[]): Promise<(Invoice | undefined)[]> => db().invoices.bulkGet([...ids]);

export const allInvoices = (): Promise<Invoice[]> => db().invoices.toArray();

/** The invoices of these clients, by the clientId index (the table may hold 50,000). */
export const invoicesOfClients = (clientIds: readonly string[]): Promise<Invoice[]> =>
  clientIds.length === 0 ? Promise.resolve([]) : db().invoices.where('clientId').anyOf([...clientIds]).toArray();

/** The first `limit` invoices of one status by due date, from the [status+dueDate] index. */
export const firstInvoicesOfStatus = (status: InvoiceStatus, limit: number): Promise<Invoice[]> =>
  db().invoices.where('[status+dueDate]').between([status, Dexie.minKey], [status, Dexie.maxKey]).limit(limit).toArray();

/** Invoices of one status due on or before `until`, from the same index. */
export const invoicesOfStatusDueBy = (status: InvoiceStatus, until: string): Promise<Invoice[]> =>
  db().invoices.where('[status+dueDate]').between([status, Dexie.minKey], [status, until], true, true).toArray();

/**
 * Every client's name, from the displayName index only: a client row carries captures and profiles a
 * list of invoices never shows, and reading 10,000 of them whole costs more than the index does.
 */
export const clientNamesFromIndex = async (): Promise<Map<string, string>> => {
  const byName = db().clients.orderBy('displayName');
  const [names, ids] = await Promise.all([byName.keys(), byName.primaryKeys()]);
  return new Map(ids.map((id, i) => [id, String(names[i])]));
};
