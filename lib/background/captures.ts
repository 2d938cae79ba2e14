import { browser } from 'wxt/browser';
import type { DatedOverview } from '../db/overview';
import type { ClientSnapshot } from '../model';

/**
 * The latest capture per tab lives in `storage.session`: it survives the service worker being
 * stopped, and is forgotten when the browser closes. Nothing is saved as a client from here:
 * only the user's "Save" in the popup does that.
 */
export const captureKeyPrefix = 'capture:';
export const checkKeyPrefix = 'check:';
export const captureKeyOf = (tabId: number): string => `${captureKeyPrefix}${tabId}`;

/**
 * What "Check this client" read is kept apart from the page's own capture, so a content script
 * reporting the page again never replaces what the user explicitly asked to check.
 */
export const checkKeyOf = (tabId: number): string => `${checkKeyPrefix}${tabId}`;

export const saveCapture = async (tabId: number, snapshot: ClientSnapshot): Promise<void> => {
  await browser.storage.session.set({ [captureKeyOf(tabId)]: snapshot });
};

export const saveCheck = async (tabId: number, snapshot: ClientSnapshot): Promise<void> => {
  await browser.storage.session.set({ [checkKeyOf(tabId)]: snapshot });
};

export const readCapture = async (tabId: number): Promise<ClientSnapshot | undefined> => {
  const stored = await browser.storage.session.get(captureKeyOf(tabId));
  return stored[captureKeyOf(tabId)] as ClientSnapshot | undefined;
};

/** Beside each capture (or check), its assessment: `assessment:capture:12` (lib/background/capture-assessments.ts). */
export const assessmentKeyOf = (captureKey: string): string => `assessment:${captureKey}`;

export const forgetCapture = async (tabId: number): Promise<void> => {
  const keys = [captureKeyOf(tabId), checkKeyOf(tabId)];
  await browser.storage.session.remove([...keys, ...keys.map(assessmentKeyOf)]);
};


/**
 * The popup's first screen as of the last recount. The popup paints it at once, without waiting
 * for IndexedDB, then its own live query takes over (every change triggers a recount, so they agree).
 */
export const OVERVIEW_KEY = 'overview';

export const saveOverview = async (overview: DatedOverview): Promise<void> => {
  await browser.storage.session.set({ [OVERVIEW_KEY]: overview });
};

export const readOverview = async (today: string): Promise<DatedOverview | undefined> => {
  const stored = (await browser.storage.session.get(OVERVIEW_KEY))[OVERVIEW_KEY] as DatedOverview | undefined;
  return stored?.today === today ? stored : undefined;
};
