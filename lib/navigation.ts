import { browser } from 'wxt/browser';

/** Dashboard routes live in the hash: `dashboard.html#/invoices/<id>`. */
export type DashboardView = 'clients' | 'invoices' | 'chase' | 'settings';
export interface Route {
  view: DashboardView;
  id?: string;
}

export const VIEWS: DashboardView[] = ['clients', 'invoices', 'chase', 'settings'];

export const routeToHash = (route: Route): string =>
  `#/${route.view}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;

export const parseHash = (hash: string): Route => {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  const known = VIEWS.find((v) => v === view) ?? 'clients';
  return { view: known, id: known === view && id ? decodeURIComponent(id) : undefined };
};

export const dashboardUrl = (route: Route): string => browser.runtime.getURL('/dashboard.html') + routeToHash(route);
