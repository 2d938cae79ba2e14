/// <reference types="chrome" />
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { SCHEMA_V1 } from '../../lib/db/database';
import { launchWithExtension, serviceWorkerOf } from '../../scripts/chromium';
import { expect, test } from './extension';

/** ClientCheck's own console lines of a page: each failure is logged once, not once per query. */
const ownErrors = (page: Page): string[] => {
  const lines: string[] = [];
  page.on('console', (m) => m.type() === 'error' && m.text().startsWith('ClientCheck') && lines.push(m.text()));
  return lines;
};

/** Refuses every request that would leave the machine, as tests/e2e/extension.ts does. */
const guard = async (context: BrowserContext, escaped: string[]) => {
  await context.route(/^https?:\/\//, (route) => {
    escaped.push(route.request().url());
    return route.abort('blockedbyclient');
  });
};

test('a database the browser cannot open (a damaged profile): the dashboard and the popup say what failed and what to do', async () => {
  // Two browser starts.
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'clientcheck-e2e-damaged-'));
  const escaped: string[] = [];
  try {
    let context = await launchWithExtension(profile, { locale: 'en-US' });
    await guard(context, escaped);
    const id = new URL((await serviceWorkerOf(context)).url()).host;
    const first = await context.newPage();
    await first.goto(`chrome-extension://${id}/dashboard.html`);
    await expect(first.getByText(/No clients yet/)).toBeVisible();
    await context.close();

    // The extension's IndexedDB store, damaged on disk: Chromium answers "UnknownError: Internal error opening backing store".
    const stores = join(profile, 'Default', 'IndexedDB');
    const store = readdirSync(stores).find((f) => f.startsWith(`chrome-extension_${id}`))!;
    rmSync(join(stores, store), { recursive: true, force: true });
    writeFileSync(join(stores, store), 'damaged');

    context = await launchWithExtension(profile, { locale: 'en-US' });
    await guard(context, escaped);
    await serviceWorkerOf(context);
    const dashboard = await context.newPage();
    const logged = ownErrors(dashboard);
    await dashboard.goto(`chrome-extension://${id}/dashboard.html#/invoices`);
    const notice = dashboard.getByTestId('database-problem');
    await expect(notice.getByRole('heading', { level: 1 })).toHaveText('ClientCheck cannot open its data');
    await expect(notice).toContainText('What to do');
    await expect(notice).toContainText('What the browser said: UnknownError');
    await dashboard.screenshot({ path: 'test-results/failure-database-unavailable.png', fullPage: true });

    // Settings › Backup is still there; its export says why it cannot write.
    await notice.getByRole('link', { name: 'Settings › Backup' }).click();
    await dashboard.getByRole('button', { name: 'Export backup' }).click();
    await expect(dashboard.getByTestId('backup-status')).toContainText('No backup was written');
    expect(logged.filter((l) => l.includes('the database is unavailable'))).toHaveLength(1);

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.getByTestId('database-problem')).toContainText('ClientCheck cannot open its data');
    await expect(popup.getByText(/Nothing overdue/)).toHaveCount(0);
    await popup.screenshot({ path: 'test-results/failure-database-unavailable-popup.png' });
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  expect(escaped).toEqual([]);
});

test('an older version holding the database open: the dashboard says it waits, then carries on by itself', async ({ context, extensionId, openDashboard }) => {
  // An older ClientCheck page: the database at version 1, held open by a connection that ignores requests to close.
  // Hosted by a document of ours that opens no database itself (the popup now opens one after its first
  // paint, and an open request queued behind its own would never be told it is blocked).
  const older = await context.newPage();
  await older.goto(`chrome-extension://${extensionId}/manifest.json`);
  await older.evaluate(async (schema) => {
    const openOlder = () => new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('clientcheck', 10);
      request.onupgradeneeded = () => {
        for (const [table, spec] of Object.entries(schema)) {
          const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
          const store = request.result.createObjectStore(table, { keyPath: primary });
          for (const index of indexes) {
            const multiEntry = index.startsWith('*');
            const name = index.replace(/^\*/, '');
            const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
            store.createIndex(name, keyPath, { multiEntry });
          }
        }
      };
      request.onsuccess = () => {
        (window as unknown as { older: IDBDatabase }).older = request.result;
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    // The worker may open the current version again between the deletion and the older page's open: try again.
    for (let attempt = 0; ; attempt++) {
      await new Promise((resolve) => {
        const deletion = indexedDB.deleteDatabase('clientcheck');
        deletion.onsuccess = deletion.onerror = resolve;
      });
      try {
        return await openOlder();
      } catch (error) {
        if (attempt >= 10) throw error;
      }
    }
  }, SCHEMA_V1);

  const dashboard = await openDashboard('#/clients');
  const notice = dashboard.getByTestId('database-problem');
  await expect(notice).toContainText('ClientCheck is waiting for another of its pages');
  await expect(notice).toContainText('Close the other ClientCheck tabs and windows');
  await dashboard.screenshot({ path: 'test-results/failure-database-blocked.png' });

  await older.evaluate(() => (window as unknown as { older: IDBDatabase }).older.close());
  await expect(notice).toHaveCount(0);
  await expect(dashboard.getByText(/No clients yet/)).toBeVisible();
});

test('never blank: a malformed address shows the list, and a view whose query fails says so in place', async ({ openDashboard }) => {
  const dashboard = await openDashboard('#/clients/%E0%A4%A');
  await expect(dashboard.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(dashboard.getByText(/No clients yet/)).toBeVisible();

  // A row edited by hand in DevTools, past the validation every write goes through.
  await dashboard.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('clientcheck');
        request.onsuccess = () => {
          const tx = request.result.transaction('invoices', 'readwrite');
          tx.objectStore('invoices').put({ id: 'hand-edited', clientId: 'nobody', number: 'X-1', status: 'sent', dueDate: '2026-01-01', payments: 'none' });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await dashboard.getByRole('link', { name: 'Invoices', exact: true }).click();
  const failure = dashboard.getByRole('alert').filter({ hasText: 'This part could not be loaded' });
  await expect(failure).toBeVisible();
  await expect(dashboard.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
  await expect(dashboard.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await dashboard.screenshot({ path: 'test-results/failure-view-query.png' });
  // The other views still work: Settings reads no invoice. The client list counts invoices: it shows its
  // list (the database's cache may still hold the rows it read before the hand edit) or says in place that
  // it cannot, never a blank page.
  await dashboard.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(dashboard.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await dashboard.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(dashboard.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(dashboard.getByText(/No clients yet/).or(dashboard.getByRole('alert').filter({ hasText: 'This part could not be loaded' }))).toBeVisible();
});
