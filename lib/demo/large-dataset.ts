import { addDays } from '../calendar';
import { BACKUP_FORMAT, type Backup } from '../db/backup';
import { SCHEMA_VERSION } from '../db/database';
import type { Client, Invoice } from '../model';
import type { CalendarDate } from '../model/common';

/**
 * A large, deterministic database for the benchmark: a busy freelancer's ten years of work, far
 * beyond what most will ever have. Invented names only.
 */
export const largeDataset = (clientCount: number, invoiceCount: number, today: CalendarDate): Backup => {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const now = `${today}T09:00:00.000Z`;
  const clients: Client[] = Array.from({ length: clientCount }, (_, i) => ({
    id: `bench-client-${i}`,
    kind: i % 3 === 0 ? 'individual' : 'company',
    displayName: `Client ${String(i).padStart(5, '0')}`,
    emails: [`billing${i}@client${i}.example`],
    phones: [],
    identifiers: {},
    platformProfiles: [],
    decision: { status: 'go' },
    createdAt: now,
    updatedAt: now,
  }));
  // Like a real ledger: old invoices are settled (a few written off or disputed), recent ones are a
  // mix of paid, sent and drafts — so a few hundred are overdue, not thousands.
  const statusOf = (ageDays: number): Invoice['status'] => {
    const r = random();
    if (ageDays > 120) return r < 0.97 ? 'paid' : r < 0.99 ? 'written-off' : 'disputed';
    return r < 0.45 ? 'paid' : r < 0.9 ? 'sent' : r < 0.97 ? 'draft' : 'disputed';
  };
  const invoices: Invoice[] = Array.from({ length: invoiceCount }, (_, i) => {
    const age = Math.floor(random() * 3650);
    const issued = addDays(today, -age);
    const status = statusOf(age);
    const amount = 10_000 + Math.floor(random() * 900_000);
    return {
      id: `bench-invoice-${i}`,
      clientId: `bench-client-${i % clientCount}`,
      number: `F${issued.slice(0, 4)}-${String(i).padStart(6, '0')}`,
      issueDate: issued,
      dueDate: addDays(issued, 30),
      amount,
      taxAmount: Math.round(amount / 6),
      currency: i % 5 === 0 ? 'USD' : 'EUR',
      status,
      payments: status === 'paid' ? [{ date: addDays(issued, 25), amount }] : [],
      chase: { stepsDone: [] },
      createdAt: now,
      updatedAt: now,
    };
  });
  return { format: BACKUP_FORMAT, version: SCHEMA_VERSION, exportedAt: now, clients, invoices };
};
