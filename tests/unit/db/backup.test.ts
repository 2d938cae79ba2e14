import { beforeEach, describe, expect, it } from 'vitest';
import { BackupRefused, backupJsonSchema, checkBackup, deleteAllData, exportBackup, importBackup, importBackupFile, type Backup } from '@/lib/db/backup';
import { db } from '@/lib/db/database';
import { clients, contacts, invoices, paymentPlans } from '@/lib/db/repositories';
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

  // A problem with the whole file names the file, not a "(file)" table and a row 1 that do not exist.
  it.each([
    ['not an object', 42, { message: 'not a ClientCheck backup' }],
    ['a list', [], { message: 'not a ClientCheck backup' }],
    ['wrong format', { format: 'other', version: 1, exportedAt: '2026-01-01T00:00:00.000Z' }, { message: 'not a ClientCheck backup' }],
    [
      'a version from the future',
      { format: 'clientcheck-backup', version: 99, exportedAt: '2026-01-01T00:00:00.000Z' },
      { field: 'version', message: 'written by a newer ClientCheck (format version 99): update ClientCheck, then import it' },
    ],
    ['no version', { format: 'clientcheck-backup', exportedAt: '2026-01-01T00:00:00.000Z' }, { field: 'version', message: 'no format version ClientCheck knows' }],
    ['a bad export time', { format: 'clientcheck-backup', version: 1, exportedAt: 'yesterday' }, { field: 'exportedAt', message: 'the export time is not a date and time' }],
    [
      'a table that is not a list',
      { format: 'clientcheck-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', clients: {} },
      { table: 'clients', message: 'expected a list of rows' },
    ],
  ])('refuses %s, saying where', (_label, input, error) => {
    expect(checkBackup(input)).toEqual({ ok: false, error });
  });

  it.each([
    ['a tax amount above the invoice amount', { amount: 100_00, taxAmount: 150_00 }, 'taxAmount', 'the tax amount is more than the invoice amount'],
    [
      'payments above the invoice amount',
      { amount: 100_00, taxAmount: 0, payments: [{ date: '2026-01-02', amount: 80_00 }, { date: '2026-01-03', amount: 30_00 }] },
      'payments',
      'the payments add up to more than the invoice amount',
    ],
    ['a due date in the year 9999', { dueDate: '9999-12-31' }, 'dueDate', 'expected a year from 1900 to 2199'],
    ['an issue date in the year 0', { issueDate: '0000-01-01' }, 'issueDate', 'expected a year from 1900 to 2199'],
  ])('refuses an invoice with %s, naming the row and the field', (_label, patch, field, message) => {
    const file = JSON.parse(JSON.stringify(sampleData(TODAY)));
    Object.assign(file.invoices[1], patch);
    expect(checkBackup(file)).toEqual({ ok: false, error: { table: 'invoices', row: 1, field, message } });
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

describe('a backup file checked as it is written', () => {
  beforeEach(async () => {
    await withSampleData();
  });

  const exported = async () => JSON.parse(JSON.stringify(await exportBackup(new Date('2026-03-15T10:00:00Z')))) as Record<string, unknown[]>;

  // Slices of one row: every row is handed to the database while the next is checked.
  it.each([1, 2, 2_000])('Replace in slices of %i gives back identical data', async (slice) => {
    const file = await exported();
    await deleteAllData();
    const outcome = await importBackupFile(file, 'replace', slice);
    expect(outcome).toMatchObject({ ok: true, counts: { clients: 3, invoices: 5 } });
    expect(JSON.parse(JSON.stringify(await exportBackup(new Date('2026-03-15T10:00:00Z'))))).toEqual(file);
  });

  it('a bad row in the last table, after the first tables were handed over, leaves what was stored untouched', async () => {
    const before = await exportBackup(new Date('2026-03-15T10:00:00Z'));
    const file = await exported();
    file.clients = [...file.clients!, { ...(file.clients![0] as object), id: 'new-client' }];
    (file.invoices![4] as { amount: unknown }).amount = 'lots';
    const outcome = await importBackupFile(file, 'replace', 1);
    expect(outcome).toEqual({ ok: false, error: { table: 'invoices', row: 4, field: 'amount', message: expect.any(String) } });
    expect(await exportBackup(new Date('2026-03-15T10:00:00Z'))).toEqual(before);
    expect(await clients.get('new-client')).toBeUndefined();
  });

  it('names the same problem as the check alone: the first bad row, then duplicate ids, then references', async () => {
    const file = await exported();
    file.invoices = [...file.invoices!, file.invoices![1]!];
    (file.invoices![0] as { clientId: string }).clientId = 'gone';
    const alone = checkBackup(JSON.parse(JSON.stringify(file)));
    expect(alone).toMatchObject({ ok: false, error: { table: 'invoices', row: 5, field: 'id' } });
    expect(await importBackupFile(file, 'merge', 2)).toEqual(alone);
    expect(await invoices.count()).toBe(5);
  });

  it('refuses a file that is not a backup before writing anything', async () => {
    expect(await importBackupFile({ format: 'other' }, 'replace')).toEqual({ ok: false, error: { message: 'not a ClientCheck backup' } });
    expect(await clients.count()).toBe(3);
  });
});

describe('references between rows', () => {
  beforeEach(async () => {
    await withSampleData();
  });

  const file = (): Backup => JSON.parse(JSON.stringify(sampleData(TODAY)));
  const contact = (over: Record<string, unknown>) => ({ id: 'contact-x', clientId: 'demo-client-atelier', on: TODAY, channel: 'call', summary: 'Called', ...over });

  it.each<[string, (f: Backup) => void, { table: string; row: number; field: string }]>([
    ['an invoice of a client not in the file', (f) => (f.invoices![2]!.clientId = 'gone'), { table: 'invoices', row: 2, field: 'clientId' }],
    ['an agreement of a client not in the file', (f) => (f.agreements![0]!.clientId = 'gone'), { table: 'agreements', row: 0, field: 'clientId' }],
    [
      'a check of a client not in the file',
      (f) => (f.checks = [{ id: 'k', clientId: 'gone', item: 'phone-obtained', state: 'done' }]),
      { table: 'checks', row: 0, field: 'clientId' },
    ],
    [
      'a look-up of a client not in the file',
      (f) => (f.lookups = [{ id: 'l', clientId: 'gone', provider: 'x', query: 'q', url: 'https://example.org/', openedAt: '2026-01-01T00:00:00.000Z' }]),
      { table: 'lookups', row: 0, field: 'clientId' },
    ],
    ['a contact about an invoice not in the file', (f) => (f.contacts = [contact({ invoiceId: 'gone' }) as never]), { table: 'contacts', row: 0, field: 'invoiceId' }],
    [
      'a payment plan for an invoice not in the file',
      (f) =>
        (f.paymentPlans = [
          { id: 'p', clientId: 'demo-client-atelier', invoiceIds: ['demo-invoice-1', 'gone'], instalments: [{ dueDate: TODAY, amount: 100 }], currency: 'EUR', createdAt: '2026-01-01T00:00:00.000Z' },
        ]),
      { table: 'paymentPlans', row: 0, field: 'invoiceIds.1' },
    ],
  ])('Replace refuses %s, naming table, row and field', (_label, spoil, where) => {
    const f = file();
    spoil(f);
    const checked = checkBackup(f);
    expect(checked).toEqual({ ok: false, error: { ...where, message: expect.stringMatching(/^points at (a client|an invoice) \(gone\) that is not in the file$/) } });
  });

  it('Merge lets rows point at clients and invoices already stored', async () => {
    const f = { format: 'clientcheck-backup', version: 2, exportedAt: '2026-03-15T10:00:00.000Z', contacts: [contact({ invoiceId: 'demo-invoice-1' })] };
    expect(checkBackup(f)).toMatchObject({ ok: false, error: { table: 'contacts', row: 0, field: 'clientId' } });
    expect(await importBackupFile(f, 'merge')).toMatchObject({ ok: true, counts: { contacts: 1 } });
    expect((await contacts.get('contact-x'))?.invoiceId).toBe('demo-invoice-1');
  });

  it('Merge refuses a row pointing at what is neither in the file nor stored', async () => {
    const f = { format: 'clientcheck-backup', version: 2, exportedAt: '2026-03-15T10:00:00.000Z', contacts: [contact({ clientId: 'gone' })] };
    expect(await importBackupFile(f, 'merge')).toEqual({
      ok: false,
      error: { table: 'contacts', row: 0, field: 'clientId', message: 'points at a client (gone) that is not in the file nor stored here' },
    });
    expect(await contacts.get('contact-x')).toBeUndefined();
  });

  it('Replace does not let rows point at what is stored: the file must stand alone', async () => {
    const f = { format: 'clientcheck-backup', version: 2, exportedAt: '2026-03-15T10:00:00.000Z', contacts: [contact({})] };
    expect(await importBackupFile(f, 'replace')).toMatchObject({ ok: false, error: { table: 'contacts', row: 0, field: 'clientId' } });
    expect(await clients.count()).toBe(3);
  });

  it('the sample data, merged, checks again as it writes: a client deleted since the check refuses it, and nothing is written', async () => {
    const f = { format: 'clientcheck-backup', version: 2, exportedAt: '2026-03-15T10:00:00.000Z', contacts: [contact({ clientId: 'demo-client-marco' })] };
    const checked = checkBackup(f, { clients: new Set(['demo-client-marco']), invoices: new Set() });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    await clients.delete('demo-client-marco');
    const refused = await importBackup(checked.backup, 'merge').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BackupRefused);
    expect((refused as BackupRefused).refusal).toMatchObject({ table: 'contacts', row: 0, field: 'clientId' });
    expect(await contacts.get('contact-x')).toBeUndefined();
  });

  it('export leaves out references to invoices an older version deleted, so the file imports again', async () => {
    // As an older version left them: the invoice deleted alone.
    await db().contacts.put(contact({ id: 'c-old', invoiceId: 'deleted-invoice' }) as never);
    await db().paymentPlans.bulkPut([
      { id: 'p-both', clientId: 'demo-client-atelier', invoiceIds: ['demo-invoice-1', 'deleted-invoice'], instalments: [{ dueDate: TODAY, amount: 100 }], currency: 'EUR', createdAt: '2026-01-01T00:00:00.000Z' },
      { id: 'p-gone', clientId: 'demo-client-atelier', invoiceIds: ['deleted-invoice'], instalments: [{ dueDate: TODAY, amount: 100 }], currency: 'EUR', createdAt: '2026-01-01T00:00:00.000Z' },
    ]);
    const exported = await exportBackup();
    expect(exported.contacts?.find((c) => c.id === 'c-old')).not.toHaveProperty('invoiceId');
    expect(exported.paymentPlans?.map((p) => [p.id, p.invoiceIds])).toEqual([['p-both', ['demo-invoice-1']]]);
    const checked = checkBackup(JSON.parse(JSON.stringify(exported)));
    expect(checked.ok).toBe(true);
  });

  it('deleting an invoice leaves nothing naming it', async () => {
    await contacts.put(contact({ id: 'c-1', invoiceId: 'demo-invoice-1' }) as never);
    await paymentPlans.put({
      id: 'p-1', clientId: 'demo-client-atelier', invoiceIds: ['demo-invoice-1'], instalments: [{ dueDate: TODAY, amount: 100 }], currency: 'EUR', createdAt: '2026-01-01T00:00:00.000Z',
    });
    await invoices.delete('demo-invoice-1');
    expect(await contacts.get('c-1')).not.toHaveProperty('invoiceId');
    expect(await paymentPlans.get('p-1')).toBeUndefined();
    expect(checkBackup(JSON.parse(JSON.stringify(await exportBackup()))).ok).toBe(true);
  });
});

describe('documented backup format', () => {
  it('docs/backup.schema.json is the schema the import accepts (run `npm run schema` after changing a model)', async () => {
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync('docs/backup.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(backupJsonSchema())));
  });
});
