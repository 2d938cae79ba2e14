import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { invoices } from '@/lib/db/repositories';
import { recount, scheduleRecounts, HOURLY_ALARM, MIDNIGHT_ALARM } from '@/lib/background/overdue-watch';
import { invoiceIdOfNotification } from '@/lib/background/notifications';
import { saveCapture } from '@/lib/background/captures';
import { tabCapture } from '@/lib/session/items';
import { readOverview, readSession } from '@/lib/session/store';
import { freshDatabase, withSampleData } from '../db/helpers';
import { makeSnapshot } from '../builders';
import { sampleData } from '@/lib/demo/sample-data';
import { importBackup } from '@/lib/db/backup';
import { todayIn } from '@/lib/calendar';
import { forgetLedgerForTests } from '@/lib/background/ledger-store';
import { forgetShownForTests } from '@/lib/background/badge';

// Each test is a freshly started worker: no ledger held, nothing shown.
beforeEach(() => {
  forgetLedgerForTests();
  forgetShownForTests();
});

describe('overdue watch (fake browser)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // The fake browser has no notifications API: record what would be shown.
    (browser as unknown as { notifications: unknown }).notifications = { create: vi.fn(async () => 'id') };
  });

  it('sets the badge to the overdue count and the tooltip to the totals per currency', async () => {
    await withSampleData(todayIn());
    expect(await recount()).toBe(2);
    expect(await browser.action.getBadgeText({})).toBe('2');
    expect(await browser.action.getTitle({})).toBe('ClientCheck — 2 invoices overdue: €6,600.00 + £1,200.00');
  });

  it('clears the badge when nothing is overdue', async () => {
    await freshDatabase();
    expect(await recount()).toBe(0);
    expect(await browser.action.getBadgeText({})).toBe('');
  });

  it('notifies once per invoice, never twice across recounts and restarts', async () => {
    await withSampleData(todayIn());
    const create = browser.notifications.create as unknown as ReturnType<typeof vi.fn>;
    await recount();
    await recount();
    expect(create).toHaveBeenCalledTimes(2);
    const ids = create.mock.calls.map((call) => invoiceIdOfNotification(call[0] as string));
    expect(ids.sort()).toEqual(['demo-invoice-1', 'demo-invoice-2']);

    // A third invoice falls overdue: only it is announced.
    const third = (await invoices.get('demo-invoice-3'))!;
    await invoices.put({ ...third, dueDate: '2020-01-01' });
    await recount();
    expect(create).toHaveBeenCalledTimes(3);
    expect(invoiceIdOfNotification(create.mock.calls[2][0] as string)).toBe('demo-invoice-3');
  });

  it('reads only the invoices a page says it changed; a rebuild reads them all', async () => {
    await withSampleData(todayIn());
    expect(await recount()).toBe(2);
    const late = (await invoices.get('demo-invoice-1'))!;
    await invoices.put({ ...late, status: 'paid', payments: [{ date: todayIn(), amount: late.amount }] });
    expect(await recount({ kind: 'invoices', ids: ['demo-invoice-1'] })).toBe(1);
    expect(await browser.action.getTitle({})).toBe('ClientCheck — 1 invoice overdue: £1,200.00');
    // An invoice deleted leaves the ledger too.
    await invoices.delete('demo-invoice-2');
    expect(await recount({ kind: 'invoices', ids: ['demo-invoice-2'] })).toBe(0);
    // A change nobody reported is only seen by a rebuild (the hourly alarm, the next start).
    const soon = (await invoices.get('demo-invoice-3'))!;
    await invoices.put({ ...soon, dueDate: '2020-01-01' });
    expect(await recount({ kind: 'as-is' })).toBe(0);
    expect(await recount()).toBe(1);
  });

  it('schedules an hourly recount and one just after local midnight', async () => {
    await withSampleData();
    const now = new Date(2026, 2, 15, 22, 30);
    await scheduleRecounts(now);
    const hourly = await browser.alarms.get(HOURLY_ALARM);
    const midnight = await browser.alarms.get(MIDNIGHT_ALARM);
    expect(hourly?.periodInMinutes).toBe(60);
    expect(midnight?.scheduledTime).toBe(new Date(2026, 2, 16, 0, 1).getTime());
  });

  it('keeps the latest capture per tab in session storage', async () => {
    const snapshot = makeSnapshot({ client: { displayName: 'Acme' } });
    await saveCapture(3, snapshot);
    await saveCapture(3, { ...snapshot, client: { displayName: 'Acme Ltd' } });
    expect((await readSession(tabCapture('capture', 3)))?.client.displayName).toBe('Acme Ltd');
    expect(await readSession(tabCapture('capture', 4))).toBeUndefined();
  });
});

describe('many invoices falling overdue at once', () => {
  it('become one summary notification, and are not announced again', async () => {
    fakeBrowser.reset();
    (browser as unknown as { notifications: unknown }).notifications = { create: vi.fn(async () => 'id') };
    await freshDatabase();
    const file = sampleData(todayIn());
    file.invoices = Array.from({ length: 6 }, (_, i) => ({ ...file.invoices![0], id: `late-${i}`, number: `L${i}` }));
    await importBackup(file, 'replace');
    await recount();
    await recount();
    const create = browser.notifications.create as unknown as ReturnType<typeof vi.fn>;
    expect(create).toHaveBeenCalledOnce();
    expect(create.mock.calls[0][0]).toBe('overdue-summary');
    expect(create.mock.calls[0][1]).toMatchObject({ title: '6 invoices fell overdue' });
  });
});

describe('the overview the popup paints first', () => {
  it('is written by every recount, for today only', async () => {
    fakeBrowser.reset();
    (browser as unknown as { notifications: unknown }).notifications = { create: vi.fn(async () => 'id') };
    await withSampleData(todayIn());
    await recount();
    const cached = await readOverview(todayIn());
    expect(cached).toMatchObject({ overdueTotal: 2, dueSoonTotal: 1, dueSoonDays: 7 });
    expect(cached?.overdue.map((line) => line.invoice.number)).toEqual(['F2026-014', 'F2026-015']);
    expect(await readOverview('1999-01-01')).toBeUndefined();
  });
});
