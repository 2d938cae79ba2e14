/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, loadSampleData, openSettings, test } from './extension';

const DAY = 86_400_000;

const importFile = async (page: Page, content: unknown, mode: 'Replace' | 'Merge' = 'Replace') => {
  await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
  await page.getByRole('radio', { name: mode === 'Merge' ? /^Merge/ : /^Replace/ }).check();
  await page.getByRole('button', { name: 'Import backup' }).click();
  return page.getByTestId('backup-status');
};

test('a backup is offered after 14 days of changes in none, as a plain download, and the dashboard says when the last was made', async ({
  openDashboard,
  serviceWorker,
}) => {
  const page = await openDashboard();
  await loadSampleData(page);
  await expect(page.getByTestId('rail-last-backup')).toHaveText('Last backup: never');
  // The sample data's changes, as if made 15 days ago.
  await serviceWorker.evaluate(async (since) => chrome.storage.local.set({ backupStatus: { changedSince: since } }), new Date(Date.now() - 15 * DAY).toISOString());
  await page.reload();
  const reminder = page.getByTestId('backup-reminder');
  await expect(reminder).toContainText('Your changes of the last 15 days are in no backup.');
  await page.screenshot({ path: 'test-results/data-safety-backup-reminder.png' });

  const [download] = await Promise.all([page.waitForEvent('download'), reminder.getByRole('button', { name: 'Export a backup now' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^clientcheck-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).invoices).toHaveLength(5);
  await expect(page.getByTestId('backup-reminder-done')).toContainText('Backup saved as clientcheck-backup-');
  await expect(page.getByTestId('rail-last-backup')).toHaveText(/^Last backup: \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/);

  // Settings › Backup: when, whether the browser keeps the data, and after how many days to offer one.
  await openSettings(page, 'Backup and data');
  await expect(page.getByTestId('last-backup')).toHaveText(/^Last backup exported: /);
  await expect(page.getByTestId('storage-persistence')).toHaveText(/^Storage: (the browser keeps ClientCheck's data until you delete it|best effort)/);
  await expect(page.getByLabel('Offer a backup after this many days with changes')).toHaveValue('14');
  await page.getByRole('heading', { name: 'Backup' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/data-safety-settings-backup.png' });
});

test('backups whole and consistent: rows pointing at nothing, impossible amounts and dates, and files that are no backup are refused, saying where', async ({
  openDashboard,
}) => {
  const page = await openDashboard();
  await loadSampleData(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  await expect(page.getByTestId('backup-status')).toHaveText(/^Backup saved as /);
  const spoilt = (spoil: (file: typeof exported) => void) => {
    const file = structuredClone(exported);
    spoil(file);
    return file;
  };

  await expect(await importFile(page, { hello: 'world' })).toHaveText('Nothing was imported. The file: not a ClientCheck backup');
  await expect(await importFile(page, { ...exported, version: 99 })).toHaveText(
    'Nothing was imported. The file\'s "version": written by a newer ClientCheck (format version 99): update ClientCheck, then import it',
  );
  await expect(await importFile(page, spoilt((f) => (f.invoices[2].clientId = 'c-gone')))).toHaveText(
    'Nothing was imported. invoices, row 3, field "clientId": points at a client (c-gone) that is not in the file',
  );
  await expect(await importFile(page, spoilt((f) => (f.invoices[1].taxAmount = f.invoices[1].amount + 1)))).toHaveText(
    'Nothing was imported. invoices, row 2, field "taxAmount": the tax amount is more than the invoice amount',
  );
  await expect(await importFile(page, spoilt((f) => (f.invoices[0].payments = [{ date: '2026-01-02', amount: f.invoices[0].amount + 1 }])))).toHaveText(
    'Nothing was imported. invoices, row 1, field "payments": the payments add up to more than the invoice amount',
  );
  await expect(await importFile(page, spoilt((f) => (f.invoices[4].dueDate = '9999-12-31')))).toHaveText(
    'Nothing was imported. invoices, row 5, field "dueDate": expected a year from 1900 to 2199',
  );

  // Merge: a contact of a client already stored, though not in the file.
  const contactOnly = {
    format: 'clientcheck-backup',
    version: exported.version,
    exportedAt: exported.exportedAt,
    contacts: [{ id: 'c-merge', clientId: exported.clients[0].id, on: '2026-01-05', channel: 'call', summary: 'Promised to pay on Friday' }],
  };
  await expect(await importFile(page, contactOnly)).toHaveText(/^Nothing was imported\. contacts, row 1, field "clientId": points at a client \(.+\) that is not in the file$/);
  await expect(await importFile(page, contactOnly, 'Merge')).toHaveText('Imported: 1 contacts.');
  await page.screenshot({ path: 'test-results/data-safety-import.png' });
});

test('editors refuse a date outside 1900–2199 under its field', async ({ openDashboard }) => {
  const page = await openDashboard();
  await loadSampleData(page);
  await page.getByRole('link', { name: 'Invoices', exact: true }).click();
  await page.getByRole('button', { name: 'Add an invoice' }).click();
  const editor = page.getByTestId('invoice-editor');
  await editor.getByLabel('Number', { exact: true }).fill('2026-901');
  await editor.getByLabel('Issue date').fill('0202-03-01');
  await editor.getByLabel('Amount excl. VAT').fill('900');
  await editor.getByRole('button', { name: 'Save invoice' }).click();
  await expect(editor.getByText('Enter a date from 1900 to 2199')).toBeVisible();
  await expect(editor.getByLabel('Issue date')).toHaveAttribute('aria-invalid', 'true');
});
