/// <reference types="chrome" />
import { formatMoney } from '../../lib/format';
import { expect, loadSampleData, test } from './extension';

/*
 * The sample data's F2026-014 (Atelier Lumière, EUR 6,600.00, French agreement "Website redesign", which writes
 * the EUR 40 fixed sum) is 12 days late whatever the day. Made a private person, nothing on its chase page may
 * rest on the commercial code: no 12.15 %, no EUR 40, no L441-10; its formal notice cites the civil code.
 */
const SHOTS = 'test-results/screenshots';
const eur = (minor: number) => formatMoney(minor, 'EUR', 'en-GB');

test("a private person's late invoice: civil-code rules on the chase page and in the formal notice", async ({ openDashboard }) => {
  const page = await openDashboard();
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadSampleData(page);

  // The client becomes a private person, greeted as Ms.
  await page.getByRole('link', { name: 'To chase', exact: true }).click();
  await page.getByTestId('chase-list').getByRole('link', { name: 'F2026-014' }).click();
  await page.locator('.chase-subtitle').getByRole('link', { name: 'Atelier Lumière' }).click();
  await page.getByRole('button', { name: 'Edit the client' }).click();
  const editor = page.getByRole('form', { name: 'Edit the client' });
  await editor.getByLabel('Kind', { exact: true }).selectOption('individual');
  await editor.getByLabel('Civility (for letters)').selectOption('ms');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor).toBeHidden();

  await page.getByRole('link', { name: 'To chase', exact: true }).click();
  await page.getByTestId('chase-list').getByRole('link', { name: 'F2026-014' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chasing invoice F2026-014' })).toBeFocused();

  const rules = page.getByTestId('chase-rules');
  await expect(rules).toHaveAttribute('data-debtor', 'consumer');
  await expect(rules).toContainText('Private person: civil-code interest at the legal rate from the formal notice');
  await expect(page.getByTestId('interest-awaiting-notice')).toContainText('No interest yet');
  await expect(page.getByTestId('interest-table')).toHaveCount(0);
  await expect(page.getByText('The fixed fee written in the agreement cannot be charged to a private person')).toBeVisible();
  // What is claimed is the balance alone.
  await expect(page.getByTestId('chase-figures')).toContainText(eur(6_600_00));
  const body = page.locator('main');
  for (const banned of ['€40.00', '12.15%', 'L441-10', 'D441-5']) await expect(body).not.toContainText(banned);
  await page.screenshot({ path: `${SHOTS}/consumer-chase.png`, fullPage: true });

  // The formal notice, in English then French: the civil code, and interest from the notice itself.
  await page.getByLabel('Letter', { exact: true }).selectOption('formal-notice');
  await page.getByLabel('Language', { exact: true }).selectOption('en');
  const letter = page.getByTestId('letter');
  await expect(letter).toContainText('Dear Ms Durand,');
  await expect(letter).toContainText('From the date of this formal notice, the sum due bears interest at the legal rate');
  await expect(letter).toContainText('Code civil art. 1231-6, 1344-1');
  await expect(letter).toContainText('Code civil art. 1344; Code civil art. 1344-1');
  await expect(letter).toContainText(`the sum of ${eur(6_600_00)}`);
  for (const banned of ['€40.00', 'Code de commerce', 'L441-10', 'fixed sum']) await expect(letter).not.toContainText(banned);
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(letter).toContainText('Madame,');
  await expect(letter).toContainText('intérêts au taux légal');
  await expect(letter).toContainText('Code civil art. 1231-6, 1344-1');
  await expect(letter).not.toContainText(/Code de commerce|indemnité forfaitaire|pénalités|undefined|NaN/);

  // Once the formal notice is marked sent, interest at the legal rate runs from the next day.
  await page.getByRole('button', { name: 'Mark done: Formal notice (mise en demeure)' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('interest-awaiting-notice')).toContainText('Formal notice sent on');
  await expect(page.getByTestId('interest-awaiting-notice')).toContainText('runs from the next day');
});
