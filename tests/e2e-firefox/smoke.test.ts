import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { todayIn } from '../../lib/calendar';
import { sampleData } from '../../lib/demo/sample-data';
import { badge, EXTENSION_ORIGIN, firefoxForThisFile, until, waitForText, type FirefoxRun } from './firefox';
import { checkView, chooseCheckThisClient, CHECK_CLIENT_ITEM, openContextMenu } from './menu';

const SHOTS = resolve('test-results/firefox');

/** The address a saved page names on its first line, where it is served. */
const addressOf = (fixture: string): string => {
  const url = readFileSync(resolve('tests/fixtures', fixture), 'utf8').match(/https:\/\/[^\s"'<>]+/)?.[0];
  if (!url) throw new Error(`${fixture} names no address`);
  return url;
};

/** The tab showing a page of a platform (whose address the extension may see). */
const tabIdOf = (ff: FirefoxRun, url: string): Promise<number> =>
  until(
    () => ff.extension(async (u: string) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url),
    (id) => id >= 0,
    `the tab of ${url}`,
  );

/** The tab in front: without the "tabs" permission, other sites' addresses are hidden from us. */
const frontTabId = async (ff: FirefoxRun, page: Page): Promise<number> => {
  await page.bringToFront();
  return ff.extension(async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
};

const click = (page: Page, selector: string) => page.locator(selector).click();

let ff: FirefoxRun;

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});
firefoxForThisFile((run) => (ff = run));

describe('ClientCheck in Firefox', () => {
  it('installs as a Manifest V3 add-on whose background starts without error and sets the action', async () => {
    const manifest = await ff.extension(() => browser.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    // An event page: Firefox has no service worker background for add-ons.
    expect(manifest.background).toMatchObject({ scripts: [`${EXTENSION_ORIGIN}/background.js`], service_worker: null });
    expect(JSON.stringify(manifest.host_permissions)).not.toContain('<all_urls>');
    // The background's first recount has set the tooltip: the action API is there.
    expect(await until(() => badge(ff), (b) => b.title !== 'ClientCheck', 'the first recount')).toEqual({
      text: '',
      title: 'ClientCheck — no overdue invoice',
    });
  });

  it('captures a saved Upwork page at its real address, marks the tab, and the popup for that tab saves the client', async () => {
    const fixture = 'upwork/job-details-slider.html';
    const url = addressOf(fixture);
    ff.servePage(url, fixture);
    await ff.openTab(url);
    const tabId = await tabIdOf(ff, url);
    await until(
      () => ff.extension(async (key: string) => (await browser.storage.session.get(key))[key] !== undefined, `capture:${tabId}`),
      Boolean,
      'the capture',
    );
    // The tab indicator: a title naming the capture, on this tab only.
    expect(await until(() => ff.extension((id: number) => browser.action.getTitle({ tabId: id }), tabId), (t) => t.includes('client on this page'), 'the tab title')).toContain(
      'client on this page',
    );

    const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.setViewport({ width: 380, height: 600 });
    await waitForText(popup, '[data-testid=capture] .capture-name', 'Name not shown on this page');
    expect(await popup.$eval('[data-testid=capture] input', (input) => (input as HTMLInputElement).value)).toBe('Upwork client in Italy');
    await popup.screenshot({ path: join(SHOTS, 'popup-capture.png'), fullPage: true });
    await click(popup, 'button::-p-text(Save as a new client)');
    await waitForText(popup, '[data-testid=capture]', 'Saved to your clients.');
    await popup.close();
  });

  it('dashboard: each view opens, and the saved client is listed', async () => {
    const dashboard = await ff.openExtensionPage('dashboard.html#/clients');
    await waitForText(dashboard, 'h1', 'Clients');
    await waitForText(dashboard, 'main a', 'Upwork client in Italy');
    for (const [link, heading] of [
      ['Invoices', 'Invoices'],
      ['To chase', 'To chase'],
      ['Settings', 'Settings'],
      ['Clients', 'Clients'],
    ]) {
      await click(dashboard, `nav a::-p-text(${link})`);
      await waitForText(dashboard, 'h1', heading);
    }
    await click(dashboard, 'main a::-p-text(Upwork client in Italy)');
    await waitForText(dashboard, 'h1', 'Upwork client in Italy');
    await dashboard.screenshot({ path: join(SHOTS, 'dashboard-client.png'), fullPage: true });
    await dashboard.close();
  });

  it('a backup imported in Settings sets the badge count and tooltip, and the popup lists what is overdue', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clientcheck-backup-'));
    const file = join(dir, 'backup.json');
    writeFileSync(file, JSON.stringify(sampleData(todayIn())));
    try {
      const dashboard = await ff.openExtensionPage('dashboard.html#/settings/data');
      await waitForText(dashboard, 'h1', 'Settings');
      const input = await dashboard.waitForSelector('form.import input[type=file]');
      await input!.uploadFile(file);
      await click(dashboard, 'form.import button[type=submit]');
      await waitForText(dashboard, '[data-testid=backup-status]', 'Imported: 3 clients, 2 agreements, 5 invoices');
      await dashboard.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await until(() => badge(ff), (b) => b.text === '2', 'the badge count')).toEqual({
      text: '2',
      title: 'ClientCheck — 2 invoices overdue: €6,600.00 + £1,200.00',
    });
    const popup = await ff.openExtensionPage('popup.html');
    await popup.setViewport({ width: 380, height: 600 });
    await waitForText(popup, '[data-testid=overdue-list] li', 'Atelier Lumière');
    expect(await popup.$$eval('[data-testid=overdue-list] li', (items) => items.length)).toBe(2);
    await popup.screenshot({ path: join(SHOTS, 'popup-overdue.png'), fullPage: true });
    await popup.close();
  });

  describe('"Check this client", chosen in Firefox’s own context menu', () => {
    const url = 'https://www.atelier-brume.example/mentions-legales';

    it('on selected text: reads it and opens the check view in a window of its own', async () => {
      ff.servePage(url, 'web/legal-notice.html');
      const page = await ff.openTab(url);
      const tabId = await frontTabId(ff, page);
      // Select from the SIRET line to the contact line, as a person drags over them.
      const point = await page.evaluate(() => {
        const paragraphs = document.querySelectorAll('main p');
        const range = document.createRange();
        range.setStartBefore(paragraphs[2]);
        range.setEndAfter(paragraphs[4]);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        const box = paragraphs[3].getBoundingClientRect();
        return { x: box.left + 20, y: box.top + box.height / 2 };
      });
      const offered = await openContextMenu(ff, page, point.x, point.y);
      expect(offered).toContain(`${CHECK_CLIENT_ITEM}=Check this client`);
      await chooseCheckThisClient(ff);

      const view = await checkView(ff, tabId);
      expect(view.windowType).toBe('popup');
      const card = '[data-testid=capture]';
      await waitForText(view.page, card, 'Read from the selected text');
      await waitForText(view.page, `${card} [data-field="client.emails"] dd`, 'bonjour@atelier-brume.example');
      await waitForText(view.page, `${card} [data-field="client.siret"] dd`, '81234567600017');
      await view.page.screenshot({ path: join(SHOTS, 'check-view-selection.png'), fullPage: true });
      await view.page.close();
      await page.close();
    });

    it('on the page itself: the click grants access to that tab, the reader runs there, and the view opens', async () => {
      const page = await ff.openTab(url);
      const tabId = await frontTabId(ff, page);
      // No host permission for this site: only the user's click on the menu lets us read it.
      expect(await ff.extension((u: string) => browser.permissions.contains({ origins: [u] }), url)).toBe(false);
      await openContextMenu(ff, page, 600, 500);
      await chooseCheckThisClient(ff);

      const view = await checkView(ff, tabId);
      expect(view.windowType).toBe('popup');
      await waitForText(view.page, '[data-testid=capture]', 'Read from this web page');
      await waitForText(view.page, '[data-testid=capture] .capture-name', 'Atelier Brume');
      // The tab shows that a client was read from it.
      expect(await ff.extension((id: number) => browser.action.getTitle({ tabId: id }), tabId)).toContain('client on this page');
      await view.page.close();
      await page.close();
    });
  });
});
