import { useEffect, useMemo } from 'preact/hooks';
import { databaseProblemOf, type DatabaseProblem } from '@/lib/db/health';
import { overview, type Overview } from '@/lib/db/overview';
import { messageFor, setLanguage } from '@/lib/i18n/messages';
import { MEASURES, timed } from '@/lib/timing';
import { useDatabaseProblem, useQueryResult } from '../hooks';
import { DatabaseProblemNotice, QueryBoundary } from '../QueryBoundary';
import { t } from '../text';
import { openDashboard } from './open-dashboard';
import { adoptFullCatalogue, type PopupLanguage } from './popup-text';

/**
 * What the popup loads once its first screen is painted: the database (its own live overview, and
 * what to say when the database cannot be read) and every catalogue, which from now on answer the
 * popup's words too (components/popup/popup-text.tsx).
 */

/** Called by the popup as this module arrives: the full catalogues answer the popup's words from then on. */
export const adoptCatalogues = (): void => adoptFullCatalogue((key, substitutions, language) => messageFor(key, substitutions, language));

export interface LiveState {
  value?: Overview;
  problem?: DatabaseProblem;
}

/** The popup's own overview query, followed while the popup is open; paints nothing itself. */
export const LiveOverview = ({ today, language, onChange }: { today: string; language: PopupLanguage; onChange: (state: LiveState) => void }) => {
  setLanguage(language);
  const live = useQueryResult(() => timed(MEASURES.overview, () => overview(today)), [today]);
  // A database that cannot be read is said, never painted over with "nothing overdue".
  const known = useDatabaseProblem();
  const problem = useMemo(
    () => known ?? (live.error === undefined ? undefined : (databaseProblemOf(live.error) ?? { kind: 'unavailable' as const, detail: String(live.error) })),
    [known, live.error],
  );
  useEffect(() => onChange({ value: live.value, problem }), [live.value, problem]);
  return null;
};

export const ProblemView = ({ problem }: { problem: DatabaseProblem }) => (
  <>
    <DatabaseProblemNotice problem={problem} compact />
    <button type="button" class="primary wide" onClick={() => openDashboard({ view: 'clients' })}>
      {t('data_problem_open_dashboard')}
    </button>
  </>
);

export { QueryBoundary };
