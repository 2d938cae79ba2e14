import { useEffect } from 'preact/hooks';
import type { Decision, DecisionStatus } from '@/lib/model';
import type { FirstPaintKey } from '@/lib/i18n/first-paint-keys';
import { MEASURES, measureOnce } from '@/lib/timing';
import type { RiskAssessment, RiskReason } from '@/lib/vetting/risk/score';
import { EvidenceList, LEVEL_LABEL, SOURCE_LABEL } from '../vetting/risk-lines';
import { date, messageText, t, tn } from './popup-text';

/**
 * The risk and the decision as the popup shows them, above the fold: the level, the heaviest
 * reasons one line each (their evidence one click away), the rest folded; the same before and after
 * the capture card's code arrives, so nothing moves. The client page shows the full panel
 * (components/vetting/RiskPanel.tsx).
 */

/** Once per popup: from the popup's start to the first assessment of a captured client on screen. */
export const useMeasureAssessmentOnce = (ready: boolean) =>
  useEffect(() => {
    if (ready) measureOnce(MEASURES.popupAssessment, { mark: MEASURES.popupScriptStart, name: MEASURES.popupAssessmentFromScript });
  }, [ready]);

const DECISION_LABEL: Record<DecisionStatus, FirstPaintKey> = {
  pending: 'decisionPending',
  go: 'decisionGo',
  caution: 'decisionCaution',
  'no-go': 'decisionNoGo',
};

/** Reasons shown one line each; the rest fold under "n more reasons". */
export const TOP_REASONS = 3;

const Reason = ({ reason }: { reason: RiskReason }) => {
  const head = (
    <span class="reason-head">
      <span class="reason-text">
        {reason.hard && <span class="tag tag-no-go">{t('vet_hardRedFlag')}</span>} {messageText(reason.messageKey, reason.messageParams)}
      </span>
      <span class="weight" title={t('vet_weightTitle')}>
        {reason.kind === 'good' ? '−' : '+'}
        {reason.weight}
      </span>
    </span>
  );
  return (
    <li class={`reason reason-${reason.kind}`} data-reason={reason.id}>
      {reason.evidence.length > 0 ? (
        <details class="reason-details">
          <summary>{head}</summary>
          <EvidenceList evidence={reason.evidence} sourceText={(source) => t(SOURCE_LABEL[source])} />
        </details>
      ) : (
        head
      )}
    </li>
  );
};

export const RiskSummary = ({ risk }: { risk: RiskAssessment }) => {
  const shown = risk.reasons.slice(0, TOP_REASONS);
  const hidden = risk.reasons.slice(TOP_REASONS);
  return (
    <section class={`risk-summary risk-${risk.level}`} aria-labelledby="risk-heading" data-testid="risk">
      <h3 id="risk-heading" class="risk-heading">
        <span class={`level level-${risk.level}`} data-level={risk.level}>
          {t(LEVEL_LABEL[risk.level])}
        </span>
        <span class="muted score">{t('vet_score', risk.score)}</span>
      </h3>
      {shown.length > 0 && (
        <ul class="reasons" aria-label={t('vet_reasonsAgainst')}>
          {shown.map((reason) => (
            <Reason key={reason.id} reason={reason} />
          ))}
        </ul>
      )}
      {(hidden.length > 0 || risk.goodSignals.length > 0) && (
        <div class="risk-more">
          {hidden.length > 0 && (
            <details class="more-reasons">
              <summary>{tn('popupMoreReasons', hidden.length)}</summary>
              <ul class="reasons">
                {hidden.map((reason) => (
                  <Reason key={reason.id} reason={reason} />
                ))}
              </ul>
            </details>
          )}
          {risk.goodSignals.length > 0 && (
            <details class="good-signals">
              <summary>{tn('popupGoodSignals', risk.goodSignals.length)}</summary>
              <ul class="reasons" aria-label={t('vet_goodSignals')}>
                {risk.goodSignals.map((reason) => (
                  <Reason key={reason.id} reason={reason} />
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
};

/** "You decided No-go on 3 Oct 2026: …", or that nothing was decided yet. */
export const DecisionSummary = ({ decision }: { decision: Decision }) => {
  const { status, reason, decidedAt } = decision;
  if (status === 'pending') return <p class="decision-line decision-pending muted">{t('vet_noDecision')}</p>;
  return (
    <p class={`decision-line decision-${status}`} data-testid="decision-line">
      <span class={`decision-mark decision-mark-${status}`} aria-hidden="true" />
      <span>
        {decidedAt ? t('vet_decidedOn', t(DECISION_LABEL[status]), date(decidedAt.slice(0, 10))) : t('vet_decided', t(DECISION_LABEL[status]))}
        {reason && <span class="decision-reason"> {reason}</span>}
      </span>
    </p>
  );
};

/**
 * What the background assessed for the tab's client: shown at once, while the popup's own live
 * assessment (components/vetting/PopupVetting.tsx) is on its way. No checks, no database.
 */
export const StoredVetting = ({ risk, decision }: { risk: RiskAssessment; decision?: Decision }) => {
  useMeasureAssessmentOnce(true);
  return (
    <div class="vetting compact" data-testid="popup-vetting">
      <RiskSummary risk={risk} />
      {decision && <DecisionSummary decision={decision} />}
    </div>
  );
};
