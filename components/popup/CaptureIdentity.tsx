import type { MatchReason } from '@/lib/capture/known-client';
import type { MessageKey } from '@/lib/i18n/messages';
import type { ClientSnapshot } from '@/lib/model';
import { t } from '../text';

const MATCH_LABEL: Record<MatchReason, MessageKey> = {
  'platform-id': 'matchPlatformId',
  email: 'matchEmail',
  phone: 'matchPhone',
  'company-id': 'matchCompanyId',
  'name-country': 'matchNameCountry',
};

export interface KnownAs {
  displayName: string;
  reason: MatchReason;
  certain: boolean;
}

/**
 * The top of the capture card: who the page shows, where it was read, and whether we know them.
 * The same in the early view and in the full card, so nothing moves when the card's code arrives.
 */
export const CaptureIdentity = ({
  snapshot,
  displayName,
  known,
  country,
}: {
  snapshot: ClientSnapshot;
  displayName: string;
  known?: KnownAs;
  country?: string;
}) => (
  <>
    <h2 id="capture-heading">{t('captureHeading')}</h2>
    <p class="capture-name">{displayName || t('captureNoName')}</p>
    <p class="muted small">{t('captureFrom', t(`platform_${snapshot.platform}` as MessageKey))}</p>
    {known?.certain && (
      <p class="known" data-testid="known-client">
        {t('captureKnown', known.displayName)} <span class="muted">({t('captureKnownBy', t(MATCH_LABEL[known.reason]))})</span>
      </p>
    )}
    {known && !known.certain && (
      <p class="maybe" data-testid="maybe-client">
        {t('captureMaybe', known.displayName, country ? t('captureMaybeCountry') : '')}
      </p>
    )}
  </>
);
