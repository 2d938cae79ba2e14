import { legalStatusOf } from '@/lib/billing/rules/legal-status';
import { loadSettings } from '@/lib/db/repositories';
import type { MessageKey } from '@/lib/i18n/messages';
import { BUSINESS_ROUTE, routeToHash } from '@/lib/navigation';
import { useLiveQuery } from '../../hooks';
import { t } from '../../text';

/**
 * Until the freelancer has said their legal status, the mentions, VAT and late-payment rules are guesses: the
 * home view asks for it, with the law applied meanwhile, and leads to Settings › Your business.
 */
export const StatusPrompt = () => {
  const settings = useLiveQuery(() => loadSettings(), []);
  if (!settings || legalStatusOf(settings.freelancer)) return null;
  return (
    <section class="card status-prompt" aria-labelledby="status-prompt-heading" data-testid="status-prompt">
      <div>
        <h2 id="status-prompt-heading">{t('firstrun_status_heading')}</h2>
        <p>{t('firstrun_status_text')}</p>
        <p class="hint">{t('firstrun_status_law', t(`jurisdiction${settings.homeJurisdiction}` as MessageKey))}</p>
      </div>
      <a class="action" href={routeToHash(BUSINESS_ROUTE)}>
        {t('firstrun_status_link')}
      </a>
    </section>
  );
};
