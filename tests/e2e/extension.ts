/// <reference types="chrome" />
import { test as base, expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from '../../scripts/chromium';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export { EXTENSION_DIR, serviceWorkerOf } from '../../scripts/chromium';

const PAGE_DECORATION = new Set(['image', 'stylesheet', 'font', 'media']);

/** The address a saved or reconstructed page names on its first lines, where it is served. */
export const addressOf = (fixture: string): string => {
  const html = readFileSync(resolve('tests/fixtures', fixture), 'utf8');
  const url = html.match(/https:\/\/[^\s"'<>]+/)?.[0];
  if (!url) throw new Error(`${fixture} names no address`);
  return url;
};

/** The id of the tab showing `url`. */
export const tabIdOf = async (sw: Worker, url: string): Promise<number> =>
  sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, url);

/** What the content script captured in a tab, as the background keeps it in storage.session. */
export const captureOf = (sw: Worker, tabId: number) =>
  sw.evaluate(async (id) => (await chrome.storage.session.get(`capture:${id}`))[`capture:${id}`] as { client: { displayName?: string } } | undefined, tabId);

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Serves a saved page at its real address; content scripts run on it as on the live site. */
  servePage: (url: string, fixtureFile: string) => Promise<void>;
  openPopup: (query?: string) => Promise<Page>;
  openDashboard: (hash?: string) => Promise<Page>;
  /**
   * Serves a saved page at the address it names (without its #fragment), opens it in a tab and waits until the
   * background holds its capture: the tab and its id.
   */
  openCaptured: (fixture: string) => Promise<{ page: Page; tabId: number }>;
  /** `openCaptured`, then the popup on that tab, as a person clicking the action on the page sees it. */
  openCapturedPopup: (fixture: string) => Promise<{ popup: Page; tabId: number }>;
  /** Every request that tried to leave the machine; each test asserts it stays empty. */
  escapedRequests: string[];
}

/**
 * One fresh profile per test with the built extension loaded. Every http(s) request is caught:
 * pages a test serves are answered locally, anything else is aborted and recorded, and the test
 * fails if any request tried to leave the machine.
 */
export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its first parameter; this one has none.
  // eslint-disable-next-line no-empty-pattern
  escapedRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ escapedRequests }, use) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'clientcheck-e2e-'));
    const context = await launchWithExtension(userDataDir, { locale: 'en-US' });
    await context.route(/^https?:\/\//, (route) => {
      const request = route.request();
      // A saved page's own images and styles are not ours to serve: they are refused here, and
      // never leave. Anything else (a fetch, a script, a navigation) is recorded as escaping.
      if (!PAGE_DECORATION.has(request.resourceType())) escapedRequests.push(request.url());
      return route.abort('blockedbyclient');
    });
    // A fresh install opens the welcome page (lib/background/welcome.ts): wait for it, so it can never
    // take a test's place as the active tab or the next opened page, then close it.
    await expect.poll(() => context.pages().some((p) => p.url().includes('/dashboard.html#/welcome')), { timeout: 30_000, message: 'the welcome page opens on install' }).toBe(true);
    await Promise.all(context.pages().filter((p) => p.url().includes('/dashboard.html#/welcome')).map((p) => p.close()));
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    expect(escapedRequests, 'no request may leave the machine').toEqual([]);
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  servePage: async ({ context }, use) => {
    await use(async (url, fixtureFile) => {
      const body = readFileSync(resolve('tests/fixtures', fixtureFile), 'utf8');
      await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    });
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async (query = '') => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    });
  },
  openDashboard: async ({ context, extensionId }, use) => {
    await use(async (hash = '') => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/dashboard.html${hash}`);
      return page;
    });
  },
  openCaptured: async ({ context, serviceWorker, servePage }, use) => {
    await use(async (fixture) => {
      const url = addressOf(fixture);
      await servePage(url.replace(/#.*$/, ''), fixture);
      const page = await context.newPage();
      await page.goto(url);
      const tabId = await tabIdOf(serviceWorker, url);
      await expect.poll(() => captureOf(serviceWorker, tabId), { message: `capture of ${fixture}` }).toBeTruthy();
      return { page, tabId };
    });
  },
  openCapturedPopup: async ({ openCaptured, openPopup }, use) => {
    await use(async (fixture) => {
      const { tabId } = await openCaptured(fixture);
      return { popup: await openPopup(`?tabId=${tabId}`), tabId };
    });
  },
});

export { expect };

export const badgeText = (sw: Worker): Promise<string> => sw.evaluate(() => chrome.action.getBadgeText({}));
export const badgeTitle = (sw: Worker): Promise<string> => sw.evaluate(() => chrome.action.getTitle({}));

/** Settings › one section, reached as a person would: the rail, then the section's link (its name, then its hint). */
export const openSettings = async (page: Page, section: string): Promise<void> => {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: new RegExp(`^${section}`) }).click();
};

/** Loads the invented sample data through Settings, as a person trying the extension would. */
export const loadSampleData = async (page: Page): Promise<void> => {
  await openSettings(page, 'Backup and data');
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText('Sample data loaded.')).toBeVisible();
};

/** Adds a client by its name alone, from the dashboard's Clients view. */
export const addClient = async (page: Page, name: string): Promise<void> => {
  await page.getByRole('button', { name: 'Add a client' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
};

/** Settings › Your business, where the freelancer says who they are. */
export const businessSection = (page: Page): Locator => page.locator('section[aria-labelledby="settings-business"]');

/** Types the freelancer's name, address in Lyon and SIRET into Settings › Your business, and saves; the test checks the outcome. */
export const saveBusiness = async (section: Locator, siret: string): Promise<void> => {
  await section.getByLabel('Your name or business name').fill('Camille Martin EI');
  await section.getByLabel('Street', { exact: true }).fill('12 rue des Lilas');
  await section.getByLabel('Postal code').fill('69003');
  await section.getByLabel('City').fill('Lyon');
  await section.getByLabel('SIRET').fill(siret);
  await section.getByRole('button', { name: 'Save your business' }).click();
};

/** Settings › Your profile as a freelancer fills it: React Native as a strength (shown as a chip), an hourly minimum of US$45, saved. */
export const setProfile = async (openDashboard: (hash?: string) => Promise<Page>): Promise<{ settings: Page; profile: Locator }> => {
  const settings = await openDashboard('#/settings/profile');
  const profile = settings.getByTestId('profile-settings');
  await profile.getByLabel('Strengths: the skills you excel at').fill('React Native');
  await profile.getByLabel('Strengths: the skills you excel at').press('Enter');
  await expect(profile.getByRole('button', { name: 'Remove React Native' })).toBeVisible();
  await profile.getByLabel('Currency code').fill('USD');
  await profile.getByRole('button', { name: 'Add a currency' }).click();
  await profile.getByLabel('Hourly minimum (USD)').fill('45');
  await profile.getByLabel('Hourly minimum (USD)').press('Tab');
  await expect(profile.getByRole('status')).toHaveText('Profile saved.');
  return { settings, profile };
};
