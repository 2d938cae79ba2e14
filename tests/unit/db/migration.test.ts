import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClientCheckDatabase, SCHEMA_V1, SCHEMA_VERSION } from '@/lib/db/database';
import { exportBackup, importBackup } from '@/lib/db/backup';
import { invoices } from '@/lib/db/repositories';
import { freshDatabase } from './helpers';
import { sampleData } from '@/lib/demo/sample-data';

/**
 * The migration harness: a database written at version N (here with the raw Dexie schema of
 * that version, as an older extension would have left it) is opened by the current code, and
 * every row must still read and validate. When version 2 is added, copy this test with the
 * version-1 schema and the rows it stored, and assert what the upgrade changed.
 */
describe('migrations', () => {
  it('opens a database saved at version 1 with the current schema, rows intact', async () => {
    const name = `clientcheck-migration-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    const file = sampleData('2026-03-15', '2026-03-15T09:00:00.000Z');
    await old.table('clients').bulkPut(file.clients!.map((c) => ({ ...c, platformIds: [] })));
    await old.table('invoices').bulkPut(file.invoices!);
    old.close();

    const current = new ClientCheckDatabase(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSION);
    expect(await current.invoices.count()).toBe(5);
    expect(await current.invoices.where('[status+dueDate]').between(['sent', Dexie.minKey], ['sent', '2026-03-15']).count()).toBe(2);
    // Version 2: the paid invoice is indexed by the day it was paid in full; the others are not.
    const paid = await current.invoices.where('paidOn').aboveOrEqual('2000-01-01').toArray();
    expect(paid.map((i) => [i.number, i.paidOn])).toEqual([['F2026-013', '2026-02-18']]);
    current.close();
  });

  it('declares every version in order, never rewriting an old one', () => {
    const database = new ClientCheckDatabase(`clientcheck-versions-${Date.now()}`);
    const versions = (database as unknown as { _versions: { _cfg: { version: number } }[] })._versions.map((v) => v._cfg.version);
    expect(versions).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('keeps the derived paidOn up to date on every write, and out of backups', async () => {
    const database = await freshDatabase();
    const file = sampleData('2026-03-15', '2026-03-15T09:00:00.000Z');
    await importBackup(file, 'replace');
    expect((await database.invoices.get('demo-invoice-4'))?.paidOn).toBe('2026-02-18');
    const sent = (await invoices.get('demo-invoice-1'))!;
    await invoices.put({ ...sent, status: 'paid', payments: [{ date: '2026-03-16', amount: sent.amount }] });
    expect((await database.invoices.get('demo-invoice-1'))?.paidOn).toBe('2026-03-16');
    // Reopened: no longer paid, no longer indexed as paid.
    await invoices.put({ ...sent, status: 'sent' });
    expect(await database.invoices.get('demo-invoice-1')).not.toHaveProperty('paidOn');
    const backup = await exportBackup();
    expect(backup.invoices!.some((i) => 'paidOn' in i)).toBe(false);
    expect(await invoices.get('demo-invoice-4')).not.toHaveProperty('paidOn');
  });
});
