/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { addDays, todayIn } from '../../lib/calendar';
import { computeLateInterest } from '../../lib/billing/late-interest';
import { formatMoney } from '../../lib/format';
import { badgeText, businessSection, expect, loadSampleData, openSettings, saveBusiness, test } from './extension';

/*
 * The sample data's F2026-014 (Atelier Lumière, EUR 6,600.00, French agreement "Website redesign") is 12 days
 * late whatever the day, and F2026-015 (Northwind, GBP) 3 days late: the badge starts at 2.
 */
const SHOTS = 'test-results/screenshots';
const today = todayIn();
const eur = (minor: number) => formatMoney(minor, 'EUR', 'en-GB');
const longDate = (date: string, locale = 'en-GB') =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** Dates as letters write them: "15 March 2026", "15 mars 2026". */
const letterDate = (date: string, locale = 'en-GB') =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** What the page must show, worked out independently of the page: 12 days on EUR 6,600.00 under French law. */
const interest = computeLateInterest({ amount: 6_600_00, payments: [], dueDate: addDays(today, -12), until: today, jurisdiction: 'FR' }).total;

const axe = async (page: Page, where: string) => {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
};

/** Settings › Chasing, apart from the other settings sections. */
const chaseSettings = (page: Page) => page.locator('section[aria-labelledby="settings-chase"]');

const step = (page: Page, id: string) => page.getByTestId('chase-ladder').locator(`li[data-step="${id}"]`);

