import { todayIn } from '@/lib/billing/calendar';
import { loadChaseSummaries } from '@/lib/chase/load';
import { nextActions, stepsDueToday } from '@/lib/chase/steps-due';
import { messageFor } from '@/lib/i18n/messages';
import { dashboardUrl } from '@/lib/navigation';
import { browser } from 'wxt/browser';
import { useLiveQuery } from '../hooks';
import { Money, t } from '../text';

const openChase = async (invoiceId: string) => {
  await browser.tabs.create({ url: dashboardUrl({ view: 'chase', id: invoiceId }) });
  window.close();
};

/**
 * The chase steps to take today, one line per invoice (the latest step due covers the earlier ones).
 * Loaded after the first screen, like the capture card: the ladder and rates are not on that path.
 */
export const ChaseToday = ({ today = todayIn() }: { today?: string }) => {
  const actions = useLiveQuery(async () => nextActions(stepsDueToday(await loadChaseSummaries(today), today)), [today]);
  if (!actions || actions.length === 0) return null;
  return (
    <section aria-labelledby="chase-today-heading" class="popup-section">
      <h2 id="chase-today-heading">
        {t('popupChaseHeading')} <span class="count">{actions.length}</span>
      </h2>
      <ul class="lines" data-testid="chase-today">
        {actions.map((action) => (
          <li key={action.invoiceId}>
            <button type="button" class="line" onClick={() => openChase(action.invoiceId)}>
              <span class="line-main">
                <span class="line-client">{action.clientName ?? t('invoiceLabel', action.invoiceNumber)}</span>
                <span class="line-sub">
                  {t('invoiceLabel', action.invoiceNumber)} · {messageFor(action.labelKey)}
                </span>
              </span>
              <span class="line-side">
                <Money amount={action.balance} currency={action.currency} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
};
