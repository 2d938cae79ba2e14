import { readFileSync } from 'node:fs';
import { badgeText, expect, loadSampleData, openSettings, test } from './extension';

const withoutExportTime = (json: string) => {
  const { exportedAt: _t, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return rest;
};

test('export → delete all → import round-trips to identical data', async ({ openDashboard, serviceWorker }) => {
  const page = await openDashboard();
  await loadSampleData(page);
  await expect.poll(() => badgeText(serviceWorker)).toBe('2');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^clientcheck-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync((await download.path())!, 'utf8');
  const before = withoutExportTime(exported);
  expect((before.invoices as unknown[]).length).toBe(5);

  await page.getByRole('button', { name: 'Delete all data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByText('All data deleted.')).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker)).toBe('');

  await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await page.getByRole('button', { name: 'Import backup' }).click();
  await expect(page.getByTestId('backup-status')).toContainText('Imported: 3 clients, 2 agreements, 5 invoices');
  await expect.poll(() => badgeText(serviceWorker)).toBe('2');

  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  expect(withoutExportTime(readFileSync((await again.path())!, 'utf8'))).toEqual(before);
});

test('a backup with one bad row is refused whole, naming the table, row and field', async ({ openDashboard, serviceWorker }) => {
  const page = await openDashboard();
  await loadSampleData(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  // A new client that would be added, and a broken amount further down: neither may be written.
  backup.clients.push({ ...backup.clients[0], id: 'new-client', displayName: 'Should not appear' });
  backup.invoices[3].payments = [{ date: '2026-13-01', amount: 10 }];

  await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await page.getByRole('radio', { name: /^Merge/ }).check();
  await page.getByRole('button', { name: 'Import backup' }).click();
  await expect(page.getByTestId('backup-status')).toHaveText(
    /Nothing was imported\. invoices, row 4, field "payments\.0\.date": /,
  );
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('row')).toHaveCount(4);
  await expect(page.getByText('Should not appear')).toHaveCount(0);
  await expect.poll(() => badgeText(serviceWorker)).toBe('2');

  // Not JSON at all.
  await openSettings(page, 'Backup and data');
  await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{not json') });
  await page.getByRole('button', { name: 'Import backup' }).click();
  await expect(page.getByTestId('backup-status')).toHaveText('Nothing was imported: this file is not valid JSON.');
});
