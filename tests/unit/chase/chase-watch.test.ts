import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { addDays } from '@/lib/calendar';
import { invoices, loadSettings, saveSettings } from '@/lib/db/repositories';
import { withStepDone } from '@/lib/chase/records';
import type { ClientCheckDatabase } from '@/lib/db/database';
import { withSampleData } from '../db/helpers';
import { CHASE_TODAY } from '@/lib/session/items';
import { readSession } from '@/lib/session/store';

const TODAY = '2026-03-15';
type Create = ReturnType<typeof vi.fn>;

let database: ClientCheckDatabase;

/** The module as a restarted service worker would load it: nothing kept in memory but the database and storage. */
const freshWatch = async () => {
  vi.resetModules();
  (await import('@/lib/db/database')).useDatabaseForTests(database);
  return import('@/lib/background/chase-watch');
};

describe('chase watch (fake browser): one notification for the steps that fell due', () => {
  let create: Create;
  beforeEach(async () => {
    fakeBrowser.reset();
    create = vi.fn(async () => 'id');
    // The fake browser has no notifications API: record what would be shown.
    (browser as unknown as { notifications: unknown }).notifications = { create };
    database = await withSampleData(TODAY);
    await saveSettings({ ...(await loadSettings()), language: 'en' });
  });

  it('lists the steps due in one notification, each invoice once, with its step and what is owed', async () => {
    const { announceDueSteps, CHASE_NOTIFICATION } = await freshWatch();
    // F2026-014 is 12 days late (friendly and second reminders due), F2026-015 3 days late (friendly reminder).
    const fresh = await announceDueSteps(TODAY);
    expect(fresh.map((s) => `${s.invoiceNumber} ${s.stepId}`)).toEqual([
      'F2026-014 friendly-reminder',
      'F2026-014 second-reminder',
      'F2026-015 friendly-reminder',
    ]);
    expect(create).toHaveBeenCalledTimes(1);
    const [id, options] = create.mock.calls[0] as [string, { title: string; message: string }];
    expect(id).toBe(CHASE_NOTIFICATION);
    expect(options.title).toBe('3 chase steps are due');
    expect(options.message).toBe(
      ['F2026-014 (Atelier Lumière): Friendly reminder and call, €6,600.00 owed', 'F2026-015 (Northwind Studio Ltd): Friendly reminder and call, £1,200.00 owed'].join('\n'),
    );
  });

  it("keeps today's next action per invoice for the popup, announced or not, in storage.session", async () => {
    const { announceDueSteps } = await freshWatch();
    await announceDueSteps(TODAY);
    await announceDueSteps(TODAY);
    const chaseToday = await readSession(CHASE_TODAY);
    expect(chaseToday).toMatchObject({
      total: 2,
      first: [
        { invoiceNumber: 'F2026-014', stepId: 'friendly-reminder', alsoDue: 1 },
        { invoiceNumber: 'F2026-015', stepId: 'friendly-reminder', alsoDue: 0 },
      ],
    });
  });

  it('never announces a step twice: not on the next alarm, not after a restart', async () => {
    await (await freshWatch()).announceDueSteps(TODAY);
    await (await freshWatch()).announceDueSteps(TODAY);
    const { announceDueSteps } = await freshWatch();
    await Promise.all([announceDueSteps(TODAY), announceDueSteps(TODAY)]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('catches up the days the browser was closed in one notification, once', async () => {
    await (await freshWatch()).announceDueSteps(TODAY);
    // Closed for five days: F2026-014's final reminder (D+15), F2026-015's second reminder (D+7) and F2026-016's
    // friendly reminder (it fell due the day before) all fell due meanwhile.
    const later = addDays(TODAY, 5);
    const { announceDueSteps } = await freshWatch();
    const fresh = await announceDueSteps(later);
    expect(fresh.map((s) => `${s.invoiceNumber} ${s.stepId}`)).toEqual([
      'F2026-014 final-reminder',
      'F2026-015 second-reminder',
      'F2026-016 friendly-reminder',
    ]);
    expect(create).toHaveBeenCalledTimes(2);
    expect((create.mock.calls[1][1] as { title: string }).title).toBe('3 chase steps are due');
    await announceDueSteps(later);
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('a step done before it was announced is never announced; a paid invoice is forgotten', async () => {
    const invoice = (await invoices.get('demo-invoice-2'))!;
    await invoices.put(withStepDone(invoice, 'friendly-reminder', TODAY, 'email', '2026-03-15T10:00:00.000Z'));
    const { announceDueSteps } = await freshWatch();
    expect((await announceDueSteps(TODAY)).map((s) => s.invoiceId)).toEqual(['demo-invoice-1', 'demo-invoice-1']);
    const paid = (await invoices.get('demo-invoice-1'))!;
    await invoices.put({ ...paid, status: 'paid', payments: [{ date: TODAY, amount: paid.amount }] });
    await announceDueSteps(TODAY);
    const stored = (await browser.storage.local.get('announcedChaseSteps')).announcedChaseSteps as string[];
    expect(stored.some((key) => key.startsWith('demo-invoice-1|'))).toBe(false);
  });

  it('nothing due, nothing shown', async () => {
    const { announceDueSteps } = await freshWatch();
    expect(await announceDueSteps(addDays(TODAY, -40))).toEqual([]);
    expect(create).not.toHaveBeenCalled();
  });
});
