import { browser } from 'wxt/browser';
import { message } from '../i18n/messages';
import type { ClientSnapshot } from '../model';
import { readTabCaptures } from '../session/store';
import { shownTooltip } from './badge';

/**
 * A tab whose page shows a client gets the "captured" icon (an amber dot) and a title naming the
 * client. The badge text stays global, so the overdue count is never hidden by a capture.
 */
const CAPTURED_ICON = { 16: '/icon/captured-16.png', 32: '/icon/captured-32.png' };
const PLAIN_ICON = { 16: '/icon/16.png', 32: '/icon/32.png' };
type Icon = typeof CAPTURED_ICON;

/**
 * Each icon's pixels, decoded once per worker life. Given a path, the browser fetches and decodes the
 * PNG in the worker on every call; given the pixels, it only copies them. Where the worker cannot
 * decode (no OffscreenCanvas), the path is given as before.
 */
const decoded = new Map<Icon, Promise<Record<number, ImageData> | undefined>>();
const decode = async (icon: Icon): Promise<Record<number, ImageData> | undefined> => {
  if (typeof OffscreenCanvas !== 'function' || typeof createImageBitmap !== 'function') return undefined;
  const out: Record<number, ImageData> = {};
  for (const [size, path] of Object.entries(icon)) {
    const bitmap = await createImageBitmap(await (await fetch(browser.runtime.getURL(path as '/icon/16.png'))).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.drawImage(bitmap, 0, 0);
    out[Number(size)] = context.getImageData(0, 0, bitmap.width, bitmap.height);
  }
  return out;
};
const setTabIcon = async (tabId: number, icon: Icon): Promise<void> => {
  let pixels = decoded.get(icon);
  if (!pixels) decoded.set(icon, (pixels = decode(icon).catch(() => undefined)));
  const imageData = await pixels;
  await browser.action.setIcon(imageData ? { tabId, imageData } : { tabId, path: icon });
};

const capturedTitle = (snapshot: ClientSnapshot, overdueTooltip: string): string =>
  `${message('tabCaptured', [snapshot.client.displayName || snapshot.client.legalName || snapshot.platform])}\n${overdueTooltip}`;

/** The overdue summary the action shows: as this worker set it, else asked of the browser (a worker just started). */
const globalTitle = async (): Promise<string> => shownTooltip() ?? (await browser.action.getTitle({}));

export const markTabCaptured = async (tabId: number, snapshot: ClientSnapshot): Promise<void> => {
  const global = await globalTitle();
  await setTabIcon(tabId, CAPTURED_ICON);
  await browser.action.setTitle({ tabId, title: capturedTitle(snapshot, global) });
};

export const unmarkTab = async (tabId: number): Promise<void> => {
  try {
    await setTabIcon(tabId, PLAIN_ICON);
    await browser.action.setTitle({ tabId, title: await globalTitle() });
  } catch {
    // The tab is gone.
  }
};

/** After a recount, the captured tabs' titles carry the new overdue summary. */
export const refreshCapturedTabs = async (overdueTooltip: string): Promise<void> => {
  for (const { source, tabId, snapshot } of await readTabCaptures()) {
    if (source !== 'capture') continue;
    try {
      await browser.action.setTitle({ tabId, title: capturedTitle(snapshot, overdueTooltip) });
    } catch {
      // The tab closed while the worker was asleep.
    }
  }
};
