import { useEffect, useState } from 'preact/hooks';
import type { CheckInDue } from '@/lib/billing/check-in';
import { contacts } from '@/lib/db/repositories';
import { newId } from '@/lib/model';
import { dashboardUrl } from '@/lib/navigation';
import { browser } from 'wxt/browser';
import { reportChange } from '../changes';
import { date, t } from '../text';

/** Written by the background's check-in watch (lib/background/check-in-watch.ts). */
const CHECK_INS_KEY = 'checkIns';

const openClient = async (clientId: string) => {
  await browser.tabs.create({ url: dashboardUrl({ view: 'clients', id: clientId }) });
  window.close();
};

/** Today's check-ins as the background last computed them, kept up to date while the popup is open. */
const useCheckIns = (): CheckInDue[] | undefined => {
  const [due, setDue] = useState<CheckInDue[]>();
  useEffect(() => {
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && CHECK_INS_KEY in changes) setDue((changes[CHECK_INS_KEY].newValue as CheckInDue[] | undefined) ?? []);
    };
    void browser.storage.session.get(CHECK_INS_KEY).then((stored) => setDue((stored[CHECK_INS_KEY] as CheckInDue[] | undefined) ?? []));
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return due;
};

/**
 * Clients to check in with: some days after a delivery or the last payment, ask how it went and
 * what comes next. "Done" logs the contact, which is what ends the check-in; the background then
 * recomputes the list.
 */
export const CheckInToday = ({ today }: { today: string }) => {
  const due = useCheckIns();
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
