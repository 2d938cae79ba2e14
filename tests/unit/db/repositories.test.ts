import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import { clients, invoices, loadSettings, saveSettings } from '@/lib/db/repositories';
import { sentInvoices } from '@/lib/db/queries';
import { dueSoonEntries, ledgerOf, overdueEntries } from '@/lib/billing/open-ledger';
import { overview } from '@/lib/db/overview';
import { TODAY, freshDatabase, withSampleData } from './helpers';

/** What the badge counts and the popup lists, read as they read it: the sent invoices through [status+dueDate], then the ledger. */
const overdueInvoices = async (today: string) => overdueEntries(ledgerOf(await sentInvoices()), today);
const dueSoonInvoices = async (today: string, days: number) => dueSoonEntries(ledgerOf(await sentInvoices()), today, days);

describe('repositories', () => {
  beforeEach(async () => {
    await withSampleData();
  });

  it('finds the overdue invoices through the [status+dueDate] index, most late first', async () => {
    const overdue = await overdueInvoices(TODAY);
    expect(overdue.map((i) => i.number)).toEqual(['F2026-014', 'F2026-015']);
  });

  it('does not count an invoice due today, a paid one, a draft, or a sent one fully paid', async () => {
    const sent = (await invoices.get('demo-invoice-1'))!;
    await invoices.put({ ...sent, id: 'due-today', number: 'T1', dueDate: TODAY });
    await invoices.put({ ...sent, id: 'paid-in-full', number: 'T2', payments: [{ date: TODAY, amount: sent.amount }] });
    await invoices.put({ ...sent, id: 'draft', number: 'T3', status: 'draft' });
    expect((await overdueInvoices(TODAY)).map((i) => i.number)).toEqual(['F2026-014', 'F2026-015']);
  });

  it('lists what falls due in the next N days', async () => {
    expect((await dueSoonInvoices(TODAY, 7)).map((i) => i.number)).toEqual(['F2026-016']);
    expect(await dueSoonInvoices(TODAY, 1)).toEqual([]);
  });

  it('refuses to store an invalid row and names the field', async () => {
    const invoice = (await invoices.get('demo-invoice-1'))!;
    await expect(invoices.put({ ...invoice, dueDate: '2026-02-30' })).rejects.toThrow(/invoices row 1, field "dueDate": not a real calendar date/);
  });

  it('validates on read: a row damaged outside the app is refused with its field', async () => {
    await db().invoices.update('demo-invoice-1', { currency: 'euro' });
    await expect(invoices.get('demo-invoice-1')).rejects.toThrow(/field "currency"/);
  });

  it('indexes clients by platform id, email and company ids, to recognise them on sight', async () => {
    const byPlatform = await db().clients.where('platformIds').equals('upwork:~021000000000000000001').toArray();
    expect(byPlatform.map((c) => c.id)).toEqual(['demo-client-northwind']);
    const byEmail = await db().clients.where('emails').equals('camille@atelier-lumiere.example').toArray();
    expect(byEmail.map((c) => c.id)).toEqual(['demo-client-atelier']);
    const bySiren = await db().clients.where('identifiers.siren').equals('123456782').toArray();
    expect(bySiren.map((c) => c.id)).toEqual(['demo-client-atelier']);
  });

  it('deleting a client deletes its invoices, agreements and checks', async () => {
    await db().checks.put({ id: 'c1', clientId: 'demo-client-atelier', item: 'phone-obtained', state: 'done' });
    await db().checks.put({ id: 'c2', clientId: 'demo-client-marco', item: 'phone-obtained', state: 'todo' });
    await clients.delete('demo-client-atelier');
    expect((await db().checks.toArray()).map((c) => c.id)).toEqual(['c2']);
    expect(await db().invoices.where('clientId').equals('demo-client-atelier').count()).toBe(0);
    expect(await db().agreements.where('clientId').equals('demo-client-atelier').count()).toBe(0);
    expect(await db().invoices.count()).toBe(3);
  });

  it('settings: defaults for an empty database, validated on write', async () => {
    await freshDatabase();
    const settings = await loadSettings();
    expect(settings).toMatchObject({ language: 'auto', homeJurisdiction: 'FR', dueSoonDays: 7, defaultCurrency: 'EUR' });
    await saveSettings({ ...settings, dueSoonDays: 14 });
    expect((await loadSettings()).dueSoonDays).toBe(14);
    await expect(saveSettings({ ...settings, dueSoonDays: 0 })).rejects.toThrow();
  });

  it('settings: a damaged row falls back to defaults instead of breaking every page', async () => {
    await db().settings.put({ id: 'settings', language: 'klingon' } as never);
    expect((await loadSettings()).language).toBe('auto');
  });

  it('overview: counts and totals cover every overdue invoice; names only for the lines shown', async () => {
    const data = await overview(TODAY, 1);
    expect(data.overdueTotal).toBe(2);
    expect(data.overdue).toHaveLength(1);
    expect(data.overdue[0]).toMatchObject({ clientName: 'Atelier Lumière', balance: 660000, daysLate: 12 });
    expect(data.overdueTotals).toEqual([
      ['EUR', 660000],
      ['GBP', 120000],
    ]);
    expect(data.dueSoonTotal).toBe(1);
  });
});