test('an overdue invoice goes reminder → promise → payment plan → paid, the badge right at each step', async ({
  openDashboard,
  openPopup,
  serviceWorker,
}) => {
  const page = await openDashboard();
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadSampleData(page);
  await expect.poll(() => badgeText(serviceWorker)).toBe('2');

  // The sender of the letters, from Settings › Your business.
  await openSettings(page, 'Your business');
  const sender = businessSection(page);
  await saveBusiness(sender, '73282932000074');
  await expect(sender.getByText('Your business is saved.')).toBeVisible();

  // The list: both overdue invoices, most late first, each with its next step, interest and fee.
  await page.getByRole('link', { name: 'To chase', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'To chase' })).toBeFocused();
  const rows = page.getByTestId('chase-list').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('F2026-014');
  await expect(rows.nth(0)).toContainText('Atelier Lumière');
  await expect(rows.nth(0)).toContainText(eur(6_600_00));
  await expect(rows.nth(0)).toContainText(eur(interest));
  await expect(rows.nth(0)).toContainText('€40.00');
  // Two steps are due: the first not done is the one to take now, the other follows.
  await expect(rows.nth(0)).toContainText('Friendly reminder and call');
  await expect(rows.nth(0)).toContainText('later steps also due: 1');
  // Northwind is in England: £70 for a debt from £1,000 (s.5A), on £1,200.00 left to pay.
  await expect(rows.nth(1)).toContainText('£1,200.00');
  await expect(rows.nth(1)).toContainText('£70.00');
  await axe(page, 'chase list');
  await page.screenshot({ path: `${SHOTS}/chase-list.png`, fullPage: true });

  // The chase page: D+1 and D+7 are both due (caught up): the first comes first, with a catch-up note.
  await rows.nth(0).getByRole('link', { name: 'F2026-014' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chasing invoice F2026-014' })).toBeFocused();
  await expect(step(page, 'friendly-reminder')).toContainText(`due since ${longDate(addDays(today, -11))}`);
  await expect(step(page, 'second-reminder')).toContainText(`due since ${longDate(addDays(today, -5))}`);
  await expect(step(page, 'courtesy-due-soon')).toContainText('Skipped');
  await expect(step(page, 'friendly-reminder')).toContainText('Catching up');
  await expect(page.getByTestId('chase-rules')).toContainText('Business client: late-payment penalties of the commercial code');
  await expect(page.getByTestId('chase-figures')).toContainText(eur(6_600_00 + interest + 40_00));
  // The calculation, line by line: 12 days at 12.15 % (ECB 2.15 % + 10 points).
  const calculation = page.getByTestId('interest-table');
  await expect(calculation).toContainText('12.15%');
  await expect(calculation).toContainText('+ 10 points');
  await expect(calculation.locator('tfoot')).toContainText(eur(interest));

  // Reminder: the friendly one by email, then the second one with its letter.
  await page.getByRole('button', { name: 'Mark done: Friendly reminder and call' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(step(page, 'friendly-reminder')).toContainText(`Done on ${longDate(today)} (Email)`);
  await page.getByRole('button', { name: 'Letter: Second reminder: penalties and fixed fee' }).click();
  const letter = page.getByTestId('letter');
  await page.getByLabel('Language', { exact: true }).selectOption('en');
  await expect(letter).toContainText('Second reminder: invoice F2026-014 is overdue');
  for (const text of [
    'Dear Camille Durand,',
    `Invoice F2026-014 of ${letterDate(addDays(today, -42))}`,
    eur(6_600_00),
    '12 days after its due date',
    'Code de commerce L441-10 II',
    'Code de commerce D441-5',
    `interest amounts to ${eur(interest)}`,
    `${eur(6_600_00 + interest + 40_00)} is now due in total`,
    '“Website redesign”, signed on',
    '× 12.15% × 12 days / 365',
    'Camille Martin EI',
  ]) {
    await expect(letter).toContainText(text);
  }
  await expect(letter).not.toContainText(/undefined|NaN/);
  const mailto = await page.getByTestId('mailto').getAttribute('href');
  expect(mailto).toMatch(/^mailto:compta@atelier-lumiere\.example\?subject=Second%20reminder%3A%20invoice%20F2026-014/);
  expect(decodeURIComponent(mailto!.split('body=')[1])).toContain(`interest amounts to ${eur(interest)}`);
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  await page.locator('.letter-card').screenshot({ path: `${SHOTS}/chase-letter.png` });

  await page.getByRole('button', { name: 'Mark done: Second reminder: penalties and fixed fee' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(step(page, 'second-reminder')).toContainText('Done on');
  await expect(step(page, 'final-reminder')).toContainText(`planned for ${longDate(addDays(today, 3))}`);
  expect(await badgeText(serviceWorker)).toBe('2');

  // The formal notice, in French for a client in France, printable on its own.
  await page.getByLabel('Letter', { exact: true }).selectOption('formal-notice');
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(letter).toContainText('Mise en demeure de payer – facture n° F2026-014');
  await expect(letter).toContainText('Lettre recommandée avec accusé de réception');
  await expect(letter).toContainText('je vous mets en demeure de me régler, dans un délai de 8 jours');
  await expect(letter).toContainText(`soit au plus tard le ${letterDate(addDays(today, 8), 'fr-FR')}`);
  await expect(letter).toContainText('injonction de payer');
  await expect(letter).toContainText('Code civil art. 1344');
  await expect(letter).not.toContainText(/undefined|NaN/);
  await page.evaluate(() => {
    // The print dialog cannot be driven headless; the page's print stylesheet is what matters here.
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect(page.locator('body')).toHaveClass(/chase-printing/);
  // An A4 page's width at 96 dpi, as the printed page lays out.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(letter).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/chase-formal-notice.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Promise: a call, the reason given, and a date; the final reminder waits until the day after it.
  const promised = addDays(today, 5);
  await page.getByRole('button', { name: 'Log a call or message' }).click();
  await page.getByLabel('What was said').fill('Called Camille: the invoice is approved, payment run next week.');
  await page.getByLabel('Reason given for not paying').fill('Waiting for their own client to pay');
  await page.getByLabel('Date they promised to pay').fill(promised);
  await page.getByRole('button', { name: 'Save to the log' }).click();
  await expect(page.getByTestId('contact-log')).toContainText('Waiting for their own client to pay');
  await expect(page.getByText(`The client promised to pay by ${longDate(promised)}`)).toBeVisible();
  await expect(step(page, 'final-reminder')).toContainText(`planned for ${longDate(addDays(promised, 1))}`);
  await expect(step(page, 'final-reminder')).toContainText('Held back until the day after the promised date');
  expect(await badgeText(serviceWorker)).toBe('2');
  await axe(page, 'chase page');
  await page.screenshot({ path: `${SHOTS}/chase-page.png`, fullPage: true });

  // Payment plan: two monthly instalments, signed today; it holds the ladder.
  await page.getByRole('button', { name: 'Set up a payment plan' }).click();
  await page.getByLabel('Number of monthly instalments').fill('2');
  await page.getByLabel('First instalment due on').fill(addDays(today, 7));
  await page.getByRole('button', { name: 'Split evenly' }).click();
  await expect(page.getByText(`The instalments add up to ${eur(6_600_00)}, what is owed.`)).toBeVisible();
  await page.getByLabel('Date both signed').fill(today);
  await page.getByRole('button', { name: 'Save the plan' }).click();
  const plan = page.getByTestId('payment-plan');
  await expect(plan).toContainText('In force');
  await expect(page.getByText('A payment plan signed by both of you is in force')).toBeVisible();
  await expect(step(page, 'final-reminder')).toContainText('On hold');
  expect(await badgeText(serviceWorker)).toBe('2');
  await axe(page, 'chase page with a plan');

  // Paid: each instalment recorded on the invoice; the second settles it and the badge drops to 1.
  await plan.getByRole('button', { name: 'Mark instalment 1 paid' }).click();
  await plan.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('chase-figures')).toContainText(eur(3_300_00));
  expect(await badgeText(serviceWorker)).toBe('2');
  await plan.getByRole('button', { name: 'Mark instalment 2 paid' }).click();
  await plan.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Paid: nothing left to chase.')).toBeVisible();
  await expect(plan).toContainText('Paid in full');
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');

  // The case file keeps the whole story: reminders, the call, the plan.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as JSON' }).click()]);
  expect(download.suggestedFilename()).toBe(`case-file-F2026-014-${today}.json`);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'clientcheck-case-file', invoice: { number: 'F2026-014', status: 'paid' } });
  expect(file.reminders.map((r: { step: string }) => r.step)).toEqual(['friendly-reminder', 'second-reminder']);
  expect(file.contacts[0]).toMatchObject({ reasonGiven: 'Waiting for their own client to pay', promisedDate: promised });
  expect(file.paymentPlans).toHaveLength(1);

  // The list and the popup agree: only Northwind is left.
  await page.getByRole('link', { name: '← All invoices to chase' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('F2026-015');
  const popup = await openPopup();
  await expect(popup.getByTestId('overdue-list').getByRole('listitem')).toHaveCount(1);
  await expect(popup.getByTestId('overdue-list')).toContainText('Northwind Studio Ltd');
});

test('a dispute pauses the chase with its reason, and resuming catches up the steps missed', async ({ openDashboard }) => {
  const page = await openDashboard();
  await loadSampleData(page);
  await page.goto(page.url().replace(/#.*$/, '#/chase/demo-invoice-2'));
  await expect(page.getByRole('heading', { level: 1, name: 'Chasing invoice F2026-015' })).toBeVisible();
  await page.getByLabel('Reason', { exact: true }).fill('Client says the illustrations were delivered late');
  // Not ticked by default: not every pause is a dispute.
  const dispute = page.getByRole('checkbox', { name: 'The client disputes the invoice' });
  await expect(dispute).not.toBeChecked();
  await dispute.check();
  await page.getByRole('button', { name: 'Pause the reminders' }).click();
  await expect(page.getByText('Disputed: reminders paused — Client says the illustrations were delivered late')).toBeVisible();
  await expect(step(page, 'friendly-reminder')).toContainText('On hold');
  await page.getByRole('link', { name: '← All invoices to chase' }).click();
  await expect(page.getByTestId('chase-list')).toContainText('Disputed: reminders paused');
  await page.getByRole('link', { name: 'F2026-015' }).click();
  await page.getByRole('button', { name: 'Resume the reminders' }).click();
  await expect(step(page, 'friendly-reminder')).toContainText(`due since ${longDate(addDays(today, -2))}`);
});

test('Settings: the ladder takes any number of steps and restores its defaults; a newer rate is added with its source', async ({
  openDashboard,
}) => {
  const page = await openDashboard('#/settings/chasing');
  await expect(page.getByRole('heading', { level: 2, name: 'Chasing' })).toBeVisible();
  const settings = chaseSettings(page);
  await settings.getByRole('button', { name: 'Add a step' }).click();
  await settings.getByLabel('Days from the due date: Friendly reminder', { exact: true }).fill('60');
  await settings.getByLabel('Letter: Friendly reminder', { exact: true }).selectOption('formal-notice');
  await settings.getByRole('button', { name: 'Save the ladder' }).click();
  await expect(settings.getByText('Ladder saved.')).toBeVisible();
  await expect(settings.getByText('Your own steps.')).toBeVisible();
  await expect(settings.locator('.ladder-table tbody tr')).toHaveCount(7);
  await settings.getByRole('button', { name: 'Restore the default steps' }).click();
  await expect(settings.getByText('Default ladder restored.')).toBeVisible();
  await expect(settings.locator('.ladder-table tbody tr')).toHaveCount(6);

  const ecb = settings.getByRole('form', { name: 'Add a rate: ECB main refinancing rate (France, EU)' });
  await expect(ecb.getByLabel('Half-year')).toHaveValue('2027-H1');
  await ecb.getByLabel('Rate (%)').fill('2,00');
  await ecb.getByLabel('Source', { exact: true }).fill('ECB press release, rate from 1 Jan 2027');
  await ecb.getByRole('button', { name: 'Add the rate' }).click();
  const table = settings.getByTestId('rates-ecb-mro');
  await expect(table.locator('tbody tr').first()).toContainText('2027-H1');
  await expect(table.locator('tbody tr').first()).toContainText('2.00%');
  await expect(table.locator('tbody tr').first()).toContainText('added by you');
  await axe(page, 'settings');

  // In French, the view keeps its words: navigation, steps and figures.
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(page.getByRole('heading', { level: 2, name: 'Relances' })).toBeVisible();
  await loadSampleDataFr(page);
  await page.getByRole('link', { name: 'À relancer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'À relancer' })).toBeVisible();
  await expect(page.getByTestId('chase-list')).toContainText('Relance amiable et appel');
  await expect(page.getByTestId('chase-list')).toContainText('6 600,00 €');
  await axe(page, 'chase list in French');
});

/** Settings › "Charger des données d'exemple", as a French-speaking user would. */
const loadSampleDataFr = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Sections des réglages' }).getByRole('link', { name: /^Sauvegarde et données/ }).click();
  await page.getByRole('button', { name: 'Charger les données d’exemple' }).or(page.getByRole('button', { name: "Charger les données d'exemple" })).click();
  await expect(page.getByText(/Données d.exemple chargées/)).toBeVisible();
};
