import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { todayIn } from '../../lib/calendar';
import { computeLateInterest } from '../../lib/billing/late-interest';
import { formatMoney } from '../../lib/format';
import { badgeText, businessSection, expect, test } from './extension';

/*
 * Factur-X F2026-104 (EN 16931, EUR 3,660.00 incl. VAT, due 1 October 2026) and F2026-101 (MINIMUM: no due date
 * in the file, so 30 days from Settings' default terms) are both issued by the freelancer to Studio Orme SAS.
 */
const SHOTS = 'test-results/import';
const FIXTURES = 'tests/fixtures/import';
const today = todayIn();
const eur = (minor: number) => formatMoney(minor, 'EUR', 'en-GB');
const interest = computeLateInterest({ amount: 3_660_00, payments: [], dueDate: '2026-10-01', until: today, jurisdiction: 'FR' }).total;
const overdue = today > '2026-10-01';

const panel = (page: Page) => page.getByTestId('import-panel');

/** Drops files on the drop zone as a person dragging them from the file manager would. */
const dropFiles = async (page: Page, paths: string[]) => {
  const files = paths.map((path) => ({ name: path.split('/').pop()!, bytes: [...readFileSync(path)] }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: 'application/pdf' }));
    return transfer;
  }, files);
  await page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer });
};

