import { useEffect } from 'preact/hooks';
import type { Decision } from '@/lib/model';
import { MEASURES } from '@/lib/timing';
import type { RiskAssessment } from '@/lib/vetting/risk/score';
import { DecisionLine } from './DecisionLine';
import { RiskPanel } from './RiskPanel';

/** Once per popup: from the popup's start to the first assessment of a captured client on screen. */
export const useMeasureAssessmentOnce = (ready: boolean) =>
  useEffect(() => {
    if (ready && performance.getEntriesByName(MEASURES.popupAssessment).length === 0) {
      const end = performance.now();
      performance.measure(MEASURES.popupAssessment, { start: 0, end });
      if (performance.getEntriesByName(MEASURES.popupScriptStart).length > 0) {
        performance.measure(MEASURES.popupAssessmentFromScript, { start: MEASURES.popupScriptStart, end });
      }
    }
  }, [ready]);

/**
 * The risk (and the decision, for a known client) as the background assessed them: what the popup
 * shows until its own, live assessment is ready. Light on purpose: no checks, no database.
 */
export const StoredVetting = ({ risk, decision }: { risk: RiskAssessment; decision?: Decision }) => {
  useMeasureAssessmentOnce(true);
  return (
    <div class="vetting compact" data-testid="popup-vetting">
      {decision && <DecisionLine decision={decision} />}
      <RiskPanel risk={risk} compact headingLevel={3} />
    </div>
  );
};
