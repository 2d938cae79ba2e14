import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { todayIn } from '@/lib/calendar';
import type { ClientSnapshot } from '@/lib/model';
import type { CaptureAssessment } from '@/lib/vetting/capture-assessment';
import { MEASURES, measureOnce } from '@/lib/timing';
import { openDashboard } from './open-dashboard';
import { popupLanguageOf, setPopupLanguage, t } from './popup-text';
import { ChaseToday } from './ChaseToday';
import { CheckInToday } from './CheckInToday';
import { CapturePreview } from './CapturePreview';
import { PopupHome } from './PopupHome';
import type { LiveState } from './popup-live';
import { useCapture } from './useCapture';
import { useCachedOverview } from './useCachedOverview';
import './popup.css';

type LiveModule = typeof import('./popup-live');
type CaptureCardType = FunctionComponent<{ snapshot: ClientSnapshot; assessment?: CaptureAssessment }>;

/**
 * The first paint loads only what it shows: what the background left in `storage.session` (today's
 * overview, the tab's client and its assessment, the chase and check-in lists), with the words it
 * shows. The rest (the database and the popup's own live query, every catalogue, the capture card
 * with its checks, job fit and Save) loads once that screen is painted.
 */
/**
 * Once the first content is on screen (the browser's first-contentful-paint), or after `fallbackMs`
 * where it reports none. Loading the rest sooner, right after the frame is drawn, competes with the
 * browser putting that frame on screen: on a two-core machine that delayed it by 50 ms.
 */
const afterFirstContent = (fallbackMs = 250): Promise<void> =>
  new Promise((resolve) => {
    if (performance.getEntriesByName('first-contentful-paint').length > 0) return resolve();
    let observer: PerformanceObserver | undefined;
    const timer = setTimeout(finish, fallbackMs);
    function finish() {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    }
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) finish();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the timer decides.
    }
  });

let liveModule: Promise<LiveModule> | undefined;
const loadLive = (): Promise<LiveModule> =>
  (liveModule ??= import('./popup-live').then((live) => {
    live.adoptCatalogues();
    return live;
  }));
let cardModule: Promise<CaptureCardType> | undefined;
const loadCaptureCard = (): Promise<CaptureCardType> =>
  (cardModule ??= loadLive()
    .then(() => import('./CaptureCard'))
    .then((m) => m.CaptureCard));

export const Popup = ({ today = todayIn() }: { today?: string }) => {
  const cached = useCachedOverview(today);
  const [live, setLive] = useState<LiveState>({});
  const [Live, setLiveModule] = useState<LiveModule>();
  const [Card, setCard] = useState<CaptureCardType>();
  const { snapshot: capture, assessment } = useCapture();
  const problem = live.problem;
  const data = problem ? undefined : (live.value ?? cached.value);
  const ready = data !== undefined;

  // Once the first screen is shown, or at once when the background left nothing to paint from.
  const startRest = ready || cached.read;
  useEffect(() => {
    if (!startRest) return;
    void (ready ? afterFirstContent() : Promise.resolve())
      .then(loadLive)
      .then((module) => setLiveModule(() => module));
  }, [startRest]);
  useEffect(() => {
    if (ready && capture && !Card) void afterFirstContent().then(loadCaptureCard).then((card) => setCard(() => card));
  }, [ready, !!capture, Card]);
  useEffect(() => {
    // From the start of the popup's navigation to the first screen with its data.
    if (ready) measureOnce(MEASURES.popupFirstRender, { mark: MEASURES.popupScriptStart, name: MEASURES.popupFromScript });
  }, [ready]);

  const language = popupLanguageOf(data?.language ?? 'auto');
  setPopupLanguage(language);
  document.documentElement.lang = language;
  // Always in the same place, so it is never mounted again (its query would start over).
  const follow = Live && <Live.LiveOverview today={today} language={language} onChange={setLive} />;
  if (!data && !problem) return <>{follow}</>;
  return (
    <>
      {follow}
      <main class="popup-main">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('appName')}</h1>
      </header>
      {capture &&
        (Card && Live ? (
          <Live.QueryBoundary compact>
            <Card key={capture.capturedAt} snapshot={capture} assessment={assessment} />
          </Live.QueryBoundary>
        ) : (
          assessment && <CapturePreview snapshot={capture} assessment={assessment} />
        ))}
      {data ? (
        <>
          <PopupHome data={data} />
          <ChaseToday />
          <CheckInToday today={today} />
          <button type="button" class={capture ? 'wide' : 'primary wide'} onClick={() => openDashboard({ view: 'invoices' })}>
            {t('popupOpenDashboard')}
          </button>
        </>
      ) : (
        problem && Live && <Live.ProblemView problem={problem} />
      )}
      <p class="privacy">{t('privacyNote')}</p>
      </main>
    </>
  );
};
