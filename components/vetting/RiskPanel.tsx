import { messageFor, type MessageKey } from '@/lib/i18n/messages';
import type { RiskLevel } from '@/lib/vetting/risk/config';
import type { Evidence, RiskAssessment, RiskReason } from '@/lib/vetting/risk/score';
import { t } from '../text';

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

const Reason = ({ reason }: { reason: RiskReason }) => {
  const sign = reason.kind === 'good' ? '−' : '+';
  const evidence = reason.evidence;
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


/**
 * The level with every reason behind it and its weight; good signals listed apart, never hiding
 * a red flag. The popup has its own summary (components/popup/VettingSummary.tsx).
 */
export const RiskPanel = ({ risk, headingLevel = 2 }: { risk: RiskAssessment; headingLevel?: 2 | 3 }) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
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
            {risk.reasons.map((reason) => (
              <Reason key={reason.id} reason={reason} />
            ))}
          </ul>
        </>
      )}
      {risk.goodSignals.length > 0 && (
        <>
          <Sub class="good-heading">{t('vet_goodSignals')}</Sub>
          <ul class="reasons" aria-label={t('vet_goodSignals')}>
            {risk.goodSignals.map((reason) => (
              <Reason key={reason.id} reason={reason} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
