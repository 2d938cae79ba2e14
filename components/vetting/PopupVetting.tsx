import { useEffect, useMemo } from 'preact/hooks';
import { todayIn } from '@/lib/billing/calendar';
import { newClientFromCapture } from '@/lib/capture/to-client';
import type { ClientSnapshot, Settings } from '@/lib/model';
import { dashboardUrl } from '@/lib/navigation';
import { MEASURES } from '@/lib/timing';
import { assessClient } from '@/lib/vetting/assess';
import { browser } from 'wxt/browser';
import { t } from '../text';
import { ChecklistPanel, ProgressText } from './ChecklistPanel';
import { DecisionLine } from './DecisionPanel';
import { LookupsPanel } from './LookupsPanel';
import { RiskPanel } from './RiskPanel';
import { useClientVetting } from './useVetting';
import './vetting.css';

/** Once per popup: from the popup's start to the first assessment on screen. */
const useMeasureOnce = (ready: boolean) =>
  useEffect(() => {
    if (ready && performance.getEntriesByName(MEASURES.popupAssessment).length === 0) {
      const end = performance.now();
      performance.measure(MEASURES.popupAssessment, { start: 0, end });
      if (performance.getEntriesByName(MEASURES.popupScriptStart).length > 0) {
        performance.measure(MEASURES.popupAssessmentFromScript, { start: MEASURES.popupScriptStart, end });
      }
    }
  }, [ready]);

const openInDashboard = async (clientId: string) => {
  await browser.tabs.create({ url: dashboardUrl({ view: 'clients', id: clientId }) });
  window.close();
};

/** A known client, on their page: the decision taken, the risk now, the checklist, the look-ups. */
export const KnownClientVetting = ({ clientId, snapshot }: { clientId: string; snapshot: ClientSnapshot }) => {
  const data = useClientVetting(clientId, snapshot);
  useMeasureOnce(!!data);
  if (!data) return null;
  const { client, vetting } = data;
  return (
    <div class="vetting compact" data-testid="popup-vetting">
      <DecisionLine client={client} />
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
  useMeasureOnce(true);
  return (
    <div class="vetting compact" data-testid="popup-vetting">
      <RiskPanel risk={vetting.result.risk} compact headingLevel={3} />
      <LookupsPanel lookups={vetting.result.lookups} compact />
    </div>
  );
};
