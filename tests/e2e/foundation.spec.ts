/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { addClient, badgeText, badgeTitle, expect, loadSampleData, test } from './extension';

test('installs with least privilege and an empty first screen', async ({ serviceWorker, openPopup }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  const hosts = (manifest.host_permissions ?? []) as string[];
  expect(hosts).not.toContain('<all_urls>');
  expect(hosts.every((h) => h.startsWith('https://') && !h.startsWith('https://*/'))).toBe(true);
  expect(manifest.permissions).toContain('activeTab');

  const popup = await openPopup();
  await expect(popup.getByRole('heading', { name: 'ClientCheck' })).toBeVisible();
  await expect(popup.getByText('Nothing overdue.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Open the dashboard' })).toBeVisible();
  expect(await badgeText(serviceWorker)).toBe('');
});

test('sample data: the badge counts the two overdue invoices and the popup lists them', async ({
  serviceWorker,
  openDashboard,
  openPopup,
  context,
}) => {
  const dashboard = await openDashboard();
  await loadSampleData(dashboard);
  await expect.poll(() => badgeText(serviceWorker)).toBe('2');
  // The tooltip totals what is left to pay per currency: €6,600.00, and £1,600.00 less £400.00 paid.
  await expect.poll(() => badgeTitle(serviceWorker)).toBe('ClientCheck — 2 invoices overdue: €6,600.00 + £1,200.00');

  const popup = await openPopup();
  const overdue = popup.getByTestId('overdue-list').getByRole('listitem');
  await expect(overdue).toHaveCount(2);
  // Most late first: F2026-014 is 12 days late, F2026-015 is 3 days late.
  await expect(overdue.nth(0)).toContainText('Atelier Lumière');
  await expect(overdue.nth(0)).toContainText('12 days late');
  await expect(overdue.nth(1)).toContainText('£1,200.00');
  await expect(popup.getByTestId('due-soon-list').getByRole('listitem')).toHaveCount(1);
  await popup.screenshot({ path: 'test-results/popup-overdue.png' });

  // A line opens the dashboard at that invoice.
  const [tab] = await Promise.all([context.waitForEvent('page'), overdue.nth(0).getByRole('button').click()]);
  await expect(tab.getByTestId('invoice-detail')).toContainText('Invoice F2026-014');
});

test('dashboard: navigation by keyboard and mouse, and no accessibility violations', async ({ openDashboard, openPopup }) => {
  const page = await openDashboard();
  await loadSampleData(page);
  for (const view of ['Clients', 'Invoices', 'Settings']) {
    await page.getByRole('link', { name: view, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${view}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
  // Keyboard: Tab reaches the navigation, Enter follows it, focus lands on the new view's heading.
  await page.goto(page.url().replace(/#.*$/, '#/settings'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Clients', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeFocused();
  await expect(page.getByRole('row')).toHaveCount(4);

  // A client page, and the invoices table with its status filter.
  await page.getByRole('link', { name: 'Northwind Studio Ltd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northwind Studio Ltd' })).toBeVisible();
  await page.getByRole('link', { name: 'Invoices', exact: true }).click();
  await page.getByLabel('Status').selectOption('overdue');
  await expect(page.getByRole('status').filter({ hasText: 'invoices' })).toHaveText('2 invoices');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: 'test-results/dashboard-invoices.png', fullPage: true });

  const popup = await openPopup();
  const popupResults = await new AxeBuilder({ page: popup }).analyze();
  expect(popupResults.violations.map((v) => v.id)).toEqual([]);
});

test('French UI from the settings, kept after a reload', async ({ openDashboard }) => {
  const page = await openDashboard('#/settings');
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(page.getByRole('link', { name: 'Réglages' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('an invoice created through the dashboard turns the badge on, and paying it turns it off', async ({
  serviceWorker,
  openDashboard,
}) => {
  const page = await openDashboard();
  await addClient(page, 'Société <b>Test</b> & Fils');
  // Markup in a name is shown as text, never interpreted.
  await expect(page.getByRole('link', { name: 'Société <b>Test</b> & Fils' })).toBeVisible();

  await page.getByRole('link', { name: 'Invoices', exact: true }).click();
  await page.getByRole('button', { name: 'Add an invoice' }).click();
  await page.getByLabel('Number').fill('2026-001');
  await page.getByLabel('Issue date').fill('2026-01-05');
  await page.getByLabel('Due date').fill('2026-02-04');
  await page.getByLabel('Amount excl. VAT').fill('1 200,50');
  await page.getByLabel('VAT rate').selectOption('0');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: '2026-001' })).toBeVisible();
  // A new invoice is a draft: it counts once sent.
  await page.getByTestId('invoice-detail').getByRole('button', { name: 'Mark as sent' }).click();
  await page.getByTestId('invoice-detail').getByRole('button', { name: 'Mark as sent anyway' }).click();
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');

  await page.getByRole('link', { name: '2026-001' }).click();
  await expect(page.getByTestId('invoice-detail')).toContainText('€1,200.50');
  await page.getByRole('button', { name: 'Record full payment today' }).click();
  await expect.poll(() => badgeText(serviceWorker)).toBe('');
});

test('first run: the welcome page (opened on install) sets the legal status and the language, offers sample data, and Settings opens it again', async ({ openDashboard }) => {
  const page = await openDashboard('#/welcome');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to ClientCheck' })).toBeVisible();
  await expect(page.getByText('Everything stays on this computer.')).toBeVisible();
  // The status it asks for is the one the invoice check and the chase read.
  await page.getByLabel('Your legal status').selectOption({ label: 'Micro-entrepreneur (VAT franchise)' });
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load sample data' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/welcome-en.png', fullPage: true });

  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans ClientCheck' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/welcome-fr.png', fullPage: true });
  await page.getByRole('link', { name: 'Commencer avec mes clients' }).click();
  // The status is said: the home view no longer asks for it.
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByTestId('status-prompt')).toHaveCount(0);

  await page.getByRole('link', { name: 'Réglages' }).click();
  await page.getByRole('link', { name: 'Afficher la page d’accueil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans ClientCheck' })).toBeVisible();
  await expect(page.getByLabel('Votre statut juridique')).toHaveValue('fr-micro');
});

test('the client list fits 1,280 px: no horizontal scrolling, in English and in French', async ({ openDashboard }) => {
  const page = await openDashboard('#/settings/data');
  await page.setViewportSize({ width: 1280, height: 800 });
  await loadSampleData(page);
  for (const [language, heading] of [['en', 'Clients'], ['fr', 'Clients']] as const) {
    if (language === 'fr') {
      await page.goto(page.url().replace(/#.*$/, '#/settings'));
      await page.getByLabel('Language').selectOption('fr');
    }
    await page.goto(page.url().replace(/#.*$/, '#/clients'));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const table = page.getByTestId('clients-table');
    await expect(table.getByRole('row')).toHaveCount(4);
    const overflow = await page.evaluate(() => {
      const table = document.querySelector<HTMLElement>('[data-testid="clients-table"]')!;
      const main = document.querySelector<HTMLElement>('main')!;
      return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, table: table.getBoundingClientRect().right - main.getBoundingClientRect().right };
    });
    expect(overflow.page, `${language}: the page scrolls sideways`).toBeLessThanOrEqual(0);
    expect(overflow.table, `${language}: the table runs past the view`).toBeLessThanOrEqual(0);
  }
});
