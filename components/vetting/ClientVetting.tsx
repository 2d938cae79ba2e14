import { ChecklistPanel } from './ChecklistPanel';
import { DecisionPanel } from './DecisionPanel';
import { LookupsPanel } from './LookupsPanel';
import { MissingInfoPanel } from './MissingInfoPanel';
import { RiskPanel } from './RiskPanel';
import { SnapshotHistory } from './SnapshotHistory';
import type { ClientVetting as Data } from './useVetting';
import './vetting.css';

/** The client page's full vetting: risk, decision, checklist, look-ups, what to ask, capture history. */
export const ClientVetting = ({ data }: { data: Data }) => {
  const { client, vetting, settings, snapshots } = data;
  return (
    <div class="vetting">
      <div class="vetting-top">
        <div class="card">
          <RiskPanel risk={vetting.risk} />
        </div>
        <div class="card">
          <DecisionPanel client={client} level={vetting.risk.level} />
        </div>
      </div>
      <div class="card">
        <ChecklistPanel rows={vetting.rows} progress={vetting.progress} client={client} />
      </div>
      <div class="card">
        <LookupsPanel lookups={vetting.lookups} clientId={client.id} />
      </div>
      <div class="card">
        <MissingInfoPanel client={client} vetting={vetting} freelancerName={settings.freelancer.name} />
      </div>
      <SnapshotHistory snapshots={snapshots} />
    </div>
  );
};
