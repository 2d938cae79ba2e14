import { browser } from 'wxt/browser';
import { dashboardUrl, WELCOME_ROUTE } from '../navigation';

/**
 * On a fresh install, the welcome page: what ClientCheck does and the three settings that change its advice.
 * Not on updates or browser restarts: an existing user has seen it, and Settings opens it again.
 */
export const registerWelcome = (): void => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: dashboardUrl(WELCOME_ROUTE) });
  });
};
