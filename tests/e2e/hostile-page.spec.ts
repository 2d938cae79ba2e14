/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Worker } from '@playwright/test';
import { expect, tabIdOf, test } from './extension';

/**
 * A platform page that wants to find ClientCheck and silence it. Its script runs before anything else
 * on the page and knows the extension's id (a store extension's id is public): it records every message
 * posted to the window, listens for the events WXT's content scripts announce themselves with, watches
 * the DOM, probes the extension's files, then dispatches the event that stops WXT's content scripts and
 * moves the single-page app to another job. ClientCheck must not show itself, and must capture the new job.
 */
const FIRST = 'https://www.upwork.com/nx/find-work/most-recent/details/~021999055296412911573';
const SECOND_PATH = '/nx/find-work/most-recent/details/~021888000000000000123';

const fragment = (fixture: string) => readFileSync(resolve('tests/fixtures', fixture), 'utf8').replace(/<!--[\s\S]*?-->|<meta[^>]*>/g, '');

const hostilePage = (extensionId: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Upwork</title>
<script>
  const EXTENSION = ${JSON.stringify(extensionId)};
  const seen = (window.__seen = { messages: [], events: [], mutations: 0, attributes: [], probes: [] });
  addEventListener('message', (e) => seen.messages.push(JSON.stringify(e.data)), true);
  const names = ['upwork', 'freelancer', 'gmail', 'outlook', 'other-platforms'].flatMap((script) =>
    ['content-script-started', 'locationchange'].map((what) => EXTENSION + ':' + script + ':wxt:' + what),
  );
  for (const name of names) {
    document.addEventListener(name, (e) => seen.events.push(name + ' on document ' + JSON.stringify(e.detail ?? null)), true);
    addEventListener(name, (e) => seen.events.push(name + ' on window ' + JSON.stringify(e.detail ?? null)), true);
  }
  // Every change to the DOM once the page is parsed: the page itself makes none but its navigation.
  const observer = new MutationObserver((records) => {
    seen.mutations += records.length;
    for (const r of records) if (r.type === 'attributes') seen.attributes.push(r.attributeName);
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
  );
  window.__probe = async () => {
    for (const path of ['manifest.json', 'icon/16.png', 'popup.html']) {
      try {
        await fetch('chrome-extension://' + EXTENSION + '/' + path);
        seen.probes.push(path + ': readable');
      } catch {
        seen.probes.push(path + ': refused');
      }
    }
  };
  // What stops a WXT content script: its own start event, forged, by message and on the document.
  window.__strike = () => {
    for (const script of ['upwork', 'freelancer', 'gmail', 'outlook', 'other-platforms']) {
      const type = EXTENSION + ':' + script + ':wxt:content-script-started';
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: script, messageId: 'hostile' } }));
      postMessage({ type, contentScriptName: script, messageId: 'hostile' }, '*');
    }
  };
  // The app shows another job without a page load.
  window.__navigate = (path) => {
    history.pushState({}, '', path);
    document.getElementById('app').replaceChildren(document.getElementById('next').content.cloneNode(true));
    // The page's own changes are not counted.
    observer.takeRecords();
  };
</script></head>
<body><main id="app">${fragment('upwork/job-details-slider.html')}</main>
<template id="next">${fragment('upwork/job-details-slider-bad-reviews.html')}</template>
</body></html>`;

const capturedJob = (sw: Worker, tabId: number) =>
  sw.evaluate(
    async (id) =>
      ((await chrome.storage.session.get(`capture:${id}`))[`capture:${id}`] as { job?: { externalId?: string } } | undefined)?.job?.externalId,
    tabId,
  );

test('a hostile page script can neither detect ClientCheck nor stop its capture', async ({ context, serviceWorker, extensionId, openPopup }) => {
  await context.route('https://www.upwork.com/nx/find-work/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostilePage(extensionId) }),
  );
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(FIRST);
  const tabId = await tabIdOf(serviceWorker, FIRST);
  await expect.poll(() => capturedJob(serviceWorker, tabId)).toBe('~021999055296412911573');

  await page.evaluate(() => (window as unknown as { __probe: () => Promise<void> }).__probe());
  await page.evaluate(() => (window as unknown as { __strike: () => void }).__strike());
  // Time for a stopped script to go quiet, then the app moves on.
  await page.waitForTimeout(500);
  await page.evaluate((path) => (window as unknown as { __navigate: (p: string) => void }).__navigate(path), SECOND_PATH);

  // The capture follows the app to the new job and its client.
  await expect.poll(() => capturedJob(serviceWorker, tabId), { timeout: 10_000 }).toBe('~021888000000000000123');
  const popup = await openPopup(`?tabId=${tabId}`);
  const card = popup.getByTestId('capture');
  await card.getByText(/What the page shows/).click();
  await expect(card.getByTestId('capture-fields')).toContainText('Canada');
  await expect(card.getByTestId('capture-fields')).toContainText('Toronto');

  const seen = await page.evaluate(
    () => (window as unknown as { __seen: { messages: string[]; events: string[]; mutations: number; attributes: string[]; probes: string[] } }).__seen,
  );
  // Only the page's own forged messages; nothing that names or comes from the extension.
  expect(seen.messages.filter((m) => !m.includes('"hostile"')), 'messages the page received').toEqual([]);
  expect(seen.events.filter((e) => !e.includes('"hostile"')), 'extension events the page saw').toEqual([]);
  expect(seen.mutations, 'DOM changes the page did not make').toBe(0);
  expect(seen.probes).toEqual(['manifest.json: refused', 'icon/16.png: refused', 'popup.html: refused']);
  expect(pageErrors).toEqual([]);
});
