import type { ClientSnapshot } from '@/lib/model';
import type { CaptureAssessment } from '@/lib/vetting/capture-assessment';
import { StoredVetting } from '../vetting/StoredVetting';
import { CaptureIdentity } from './CaptureIdentity';

/**
 * The captured client as the background assessed them, painted at once while the capture card's
 * code (the checks, the fields, Save) loads; the card then takes its place without moving it.
 */
export const CapturePreview = ({ snapshot, assessment }: { snapshot: ClientSnapshot; assessment: CaptureAssessment }) => (
  <section class="card capture" aria-labelledby="capture-heading" data-testid="capture">
    <CaptureIdentity snapshot={snapshot} displayName={assessment.displayName} known={assessment.known} country={assessment.country} />
    <StoredVetting risk={assessment.risk} decision={assessment.decision} />
  </section>
);
