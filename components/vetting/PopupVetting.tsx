import { useMemo } from 'preact/hooks';
import { todayIn } from '@/lib/billing/calendar';
import { newClientFromCapture } from '@/lib/capture/to-client';
import type { ClientSnapshot, Settings } from '@/lib/model';
import type { CaptureAssessment } from '@/lib/vetting/capture-assessment';
import { dashboardUrl } from '@/lib/navigation';
import { assessClient } from '@/lib/vetting/assess';
import { browser } from 'wxt/browser';
import { t } from '../text';
import { ChecklistPanel, ProgressText } from './ChecklistPanel';
import { DecisionLine } from './DecisionLine';
import { LookupsPanel } from './LookupsPanel';
import { RiskPanel } from './RiskPanel';
import { StoredVetting, useMeasureAssessmentOnce } from './StoredVetting';
import { useClientVetting } from './useVetting';
import './vetting.css';

const openInDashboard = async (clientId: string) => {
  await browser.tabs.create({ url: dashboardUrl({ view: 'clients', id: clientId }) });
  window.close();
};

/** A known client, on their page: the decision taken, the risk now, the checklist, the look-ups. */
export const KnownClientVetting = ({ clientId, snapshot, stored }: { clientId: string; snapshot: ClientSnapshot; stored?: CaptureAssessment }) => {
  const data = useClientVetting(clientId, snapshot);
  useMeasureAssessmentOnce(!!data);
  if (!data) {
    // Until the live read is back, what the background assessed for this very client.
    return stored?.known?.clientId === clientId && stored.known.certain ? <StoredVetting risk={stored.risk} decision={stored.decision} /> : null;
  }
  const { client, vetting } = data;
  return (
    <div class="vetting compact" data-testid="popup-vetting">
      <DecisionLine decision={client.decision} />
      <RiskPanel risk={vetting.risk} compact headingLevel={3} />
      <details>
        <summary>
          {t('vet_checklistHeading')} <ProgressText progress={vetting.progress} />
        </summary>
        <ChecklistPanel rows={vetting.rows} progress={vetting.progress} client={client} compact />
      </details>
      <LookupsPanel lookups={vetting.lookups} clientId={client.id} compact />
      <button type="button" class="wide" onClick={() => openInDashboard(client.id)}>
        {t('vet_fullCheck')}
      </button>
    </div>
  );
};

/**
 * A client not saved yet: the risk as the page shows it, and the look-ups, before anything is
 * stored (nothing is saved without the user's action).
 */
export const CaptureVetting = ({ snapshot, settings }: { snapshot: ClientSnapshot; settings: Pick<Settings, 'searchEngine' | 'risk' | 'profile'> }) => {
  const vetting = useMemo(() => {
    const draft = newClientFromCapture(snapshot, 'unsaved', snapshot.capturedAt);
    return { draft, result: assessClient({ client: draft, snapshot, settings, today: todayIn() }) };
  }, [snapshot, settings]);
  useMeasureAssessmentOnce(true);
  return (
    <div class="vetting compact" data-testid="popup-vetting">
      <RiskPanel risk={vetting.result.risk} compact headingLevel={3} />
      <LookupsPanel lookups={vetting.result.lookups} compact />
    </div>
  );
};
