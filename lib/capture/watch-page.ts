import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Message } from '../messaging/protocol';
import type { ClientSnapshot } from '../model/snapshot';

/**
 * The content-script side of capture, shared by every platform. Single-page apps (the Upwork job
 * slider, a Gmail thread) show a client without a page load, so the page is watched for changes.
 * On the first change the observer disconnects and extraction is scheduled `INTERVAL_MS` later; it
 * observes again after extracting. A page that mutates a thousand times a second so costs a few
 * extractions and a few mutation records a second, not a thousand of each.
 * The DOM is the one signal: an app that shows another job or thread changes the page, and the
 * capture then reads the address as it is. Listening to navigations as well (the Navigation API)
 * cost each page load 0.4–4.5 ms in a fresh isolated world, for nothing the observer misses.
 * Nothing here imports zod, Dexie or Preact: content scripts stay small.
 */
export const INTERVAL_MS = 400;

/**
 * What a content script runs on its pages: its platform's `capture*` function, which the entrypoint
 * passes here, so each bundle holds only its own platform. Each leaves to the background what is
 * heavy and not needed on the page (lib/capture/complete-capture.ts): the red-flag phrase lists on
 * job pages, an email's signature, another platform's whole page. The bench times these same functions.
 */
export type Extract = (doc: Document, url: URL) => ClientSnapshot | null;

/** What identifies a capture, without the time it was taken: an unchanged client is not re-sent. */
export const captureKey = (snapshot: ClientSnapshot | null): string =>
  snapshot ? JSON.stringify({ ...snapshot, capturedAt: '' }) : '';

export interface WatchOptions {
  send?: (message: Message) => Promise<unknown>;
  intervalMs?: number;
}

export const watchPage = (ctx: ContentScriptContext, extract: Extract, options: WatchOptions = {}): void => {
  const send = options.send ?? ((message: Message) => browser.runtime.sendMessage(message));
  const intervalMs = options.intervalMs ?? INTERVAL_MS;
  let lastKey: string | undefined;
  let pending = false;
  let failed = false;

  const observer = new MutationObserver(() => schedule());
  const observe = () => observer.observe(document.documentElement, { childList: true, subtree: true });

  const capture = () => {
    pending = false;
    // After the extension is reloaded or updated, this old script must go quiet, not throw.
    if (ctx.isInvalid) return;
    observe();
    let snapshot: ClientSnapshot | null = null;
    try {
      snapshot = extract(document, new URL(location.href));
    } catch (error) {
      if (!failed) console.warn('ClientCheck: could not read this page', error);
      failed = true;
    }
    const key = captureKey(snapshot);
    if (key === lastKey) return;
    lastKey = key;
    const message: Message = snapshot
      ? { type: 'cs-bg:client-captured', snapshot }
      : { type: 'cs-bg:client-gone' };
    send(message).catch(() => {
      // The background may be restarting; the next change sends again.
      lastKey = undefined;
    });
  };

  function schedule() {
    // The context's timer checks it is still valid before capturing: nothing here touches the
    // extension's API before the first capture, so starting costs the page almost nothing.
    if (pending) return;
    pending = true;
    observer.disconnect();
    ctx.setTimeout(capture, intervalMs);
  }

  ctx.onInvalidated(() => observer.disconnect());
  // Leaving the page: its client goes with it. The background has no listener on tab updates (it
  // would wake on every navigation of every site), so this script says so itself.
  ctx.addEventListener(window, 'pagehide', () => {
    if (!lastKey || ctx.isInvalid) return;
    lastKey = undefined;
    send({ type: 'cs-bg:client-gone', leaving: true }).catch(() => {});
  });
  // Back from the back-forward cache: the page is shown again, its client with it.
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) schedule();
  });
  schedule();
};
