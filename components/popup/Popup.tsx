import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { todayIn } from '@/lib/billing/calendar';
import { overview } from '@/lib/db/overview';
import { resolveLanguage, setLanguage } from '@/lib/i18n/messages';
import type { ClientSnapshot } from '@/lib/model';
import { MEASURES, timed } from '@/lib/timing';
import { useLiveQuery } from '../hooks';
import { t } from '../text';
import { PopupHome } from './PopupHome';
import { useCapture } from './useCapture';
import { useCachedOverview } from './useCachedOverview';

type CaptureCardType = FunctionComponent<{ snapshot: ClientSnapshot }>;
type ChaseTodayType = FunctionComponent<{ today?: string }>;
type CheckInTodayType = FunctionComponent<{ today: string }>;

/**
 * The capture card (phone normalisation, company ids, matching) is loaded only when the tab shows
 * a client, so the popup's first screen paints without that weight.
 */
const useCaptureCard = (needed: boolean): CaptureCardType | undefined => {
  const [Card, setCard] = useState<CaptureCardType>();
  useEffect(() => {
    if (needed && !Card) void import('./CaptureCard').then((m) => setCard(() => m.CaptureCard));
  }, [needed, Card]);
  return Card;
};

/** The chase steps due, loaded once something is overdue or due soon and the first screen is painted. */
const useChaseToday = (needed: boolean): ChaseTodayType | undefined => {
  const [Section, setSection] = useState<ChaseTodayType>();
  useEffect(() => {
    if (needed && !Section) void import('./ChaseToday').then((m) => setSection(() => m.ChaseToday));
  }, [needed, Section]);
  return Section;
};

/** Clients to check in with, as the background listed them, loaded after the first screen. */
const useCheckInToday = (ready: boolean): CheckInTodayType | undefined => {
  const [Section, setSection] = useState<CheckInTodayType>();
  useEffect(() => {
    if (ready && !Section) void import('./CheckInToday').then((m) => setSection(() => m.CheckInToday));
  }, [ready, Section]);
  return Section;
};

/**
 * One query gives the first screen everything, the language setting included, so the popup
 * paints after a single round of database reads.
 */
export const Popup = ({ today = todayIn() }: { today?: string }) => {
  const live = useLiveQuery(() => timed(MEASURES.overview, () => overview(today)), [today]);
  const cached = useCachedOverview(today);
  const data = live ?? cached;
  const capture = useCapture();
  const Card = useCaptureCard(!!capture);
  // A courtesy step falls before the due date: invoices due soon can have one too.
  const CheckIns = useCheckInToday(data !== undefined);
  const Chase = useChaseToday((data?.overdueTotal ?? 0) + (data?.dueSoonTotal ?? 0) > 0);
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
  if (!data) return null;
  const language = resolveLanguage(data.language);
  setLanguage(language);
  document.documentElement.lang = language;
  return (
    <main class="popup-main">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('appName')}</h1>
      </header>
      {capture && Card && <Card key={capture.capturedAt} snapshot={capture} />}
      <PopupHome data={data} />
      {Chase && <Chase today={today} />}
      {CheckIns && <CheckIns today={today} />}
      <p class="privacy">{t('privacyNote')}</p>
    </main>
  );
};
