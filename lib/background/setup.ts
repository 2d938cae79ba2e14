import { browser } from 'wxt/browser';
import { receive, type Handlers } from '../messaging/receive';
import { ASSESSMENT_TABLES, assessStoredCapture, refreshCaptureAssessments } from './capture-assessments';
import { forgetCapture, saveCapture } from './captures';
import { tabCapture } from '../session/items';
import { followUpsAfterChange } from './after-change';
import { markTabCaptured, unmarkTab } from './tab-indicator';
import { createCheckClientMenu, onCheckClient } from './check-client-menu';
import { invoiceIdOfNotification, SUMMARY_NOTIFICATION } from './notifications';
import { HOURLY_ALARM, isRecountAlarm, recount, scheduleRecounts } from './overdue-watch';
import type { LedgerUpdate } from './ledger-store';
import { announceDueSteps, registerChaseWatch } from './chase-watch';
import { announceCheckIns, registerCheckInWatch } from './check-in-watch';
import { dashboardUrl } from '../navigation';
import { completeCapture } from '../capture/complete-capture';
import { contextMenus } from '../browser-differences';

/** Each `register*` adds its listeners synchronously: a stopped worker is woken by the event. */

const handlers: Handlers = {
  'cs-bg:client-captured': async ({ snapshot }, { tabId }) => {
    if (tabId === undefined) return { saved: false };
    const complete = completeCapture(snapshot);
    if (!complete) {
      await forgetCapture(tabId);
      await unmarkTab(tabId);
      return { saved: false };
    }
    await saveCapture(tabId, complete);
    await markTabCaptured(tabId, complete);
    // Ready before the popup opens, so its first screen shows the risk without loading the checks.
    void assessStoredCapture(tabCapture('capture', tabId), complete);
    return { saved: true };
  },
  'cs-bg:client-gone': async ({ leaving }, { tabId }) => {
    if (tabId !== undefined) {
      await forgetCapture(tabId);
      // A page being left takes its tab's icon and title with it: no action update to pay for.
      if (!leaving) await unmarkTab(tabId);
    }
    return { forgotten: true };
  },
  'ui-bg:data-changed': async ({ tables, invoiceIds }) => {
    // The badge first: its count is the answer. Settings (the language) and client names change
    // what it says, not what is owed.
    const how: LedgerUpdate | undefined = tables.includes('invoices')
      ? invoiceIds
        ? { kind: 'invoices', ids: invoiceIds }
        : { kind: 'rebuild' }
      : tables.includes('settings') || tables.includes('clients')
        ? { kind: 'as-is' }
        : undefined;
    const overdue = how ? await recount(how) : undefined;
    // A client saved, a look-up judged, a decision taken: what the popup shows of open captures.
    // Cheap (one indexed lookup per tab showing a client), so at once.
    if (tables.some((table) => (ASSESSMENT_TABLES as readonly string[]).includes(table))) {
      void refreshCaptureAssessments();
    }
    scanAfterChange(tables);
    return overdue === undefined ? {} : { overdue };
  },
};

const scanAfterChange = followUpsAfterChange([
  // A restored backup or a new invoice may bring chase steps already due: announced, once.
  // (A client renamed changes the names the popup's lists show.)
  { name: 'chase', tables: ['invoices', 'contacts', 'paymentPlans', 'settings', 'clients'], run: () => announceDueSteps() },
  // A payment that clears an invoice, a delivery or a contact logged changes who to check in with.
  { name: 'check-ins', tables: ['invoices', 'agreements', 'contacts', 'settings', 'clients'], run: () => announceCheckIns() },
]);

export const registerMessages = (): void => {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((raw, sender) => receive(raw, sender, handlers, own));
};

export const registerOverdueWatch = (): void => {
  browser.runtime.onInstalled.addListener(() => void scheduleRecounts());
  browser.runtime.onStartup.addListener(() => void scheduleRecounts());
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (!isRecountAlarm(alarm.name)) return;
    // Midnight only moves the date; the hourly one also reads every open invoice again, so a
    // change the ledger missed never outlives the hour.
    await recount(alarm.name === HOURLY_ALARM ? { kind: 'rebuild' } : { kind: 'as-is' });
    await scheduleRecounts();
  });
  // Every start of the worker (install, browser start, wake-up) recounts once.
  void recount();
  registerChaseWatch();
  registerCheckInWatch();
};

export const registerNotificationClicks = (): void => {
  browser.notifications.onClicked.addListener(async (notificationId) => {
    const invoiceId = invoiceIdOfNotification(notificationId);
    if (!invoiceId && notificationId !== SUMMARY_NOTIFICATION) return;
    await browser.tabs.create({ url: dashboardUrl({ view: 'invoices', id: invoiceId }) });
    await browser.notifications.clear(notificationId);
  });
};

export const registerTabCleanup = (): void => {
  browser.tabs.onRemoved.addListener((tabId) => void forgetCapture(tabId));
  // No listener on tab updates: it would wake the worker on every navigation of every site. A covered
  // page's content script reports its client on load and says it is gone when the page is left
  // (lib/capture/watch-page.ts); the browser resets a tab's own icon and title when it navigates.
};

export const registerCheckClientMenu = (): void => {
  browser.runtime.onInstalled.addListener(() => void createCheckClientMenu());
  contextMenus()?.onClicked.addListener((info, tab) => void onCheckClient(info, tab));
};
