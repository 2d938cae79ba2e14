import { allOrNothing, clients, invoices } from '../db/repositories';
import type { ImportWrites } from './plan';

/**
 * Writes an import all or nothing: every client and invoice goes through the validating repositories inside
 * one transaction (validated row by row, then written in bulk), so a row the schema refuses, or any
 * failure of the write, rolls back everything before it.
 */
export const writeImport = (writes: ImportWrites): Promise<void> =>
  allOrNothing(['clients', 'invoices'], async () => {
    await clients.putAll(writes.clients);
    await invoices.putAll(writes.invoices);
  });
