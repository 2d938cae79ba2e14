import { browser } from 'wxt/browser';
import { message } from '../i18n/messages';
import type { ClientSnapshot } from '../model';
import { readTabCaptures } from '../session/store';

/**
 * A tab whose page shows a client gets the "captured" icon (an amber dot) and a title naming the
 * client. The badge text stays global, so the overdue count is never hidden by a capture.
 */
const CAPTURED_ICON = { 16: '/icon/captured-16.png', 32: '/icon/captured-32.png' };
const PLAIN_ICON = { 16: '/icon/16.png', 32: '/icon/32.png' };

const capturedTitle = (snapshot: ClientSnapshot, overdueTooltip: string): string =>
  `${message('tabCaptured', [snapshot.client.displayName || snapshot.client.legalName || snapshot.platform])}\n${overdueTooltip}`;

export const markTabCaptured = async (tabId: number, snapshot: ClientSnapshot): Promise<void> => {
  const global = await browser.action.getTitle({});
  await browser.action.setIcon({ tabId, path: CAPTURED_ICON });
  await browser.action.setTitle({ tabId, title: capturedTitle(snapshot, global) });
};

export const unmarkTab = async (tabId: number): Promise<void> => {
  try {
    await browser.action.setIcon({ tabId, path: PLAIN_ICON });
    await browser.action.setTitle({ tabId, title: await browser.action.getTitle({}) });
  } catch {
    // The tab is gone.
  }
};

/** After a recount, the captured tabs' titles carry the new overdue summary. */
export const refreshCapturedTabs = async (overdueTooltip: string): Promise<void> => {
  for (const { source, tabId, snapshot } of await readTabCaptures()) {
    if (source !== 'capture') continue;
    try {
      await browser.action.setTitle({ tabId, title: capturedTitle(snapshot, overdueTooltip) });
    } catch {
      // The tab closed while the worker was asleep.
    }
  }
};
