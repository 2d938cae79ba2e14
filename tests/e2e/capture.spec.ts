/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { captureOf, expect, tabIdOf, test } from './extension';

const CASES: [fixture: string, name: string][] = [
  // Upwork shows no client name: the card says so and suggests one the user can change.
  ['upwork/job-details-slider.html', 'Name not shown on this page'],
  ['upwork/job-page-bad-client.html', 'Name not shown on this page'],
  ['freelancer/project-page.html', 'olivia_yogastudio'],
  ['gmail/thread.html', 'Atelier Brume SAS'],
  ['outlook/reading-pane.html', 'Northwind Studio Ltd'],
  ['malt/project-offer.html', 'Lumen Analytics'],
  ['codeur/project-page.html', 'Garage Martin & Fils'],
  ['fiverr/inbox-conversation.html', 'northfield_goods'],
  ['peopleperhour/project-page.html', 'Harbourside Dental Care'],
  ['guru/job-detail.html', 'Pine Ridge Outfitters LLC'],
  ['comeup/request-page.html', 'Boulangerie Lefèvre SARL'],
];

for (const [fixture, name] of CASES) {
  test(`captures ${fixture} at its real address, shows it in the popup, and saves it`, async ({
    serviceWorker,
    openCaptured,
    openPopup,
    openDashboard,
  }) => {
    const { tabId } = await openCaptured(fixture);

    // The tab shows that a client was captured, without touching the global overdue badge.
    await expect
      .poll(() => serviceWorker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId))
      .toContain('client on this page');

    const popup = await openPopup(`?tabId=${tabId}`);
    const card = popup.getByTestId('capture');
    await expect(card).toBeVisible();
    await expect(card.locator('.capture-name')).toHaveText(name);
    await card.getByText(/What the page shows/).click();
    await expect(card.getByTestId('capture-fields').locator('.field-row').first()).toBeVisible();
    await popup.screenshot({ path: `test-results/capture-${fixture.replace(/\W+/g, '-')}.png`, fullPage: true });

    const nameInput = card.getByLabel('Save under the name');
    const shownName = (await nameInput.count()) ? await nameInput.inputValue() : (await card.locator('.capture-name').textContent())!;
    await card.getByRole('button', { name: 'Save as a new client' }).click();
    await expect(card.getByText('Saved to your clients.')).toBeVisible();

    // Recognised on sight next time.
    const again = await openPopup(`?tabId=${tabId}`);
    await expect(again.getByTestId('known-client')).toBeVisible();
    await expect(again.getByRole('button', { name: 'Save as a new client' })).toHaveCount(0);

    const dashboard = await openDashboard('#/clients');
    await expect(dashboard.getByRole('link', { name: shownName, exact: true })).toBeVisible();
  });
}

test('Upwork: the suggested name for a client the page does not name can be changed before saving', async ({ openCapturedPopup, openDashboard }) => {
  const { popup } = await openCapturedPopup('upwork/job-details-slider.html');
  const name = popup.getByLabel('Save under the name');
  await expect(name).toHaveValue('Upwork client in Italy');
  await name.fill('Milan design studio');
  await popup.getByRole('button', { name: 'Save as a new client' }).click();
  const dashboard = await openDashboard('#/clients');
  await dashboard.getByRole('link', { name: 'Milan design studio' }).click();
  await expect(dashboard.getByRole('heading', { level: 1, name: 'Milan design studio' })).toBeVisible();
});

test('a single-page app: the client block appears late and is captured without a page load', async ({
  context,
  serviceWorker,
}) => {
  const url = 'https://www.upwork.com/nx/find-work/most-recent/details/~021999055296412911573';
  const slider = readFileSync(resolve('tests/fixtures/upwork/job-details-slider.html'), 'utf8');
  const body = slider.match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? slider;
  // The saved slider, held back in a template and put on the page 3 s after load, as the app does.
  const page = `<!doctype html><html><head><title>Upwork</title></head><body><main id="app"></main>
<template id="later">${body}</template>
<script>setTimeout(() => document.getElementById('app').append(document.getElementById('later').content.cloneNode(true)), 3000);</script>
</body></html>`;
  await context.route(url, (r) => r.fulfill({ contentType: 'text/html', body: page }));
  const tab = await context.newPage();
  await tab.goto(url);
  const tabId = await tabIdOf(serviceWorker, url);
  expect(await captureOf(serviceWorker, tabId)).toBeUndefined();
  await expect.poll(() => captureOf(serviceWorker, tabId), { timeout: 10_000 }).toBeTruthy();
  const capture = (await captureOf(serviceWorker, tabId)) as unknown as { signals: { totalSpent?: { amount: number } } };
  expect(capture.signals.totalSpent?.amount).toBe(1_100_000);
});

test('browsing many job pages saves no client until the user asks', async ({ openCaptured, openDashboard }) => {
  const { tabId } = await openCaptured('upwork/job-details-slider.html');
  expect(tabId).toBeGreaterThan(0);
  const dashboard = await openDashboard('#/clients');
  await expect(dashboard.getByText('No clients yet.', { exact: false })).toBeVisible();
});

test('red flags in a job description show in the popup with the quoted sentence', async ({ openCapturedPopup }) => {
  const { popup } = await openCapturedPopup('upwork/job-page-bad-client.html');
  // The risk's reasons quote them at the top; the list of what the text says is one click below.
  await popup.getByText('Red flags in the text').click();
  const flags = popup.getByRole('group', { name: 'Red flags in the text' });
  await expect(flags).toContainText('Asks to pay outside the platform');
  await expect(flags).toContainText('We will pay via PayPal directly to avoid Upwork fees.');
});
