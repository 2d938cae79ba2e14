import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { assessmentKeyOf, captureKeyOf, checkKeyOf } from '@/lib/background/captures';
import type { ClientSnapshot } from '@/lib/model';
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
 * "Check this client" (`from=menu`), what the menu read instead. `onFound` runs as soon as there
 * is a capture, before it is rendered.
 */
export const useCapture = (onFound?: () => unknown): CaptureState => {
  const [snapshot, setSnapshot] = useState<ClientSnapshot | null | undefined>(undefined);
  const [assessment, setAssessment] = useState<CaptureAssessment>();
  useEffect(() => {
    let key: string | undefined;
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !key) return;
      if (key in changes) setSnapshot((changes[key].newValue as ClientSnapshot | undefined) ?? null);
      const assessed = assessmentKeyOf(key);
      if (assessed in changes) setAssessment(changes[assessed].newValue as CaptureAssessment | undefined);
    };
    browser.storage.onChanged.addListener(onChange);
    void popupTabId().then(async (tabId) => {
      if (tabId === null) return setSnapshot(null);
      key = new URLSearchParams(location.search).get('from') === 'menu' ? checkKeyOf(tabId) : captureKeyOf(tabId);
      const stored = await browser.storage.session.get([key, assessmentKeyOf(key)]);
      const found = stored[key] as ClientSnapshot | undefined;
      if (found) onFound?.();
      setAssessment(stored[assessmentKeyOf(key)] as CaptureAssessment | undefined);
      setSnapshot(found ?? null);
    });
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  // An assessment of an earlier capture of the tab is never shown.
  return { snapshot, assessment: assessment && snapshot && assessment.capturedAt === snapshot.capturedAt ? assessment : undefined };
};
