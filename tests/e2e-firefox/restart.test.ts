import { expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { badge, firefoxForThisFile, until, waitForText, type FirefoxRun } from './firefox';
import { checkView, chooseCheckThisClient, CHECK_CLIENT_ITEM, openContextMenu } from './menu';

const clientNames = async (ff: FirefoxRun): Promise<string[]> => {
  const dashboard = await ff.openExtensionPage('dashboard.html#/clients');
  await waitForText(dashboard, 'main a', 'Northwind Studio Ltd');
  const names = await dashboard.$$eval('main table a', (links) => links.map((a) => a.textContent ?? ''));
  await dashboard.close();
  return names.sort();
};

let ff: FirefoxRun;
firefoxForThisFile((run) => (ff = run));

it('keeps its data, its badge and its context menu when Firefox restarts with the same profile', async () => {
  const dashboard: Page = await ff.openExtensionPage('dashboard.html#/settings/data');
  await dashboard.locator('button::-p-text(Load sample data)').click();
  await waitForText(dashboard, '.status', 'Sample data loaded.');
  await dashboard.close();
  const before = await until(() => badge(ff), (b) => b.text === '2', 'the badge count');
  const clients = await clientNames(ff);
  expect(clients).toHaveLength(3);

  await ff.restart();

  // The background starts again with the browser and counts from the database it kept.
  expect(await until(() => badge(ff), (b) => b.text === '2', 'the badge count after the restart')).toEqual(before);
  expect(await clientNames(ff)).toEqual(clients);

  // The menu item was created at install; Firefox keeps it for the event page across restarts.
  const url = 'https://www.atelier-brume.example/mentions-legales';
  ff.servePage(url, 'web/legal-notice.html');
  const page = await ff.openTab(url);
  await page.bringToFront();
  const tabId = await ff.extension(async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
  expect(await openContextMenu(ff, page, 600, 500)).toContain(`${CHECK_CLIENT_ITEM}=Check this client`);
  await chooseCheckThisClient(ff);
  const view = await checkView(ff, tabId);
  await waitForText(view.page, '[data-testid=capture] .capture-name', 'Atelier Brume');
});
