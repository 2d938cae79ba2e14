import type { Page } from 'puppeteer-core';
import { ADDON_ID, EXTENSION_ORIGIN, until, type FirefoxRun } from './firefox';

/** Firefox names an add-on's menu items `<widget id>-menuitem-_<our id>`. */
const WIDGET_ID = ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
export const CHECK_CLIENT_ITEM = `${WIDGET_ID}-menuitem-_check-client`;

/**
 * Right-clicks at a point of the page, as a person does, then waits for Firefox's own context
 * menu to show and returns the labels of what it offers.
 */
export const openContextMenu = async (ff: FirefoxRun, page: Page, x: number, y: number): Promise<string[]> => {
  await page.bringToFront();
  await page.mouse.click(x, y, { button: 'right' });
  return until(
    () =>
      ff.chrome<string[]>(`(() => {
        for (const win of Services.wm.getEnumerator('navigator:browser')) {
          const menu = win.document.getElementById('contentAreaContextMenu');
          if (menu?.state === 'open') return 'json:' + JSON.stringify([...menu.children].filter((i) => !i.hidden && i.label).map((i) => i.id + '=' + i.label));
        }
        return 'json:[]';
      })()`),
    (items) => items.length > 0,
    'the context menu to open',
  );
};

/** Chooses our item in the open context menu, as a click on it does. */
export const chooseCheckThisClient = async (ff: FirefoxRun): Promise<void> => {
  const chosen = await ff.chrome<boolean>(`(() => {
    for (const win of Services.wm.getEnumerator('navigator:browser')) {
      const menu = win.document.getElementById('contentAreaContextMenu');
      const item = win.document.getElementById(${JSON.stringify(CHECK_CLIENT_ITEM)});
      if (menu?.state === 'open' && item && !item.hidden) {
        menu.activateItem(item);
        return true;
      }
    }
    return false;
  })()`);
  if (!chosen) throw new Error('"Check this client" is not in the open context menu');
};

/** The check view the menu opened: its window's type and its page. */
export const checkView = async (ff: FirefoxRun, tabId: number): Promise<{ windowType: string; page: Page }> => {
  const url = `${EXTENSION_ORIGIN}/popup.html?tabId=${tabId}&from=menu`;
  const windowType = await until(
    () =>
      ff.extension(async (href: string) => {
        const windows = await browser.windows.getAll({ populate: true });
        return windows.find((w) => w.tabs?.some((t) => t.url === href))?.type ?? '';
      }, url),
    (type) => type !== '',
    'the check view to open',
  );
  const page = await until(
    async () => {
      for (const candidate of await ff.browser.pages()) {
        if ((await candidate.evaluate(() => location.href).catch(() => '')) === url) return candidate;
      }
      return undefined;
    },
    (found) => found !== undefined,
    'the check view page',
  );
  return { windowType, page: page! };
};
