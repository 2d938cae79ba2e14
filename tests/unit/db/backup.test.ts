import { beforeEach, describe, expect, it } from 'vitest';
import { backupJsonSchema, checkBackup, deleteAllData, exportBackup, importBackup } from '@/lib/db/backup';
import { clients, invoices } from '@/lib/db/repositories';
import { sampleData } from '@/lib/demo/sample-data';
import { TODAY, freshDatabase, withSampleData } from './helpers';
import { SCHEMA_VERSION } from '@/lib/db/database';

describe('backup', () => {
  beforeEach(async () => {
    await withSampleData();
  });

  it('export → delete all → import gives back identical data', async () => {
    const before = await exportBackup(new Date('2026-03-15T10:00:00Z'));
    await deleteAllData();
    expect(await clients.count()).toBe(0);
    const checked = checkBackup(JSON.parse(JSON.stringify(before)));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    await importBackup(checked.backup, 'replace');
    expect(await exportBackup(new Date('2026-03-15T10:00:00Z'))).toEqual(before);
  });

  it('exports the format header and every table, without derived index fields', async () => {
    const backup = await exportBackup(new Date('2026-03-15T10:00:00Z'));
    expect(backup.format).toBe('clientcheck-backup');
    expect(backup.version).toBe(SCHEMA_VERSION);
    expect(backup.exportedAt).toBe('2026-03-15T10:00:00.000Z');
    expect(Object.keys(backup)).toEqual(
      expect.arrayContaining(['clients', 'snapshots', 'checks', 'lookups', 'agreements', 'invoices', 'paymentPlans', 'contacts', 'settings']),
    );
    expect(backup.clients?.[0]).not.toHaveProperty('platformIds');
    expect(backup.invoices?.find((i) => i.status === 'paid')).not.toHaveProperty('paidOn');
  });

  it('still reads a backup written at version 1', () => {
    expect(checkBackup({ format: 'clientcheck-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', clients: [] }).ok).toBe(true);
  });

  it('refuses a file with one bad row whole, naming table, row and field, and writes nothing', async () => {
    const backup = structuredClone(await exportBackup()) as unknown as Record<string, unknown[]>;
    (backup.invoices[2] as { amount: unknown }).amount = 12.5;
    const checked = checkBackup(backup);
    expect(checked).toEqual({
      ok: false,
      error: { table: 'invoices', row: 2, field: 'amount', message: expect.stringMatching(/integer|int/) },
    });
  });

  it.each([
    ['not an object', 42, '(file)', '(file)'],
    ['wrong format', { format: 'other', version: 1, exportedAt: '2026-01-01T00:00:00.000Z' }, '(file)', 'format'],
    ['a version from the future', { format: 'clientcheck-backup', version: 99, exportedAt: '2026-01-01T00:00:00.000Z' }, '(file)', 'version'],
    ['a table that is not a list', { format: 'clientcheck-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', clients: {} }, 'clients', '(table)'],
  ])('refuses %s', (_label, input, table, field) => {
    const checked = checkBackup(input);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error.table).toBe(table);
    expect(checked.error.field).toBe(field);
  });

  it('refuses the same id twice in a table', () => {
    const file = sampleData(TODAY);
    file.invoices!.push({ ...file.invoices![0] });
    const checked = checkBackup(JSON.parse(JSON.stringify(file)));
    expect(checked).toMatchObject({ ok: false, error: { table: 'invoices', row: 5, field: 'id' } });
  });

  it('refuses oversized text rather than storing it', () => {
    const file = JSON.parse(JSON.stringify(sampleData(TODAY)));
    file.clients[1].displayName = 'x'.repeat(1_000_000);
    expect(checkBackup(file)).toMatchObject({ ok: false, error: { table: 'clients', row: 1, field: 'displayName' } });
  });

  it('imports a file without some tables (an older backup) as empty tables', async () => {
    await freshDatabase();
    const checked = checkBackup({ format: 'clientcheck-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', clients: [] });
    expect(checked.ok).toBe(true);
  });

  it('merge keeps existing rows and lets the file win on the same id', async () => {
    const file = sampleData(TODAY);
    file.invoices = [{ ...file.invoices![0], number: 'RENUMBERED' }];
    file.clients = [];
    file.agreements = [];
    await importBackup(file, 'merge');
    expect(await invoices.count()).toBe(5);
    expect((await invoices.get('demo-invoice-1'))?.number).toBe('RENUMBERED');
  });

  it('replace removes rows that are not in the file', async () => {
    const file = sampleData(TODAY);
    file.invoices = file.invoices!.slice(0, 1);
    await importBackup(file, 'replace');
    expect(await invoices.count()).toBe(1);
  });

  it('publishes a JSON Schema for the file, generated from the entity schemas', () => {
    const schema = backupJsonSchema() as { properties: Record<string, { items?: { required?: string[] } }> };
    expect(Object.keys(schema.properties)).toContain('invoices');
    expect(schema.properties.invoices.items?.required).toEqual(expect.arrayContaining(['id', 'clientId', 'dueDate', 'amount', 'currency']));
  });
});

describe('documented backup format', () => {
  it('docs/backup.schema.json is the schema the import accepts (run `npm run schema` after changing a model)', async () => {
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync('docs/backup.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(backupJsonSchema())));
  });
});
