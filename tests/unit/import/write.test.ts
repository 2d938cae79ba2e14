import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/database';
import { clients as clientRepo, invoices as invoiceRepo } from '../../../lib/db/repositories';
import { planImport, writesOf } from '../../../lib/import/plan';
import type { ImportedInvoice } from '../../../lib/import/types';
import { writeImport } from '../../../lib/import/write';
import { defaultSettings } from '../../../lib/model/settings';
import { freshDatabase } from '../db/helpers';

const imported = (number: string, buyer: string): ImportedInvoice => ({
  file: 'list.csv',
  format: 'csv',
  position: 'row 2',
  kind: 'invoice',
  number,
  issueDate: '2026-09-01',
  currency: 'EUR',
  amount: 120_000,
  taxAmount: 20_000,
  seller: {},
  buyer: { name: buyer },
  problems: [],
});

const plan = (invoices: ImportedInvoice[]) =>
  planImport({
    invoices: invoices.map((imported, i) => ({ key: `k${i}`, file: { name: 'list.csv', sha256: 'b'.repeat(64), format: 'csv' }, imported })),
    clients: [],
    invoicesOnRecord: [],
    agreements: [],
    settings: defaultSettings(),
    edits: {},
    today: '2026-12-01',
  });

let n = 0;
const context = { now: '2026-12-01T10:00:00.000Z', newId: () => `id-${n++}` };

describe('writing an import', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('writes every new client and invoice through the repositories, with the paidOn index and the source', async () => {
    const writes = writesOf(plan([imported('F-1', 'Orme'), imported('F-2', 'Orme'), imported('F-3', 'Lumière')]), { invoicesOnRecord: [], today: '2026-12-01' }, context);
    await writeImport(writes);
    expect(await db().clients.count()).toBe(2);
    expect(await db().invoices.count()).toBe(3);
    const stored = await invoiceRepo.get(writes.invoices[0].id);
    expect(stored?.source).toEqual({ format: 'csv', fileName: 'list.csv', sha256: 'b'.repeat(64), importedAt: context.now });
    expect((await clientRepo.get(writes.clients[0].id))?.displayName).toBe('Orme');
  });

  it('writes nothing at all when one row is refused, even the rows before it', async () => {
    const writes = writesOf(plan([imported('F-1', 'Orme'), imported('F-2', 'Lumière')]), { invoicesOnRecord: [], today: '2026-12-01' }, context);
    // A row that got past the preview but that the schema refuses (as a row edited meanwhile could be).
    writes.invoices[1] = { ...writes.invoices[1], dueDate: '2026-02-30' };
    await expect(writeImport(writes)).rejects.toThrow(/invoices.*dueDate/);
    expect(await db().clients.count()).toBe(0);
    expect(await db().invoices.count()).toBe(0);
  });
});
