import type { ClientSnapshot } from '@/lib/model';
import type { CaptureAssessment } from '@/lib/vetting/capture-assessment';
import { CaptureIdentity } from './CaptureIdentity';
import { StoredVetting } from './VettingSummary';

/**
 * The captured client as the background assessed them, painted at once while the capture card's
 * code (the checks, the job fit, Save) loads; the card then takes its place without moving it.
 */
export const CapturePreview = ({ snapshot, assessment }: { snapshot: ClientSnapshot; assessment: CaptureAssessment }) => (
  <section class="card capture" aria-labelledby="capture-heading" data-testid="capture">
    <CaptureIdentity snapshot={snapshot} displayName={assessment.displayName} known={assessment.known} country={assessment.country} />
    <StoredVetting risk={assessment.risk} decision={assessment.decision} />
  </section>
);
