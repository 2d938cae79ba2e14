import { checkInsDueToday } from '@/lib/db/queries';
import { contacts } from '@/lib/db/repositories';
import { newId } from '@/lib/model';
import { dashboardUrl } from '@/lib/navigation';
import { browser } from 'wxt/browser';
import { reportChange } from '../changes';
import { useLiveQuery } from '../hooks';
import { date, t } from '../text';

const openClient = async (clientId: string) => {
  await browser.tabs.create({ url: dashboardUrl({ view: 'clients', id: clientId }) });
  window.close();
};

/**
 * Clients to check in with: some days after a delivery or the last payment, ask how it went and
 * what comes next. "Done" logs the contact, which is what ends the check-in.
 */
export const CheckInToday = ({ today }: { today: string }) => {
  const due = useLiveQuery(() => checkInsDueToday(today), [today]);
  if (!due || due.length === 0) return null;
  const done = async (clientId: string) => {
    await contacts.put({ id: newId(), clientId, on: today, channel: 'email', summary: t('checkInContactSummary') });
    await reportChange('contacts');
  };
  return (
    <section aria-labelledby="check-in-heading" class="popup-section">
      <h2 id="check-in-heading">
        {t('popupCheckInHeading')} <span class="count">{due.length}</span>
      </h2>
      <ul class="lines" data-testid="check-ins">
        {due.map((item) => (
          <li key={item.clientId} class="check-in-line">
            <button type="button" class="line" onClick={() => openClient(item.clientId)}>
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
    </section>
  );
};
