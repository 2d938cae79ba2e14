import { browser } from 'wxt/browser';
import { todayIn } from '../calendar';
import { formatMoney } from '../format';
import { loadSettings } from '../db/repositories';
import { resolveLanguage, setLanguage, message, messageFor } from '../i18n/messages';
import { dashboardUrl } from '../navigation';
import { loadChaseSummaries } from '../chase/load';
import { nextActions, stepsDueToday, type StepDue } from '../chase/steps-due';
import { isRecountAlarm } from './overdue-watch';
import { CHASE_TODAY } from '../session/items';
import { headOf } from '../session/popup-list';
import { writeSession } from '../session/store';
import { serialised } from './serialised';

/**
 * One notification listing the chase steps that fell due: each step of each invoice is announced once, ever.
 * The announced keys live in `storage.local`, so a restart, a wake-up or the hourly alarm never repeats one, and
 * steps that fell due while the browser was closed are announced together at the next start.
 */
export const CHASE_NOTIFICATION = 'chase-steps-due';
const ANNOUNCED_KEY = 'announcedChaseSteps';
/** Lines listed in the notification before "and N more". */
const MAX_LINES = 4;

const keyOf = (step: Pick<StepDue, 'invoiceId' | 'stepId'>): string => `${step.invoiceId}|${step.stepId}`;

const run = async (today: string): Promise<StepDue[]> => {
  const settings = await loadSettings();
  setLanguage(resolveLanguage(settings.language));
  const summaries = await loadChaseSummaries(today, settings);
  const due = stepsDueToday(summaries, today);
  // Today's actions for the popup, announced or not.
  await writeSession(CHASE_TODAY, headOf(nextActions(due)));
  const stored = await browser.storage.local.get(ANNOUNCED_KEY);
  const announced = new Set<string>((stored[ANNOUNCED_KEY] as string[] | undefined) ?? []);
  const fresh = due.filter((step) => !announced.has(keyOf(step)));
  // Forget invoices no longer chased (paid, deleted), keeping every step of those still open.
  const open = new Set(summaries.map((s) => s.invoice.id));
  const kept = [...announced].filter((key) => open.has(key.split('|')[0]));
  if (fresh.length === 0) {
    if (kept.length !== announced.size) await browser.storage.local.set({ [ANNOUNCED_KEY]: kept });
    return [];
  }
  // Record first: a crash between the two must not announce the same step again.
  await browser.storage.local.set({ [ANNOUNCED_KEY]: [...kept, ...fresh.map(keyOf)] });
  const lines = nextActions(fresh).map((action) =>
    message('chase_notification_line', [
      action.invoiceNumber,
      action.clientName ?? '—',
      messageFor(action.labelKey),
      formatMoney(action.balance, action.currency),
    ]),
  );
  const shown = lines.slice(0, MAX_LINES);
  if (lines.length > MAX_LINES) shown.push(message('chase_notification_more', [String(lines.length - MAX_LINES)]));
  await browser.notifications.create(CHASE_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: fresh.length === 1 ? message('chase_notification_title_one') : message('chase_notification_title', [String(fresh.length)]),
    message: shown.join('\n'),
  });
  return fresh;
};

const announce = serialised(run);

/**
 * Announces the steps due today that were never announced. Runs never overlap: the start-up run and an alarm firing
 * at the same moment cannot both announce a step.
 */
export const announceDueSteps = (today: string = todayIn()): Promise<StepDue[]> => announce(today);

export const registerChaseWatch = (): void => {
  // The overdue watch's alarms (hourly, just after local midnight) are the moments steps fall due.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isRecountAlarm(alarm.name)) void announceDueSteps();
  });
  browser.notifications.onClicked.addListener(async (notificationId) => {
    if (notificationId !== CHASE_NOTIFICATION) return;
    await browser.tabs.create({ url: dashboardUrl({ view: 'chase' }) });
    await browser.notifications.clear(notificationId);
  });
  // Each start of the worker catches up on what fell due while it was stopped or the browser closed.
  void announceDueSteps();
};
