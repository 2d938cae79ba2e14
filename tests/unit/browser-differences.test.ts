import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { contextMenus, openInSmallWindow } from '@/lib/browser-differences';
import { createCheckClientMenu, openCheckView } from '@/lib/background/check-client-menu';
import { registerCheckClientMenu } from '@/lib/background/setup';

type Writable = Record<string, unknown>;
const api = browser as unknown as Writable;
const saved = { windows: api.windows, contextMenus: api.contextMenus };

afterEach(() => {
  api.windows = saved.windows;
  api.contextMenus = saved.contextMenus;
});

const URL_OF_VIEW = 'chrome-extension://id/popup.html?tabId=7&from=menu';

describe('a view meant for a small window', () => {
  it('opens in a popup window where the browser has windows', async () => {
    const create = vi.spyOn(browser.windows, 'create');
    const tabs = vi.spyOn(browser.tabs, 'create');
    expect(await openInSmallWindow(URL_OF_VIEW, { width: 420, height: 720 })).toBe('window');
    expect(create).toHaveBeenCalledWith({ url: URL_OF_VIEW, type: 'popup', width: 420, height: 720 });
    expect(tabs).not.toHaveBeenCalled();
  });

  it('opens in a tab where the browser has no windows (Firefox for Android)', async () => {
    api.windows = undefined;
    const tabs = vi.spyOn(browser.tabs, 'create');
    expect(await openInSmallWindow(URL_OF_VIEW, { width: 420, height: 720 })).toBe('tab');
    expect(tabs).toHaveBeenCalledWith({ url: URL_OF_VIEW });
  });

  it('still opens, in a tab, when the browser refuses the window', async () => {
    vi.spyOn(browser.windows, 'create').mockRejectedValue(new Error('popup windows are not supported'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tabs = vi.spyOn(browser.tabs, 'create');
    expect(await openInSmallWindow(URL_OF_VIEW, { width: 420, height: 720 })).toBe('tab');
    expect(tabs).toHaveBeenCalledWith({ url: URL_OF_VIEW });
    expect(warn).toHaveBeenCalledOnce();
  });

  it('is how "Check this client" shows its result, in either case', async () => {
    const create = vi.spyOn(browser.windows, 'create');
    await openCheckView(7);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: browser.runtime.getURL('/popup.html?tabId=7&from=menu'), type: 'popup' }));

    api.windows = undefined;
    const tabs = vi.spyOn(browser.tabs, 'create');
    await openCheckView(8);
    expect(tabs).toHaveBeenCalledWith({ url: browser.runtime.getURL('/popup.html?tabId=8&from=menu') });
  });
});

describe('context menus', () => {
  const fakeMenus = () => ({
    removeAll: vi.fn(async () => {}),
    create: vi.fn(),
    onClicked: { addListener: vi.fn() },
  });

  it('are the browser’s contextMenus where it has them, and "Check this client" is added there', async () => {
    const menus = fakeMenus();
    api.contextMenus = menus;
    expect(contextMenus()).toBe(menus);
    await createCheckClientMenu();
    expect(menus.removeAll).toHaveBeenCalledOnce();
    expect(menus.create).toHaveBeenCalledWith(expect.objectContaining({ id: 'check-client', contexts: ['selection', 'link', 'page'] }));
    registerCheckClientMenu();
    expect(menus.onClicked.addListener).toHaveBeenCalledOnce();
  });

  it('are absent on a browser without them, and the background starts all the same', async () => {
    api.contextMenus = undefined;
    expect(contextMenus()).toBeUndefined();
    await expect(createCheckClientMenu()).resolves.toBeUndefined();
    expect(() => registerCheckClientMenu()).not.toThrow();
  });
});
