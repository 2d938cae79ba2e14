/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Worker } from '@playwright/test';
import { EXTENSION_DIR, expect, test } from './extension';

/**
 * Native context menus cannot be clicked from a test, so each test dispatches the same
 * `contextMenus.onClicked` event the browser fires, with what the browser would pass.
 */
const clickMenu = (sw: Worker, info: Record<string, unknown>, tabUrl: string) =>
  sw.evaluate(
    async ({ info, tabUrl }) => {
      // Without the "tabs" permission a tab's address is hidden on other sites: take the page in front.
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      (chrome.contextMenus.onClicked as unknown as { dispatch: (...args: unknown[]) => void }).dispatch(
        { menuItemId: 'check-client', editable: false, pageUrl: tabUrl, ...info },
        tab,
      );
      return tab.id!;
    },
    { info, tabUrl },
  );

const LEGAL_NOTICE = 'https://www.atelier-brume.example/mentions-legales';

test('on a selection: names, emails, phones and company ids become a capture in the check view', async ({
  context,
  serviceWorker,
  servePage,
}) => {
  await servePage(LEGAL_NOTICE, 'web/legal-notice.html');
  const page = await context.newPage();
  await page.goto(LEGAL_NOTICE);
  const selection = 'Atelier Brume SAS\nCamille Fontaine\ncamille.fontaine@atelier-brume.example\n+33 1 84 80 12 34\nSIRET 812 345 676 00017';
  const [checkView] = await Promise.all([
    context.waitForEvent('page', (p) => p.url().includes('popup.html?tabId=')),
    clickMenu(serviceWorker, { selectionText: selection }, LEGAL_NOTICE),
  ]);
  const card = checkView.getByTestId('capture');
  await expect(card.locator('.capture-name')).toHaveText('Atelier Brume SAS');
  await card.getByText(/What the page shows/).click();
  const fields = card.getByTestId('capture-fields');
  await expect(fields.locator('[data-field="client.emails"] dd')).toContainText('camille.fontaine@atelier-brume.example');
  await expect(fields.locator('[data-field="client.siret"] dd')).toContainText('81234567600017');
  await expect(card.getByText('Read from the selected text')).toBeVisible();
});

test('on a link: a mailto link gives the email to check', async ({ context, serviceWorker, servePage }) => {
  await servePage(LEGAL_NOTICE, 'web/legal-notice.html');
  const page = await context.newPage();
  await page.goto(LEGAL_NOTICE);
  const [checkView] = await Promise.all([
    context.waitForEvent('page', (p) => p.url().includes('popup.html?tabId=')),
    clickMenu(serviceWorker, { linkUrl: 'mailto:contact@atelier-brume.example?subject=Devis' }, LEGAL_NOTICE),
  ]);
  const card = checkView.getByTestId('capture');
  await card.getByText(/What the page shows/).click();
  await expect(card.getByTestId('capture-fields').locator('[data-field="client.emails"] dd')).toContainText('contact@atelier-brume.example');
});

test('on a page: the injected reader reads JSON-LD, contact links and the legal notice', async ({ context, servePage }) => {
  // The reader as built, run on the page at its real address (what executeScript injects).
  await servePage(LEGAL_NOTICE, 'web/legal-notice.html');
  const page = await context.newPage();
  await page.goto(LEGAL_NOTICE);
  const reader = readFileSync(resolve(EXTENSION_DIR, 'page-reader.js'), 'utf8');
  const snapshot = (await page.evaluate(reader)) as { platform: string; client: Record<string, unknown> };
  expect(snapshot.platform).toBe('web');
  expect(snapshot.client).toMatchObject({ siret: expect.stringMatching(/812\s?345\s?676\s?00017/) });
  expect(snapshot.client.legalName).toMatch(/Atelier Brume/);
});

test('on a page the extension may script: the menu injects the reader and opens the check view', async ({
  context,
  serviceWorker,
  servePage,
}) => {
  // activeTab is granted by a real click only; a platform host is one we may script without it.
  const url = 'https://www.codeur.com/mentions-legales-atelier-brume';
  await servePage(url, 'web/legal-notice.html');
  const page = await context.newPage();
  await page.goto(url);
  const [checkView] = await Promise.all([
    context.waitForEvent('page', (p) => p.url().includes('popup.html?tabId=')),
    clickMenu(serviceWorker, {}, url),
  ]);
  const card = checkView.getByTestId('capture');
  await expect(card.getByText('Read from this web page')).toBeVisible();
  await expect(card.locator('.capture-name')).toContainText('Atelier Brume');
});
