import { date, t } from './popup-text';
import { More } from './More';
import { openDashboard } from './open-dashboard';
import { PopupSection } from './PopupSection';
import { CHECK_INS } from '@/lib/session/items';
import { usePopupList } from './usePopupList';

/**
 * Clients to check in with: some days after a delivery or the last payment, ask how it went and
 * what comes next. "Done" logs the contact, which is what ends the check-in; the background then
 * recomputes the list (lib/background/check-in-watch.ts).
 */
export const CheckInToday = ({ today }: { today: string }) => {
  const list = usePopupList(CHECK_INS);
  if (!list || list.total === 0) return null;
  const done = async (clientId: string) => {
    // The validating repositories (and their schemas) and the messaging load on this click, not with the popup.
    const { logCheckIn } = await import('./actions');
    await logCheckIn(clientId, today, t('checkInContactSummary'));
  };
  return (
    <PopupSection id="check-in-heading" heading={t('popupCheckInHeading')} count={list.total}>
      <ul class="lines" data-testid="check-ins">
        {list.first.map((item) => (
          <li key={item.clientId} class="check-in-line">
            <button type="button" class="line" onClick={() => openDashboard({ view: 'clients', id: item.clientId })}>
              <span class="line-main">
                <span class="line-client">{item.clientName}</span>
                <span class="line-sub">
                  {t(item.after === 'delivery' ? 'popupCheckInAfterDelivery' : 'popupCheckInAfterPayment', date(item.eventOn))}
                </span>
              </span>
            </button>
            <button type="button" class="small" onClick={() => done(item.clientId)} aria-label={t('popupCheckInDoneFor', item.clientName)}>
              {t('popupCheckInDone')}
            </button>
          </li>
        ))}
      </ul>
      <More count={list.total - list.first.length} route={{ view: 'clients' }} />
    </PopupSection>
  );
};
