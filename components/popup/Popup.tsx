import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { todayIn } from '@/lib/billing/calendar';
import { overview } from '@/lib/db/overview';
import { resolveLanguage, setLanguage } from '@/lib/i18n/messages';
import type { ClientSnapshot } from '@/lib/model';
import type { CaptureAssessment } from '@/lib/vetting/capture-assessment';
import { MEASURES, timed } from '@/lib/timing';
import { databaseProblemOf } from '@/lib/db/health';
import { useDatabaseProblem, useQueryResult } from '../hooks';
import { DatabaseProblemNotice, QueryBoundary } from '../QueryBoundary';
import { openDashboard } from './open-dashboard';
import { t } from '../text';
import { ChaseToday } from './ChaseToday';
import { CheckInToday } from './CheckInToday';
import { CapturePreview } from './CapturePreview';
import { PopupHome } from './PopupHome';
import { useCapture } from './useCapture';
import { useCachedOverview } from './useCachedOverview';

type CaptureCardType = FunctionComponent<{ snapshot: ClientSnapshot; assessment?: CaptureAssessment }>;

/**
 * The capture card (phone normalisation, company ids, matching, the checks) is loaded only when
 * the tab shows a client, so the popup's first screen paints without that weight. Its loading
 * starts the moment the capture is read, not a render later.
 */
let cardModule: Promise<CaptureCardType> | undefined;
const loadCaptureCard = (): Promise<CaptureCardType> => (cardModule ??= import('./CaptureCard').then((m) => m.CaptureCard));

const useCaptureCard = (needed: boolean): CaptureCardType | undefined => {
  const [Card, setCard] = useState<CaptureCardType>();
  useEffect(() => {
    if (needed && !Card) void loadCaptureCard().then((card) => setCard(() => card));
  }, [needed, Card]);
  return Card;
};

/**
 * One query gives the first screen everything, the language setting included, so the popup
 * paints after a single round of database reads.
 */
export const Popup = ({ today = todayIn() }: { today?: string }) => {
  const live = useQueryResult(() => timed(MEASURES.overview, () => overview(today)), [today]);
  const cached = useCachedOverview(today);
  // A database that cannot be read is said, never painted over with "nothing overdue".
  const known = useDatabaseProblem();
  const problem = known ?? (live.error === undefined ? undefined : (databaseProblemOf(live.error) ?? { kind: 'unavailable', detail: String(live.error) }));
  const data = problem ? undefined : (live.value ?? cached);
  const { snapshot: capture, assessment } = useCapture(loadCaptureCard);
  const Card = useCaptureCard(!!capture);
  const ready = data !== undefined;
  useEffect(() => {
    // From the start of the popup's navigation to the first screen with its data.
    if (ready && performance.getEntriesByName(MEASURES.popupFirstRender).length === 0) {
      const end = performance.now();
      performance.measure(MEASURES.popupFirstRender, { start: 0, end });
      if (performance.getEntriesByName(MEASURES.popupScriptStart).length > 0) {
        performance.measure(MEASURES.popupFromScript, { start: MEASURES.popupScriptStart, end });
      }
    }
  }, [ready]);
  if (!data && !problem) return null;
  const language = resolveLanguage(data?.language ?? 'auto');
  setLanguage(language);
  document.documentElement.lang = language;
  return (
    <main class="popup-main">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('appName')}</h1>
      </header>
      {capture && (
        <QueryBoundary compact>
          {Card ? (
            <Card key={capture.capturedAt} snapshot={capture} assessment={assessment} />
          ) : (
            assessment && <CapturePreview snapshot={capture} assessment={assessment} />
          )}
        </QueryBoundary>
      )}
      {data ? (
        <>
          <PopupHome data={data} />
          <ChaseToday />
          <CheckInToday today={today} />
        </>
      ) : (
        problem && (
          <>
            <DatabaseProblemNotice problem={problem} compact />
            <button type="button" class="primary wide" onClick={() => openDashboard({ view: 'clients' })}>
              {t('data_problem_open_dashboard')}
            </button>
          </>
        )
      )}
      <p class="privacy">{t('privacyNote')}</p>
    </main>
  );
};
