/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addDays, todayIn } from '../../lib/calendar';
import { addClient, badgeText, expect, loadSampleData, openSettings, test } from './extension';

const today = todayIn();
const SCREENSHOTS = 'test-results/screenshots';

/** Accessibility of one part of the page: the views this feature owns, not its neighbours'. */
const axeViolations = async (page: Page, selector: string): Promise<string[]> => {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
};

const notificationIds = (sw: Worker): Promise<string[]> =>
  sw.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
const notifiedIds = (sw: Worker): Promise<string[]> =>
  sw.evaluate(async () => ((await chrome.storage.local.get('notifiedOverdue')).notifiedOverdue as string[] | undefined) ?? []);

/**
 * Stops the extension's service worker as Chrome does when it is idle (CDP ServiceWorker.stopWorker), and waits
 * until it has stopped. The Worker handle Playwright holds then reaches the next instance of the worker.
 */
const stopServiceWorker = async (page: Page, extensionId: string): Promise<void> => {
  const cdp = await page.context().newCDPSession(page);
  const statuses: { versionId: string; scriptURL: string; runningStatus: string }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => statuses.push(...event.versions));
  await cdp.send('ServiceWorker.enable');
  const ours = () => statuses.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
  await expect.poll(() => ours().some((v) => v.runningStatus === 'running')).toBe(true);
  await cdp.send('ServiceWorker.stopWorker', { versionId: ours().at(-1)!.versionId });
  await expect.poll(() => ours().at(-1)?.runningStatus).toBe('stopped');
  await cdp.detach();
};

