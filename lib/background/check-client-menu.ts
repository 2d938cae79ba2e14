import { browser, type Browser } from 'wxt/browser';

type MenuClick = Browser.contextMenus.OnClickData;
type Tab = Browser.tabs.Tab;
import { clientSnapshot, type ClientSnapshot } from '../model';
import { message } from '../i18n/messages';
import { snapshotFromLink, snapshotFromSelection } from '../platforms/selection';
import { assessStoredCapture } from './capture-assessments';
import { saveCheck } from './captures';
import { tabCapture } from '../session/items';
import { markTabCaptured } from './tab-indicator';
import { contextMenus, openInSmallWindow } from '../browser-differences';

export const CHECK_CLIENT_MENU = 'check-client';

export const createCheckClientMenu = async (): Promise<void> => {
  const menus = contextMenus();
  if (!menus) return;
  await menus.removeAll();
  menus.create({
    id: CHECK_CLIENT_MENU,
    title: message('menuCheckClient'),
    contexts: ['selection', 'link', 'page'],
  });
};

/** Runs the generic reader in the page, with the access the user's click granted (activeTab). */
const readPage = async (tabId: number): Promise<unknown> => {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-reader.js'] });
  return result?.result;
};

/**
 * What the menu was used on, as a capture: the selected text, the link, or the page itself.
 * Whatever comes back from the page is untrusted and goes through the snapshot schema.
 */
export const captureFromMenu = async (info: MenuClick, tab: Tab | undefined): Promise<ClientSnapshot | null> => {
  const pageUrl = info.pageUrl ?? tab?.url ?? '';
  let raw: unknown = null;
  if (info.selectionText) raw = snapshotFromSelection(info.selectionText, pageUrl);
  else if (info.linkUrl) raw = snapshotFromLink(info.linkUrl, pageUrl);
  else if (tab?.id !== undefined) raw = await readPage(tab.id);
  const parsed = clientSnapshot.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/** The check view: the popup page for what the menu read on that tab, in a window of its own. */
export const openCheckView = async (tabId: number): Promise<void> => {
  await openInSmallWindow(browser.runtime.getURL(`/popup.html?tabId=${tabId}&from=menu`), { width: 420, height: 720 });
};

export const onCheckClient = async (info: MenuClick, tab: Tab | undefined): Promise<ClientSnapshot | null> => {
  if (info.menuItemId !== CHECK_CLIENT_MENU || tab?.id === undefined) return null;
  let snapshot: ClientSnapshot | null = null;
  try {
    snapshot = await captureFromMenu(info, tab);
  } catch (error) {
    // A page the browser forbids scripting on (the web store, settings pages) gives nothing to read.
    console.warn('ClientCheck: could not read this page', error);
  }
  if (snapshot) {
    await saveCheck(tab.id, snapshot);
    await markTabCaptured(tab.id, snapshot);
    await assessStoredCapture(tabCapture('check', tab.id), snapshot);
  }
  await openCheckView(tab.id);
  return snapshot;
};
