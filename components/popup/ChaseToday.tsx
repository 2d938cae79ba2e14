import { Money, messageText, t } from './popup-text';
import { More } from './More';
import { openDashboard } from './open-dashboard';
import { PopupSection } from './PopupSection';
import { CHASE_TODAY } from '@/lib/session/items';
import { usePopupList } from './usePopupList';

/**
 * The chase steps to take today, one line per invoice (the first step not done: reminders and the formal notice come before court),
 * as the background's chase watch last listed them (lib/background/chase-watch.ts).
 */
export const ChaseToday = () => {
  const list = usePopupList(CHASE_TODAY);
  if (!list || list.total === 0) return null;
  return (
    <PopupSection id="chase-today-heading" heading={t('popupChaseHeading')} count={list.total}>
      <ul class="lines" data-testid="chase-today">
        {list.first.map((action) => (
          <li key={action.invoiceId}>
            <button type="button" class="line" onClick={() => openDashboard({ view: 'chase', id: action.invoiceId })}>
              <span class="line-main">
                <span class="line-client">{action.clientName ?? t('invoiceLabel', action.invoiceNumber)}</span>
                <span class="line-sub">
                  {t('invoiceLabel', action.invoiceNumber)} · {messageText(action.labelKey)}
                </span>
              </span>
              <span class="line-side">
                <Money amount={action.balance} currency={action.currency} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      <More count={list.total - list.first.length} route={{ view: 'chase' }} />
    </PopupSection>
  );
};
