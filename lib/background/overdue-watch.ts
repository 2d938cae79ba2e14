import { browser } from 'wxt/browser';
import { clientNames } from '../db/queries';
import { loadSettings } from '../db/repositories';
import { msUntilLocalMidnight } from '../calendar';
import { resolveLanguage, setLanguage } from '../i18n/messages';
import type { OpenLedger } from '../billing/open-ledger';
import { overdueState, showOverdue } from './badge';
import { updateLedger, type LedgerUpdate } from './ledger-store';
import { POPUP_LINES } from '../session/popup-list';
import { notifyNewlyOverdue } from './notifications';
import { refreshCapturedTabs } from './tab-indicator';
import { OVERVIEW } from '../session/items';
import { writeSession } from '../session/store';
import { overview } from '../db/overview';
import { todayIn } from '../calendar';
import { MEASURES, timed } from '../timing';

/**
 * Keeps the badge right: at start-up, hourly, at local midnight (when invoices fall due), and on
 * every change the pages report. After sleep or a closed browser, the alarms and start-up catch up.
 */
export const HOURLY_ALARM = 'recount-hourly';
export const MIDNIGHT_ALARM = 'recount-midnight';

/**
 * Recounts from the ledger of open invoices, brought up to date as `how` says: by default read
 * whole from the database (start-up, the hourly alarm); patched when the pages say which invoices
 * changed. The badge is set first; the popup's overview and the notifications follow.
 */
export const recount = async (how: LedgerUpdate = { kind: 'rebuild' }): Promise<number> => {
  const settings = await loadSettings();
  setLanguage(resolveLanguage(settings.language));
  const today = todayIn();
  let ledger: OpenLedger = [];
  const state = await timed(MEASURES.recount, async () => {
    ledger = await updateLedger(how);
    const counted = overdueState(ledger, today);
    await showOverdue(counted);
    return counted;
  });
  await writeSession(OVERVIEW, { today, ...(await overview(today, POPUP_LINES, ledger)) });
  await refreshCapturedTabs(state.tooltip);
  await notifyNewlyOverdue(state.overdue, clientNames);
  return state.count;
};

export const scheduleRecounts = async (now = new Date()): Promise<void> => {
  await browser.alarms.create(HOURLY_ALARM, { periodInMinutes: 60 });
  // One extra minute so the recount lands after midnight, not a few ms before it.
  await browser.alarms.create(MIDNIGHT_ALARM, { when: now.getTime() + msUntilLocalMidnight(now) + 60_000 });
};

export const isRecountAlarm = (name: string): boolean => name === HOURLY_ALARM || name === MIDNIGHT_ALARM;
