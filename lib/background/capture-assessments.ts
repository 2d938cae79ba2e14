import { browser } from 'wxt/browser';
import { loadSettings } from '../db/repositories';
import { resolveLanguage, setLanguage } from '../i18n/messages';
import type { ClientSnapshot } from '../model';
import { assessCapture } from '../vetting/capture-assessment';
import { assessmentKeyOf, captureKeyPrefix, checkKeyPrefix } from './captures';
import { serialised } from './serialised';

const isCaptureKey = (key: string) => key.startsWith(captureKeyPrefix) || key.startsWith(checkKeyPrefix);

/**
 * Assesses the capture kept under `key` and stores the result beside it, unless a newer capture
 * replaced it meanwhile. A failure leaves the popup to assess the client itself, as it can.
 */
export const assessStoredCapture = async (key: string, snapshot: ClientSnapshot): Promise<void> => {
  try {
    // Figures in the reasons are written in the language the popup will show.
    setLanguage(resolveLanguage((await loadSettings()).language));
    const assessment = await assessCapture(snapshot);
    const current = (await browser.storage.session.get(key))[key] as ClientSnapshot | undefined;
    if (current?.capturedAt !== snapshot.capturedAt) return;
    await browser.storage.session.set({ [assessmentKeyOf(key)]: assessment });
  } catch (error) {
    console.warn('ClientCheck: could not assess the captured client', error);
  }
};

const refreshAll = serialised(async (_: void) => {
  const stored = await browser.storage.session.get(null);
  for (const [key, value] of Object.entries(stored)) {
    if (isCaptureKey(key) && value) await assessStoredCapture(key, value as ClientSnapshot);
  }
});

/**
 * The data an assessment rests on changed (a client saved or edited, a look-up judged, a decision
 * taken, the risk settings): every open capture is assessed again. There are as many as tabs
 * showing a client, and a burst of changes costs at most one more pass.
 */
export const refreshCaptureAssessments = (): Promise<void> => refreshAll(undefined);

/** The tables whose changes can change a captured client's assessment. */
export const ASSESSMENT_TABLES = ['clients', 'snapshots', 'checks', 'lookups', 'agreements', 'settings'] as const;
