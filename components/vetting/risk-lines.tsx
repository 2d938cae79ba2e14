import type { FirstPaintKey } from '@/lib/i18n/first-paint-keys';
import type { RiskLevel } from '@/lib/vetting/risk/config';
import type { Evidence } from '@/lib/vetting/risk/score';

/**
 * What the risk panel on the client page (RiskPanel.tsx) and the popup's summary (popup/VettingSummary.tsx)
 * write alike. Each brings its own words: the popup's first paint cannot load the catalogues, so nothing
 * here imports them.
 */

export const LEVEL_LABEL = { low: 'vet_riskLow', medium: 'vet_riskMedium', high: 'vet_riskHigh' } as const satisfies Record<RiskLevel, FirstPaintKey>;

export const SOURCE_LABEL: Record<Evidence['source'], FirstPaintKey> = {
  platform: 'vet_sourcePlatform',
  'job-post': 'vet_sourceJobPost',
  'client-history': 'vet_sourceClientHistory',
  'automatic-check': 'vet_sourceCheck',
  'look-up': 'vet_sourceLookup',
  'your-check': 'vet_sourceYou',
};

/** Where a reason was seen, and the sentence or figure it rests on, quoted as text; `sourceText` names the source. */
export const EvidenceList = ({ evidence, sourceText }: { evidence: readonly Evidence[]; sourceText: (source: Evidence['source']) => string }) => (
  <ul class="evidence-list">
    {evidence.map((e, i) => (
      <li key={i} class="evidence">
        {e.quote && <q>{e.quote}</q>}
        {!e.quote && e.value && <span class="evidence-value">{e.value}</span>}
        <span class="source">
          {sourceText(e.source)}
          {e.location ? ` › ${e.location}` : ''}
        </span>
      </li>
    ))}
  </ul>
);
