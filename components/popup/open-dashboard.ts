import { dashboardUrl, type Route } from '@/lib/navigation';
import { browser } from 'wxt/browser';

/** Opens the dashboard at a route in a new tab and closes the popup, as every popup link does. */
export const openDashboard = async (route: Route): Promise<void> => {
  await browser.tabs.create({ url: dashboardUrl(route) });
  window.close();
};
