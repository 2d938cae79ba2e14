import { ClientCheckDatabase, useDatabaseForTests } from '@/lib/db/database';
import { sampleData } from '@/lib/demo/sample-data';
import { importBackup } from '@/lib/db/backup';

let counter = 0;

/** A fresh, empty database for each test (fake-indexeddb, unique name). */
export const freshDatabase = async (): Promise<ClientCheckDatabase> => {
  const database = new ClientCheckDatabase(`clientcheck-test-${Date.now()}-${counter++}`);
  useDatabaseForTests(database);
  await database.open();
  return database;
};

export const TODAY = '2026-03-15';

/** A fresh database holding the sample data (lib/demo), dated from `today`: two invoices overdue, one due soon. */
export const withSampleData = async (today = TODAY): Promise<ClientCheckDatabase> => {
  const database = await freshDatabase();
  await importBackup(sampleData(today, `${today}T09:00:00.000Z`), 'replace');
  return database;
};