const setIdentity = async (page: Page) => {
  await page.goto(page.url().replace(/#.*$/, '#/settings/business'));
  const sender = businessSection(page);
  await sender.getByLabel('Your name or business name').fill('Camille Martin EI');
  await sender.getByLabel('SIRET').fill('73282932000074');
  await sender.getByRole('button', { name: 'Save your business' }).click();
  await expect(sender.getByText('Your business is saved.')).toBeVisible();
};

test('Factur-X PDFs dropped → preview → import: on the client page, counted by the badge, chased with the right interest', async ({
  openDashboard,
  serviceWorker,
}) => {
  test.slow(); // a whole journey: settings, two imports, the client page and the chase page
  const page = await openDashboard('#/settings');
  await page.setViewportSize({ width: 1280, height: 900 });
  await setIdentity(page);
  await page.getByRole('link', { name: 'Invoices' }).click();
  await page.getByRole('button', { name: 'Import invoices' }).click();
  await expect(panel(page).getByRole('heading', { name: 'Import invoices' })).toBeVisible();

  // One file chosen, one dropped.
  await panel(page).getByLabel('Choose files (PDF, XML, CSV)').setInputFiles(`${FIXTURES}/factur-x/en16931.pdf`);
  await expect(panel(page).getByTestId('import-files')).toContainText('en16931.pdf');
  await dropFiles(page, [`${FIXTURES}/factur-x/minimum.pdf`]);
  const preview = panel(page).getByTestId('import-preview');
  await expect(preview.locator('tbody')).toHaveCount(2);
  const first = preview.locator('tbody', { hasText: 'F2026-104' });
  const second = preview.locator('tbody', { hasText: 'F2026-101' });
  await expect(first).toContainText('Studio Orme SAS');
  await expect(first).toContainText('New client');
  await expect(first).toContainText('€3,660.00');
  await expect(first).toContainText('€610.00');
  await expect(first).toContainText('Factur-X EN 16931');
  await expect(first).toContainText('from the file');
  await expect(second).toContainText('New client (same as above)');
  await expect(second).toContainText('Factur-X MINIMUM');
  await expect(second).toContainText('from your default terms');
  await expect(second).toContainText('not in the file: computed as 30 days net');
  await expect(panel(page).getByTestId('import-summary')).toHaveText('2 to import, 0 to replace, 0 skipped; 1 new client.');
  const axe = await new AxeBuilder({ page }).include('[data-testid="import-panel"]').analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await panel(page).screenshot({ path: `${SHOTS}/import-preview-en.png` });

  // Nothing is written before the user confirms.
  expect(await badgeText(serviceWorker)).toBe('');
  await panel(page).getByRole('button', { name: 'Import 2 invoices' }).click();
  await expect(panel(page).getByTestId('import-status')).toHaveText(/Imported 2 invoices, 1 new client/);
  if (overdue) await expect.poll(() => badgeText(serviceWorker)).toBe('2');

  // The same file again is a duplicate: marked, skipped unless replaced.
  await panel(page).getByLabel('Choose files (PDF, XML, CSV)').setInputFiles(`${FIXTURES}/factur-x/en16931.pdf`);
  const again = panel(page).getByTestId('import-preview').locator('tbody', { hasText: 'F2026-104' });
  await expect(again).toContainText('Already recorded for this client');
  await expect(again).toContainText('Matched by SIRET');
  await expect(again.getByRole('combobox')).toHaveValue('skip');
  await expect(panel(page).getByRole('button', { name: 'Import 0 invoices' })).toBeDisabled();
  await panel(page).screenshot({ path: `${SHOTS}/import-duplicate-en.png` });
  await again.getByRole('combobox').selectOption('replace');
  await expect(panel(page).getByTestId('import-summary')).toHaveText('0 to import, 1 to replace, 0 skipped; 0 new clients.');
  await panel(page).getByRole('button', { name: 'Cancel' }).click();
  await panel(page).getByRole('button', { name: 'Close the import' }).click();

  // The client page lists both invoices, overdue.
  await page.getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('link', { name: 'Studio Orme SAS' }).click();
  const invoiceList = page.locator('li', { hasText: 'F2026-104' });
  await expect(invoiceList).toContainText('€3,660.00');
  if (overdue) await expect(invoiceList).toContainText('overdue');
  await expect(page.locator('li', { hasText: 'F2026-101' })).toBeVisible();

  // The invoice keeps a link to its file, and its chase page has the interest of its days late.
  await invoiceList.getByRole('link', { name: /F2026-104/ }).click();
  await expect(page.getByTestId('invoice-source')).toContainText('Imported from en16931.pdf');
  const id = decodeURIComponent(page.url().split('/').pop()!);
  await page.goto(page.url().replace(/#.*$/, `#/chase/${encodeURIComponent(id)}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Chasing invoice F2026-104' })).toBeVisible();
  if (overdue) {
    await expect(page.getByTestId('chase-figures')).toContainText(eur(interest));
    await expect(page.getByTestId('interest-table').locator('tfoot')).toContainText(eur(interest));
  }
});

test('a CSV export: columns recognised, mapping remembered, problems named with file, invoice and field; the French screens', async ({
  openDashboard,
}) => {
  test.slow(); // two imports and the French screens
  const page = await openDashboard('#/invoices');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Import invoices' }).click();
  await panel(page).getByLabel('Choose files (PDF, XML, CSV)').setInputFiles([
    `${FIXTURES}/csv/spreadsheet-fr.csv`,
    `${FIXTURES}/hostile/xml-bomb.xml`,
    `${FIXTURES}/hostile/no-xml.pdf`,
  ]);
  await expect(panel(page).getByTestId('import-files')).toContainText('CSV, 1 row, WINDOWS-1252, separator “;”');
  await expect(panel(page).getByLabel('Export from')).toHaveValue('spreadsheet-fr');
  const row = panel(page).getByTestId('import-preview').locator('tbody', { hasText: '2026-118' });
  await expect(row).toContainText('Atelier Lumière SARL');
  await expect(row).toContainText('€3,000.00');
  await expect(row).toContainText('from the file’s terms');
  await expect(panel(page)).toContainText('xml-bomb.xml: refused: the XML declares a DOCTYPE or entities');
  await expect(panel(page)).toContainText('no-xml.pdf: a PDF without Factur-X data');
  await panel(page).screenshot({ path: `${SHOTS}/import-csv-en.png` });

  // A column mapped wrongly is named with its file, invoice and field, and the invoice can be corrected in place.
  await panel(page).getByText('Which column holds what').click();
  await panel(page).getByLabel('Issue date', { exact: true }).selectOption('Client');
  await expect(row).toContainText('issue date: “Atelier Lumière SARL” is not a date.');
  await expect(panel(page).getByRole('button', { name: 'Import 0 invoices' })).toBeDisabled();
  await row.getByRole('button', { name: 'Correct invoice 2026-118' }).click();
  await panel(page).getByLabel('Issued', { exact: true }).fill('2026-09-02');
  await expect(row).not.toContainText('is not a date');
  await panel(page).screenshot({ path: `${SHOTS}/import-correct-en.png` });
  await panel(page).getByRole('button', { name: 'Done', exact: true }).click();
  // The mapping is remembered with the import: put the issue date column back first.
  await panel(page).getByLabel('Issue date', { exact: true }).selectOption('Date');
  await panel(page).getByRole('button', { name: 'Import 1 invoice' }).click();
  await expect(panel(page).getByTestId('import-status')).toHaveText(/Imported 1 invoice, 1 new client/);

  // French.
  await page.goto(page.url().replace(/#.*$/, '#/settings'));
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await page.getByRole('link', { name: 'Factures' }).click();
  await page.getByRole('button', { name: 'Importer des factures' }).click();
  await panel(page).getByLabel('Choisir des fichiers (PDF, XML, CSV)').setInputFiles([`${FIXTURES}/csv/spreadsheet-fr.csv`, `${FIXTURES}/factur-x/basic-wl.pdf`]);
  const frRow = panel(page).getByTestId('import-preview').locator('tbody', { hasText: '2026-118' });
  await expect(frRow).toContainText('Déjà enregistrée pour ce client');
  await expect(frRow).toContainText('Reconnu par le SIREN');
  await expect(panel(page).getByTestId('import-preview')).toContainText('F2026-102');
  await panel(page).screenshot({ path: `${SHOTS}/import-preview-fr.png` });
});
