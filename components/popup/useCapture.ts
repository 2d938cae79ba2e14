import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ClientSnapshot } from '@/lib/model';
import { captureAssessmentOf, tabCapture } from '@/lib/session/items';
import { readSessionItems, watchSession } from '@/lib/session/store';
import type { CaptureAssessment } from '@/lib/vetting/capture-assessment';

/**
 * The tab the popup is about: `?tabId=N` when given (the dashboard and tests use it), else the
 * active tab of the current window. `null` when there is none.
 */
const popupTabId = async (): Promise<number | null> => {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null) return /^\d+$/.test(param) ? Number(param) : null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
};

export interface CaptureState {
  /** The client the tab shows; `null` when none, `undefined` until known. */
  snapshot: ClientSnapshot | null | undefined;
  /** The background's assessment of that very capture, when it is ready. */
  assessment?: CaptureAssessment;
}

/**
 * That tab's latest capture and its assessment, kept up to date while the popup is open; opened by
 * "Check this client" (`from=menu`), what the menu read instead.
 */
export const useCapture = (): CaptureState => {
  const [snapshot, setSnapshot] = useState<ClientSnapshot | null | undefined>(undefined);
  const [assessment, setAssessment] = useState<CaptureAssessment>();
  // Started before the first paint, as the overview's read is (useCachedOverview).
  useLayoutEffect(() => {
    let closed = false;
    const stops: (() => void)[] = [];
    void popupTabId().then(async (tabId) => {
      if (closed) return;
      if (tabId === null) return setSnapshot(null);
      const capture = tabCapture(new URLSearchParams(location.search).get('from') === 'menu' ? 'check' : 'capture', tabId);
      const assessed = captureAssessmentOf(capture);
      stops.push(
        watchSession(capture, (value) => setSnapshot(value ?? null)),
        watchSession(assessed, setAssessment),
      );
      const [found, assessment] = await readSessionItems(capture, assessed);
      setAssessment(assessment);
      setSnapshot(found ?? null);
    });
    return () => {
      closed = true;
      for (const stop of stops) stop();
    };
  }, []);
  // An assessment of an earlier capture of the tab is never shown.
  return { snapshot, assessment: assessment && snapshot && assessment.capturedAt === snapshot.capturedAt ? assessment : undefined };
};
