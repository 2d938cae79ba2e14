import { browser } from 'wxt/browser';
import { todayIn } from '../calendar';
import type { CheckInDue } from '../billing/check-in';
import { checkInsDueToday } from '../db/queries';
import { loadSettings } from '../db/repositories';
import { message, resolveLanguage, setLanguage, tn } from '../i18n/messages';
import { dashboardUrl } from '../navigation';
import { isRecountAlarm } from './overdue-watch';
import { CHECK_INS } from '../session/items';
import { headOf } from '../session/popup-list';
import { writeSession } from '../session/store';
import { serialised } from './serialised';

/**
 * One notification when clients become due for a check-in; each check-in (a client after one
 * delivery or payment) is announced once, ever: the keys live in `storage.local`, as the chase's do.
 */
export const CHECK_IN_NOTIFICATION = 'check-ins-due';
const ANNOUNCED_KEY = 'announcedCheckIns';

const keyOf = (due: Pick<CheckInDue, 'clientId' | 'eventOn'>): string => `${due.clientId}|${due.eventOn}`;

const run = async (today: string): Promise<CheckInDue[]> => {
  const settings = await loadSettings();
  setLanguage(resolveLanguage(settings.language));
  const due = await checkInsDueToday(today, settings.checkInDays);
  await writeSession(CHECK_INS, headOf(due));
  const stored = await browser.storage.local.get(ANNOUNCED_KEY);
  const announced = new Set<string>((stored[ANNOUNCED_KEY] as string[] | undefined) ?? []);
  const fresh = due.filter((d) => !announced.has(keyOf(d)));
  // Keep only what is still due: a check-in done (a contact logged) leaves the list.
  const stillDue = new Set(due.map(keyOf));
  const kept = [...announced].filter((key) => stillDue.has(key));
  await browser.storage.local.set({ [ANNOUNCED_KEY]: [...kept, ...fresh.map(keyOf)] });
  if (fresh.length === 0) return [];
  await browser.notifications.create(CHECK_IN_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title:
      fresh.length === 1
        ? message('checkInNotificationTitle', [fresh[0].clientName])
        : tn('checkInNotificationTitleMany', fresh.length),
    message: message('checkInNotificationBody'),
  });
  return fresh;
};

const announce = serialised(run);

/** Announces the check-ins due today that were never announced; runs never overlap. */
export const announceCheckIns = (today: string = todayIn()): Promise<CheckInDue[]> => announce(today);

export const registerCheckInWatch = (): void => {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isRecountAlarm(alarm.name)) void announceCheckIns();
  });
  browser.notifications.onClicked.addListener(async (notificationId) => {
    if (notificationId !== CHECK_IN_NOTIFICATION) return;
    await browser.tabs.create({ url: dashboardUrl({ view: 'clients' }) });
    await browser.notifications.clear(notificationId);
  });
  void announceCheckIns();
};
