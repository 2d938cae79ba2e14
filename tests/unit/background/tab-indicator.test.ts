import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { forgetShownForTests, showOverdue } from '@/lib/background/badge';
import { markTabCaptured, unmarkTab } from '@/lib/background/tab-indicator';
import { makeSnapshot } from '../builders';

const snapshot = makeSnapshot({ client: { displayName: 'Brightpeak Studio' } });

describe("a captured tab's title (fake browser)", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetShownForTests();
    // The fake browser draws no icons: record them.
    (browser.action as unknown as { setIcon: unknown }).setIcon = vi.fn(async () => {});
  });

  it("names the client above the overdue summary a worker just started reads from the browser", async () => {
    await browser.action.setTitle({ title: 'ClientCheck — 1 invoice overdue: £1,200.00' });
    await markTabCaptured(7, snapshot);
    expect(await browser.action.getTitle({ tabId: 7 })).toMatch(/Brightpeak Studio.*\nClientCheck — 1 invoice overdue: £1,200\.00$/s);
    expect(browser.action.setIcon).toHaveBeenCalledWith(expect.objectContaining({ tabId: 7 }));
  });

  it('takes the overdue summary from what this worker last showed, without asking the browser on every capture', async () => {
    await showOverdue({ count: 2, tooltip: 'ClientCheck — 2 invoices overdue: €6,600.00', overdue: [] });
    const asked = vi.spyOn(browser.action, 'getTitle');
    await markTabCaptured(7, snapshot);
    await unmarkTab(8);
    expect(asked).not.toHaveBeenCalled();
    asked.mockRestore();
    expect(await browser.action.getTitle({ tabId: 7 })).toMatch(/Brightpeak Studio.*\nClientCheck — 2 invoices overdue: €6,600\.00$/s);
    expect(await browser.action.getTitle({ tabId: 8 })).toBe('ClientCheck — 2 invoices overdue: €6,600.00');
  });
});
