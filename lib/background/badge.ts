import { browser } from 'wxt/browser';
import { todayIn } from '../calendar';
import { overdueEntries, owedByCurrency, type OpenEntry, type OpenLedger } from '../billing/open-ledger';
import { formatMoney } from '../format';
import { message, tn } from '../i18n/messages';

export const BADGE_COLOR = '#c62828';

export interface OverdueState {
  count: number;
  tooltip: string;
  overdue: OpenEntry[];
}

/** What the action shows: the overdue count in red, and the total overdue per currency as tooltip. */
export const overdueState = (ledger: OpenLedger, today = todayIn()): OverdueState => {
  const overdue = overdueEntries(ledger, today);
  const totals = [...owedByCurrency(overdue)].map(([currency, amount]) => formatMoney(amount, currency));
  const tooltip =
    overdue.length === 0 ? message('badgeNoneOverdue') : tn('badgeOverdueTooltip', overdue.length, [totals.join(' + ')]);
  return { count: overdue.length, tooltip, overdue };
};

/** What the action last showed, in this worker's life: unchanged parts are not set again. */
let shown: { text: string; title: string } | undefined;

export const showOverdue = async (state: OverdueState): Promise<void> => {
  const text = state.count === 0 ? '' : state.count > 999 ? '999+' : String(state.count);
  if (!shown) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  if (shown?.text !== text) await browser.action.setBadgeText({ text });
  if (shown?.title !== state.tooltip) await browser.action.setTitle({ title: state.tooltip });
  shown = { text, title: state.tooltip };
};

/** The action's global title (the overdue summary) as this worker last set it; undefined before its first recount. */
export const shownTooltip = (): string | undefined => shown?.title;

/** As a restarted worker: nothing shown yet. */
export const forgetShownForTests = (): void => {
  shown = undefined;
};
