// `npm run screenshots`: the README's pictures, in English and in French, from the built extension
// with the sample data, at the sizes people see (the popup at 380 × 600, the dashboard at 1280 × 800).
// Written to docs/screenshots/<lang>/. Tests never write there; only this command does.
/// <reference types="chrome" />
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { CHROMIUM, launchWithExtension, serviceWorkerOf } from './chromium';

if (!existsSync(CHROMIUM)) process.exit(spawnSync('node', ['scripts/check-chromium.mjs'], { stdio: 'inherit' }).status ?? 1);

type Lang = 'en' | 'fr';
const LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

/** The UI strings as the extension shows them (shell and feature catalogues), so the script clicks what a person reads. */
const catalogue = (lang: Lang): Record<string, { message: string }> => {
  const files = [resolve('public/_locales', lang, 'messages.json'), resolve('lib/profile', `messages.${lang}.json`)];
  return Object.assign({}, ...files.map((f) => JSON.parse(readFileSync(f, 'utf8'))));
};

const JOB_PAGE = 'upwork/job-details-slider.html';
const jobAddress = (): string => readFileSync(resolve('tests/fixtures', JOB_PAGE), 'utf8').match(/https:\/\/[^\s"'<>]+/)![0];

const written: string[] = [];
const shoot = async (page: Page, dir: string, name: string): Promise<void> => {
  // Fonts and late layout settle before the picture.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  written.push(path);
};

const run = async (lang: Lang): Promise<void> => {
  const text = catalogue(lang);
  const say = (key: string): string => text[key].message;
  const dir = resolve('docs/screenshots', lang);
  mkdirSync(dir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), `clientcheck-shots-${lang}-`));
  const context: BrowserContext = await launchWithExtension(profile, { headless: true, locale: LOCALE[lang], viewport: { width: 1280, height: 800 } });
  try {
    // Nothing leaves the machine: the one page shown is served from the saved copy.
    await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
    const url = jobAddress();
    const body = readFileSync(resolve('tests/fixtures', JOB_PAGE), 'utf8');
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));

    const worker = await serviceWorkerOf(context);
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const dashboard = context.pages()[0] ?? (await context.newPage());
    await dashboard.goto(`${base}/dashboard.html#/settings/data`);
    await dashboard.getByRole('button', { name: say('demoLoad') }).click();
    await dashboard.getByText(say('demoLoaded')).waitFor();

    // A profile to weigh the job page against: one strength, an hourly minimum in dollars.
    await dashboard.goto(`${base}/dashboard.html#/settings/profile`);
    const profile = dashboard.getByTestId('profile-settings');
    await profile.getByLabel(say('profile_strengths')).fill('React Native');
    await profile.getByLabel(say('profile_strengths')).press('Enter');
    await profile.getByLabel(say('profile_newCurrency')).fill('USD');
    await profile.getByRole('button', { name: say('profile_addCurrency') }).click();
    const hourly = profile.getByLabel(say('profile_hourly').replace('$CURRENCY$', 'USD'));
    await hourly.fill('45');
    await hourly.press('Tab');
    await profile.getByText(say('profile_saved')).waitFor();

    await dashboard.goto(`${base}/dashboard.html#/invoices`);
    await dashboard.getByRole('row').nth(3).waitFor();
    await shoot(dashboard, dir, 'dashboard-invoices');

    await dashboard.goto(`${base}/dashboard.html#/clients`);
    await dashboard.getByRole('row').nth(3).waitFor();
    await shoot(dashboard, dir, 'dashboard-clients');

    await dashboard.getByRole('link', { name: 'Atelier Lumière' }).click();
    await dashboard.getByTestId('client-facts').waitFor();
    await shoot(dashboard, dir, 'client-page');

    await dashboard.goto(`${base}/dashboard.html#/chase`);
    await dashboard.locator('main table tbody a, main .chase-list a').first().click();
    await dashboard.getByTestId('chase-ladder').waitFor();
    await shoot(dashboard, dir, 'chase-page');
    const letter = dashboard.locator('.letter-card');
    await letter.scrollIntoViewIfNeeded();
    await letter.screenshot({ path: join(dir, 'chase-letter.png') });
    written.push(join(dir, 'chase-letter.png'));

    await dashboard.goto(`${base}/dashboard.html#/settings`);
    await dashboard.getByRole('heading', { level: 1 }).waitFor();
    await shoot(dashboard, dir, 'settings');

    await dashboard.goto(`${base}/dashboard.html#/welcome`);
    await dashboard.getByTestId('welcome').waitFor();
    await shoot(dashboard, dir, 'welcome');

    const home = await context.newPage();
    await home.setViewportSize({ width: 380, height: 600 });
    await home.goto(`${base}/popup.html`);
    await home.getByTestId('overdue-list').waitFor();
    await shoot(home, dir, 'popup-home');

    // A job page: captured, saved as a client, then the popup as it opens on that page next time.
    const job = await context.newPage();
    await job.goto(url);
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, url);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`${base}/popup.html?tabId=${tabId}`);
    await popup.getByRole('button', { name: say('captureSaveNew') }).click();
    await popup.reload();
    await popup.getByTestId('known-client').waitFor();
    await popup.getByTestId('job-fit-summary').waitFor();
    await shoot(popup, dir, 'popup-job-page');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
};

for (const lang of ['en', 'fr'] as const) await run(lang);
console.log(`Screenshots written:\n${written.map((p) => `  ${p}`).join('\n')}`);
