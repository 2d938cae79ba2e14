// `npm start`: opens Chromium with the built extension and a demo profile holding the sample
// clients, agreements and invoices (two of them overdue). Without a display it writes screenshots
// of the popup and the dashboard instead, and prints where.
/* global chrome -- used inside the extension's service worker */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const extensionDir = resolve('.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  await import('./check-chromium.mjs');
}
const headless = !process.env.DISPLAY && process.platform === 'linux';
const profile = mkdtempSync(join(tmpdir(), 'clientcheck-demo-'));

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: headless ? { width: 1280, height: 800 } : null,
  args: [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const base = `chrome-extension://${extensionId}`;

const dashboard = context.pages()[0] ?? (await context.newPage());
await dashboard.goto(`${base}/dashboard.html#/settings`);
await dashboard.getByRole('button', { name: /Load sample data|Charger les données/ }).click();
await dashboard.getByRole('status').filter({ hasText: /Sample data loaded|Données d'exemple chargées/ }).waitFor();
await dashboard.goto(`${base}/dashboard.html#/invoices`);

if (!headless) {
  console.log(`ClientCheck is running with sample data. Dashboard: ${base}/dashboard.html — close the window to stop.`);
  await new Promise((done) => context.on('close', done));
} else {
  const out = resolve('screenshots');
  mkdirSync(out, { recursive: true });
  await dashboard.getByRole('row').nth(1).waitFor();
  await dashboard.screenshot({ path: join(out, 'dashboard-invoices.png'), fullPage: true });
  await dashboard.goto(`${base}/dashboard.html#/clients`);
  await dashboard.getByRole('row').nth(1).waitFor();
  await dashboard.screenshot({ path: join(out, 'dashboard-clients.png'), fullPage: true });
  await dashboard.goto(`${base}/dashboard.html#/settings`);
  await dashboard.getByRole('heading', { level: 1 }).waitFor();
  await dashboard.screenshot({ path: join(out, 'dashboard-settings.png'), fullPage: true });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 520 });
  await popup.goto(`${base}/popup.html`);
  await popup.getByTestId('overdue-list').waitFor();
  await popup.screenshot({ path: join(out, 'popup.png') });
  const badge = await worker.evaluate(() => chrome.action.getBadgeText({}));
  console.log(`No display: ClientCheck ran headless with sample data (badge shows "${badge}" overdue).`);
  console.log(`Screenshots written to ${out}/: popup.png, dashboard-invoices.png, dashboard-clients.png, dashboard-settings.png`);
  await context.close();
}
