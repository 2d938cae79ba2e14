import { browser } from 'wxt/browser';

/** Dashboard routes live in the hash: `dashboard.html#/invoices/<id>`. */
export type DashboardView = 'clients' | 'invoices' | 'chase' | 'settings' | 'welcome';
export interface Route {
  view: DashboardView;
  id?: string;
}

/** The views the navigation lists; the welcome page is opened on install and from Settings, not from the rail. */
export const VIEWS: DashboardView[] = ['clients', 'invoices', 'chase', 'settings'];
const ROUTED: readonly DashboardView[] = [...VIEWS, 'welcome'];

/** What ClientCheck does and the three settings that change its advice: opened once, on install. */
export const WELCOME_ROUTE: Route = { view: 'welcome' };

/**
 * Settings' sections, one shown at a time, each with its own address (`#/settings/business`). The first is
 * where a bare `#/settings` lands.
 */
export const SETTINGS_SECTIONS = ['business', 'profile', 'billing', 'chasing', 'risk', 'data'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** Addresses that name a place inside a section: `backup` is the Backup card of Backup and data. */
const SECTION_OF_ANCHOR: Readonly<Record<string, SettingsSection>> = { backup: 'data' };

/** The section a settings route shows: its own, the one holding its anchor, else the first. */
export const settingsSectionOf = (id: string | undefined): SettingsSection =>
  SETTINGS_SECTIONS.find((s) => s === id) ?? (id ? SECTION_OF_ANCHOR[id] : undefined) ?? SETTINGS_SECTIONS[0];

/** Settings, scrolled to its Backup card. */
export const BACKUP_ROUTE: Route = { view: 'settings', id: 'backup' };

/** Settings › Your business: the legal status and identifiers the invoice check reads. */
export const BUSINESS_ROUTE: Route = { view: 'settings', id: 'business' };

export const routeToHash = (route: Route): string =>
  `#/${route.view}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;

/**
 * The route an address names. Anything it cannot read falls back to a list, never to an error: an
 * unknown view to the clients, an id that is not valid percent-encoding (`%E0%A4%A`) to its view's list.
 */
export const parseHash = (hash: string): Route => {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  const known = ROUTED.find((v) => v === view) ?? 'clients';
  return { view: known, id: known === view && id ? decodedId(id) : undefined };
};

const decodedId = (raw: string): string | undefined => {
  try {
    return decodeURIComponent(raw) || undefined;
  } catch {
    return undefined;
  }
};

export const dashboardUrl = (route: Route): string => browser.runtime.getURL('/dashboard.html') + routeToHash(route);
