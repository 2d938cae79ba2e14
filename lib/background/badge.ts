import { browser } from 'wxt/browser';
import { overdueInvoices } from '../db/queries';
import { todayIn } from '../billing/calendar';
import { totalsByCurrency } from '../billing/overdue';
import { formatMoney } from '../format';
import { message } from '../i18n/messages';
import type { Invoice } from '../model';

export const BADGE_COLOR = '#c62828';

export interface OverdueState {
  count: number;
  tooltip: string;
  invoices: Invoice[];
}

/** What the action shows: the overdue count in red, and the total overdue per currency as tooltip. */
export const overdueState = async (today = todayIn()): Promise<OverdueState> => {
  const invoices = await overdueInvoices(today);
  const totals = [...totalsByCurrency(invoices)].map(([currency, amount]) => formatMoney(amount, currency));
  const tooltip =
    invoices.length === 0
      ? message('badgeNoneOverdue')
      : message('badgeOverdueTooltip', [String(invoices.length), totals.join(' + ')]);
  return { count: invoices.length, tooltip, invoices };
};

export const showOverdue = async (state: OverdueState): Promise<void> => {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await browser.action.setBadgeText({ text: state.count === 0 ? '' : state.count > 999 ? '999+' : String(state.count) });
  await browser.action.setTitle({ title: state.tooltip });
};
