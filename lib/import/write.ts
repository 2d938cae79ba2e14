import { db } from '../db/database';
import { clients, invoices } from '../db/repositories';
import type { ImportWrites } from './plan';

/**
 * Writes an import all or nothing: every client and invoice goes through the validating repositories inside
 * one Dexie transaction, so a row the schema refuses (or any failure) rolls back everything before it.
 */
export const writeImport = async (writes: ImportWrites): Promise<void> => {
  const d = db();
  await d.transaction('rw', [d.clients, d.invoices], async () => {
    for (const client of writes.clients) await clients.put(client);
    for (const invoice of writes.invoices) await invoices.put(invoice);
  });
};
