import type { Transaction } from 'dexie';
import { paidOnOf, type StoredInvoice } from './invoice-index';

/**
 * What each schema version changes in the rows already stored, one function per version, run by
 * Dexie once when a database of the version before is opened. Each is tested on a database written
 * at the version before (tests/unit/db/migration.test.ts). Versions without a change of shape have none.
 */

/** Version 2: paid invoices get `paidOn`, the day they were paid in full, for the check-ins' index. */
export const toVersion2 = (tx: Transaction): Promise<number> =>
  tx
    .table('invoices')
    .toCollection()
    .modify((row: StoredInvoice) => {
      const paidOn = paidOnOf(row);
      if (paidOn) row.paidOn = paidOn;
    });
