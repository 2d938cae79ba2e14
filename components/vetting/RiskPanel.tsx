import { messageFor } from '@/lib/i18n/messages';
import type { RiskAssessment, RiskReason } from '@/lib/vetting/risk/score';
import { t } from '../text';
import { EvidenceList, LEVEL_LABEL, SOURCE_LABEL } from './risk-lines';

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
      {evidence.length > 0 && <EvidenceList evidence={evidence} sourceText={(source) => t(SOURCE_LABEL[source])} />}
    </li>
  );
};


/** The reasons against, or the good signals, under a heading of their own. */
const ReasonGroup = ({ heading: Heading, headingClass, name, reasons }: { heading: 'h3' | 'h4'; headingClass: string; name: string; reasons: RiskReason[] }) =>
  reasons.length === 0 ? null : (
    <>
      <Heading class={headingClass}>{name}</Heading>
      <ul class="reasons" aria-label={name}>
        {reasons.map((reason) => (
          <Reason key={reason.id} reason={reason} />
        ))}
      </ul>
    </>
  );

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
      <ReasonGroup heading={Sub} headingClass="visually-hidden" name={t('vet_reasonsAgainst')} reasons={risk.reasons} />
      <ReasonGroup heading={Sub} headingClass="good-heading" name={t('vet_goodSignals')} reasons={risk.goodSignals} />
    </section>
  );
};
