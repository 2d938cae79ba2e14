import { browser } from 'wxt/browser';
import type { Message } from './protocol';

/** Typed send from an extension page or a content script. A stopped background is woken by it. */
export const sendMessage = async (message: Message): Promise<unknown> => {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    // The background may be restarting after an update; what it shows is recomputed at start-up.
    return undefined;
  }
};
