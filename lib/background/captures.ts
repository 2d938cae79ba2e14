import type { ClientSnapshot } from '../model';
import { captureAssessmentOf, tabCapture } from '../session/items';
import { removeSession, writeSession } from '../session/store';

/**
 * The latest capture per tab, kept in `storage.session` (lib/session): it survives the service worker
 * being stopped, and is forgotten when the browser closes. Nothing is saved as a client from here:
 * only the user's "Save" in the popup does that.
 */
export const saveCapture = (tabId: number, snapshot: ClientSnapshot): Promise<void> =>
  writeSession(tabCapture('capture', tabId), snapshot);

/**
 * What "Check this client" read is kept apart from the page's own capture, so a content script
 * reporting the page again never replaces what the user explicitly asked to check.
 */
export const saveCheck = (tabId: number, snapshot: ClientSnapshot): Promise<void> =>
  writeSession(tabCapture('check', tabId), snapshot);

/** The tab closed or loaded another page: its capture, its check and their assessments go. */
export const forgetCapture = async (tabId: number): Promise<void> => {
  const items = [tabCapture('capture', tabId), tabCapture('check', tabId)];
  await removeSession(...items, ...items.map(captureAssessmentOf));
};
