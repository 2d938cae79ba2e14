import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { todayIn } from '@/lib/calendar';
import { newClientFromCapture } from '@/lib/clients/to-client';
import type { ClientSnapshot, Settings } from '@/lib/model';
import type { CaptureAssessment } from '@/lib/vetting/capture-assessment';
import type { PlannedLookup } from '@/lib/vetting/assess';
import { dashboardUrl } from '@/lib/navigation';
import { assessClient } from '@/lib/vetting/assess';
import { browser } from 'wxt/browser';
import { t } from '../text';
import { DecisionSummary, RiskSummary, StoredVetting, useMeasureAssessmentOnce } from '../popup/VettingSummary';
import { ChecklistPanel, ProgressText } from './ChecklistPanel';
import { LookupsPanel } from './LookupsPanel';
import { useClientVetting } from './useVetting';
import './vetting.css';

const openInDashboard = async (clientId: string) => {
  await browser.tabs.create({ url: dashboardUrl({ view: 'clients', id: clientId }) });
  window.close();
};

/**
 * What the capture card puts between the risk and the folded parts: the job fit, then the one action
 * that matters next. Everything else is one click away.
 */
export interface Slots {
  fit?: ComponentChildren;
  action?: ComponentChildren;
  /** More folded parts, after the checklist and the look-ups. */
  more?: ComponentChildren;
  /** The page shows no name for the client. */
  noName?: boolean;
}

/** The look-ups, folded; when the page names nobody, said beside them rather than searching a placeholder. */
const LookupsDisclosure = ({ lookups, clientId, noName }: { lookups: PlannedLookup[]; clientId?: string; noName?: boolean }) => (
  <details class="disclosure" data-testid="lookups-disclosure">
    <summary>
      {t('vet_lookupsHeading')} <span class="count">{lookups.length}</span>
    </summary>
    {noName && (
      <p class="hint" data-testid="lookups-no-name">
        {t(clientId ? 'popupLookupsNoNameSaved' : 'popupLookupsNoName')}
      </p>
    )}
    <LookupsPanel lookups={lookups} clientId={clientId} compact />
  </details>
);

/** A known client, on their page: the risk now, the decision taken, then the checklist and look-ups folded. */
export const KnownClientVetting = ({
  clientId,
  snapshot,
  stored,
  fit,
  action,
  more,
  noName,
}: { clientId: string; snapshot: ClientSnapshot; stored?: CaptureAssessment } & Slots) => {
  const data = useClientVetting(clientId, snapshot);
  useMeasureAssessmentOnce(!!data);
  const open = (
    <button type="button" class="primary wide" onClick={() => openInDashboard(clientId)}>
      {t('vet_fullCheck')}
    </button>
  );
  if (!data) {
    // Until the live read is back, what the background assessed for this very client.
    if (!(stored?.known?.clientId === clientId && stored.known.certain)) return null;
    return (
      <>
        <StoredVetting risk={stored.risk} decision={stored.decision} />
        {fit}
        {action}
        {open}
      </>
    );
  }
  const { client, vetting } = data;
  return (
    <>
      <div class="vetting compact" data-testid="popup-vetting">
        <RiskSummary risk={vetting.risk} />
        <DecisionSummary decision={client.decision} />
      </div>
      {fit}
      {action}
      {open}
      <div class="disclosures">
        <details class="disclosure">
          <summary>
            {t('vet_checklistHeading')} <ProgressText progress={vetting.progress} />
          </summary>
          <ChecklistPanel rows={vetting.rows} progress={vetting.progress} client={client} compact />
        </details>
        <LookupsDisclosure lookups={vetting.lookups} clientId={client.id} noName={noName} />
        {more}
      </div>
    </>
  );
};

/**
 * A client not saved yet: the risk as the page shows it, and the look-ups, before anything is
 * stored (nothing is saved without the user's action).
 */
export const CaptureVetting = ({
  snapshot,
  settings,
  fit,
  action,
  more,
  noName,
}: { snapshot: ClientSnapshot; settings: Pick<Settings, 'searchEngine' | 'risk' | 'profile'> } & Slots) => {
  const vetting = useMemo(() => {
    const draft = newClientFromCapture(snapshot, 'unsaved', snapshot.capturedAt);
    const result = assessClient({ client: draft, snapshot, settings, today: todayIn() });
    // A page that names nobody: the draft's name is a placeholder, never worth a search.
    const lookups = noName ? result.lookups.filter((l) => !l.plan.query.includes(draft.displayName)) : result.lookups;
    return { risk: result.risk, lookups };
  }, [snapshot, settings, noName]);
  useMeasureAssessmentOnce(true);
  return (
    <>
      <div class="vetting compact" data-testid="popup-vetting">
        <RiskSummary risk={vetting.risk} />
      </div>
      {fit}
      {action}
      <div class="disclosures">
        <LookupsDisclosure lookups={vetting.lookups} noName={noName} />
        {more}
      </div>
    </>
  );
};
