import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { businessSection, expect, loadSampleData, saveBusiness, test } from './extension';

/**
 * Who the freelancer is, said once in Settings › Your business: the home view asks for it, an own identifier that
 * fails its checksum is refused there with the reason, and the invoice check follows the status.
 */

const SCREENSHOTS = 'test-results/screenshots';

const axeViolations = async (page: Page, selector: string): Promise<string[]> => {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
};

test('an invalid own SIRET is refused in Settings › Your business, with its reason, and nothing typed is lost', async ({ openDashboard }) => {
  const page = await openDashboard();
  await page.setViewportSize({ width: 1280, height: 900 });

  // First run: the home view asks for the legal status and leads to the one place it is set.
  const prompt = page.getByTestId('status-prompt');
  await expect(prompt.getByRole('heading', { name: 'Tell ClientCheck who you are' })).toBeVisible();
  await prompt.getByRole('link', { name: 'Set your legal status' }).click();
  await expect(page).toHaveURL(/#\/settings\/business$/);
  const nav = page.getByRole('navigation', { name: 'Settings sections' });
  await expect(nav.getByRole('link', { name: /^Your business/ })).toHaveAttribute('aria-current', 'page');

  const form = businessSection(page);
  await form.getByLabel('Your legal status').selectOption('fr-micro');
  // Under the franchise there is no VAT number to give, and no company fields.
  await expect(form.getByLabel('VAT number')).toHaveCount(0);
  await expect(form.getByLabel('Legal form')).toHaveCount(0);
  await saveBusiness(form, '73282932000075');

  await expect(form.getByTestId('business-status')).toHaveText('Not saved: correct the fields marked below. Nothing you typed is lost.');
  await expect(form.getByLabel('SIRET')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('SIRET 73282932000075 fails its checksum: mistyped or invented.')).toBeVisible();
  await expect(form.getByLabel('Your name or business name')).toHaveValue('Camille Martin EI');
  expect(await axeViolations(page, 'main')).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/settings-business-refused.png`, fullPage: true });

  // Still refused after a reload: nothing was written.
  await page.reload();
  await expect(businessSection(page).getByLabel('Your legal status')).toHaveValue('');

  // La Poste's head office passes by its own rule.
  await businessSection(page).getByLabel('Your legal status').selectOption('fr-micro');
  await businessSection(page).getByLabel('Your name or business name').fill('Camille Martin EI');
  await businessSection(page).getByLabel('SIRET').fill('356 000 000 00048');
  await businessSection(page).getByRole('button', { name: 'Save your business' }).click();
  await expect(businessSection(page).getByTestId('business-status')).toHaveText('Your business is saved.');

  // The prompt is gone once the status is said.
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByTestId('status-prompt')).toHaveCount(0);
});

test('a micro-entrepreneur’s invoice check asks for the 293 B mention and no VAT, and flags VAT charged', async ({ openDashboard }) => {
  const page = await openDashboard('#/settings/business');
  await page.setViewportSize({ width: 1280, height: 900 });
  const form = businessSection(page);
  await form.getByLabel('Your legal status').selectOption('fr-micro');
  await saveBusiness(form, '73282932000074');
  await expect(form.getByTestId('business-status')).toHaveText('Your business is saved.');
  await loadSampleData(page);

  // A draft to a private client, no VAT: the exemption note to print, no VAT number, rate or amount asked,
  // and none of the rules between businesses (penalty rate, EUR 40).
  await page.goto(page.url().replace(/#.*$/, '#/invoices/demo-invoice-5'));
  const checklist = page.getByTestId('compliance-checklist');
  await expect(checklist).toBeVisible();
  const exemption = checklist.getByRole('listitem').filter({ hasText: 'TVA non applicable, art. 293 B du CGI' });
  await expect(exemption).toHaveCount(1);
  await expect(exemption).toContainText('Print: “TVA non applicable, art. 293 B du CGI”.');
  await expect(checklist).not.toContainText('The VAT rate and amount');
  await expect(checklist).not.toContainText('Your VAT number');
  await expect(checklist).not.toContainText('The fixed recovery indemnity');
  await expect(checklist).not.toContainText('The late-payment penalty rate');
  await expect(checklist.getByRole('listitem').filter({ hasText: '“EI” or “entrepreneur individuel” beside your name' })).toContainText('Your name carries it');
  expect(await axeViolations(page, '[data-testid="invoice-detail"]')).toEqual([]);
  await page.getByTestId('invoice-detail').screenshot({ path: `${SCREENSHOTS}/business-micro-checklist.png` });

  // An invoice that charges VAT contradicts the franchise: the check says so.
  await page.goto(page.url().replace(/#.*$/, '#/invoices/demo-invoice-1'));
  await page.locator('details.billing-compliance > summary').click();
  const charged = page.getByTestId('compliance-checklist').getByRole('listitem').filter({ hasText: 'TVA non applicable, art. 293 B du CGI' });
  await expect(charged).toHaveAttribute('data-state', 'missing');
  await expect(charged).toContainText('This invoice charges €1,100.00 of VAT although you are exempt.');
});
