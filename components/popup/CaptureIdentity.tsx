import type { MatchReason } from '@/lib/clients/known-client';
import type { FirstPaintKey } from '@/lib/i18n/first-paint-keys';
import type { ClientSnapshot } from '@/lib/model';
import { messageText, t } from './popup-text';

const MATCH_LABEL: Record<MatchReason, FirstPaintKey> = {
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
 * The top of the capture card: who this is (the name saved for them, else what the page shows),
 * where it was read, and whether we know them. The same in the early view and in the full card, so
 * nothing moves when the card's code arrives.
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
}) => {
  const name = known?.certain ? known.displayName : displayName;
  return (
    <header class="identity">
      <p class="eyebrow">
        <span>{t('captureFrom', messageText(`platform_${snapshot.platform}`))}</span>
        {known?.certain && (
          <span class="chip chip-ok" data-testid="known-client" title={`${t('captureKnown', known.displayName)} (${t('captureKnownBy', t(MATCH_LABEL[known.reason]))})`}>
            {t('popupInYourClients')}
          </span>
        )}
      </p>
      <h2 id="capture-heading" class={name ? 'capture-name' : 'capture-name capture-no-name'}>
        {name || t('captureNoName')}
      </h2>
      {known && !known.certain && (
        <p class="maybe" data-testid="maybe-client">
          {t('captureMaybe', known.displayName, country ? t('captureMaybeCountry') : '')}
        </p>
      )}
    </header>
  );
};
