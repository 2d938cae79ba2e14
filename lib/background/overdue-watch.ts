import { browser } from 'wxt/browser';
import { clientNames } from '../db/queries';
import { loadSettings } from '../db/repositories';
import { msUntilLocalMidnight } from '../billing/calendar';
import { resolveLanguage, setLanguage } from '../i18n/messages';
import { overdueState, showOverdue } from './badge';
import { notifyNewlyOverdue } from './notifications';
import { refreshCapturedTabs } from './tab-indicator';
import { saveOverview } from './captures';
import { overview } from '../db/overview';
import { todayIn } from '../billing/calendar';
import { MEASURES, timed } from '../timing';

/**
 * Keeps the badge right: at start-up, hourly, at local midnight (when invoices fall due), and on
 * every change the pages report. After sleep or a closed browser, the alarms and start-up catch up.
 */
export const HOURLY_ALARM = 'recount-hourly';
export const MIDNIGHT_ALARM = 'recount-midnight';

export const recount = async (): Promise<number> => {
  const settings = await loadSettings();
  setLanguage(resolveLanguage(settings.language));
  const today = todayIn();
  const state = await timed(MEASURES.recount, () => overdueState(today));
  await showOverdue(state);
  await saveOverview({ today, ...(await overview(today, 5, state.invoices)) });
  await refreshCapturedTabs(state.tooltip);
  const names = await clientNames(state.invoices.map((i) => i.clientId));
  await notifyNewlyOverdue(state.invoices, (id) => names.get(id));
  return state.count;
};

export const scheduleRecounts = async (now = new Date()): Promise<void> => {
  await browser.alarms.create(HOURLY_ALARM, { periodInMinutes: 60 });
  // One extra minute so the recount lands after midnight, not a few ms before it.
  await browser.alarms.create(MIDNIGHT_ALARM, { when: now.getTime() + msUntilLocalMidnight(now) + 60_000 });
};

export const isRecountAlarm = (name: string): boolean => name === HOURLY_ALARM || name === MIDNIGHT_ALARM;
