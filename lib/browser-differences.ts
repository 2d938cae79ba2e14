import { browser } from 'wxt/browser';

/**
 * The one module that knows where the browsers ClientCheck runs in differ. Both builds are
 * Manifest V3, so the action (badge, tooltip, per-tab icon), storage.session, scripting, alarms and
 * notifications are the same calls everywhere and need nothing here. What is left is what some
 * browsers lack, and what ClientCheck does instead:
 * - context menus: Chrome and Firefox on the desktop have them; Firefox for Android has none, so
 *   "Check this client" is simply not offered there;
 * - windows: Firefox for Android has no windows, so a view meant for a small window of its own
 *   opens in a tab.
 * Features call these functions and never test for a browser themselves.
 */

export type ContextMenus = typeof browser.contextMenus;

/** The context-menu API, or nothing where the browser has no context menus. */
export const contextMenus = (): ContextMenus | undefined =>
  (browser as { contextMenus?: ContextMenus }).contextMenus ?? undefined;

export interface WindowSize {
  width: number;
  height: number;
}

/** Opens one of our pages in a small window of its own where the browser has windows, else in a tab. */
export const openInSmallWindow = async (url: string, size: WindowSize): Promise<'window' | 'tab'> => {
  const windows = (browser as { windows?: typeof browser.windows }).windows;
  if (windows?.create) {
    try {
      await windows.create({ url, type: 'popup', width: size.width, height: size.height });
      return 'window';
    } catch (error) {
      // A browser may refuse a popup window (a kiosk, a mobile build): the view still opens.
      console.warn('ClientCheck: no window for this view, opening it in a tab', error);
    }
  }
  await browser.tabs.create({ url });
  return 'tab';
};
