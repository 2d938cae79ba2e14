import { messageFor, type MessageKey } from '@/lib/i18n/messages';
import type { RiskLevel } from '@/lib/vetting/risk/config';
import type { Evidence, RiskAssessment, RiskReason } from '@/lib/vetting/risk/score';
import { t, tn } from '../text';

export const LEVEL_LABEL: Record<RiskLevel, MessageKey> = {
  low: 'vet_riskLow',
  medium: 'vet_riskMedium',
  high: 'vet_riskHigh',
};

const SOURCE_LABEL: Record<Evidence['source'], MessageKey> = {
  platform: 'vet_sourcePlatform',
  'job-post': 'vet_sourceJobPost',
  'client-history': 'vet_sourceClientHistory',
  'automatic-check': 'vet_sourceCheck',
  'look-up': 'vet_sourceLookup',
  'your-check': 'vet_sourceYou',
};

/** Where a reason was seen, and the sentence or figure it rests on, quoted as text. */
const EvidenceLine = ({ evidence }: { evidence: Evidence }) => (
  <li class="evidence">
    {evidence.quote && <q>{evidence.quote}</q>}
    {!evidence.quote && evidence.value && <span class="evidence-value">{evidence.value}</span>}
    <span class="source">
      {t(SOURCE_LABEL[evidence.source])}
      {evidence.location ? ` › ${evidence.location}` : ''}
    </span>
  </li>
);

const Reason = ({ reason, compact }: { reason: RiskReason; compact: boolean }) => {
  const sign = reason.kind === 'good' ? '−' : '+';
  const evidence = compact ? reason.evidence.slice(0, 1) : reason.evidence;
  return (
    <li class={`reason reason-${reason.kind}`} data-reason={reason.id}>
      <div class="reason-head">
        <span class="reason-text">
          {reason.hard && <span class="tag tag-no-go">{t('vet_hardRedFlag')}</span>} {messageFor(reason.messageKey, reason.messageParams)}
        </span>
        <span class="weight" title={t('vet_weightTitle')}>
          {sign}
          {reason.weight}
        </span>
      </div>
      {evidence.length > 0 && (
        <ul class="evidence-list">
          {evidence.map((e, i) => (
            <EvidenceLine key={i} evidence={e} />
          ))}
        </ul>
      )}
    </li>
  );
};

const COMPACT_REASONS = 4;

/**
 * The level with every reason behind it and its weight; good signals listed apart, never hiding
 * a red flag. Compact (popup): the first evidence of each reason only.
 */
export const RiskPanel = ({ risk, compact = false, headingLevel = 2 }: { risk: RiskAssessment; compact?: boolean; headingLevel?: 2 | 3 }) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  // The popup shows the heaviest reasons first and folds the rest; the client page shows them all.
  const shown = compact ? risk.reasons.slice(0, COMPACT_REASONS) : risk.reasons;
  const hidden = compact ? risk.reasons.slice(COMPACT_REASONS) : [];
  return (
    <section class={`risk risk-${risk.level}`} aria-labelledby="risk-heading" data-testid="risk">
      <Heading id="risk-heading" class="risk-heading">
        <span class={`level level-${risk.level}`} data-level={risk.level}>
          {t(LEVEL_LABEL[risk.level])}
        </span>
        <span class="muted score">{t('vet_score', risk.score)}</span>
      </Heading>
      {risk.reasons.length > 0 && (
        <>
          <Sub class="visually-hidden">{t('vet_reasonsAgainst')}</Sub>
          <ul class="reasons" aria-label={t('vet_reasonsAgainst')}>
            {shown.map((reason) => (
              <Reason key={reason.id} reason={reason} compact={compact} />
            ))}
          </ul>
          {hidden.length > 0 && (
            <details class="more-reasons">
              <summary>{tn('vet_moreReasons', hidden.length)}</summary>
              <ul class="reasons">
                {hidden.map((reason) => (
                  <Reason key={reason.id} reason={reason} compact={compact} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {risk.goodSignals.length > 0 && (
        <>
          <Sub class="good-heading">{t('vet_goodSignals')}</Sub>
          <ul class="reasons" aria-label={t('vet_goodSignals')}>
            {risk.goodSignals.map((reason) => (
              <Reason key={reason.id} reason={reason} compact={compact} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
