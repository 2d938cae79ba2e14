import { browser } from 'wxt/browser';
import type { ClientSnapshot } from '../model';

/**
 * The latest capture per tab lives in `storage.session`: it survives the service worker being
 * stopped, and is forgotten when the browser closes. Nothing is saved as a client from here:
 * only the user's "Save" in the popup does that.
 */
const keyOf = (tabId: number): string => `capture:${tabId}`;

export const saveCapture = async (tabId: number, snapshot: ClientSnapshot): Promise<void> => {
  await browser.storage.session.set({ [keyOf(tabId)]: snapshot });
};

export const readCapture = async (tabId: number): Promise<ClientSnapshot | undefined> => {
  const stored = await browser.storage.session.get(keyOf(tabId));
  return stored[keyOf(tabId)] as ClientSnapshot | undefined;
};

export const forgetCapture = async (tabId: number): Promise<void> => {
  await browser.storage.session.remove(keyOf(tabId));
};

export const captureKeyPrefix = 'capture:';
