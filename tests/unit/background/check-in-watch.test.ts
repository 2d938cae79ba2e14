import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { clients, contacts, invoices, loadSettings, saveSettings } from '@/lib/db/repositories';
import type { ClientCheckDatabase } from '@/lib/db/database';
import { frenchCompany } from '../builders';
import { freshDatabase } from '../db/helpers';
import { CHECK_INS } from '@/lib/session/items';
import { readSession } from '@/lib/session/store';

let database: ClientCheckDatabase;

/** The module as a restarted service worker would load it: only the database and storage survive. */
const freshWatch = async () => {
  vi.resetModules();
  (await import('@/lib/db/database')).useDatabaseForTests(database);
  return import('@/lib/background/check-in-watch');
};

const paidInvoice = {
  id: 'inv-1',
  clientId: 'client-1',
  number: 'F2026-001',
  issueDate: '2026-02-01',
  dueDate: '2026-03-01',
  amount: 120_000,
  taxAmount: 20_000,
  currency: 'EUR',
  status: 'paid' as const,
  payments: [{ date: '2026-03-01', amount: 120_000 }],
  chase: { stepsDone: [] },
  createdAt: '2026-02-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
};

describe('check-in watch (fake browser)', () => {
  let create: ReturnType<typeof vi.fn>;
  beforeEach(async () => {
    fakeBrowser.reset();
    create = vi.fn(async () => 'id');
    (browser as unknown as { notifications: unknown }).notifications = { create };
    database = await freshDatabase();
    await clients.put(frenchCompany());
    await invoices.put(paidInvoice);
    await saveSettings({ ...(await loadSettings()), language: 'en', checkInDays: 14 });
  });

  it('announces a client once the waiting time after the last payment has passed, and never twice', async () => {
    expect(await (await freshWatch()).announceCheckIns('2026-03-14')).toEqual([]);
    const fresh = await (await freshWatch()).announceCheckIns('2026-03-15');
    expect(fresh.map((d) => d.clientName)).toEqual(['Atelier Dupont']);
    expect(create).toHaveBeenCalledTimes(1);
    expect((create.mock.calls[0] as [string, { title: string }])[1].title).toBe('Time to check in with Atelier Dupont');
    await (await freshWatch()).announceCheckIns('2026-03-16');
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('keeps the first lines of the list and its total for the popup, in storage.session', async () => {
    for (let i = 2; i <= 8; i++) {
      await clients.put({ ...frenchCompany(), id: `client-${i}`, displayName: `Client ${i}` });
      await invoices.put({ ...paidInvoice, id: `inv-${i}`, clientId: `client-${i}` });
    }
    await (await freshWatch()).announceCheckIns('2026-03-20');
    const checkIns = await readSession(CHECK_INS);
    expect(checkIns.total).toBe(8);
    expect(checkIns.first.map((c) => c.clientName)).toEqual(['Atelier Dupont', 'Client 2', 'Client 3', 'Client 4', 'Client 5']);
  });

  it('stops asking once a contact is logged with the client', async () => {
    await contacts.put({ id: 'c1', clientId: 'client-1', on: '2026-03-10', channel: 'call', summary: 'How did it go?' });
    expect(await (await freshWatch()).announceCheckIns('2026-03-20')).toEqual([]);
    expect(create).not.toHaveBeenCalled();
  });
});
