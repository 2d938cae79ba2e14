import type { Runtime } from 'webextension-polyfill';
import { CONTENT_HOSTS } from '../platforms/hosts';
import type { SenderContext } from './protocol';

const hostPatterns = CONTENT_HOSTS.map((pattern) => {
  const url = new URL(pattern.replace('/*', '/'));
  return { protocol: url.protocol, host: url.host };
});

const isPlatformPage = (url: string | undefined): boolean => {
  if (!url) return false;
  try {
    const u = new URL(url);
    return hostPatterns.some((p) => p.protocol === u.protocol && p.host === u.host);
  } catch {
    return false;
  }
};

/**
 * The only place that reads `sender`. An extension page is ours when it comes from our own
 * origin with no tab frame of a web page; a content script is ours when our id sent it from a
 * tab on one of the platform hosts. Anything else is foreign.
 */
export const classifySender = (
  sender: Runtime.MessageSender,
  ownId: string,
  ownOrigin: string,
): SenderContext | 'foreign' => {
  if (sender.id !== ownId) return 'foreign';
  const url = sender.url ?? '';
  if (url.startsWith(ownOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && isPlatformPage(url)) return 'content-script';
  return 'foreign';
};

/** Who sent a message, as far as a handler needs to know: nothing else of `sender` reaches it. */
export interface MessageOrigin {
  /** The tab of the content script that sent it; absent for extension pages. */
  tabId?: number;
}

export const originOf = (sender: Runtime.MessageSender): MessageOrigin =>
  sender.tab?.id === undefined ? {} : { tabId: sender.tab.id };
