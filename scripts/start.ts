// `npm start`: opens Chromium with the built extension and a demo profile holding the sample
// clients, agreements and invoices (two of them overdue). Without a display it writes screenshots
// of the popup and the dashboard instead, and prints where.
/// <reference types="chrome" />
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, launchWithExtension, serviceWorkerOf } from './chromium';

// Without Chromium, the same advice as the tests give (scripts/check-chromium.mjs), then stop.
if (!existsSync(CHROMIUM)) process.exit(spawnSync('node', ['scripts/check-chromium.mjs'], { stdio: 'inherit' }).status ?? 1);
const headless = !process.env.DISPLAY && process.platform === 'linux';
const profile = mkdtempSync(join(tmpdir(), 'clientcheck-demo-'));

const context = await launchWithExtension(profile, { headless, viewport: headless ? { width: 1280, height: 800 } : null });
const worker = await serviceWorkerOf(context);
const extensionId = new URL(worker.url()).host;
const base = `chrome-extension://${extensionId}`;

const dashboard = context.pages()[0] ?? (await context.newPage());
await dashboard.goto(`${base}/dashboard.html#/settings/data`);
await dashboard.getByRole('button', { name: /Load sample data|Charger les données/ }).click();
await dashboard.getByRole('status').filter({ hasText: /Sample data loaded|Données d'exemple chargées/ }).waitFor();
await dashboard.goto(`${base}/dashboard.html#/invoices`);

if (!headless) {
  console.log(`ClientCheck is running with sample data. Dashboard: ${base}/dashboard.html — close the window to stop.`);
  await new Promise<void>((done) => context.on('close', () => done()));
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
