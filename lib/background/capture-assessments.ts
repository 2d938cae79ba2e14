import { todayIn } from '../calendar';
import { loadSettings } from '../db/repositories';
import { resolveLanguage, setLanguage } from '../i18n/messages';
import type { ClientSnapshot } from '../model';
import { assessCapture } from '../vetting/capture-assessment';
import { captureAssessmentOf, type SessionItem } from '../session/items';
import { readSession, readTabCaptures, writeSession } from '../session/store';
import { serialised } from './serialised';

/**
 * Assesses the capture kept in `capture` and stores the result beside it, unless a newer capture
 * replaced it meanwhile. A failure leaves the popup to assess the client itself, as it can.
 */
export const assessStoredCapture = async (capture: SessionItem<ClientSnapshot | undefined>, snapshot: ClientSnapshot): Promise<void> => {
  try {
    // Figures in the reasons are written in the language the popup will show.
    const settings = await loadSettings();
    setLanguage(resolveLanguage(settings.language));
    const assessment = await assessCapture(snapshot, todayIn(), settings);
    const current = await readSession(capture);
    if (current?.capturedAt !== snapshot.capturedAt) return;
    await writeSession(captureAssessmentOf(capture), assessment);
  } catch (error) {
    console.warn('ClientCheck: could not assess the captured client', error);
  }
};

const refreshAll = serialised(async (_: void) => {
  for (const { item, snapshot } of await readTabCaptures()) await assessStoredCapture(item, snapshot);
});

/**
 * The data an assessment rests on changed (a client saved or edited, a look-up judged, a decision
 * taken, the risk settings): every open capture is assessed again. There are as many as tabs
 * showing a client, and a burst of changes costs at most one more pass.
 */
export const refreshCaptureAssessments = (): Promise<void> => refreshAll(undefined);

/** The tables whose changes can change a captured client's assessment. */
export const ASSESSMENT_TABLES = ['clients', 'snapshots', 'checks', 'lookups', 'agreements', 'settings'] as const;