test('an agreement, an overdue invoice and the badge: sent, paid, restored from a backup, across a worker restart', async ({
  openDashboard,
  serviceWorker,
  extensionId,
}) => {
  const page = await openDashboard();

  // A client and an agreement, through the UI.
  await addClient(page, 'Studio Brume, Paris');
  await page.getByRole('link', { name: 'Studio Brume, Paris' }).click();
  const agreements = page.getByTestId('agreements');
  await agreements.getByRole('button', { name: 'Add an agreement' }).click();
  const agreementEditor = page.getByTestId('agreement-editor');
  await agreementEditor.getByLabel('Title').fill('Brand book');
  await agreementEditor.getByLabel('Total price').fill('4 800');
  await agreementEditor.getByLabel('Days to pay').fill('30');
  await agreementEditor.getByLabel('Signed by you on').fill(addDays(today, -90));
  await expect(agreementEditor.getByTestId('term-warnings')).toContainText('Not signed by both sides yet');
  await agreementEditor.getByLabel('Signed by the client on').fill(addDays(today, -89));
  await agreementEditor.getByLabel('Purchase-order number required on invoices').check();
  await agreementEditor.getByLabel('Purchase-order number', { exact: true }).fill('PO-4471');
  await expect(agreementEditor.getByTestId('term-warnings')).toContainText('Nothing to flag under the rules that apply (France).');
  await agreementEditor.getByRole('button', { name: 'Save agreement' }).click();
  await expect(agreements.getByRole('heading', { name: 'Brand book' })).toBeVisible();
  await expect(agreements.getByTestId('agreement-card')).toContainText('PO number required: PO-4471');

  // An invoice whose agreed due date (issue date + 30 days) is already past.
  await page.getByRole('link', { name: 'Invoices', exact: true }).click();
  await page.getByRole('button', { name: 'Add an invoice' }).click();
  const invoiceEditor = page.getByTestId('invoice-editor');
  await expect(invoiceEditor.getByLabel('Agreement', { exact: true })).toHaveValue(/.+/);
  await invoiceEditor.getByLabel('Number', { exact: true }).fill('2026-041');
  await invoiceEditor.getByLabel('Issue date').fill(addDays(today, -60));
  // The amount is entered before VAT, at one of France's rates: VAT and the total follow.
  await invoiceEditor.getByLabel('Amount excl. VAT').fill('1,200.00');
  await invoiceEditor.getByLabel('VAT rate').selectOption('20');
  await expect(invoiceEditor.getByTestId('invoice-total-vat')).toHaveText('€240.00');
  await expect(invoiceEditor.getByTestId('invoice-total')).toHaveText('€1,440.00');
  // A new invoice is a draft until it is marked as sent.
  await expect(invoiceEditor.getByTestId('new-invoice-status')).toContainText('Draft');
  await expect(invoiceEditor.getByLabel('Status')).toHaveCount(0);
  await expect(invoiceEditor.getByLabel('Due date')).toHaveValue(addDays(today, -30));
  await expect(invoiceEditor.getByTestId('due-date')).toContainText('Computed from the terms of “Brand book”: 30 days from the issue date');
  await expect(invoiceEditor.getByLabel('Purchase order (PO), required by the agreement')).toHaveValue('PO-4471');
  await invoiceEditor.getByRole('button', { name: 'Save invoice' }).click();

  const detail = page.getByTestId('invoice-detail');
  await expect(detail).toContainText('Invoice 2026-041');
  await expect(detail.getByTestId('compliance-checklist')).toBeVisible();
  expect(await axeViolations(page, '[data-testid="invoice-detail"]')).toEqual([]);
  expect(await badgeText(serviceWorker)).toBe('');

  // Sent: "Mark as sent" runs the check and shows what is missing first; then overdue at once, the badge
  // says 1 and one notification goes out.
  await expect(detail.locator('.tag-draft')).toHaveText('Draft');
  await detail.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(detail.getByTestId('send-check')).toContainText('Before sending, the check finds:');
  await expect(detail.getByTestId('send-check').locator('li').first()).toBeVisible();
  await expect(detail.locator('.tag-draft')).toHaveText('Draft');
  await detail.getByRole('button', { name: 'Mark as sent anyway' }).click();
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
  await expect(page.getByRole('row').filter({ hasText: '2026-041' })).toContainText('30 days late');

  // Paid: nothing overdue.
  await detail.getByRole('button', { name: 'Record full payment today' }).click();
  await expect.poll(() => badgeText(serviceWorker)).toBe('');
  await expect(detail.getByRole('row').filter({ hasText: '€1,440.00' })).toBeVisible();

  // A backup holding one overdue invoice: the badge shows it once imported.
  await openSettings(page, 'Backup and data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const [paid] = backup.invoices;
  const overdue = { ...paid, id: 'restored-overdue', number: '2026-040', status: 'sent', payments: [], issueDate: addDays(today, -50), dueDate: addDays(today, -20) };
  backup.invoices = [overdue];
  await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await page.getByRole('button', { name: 'Import backup' }).click();
  await expect(page.getByTestId('backup-status')).toContainText('Imported');
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
  await expect.poll(() => notificationIds(serviceWorker)).toContain('overdue:restored-overdue');
  expect((await notifiedIds(serviceWorker)).filter((id) => id === 'restored-overdue')).toHaveLength(1);

  // The worker stops (as Chrome stops it when idle) and starts again: it counts afresh, and does not announce
  // the same invoice twice. The badge and the notification are cleared first, so whatever shows after the
  // restart was put there by the new worker.
  await serviceWorker.evaluate(async () => {
    (self as unknown as { beforeRestart: boolean }).beforeRestart = true;
    await chrome.action.setBadgeText({ text: '' });
    await chrome.notifications.clear('overdue:restored-overdue');
  });
  await stopServiceWorker(page, extensionId);
  // Any event wakes a stopped worker; this message is refused, so only the start-up count can set the badge.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake-up' }).catch(() => undefined));
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
  expect(await serviceWorker.evaluate(() => (self as unknown as { beforeRestart?: boolean }).beforeRestart)).toBeUndefined();
  expect(await notificationIds(serviceWorker)).not.toContain('overdue:restored-overdue');
  expect((await notifiedIds(serviceWorker)).filter((id) => id === 'restored-overdue')).toHaveLength(1);
});

test('billing views: agreement editor, invoice editor, aging — accessible, and shown in screenshots', async ({ openDashboard }) => {
  const page = await openDashboard();
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadSampleData(page);

  await page.goto(page.url().replace(/#.*$/, '#/clients/demo-client-northwind'));
  const agreements = page.getByTestId('agreements');
  await agreements.getByRole('button', { name: 'Edit the agreement “Brand illustrations”' }).click();
  const editor = page.getByTestId('agreement-editor');
  // Terms a French freelancer should not sign: 75 days, a 5 % penalty rate, one signature, work already started.
  await editor.getByLabel('Law that applies').selectOption('FR');
  await editor.getByLabel('Days to pay').fill('75');
  await editor.getByRole('radio', { name: 'Rate written in the contract' }).check();
  await editor.getByLabel('Contract rate (% a year)').fill('5');
  await editor.getByLabel('Signed by the client on').fill('');
  await editor.getByLabel('Work starts on').fill(addDays(today, -120));
  const warnings = editor.getByTestId('term-warnings').getByRole('listitem');
  await expect(warnings).toHaveCount(4);
  await expect(warnings.nth(0)).toContainText('beyond the legal cap');
  await expect(warnings.nth(0)).toContainText('Rule: Code de commerce L441-10 I');
  await expect(warnings.nth(1)).toContainText('below the legal minimum');
  expect(await axeViolations(page, '[data-testid="agreements"]')).toEqual([]);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await editor.screenshot({ path: `${SCREENSHOTS}/billing-agreement-editor.png` });
  await editor.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'Invoices', exact: true }).click();
  const aging = page.getByTestId('aging');
  await expect(aging.getByRole('row', { name: /1–30 days/ })).toContainText('€6,600.00 + £1,200.00');
  expect(await axeViolations(page, 'main')).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/billing-aging.png` });

  // A bucket filters the list to its invoices.
  await aging.getByRole('button', { name: 'Show the invoices 1–30 days' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'invoices' })).toHaveText('2 invoices');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe(`clientcheck-invoices-${today}.csv`);
  expect(readFileSync((await csv.path())!, 'utf8').trim().split('\r\n')).toHaveLength(3);
  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export ICS' }).click()]);
  const calendar = readFileSync((await ics.path())!, 'utf8');
  expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(calendar.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByRole('button', { name: 'Add an invoice' }).click();
  const invoiceEditor = page.getByTestId('invoice-editor');
  await invoiceEditor.getByLabel('Client').selectOption('demo-client-atelier');
  await expect(invoiceEditor.getByLabel('Agreement', { exact: true })).toHaveValue('demo-agreement-atelier');
  await expect(invoiceEditor.getByLabel('Number', { exact: true })).toHaveValue('F2026-018');
  await invoiceEditor.getByLabel('Number', { exact: true }).fill('F2026-020');
  await expect(invoiceEditor.getByTestId('numbering-warnings')).toContainText('F2026-018 to F2026-019 (2 numbers) are missing');
  await invoiceEditor.getByLabel('Service date').fill(addDays(today, -3));
  await invoiceEditor.getByLabel('Amount excl. VAT').fill('2 750');
  await expect(invoiceEditor.getByTestId('invoice-total')).toHaveText('€3,300.00');
  expect(await axeViolations(page, '[data-testid="invoice-editor"]')).toEqual([]);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await invoiceEditor.screenshot({ path: `${SCREENSHOTS}/billing-invoice-editor.png` });
  await invoiceEditor.getByRole('button', { name: 'Cancel' }).click();

  await page.goto(page.url().replace(/#.*$/, '#/invoices/demo-invoice-5'));
  await expect(page.getByTestId('compliance-checklist')).toBeVisible();
  expect(await axeViolations(page, '[data-testid="invoice-detail"]')).toEqual([]);
  await page.getByTestId('invoice-detail').screenshot({ path: `${SCREENSHOTS}/billing-invoice-checklist.png` });
});
