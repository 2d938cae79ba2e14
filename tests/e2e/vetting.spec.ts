/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './extension';

test('the popup on a risky job page shows the level, its reasons with their weight and quote; the decision is shown on the next visit', async ({
  context,
  openCapturedPopup,
  openPopup,
}) => {
  const { popup, tabId } = await openCapturedPopup('upwork/job-page-bad-client.html');
  const risk = popup.getByTestId('risk');
  await expect(risk.locator('[data-level]')).toHaveText('High risk');
  // A hard red flag, with its weight and the sentence it rests on.
  const payOutside = risk.locator('[data-reason="pay-outside"]');
  await expect(payOutside).toContainText('Red flag');
  await expect(payOutside.locator('.weight')).toHaveText('+40');
  await expect(payOutside).toContainText('We will pay via PayPal directly to avoid Upwork fees.');
  // The heaviest three reasons are on show; the others one click away.
  await expect(risk.locator('.reasons').first().locator('.reason')).toHaveCount(3);
  await risk.getByText(/^\d+ more reasons?$/).click();
  await expect(risk.locator('[data-reason="payment-not-verified"]')).toBeVisible();
  await popup.screenshot({ path: 'test-results/vetting-popup-unsaved.png', fullPage: true });

  // Save, decide no-go from the dashboard, and come back to the page.
  await popup.getByRole('button', { name: 'Save as a new client' }).click();
  await expect(popup.getByTestId('popup-vetting').getByText('No decision yet.')).toBeVisible();
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Open the client' }).click();
  const dashboard = await opened;
  await expect(dashboard).toHaveURL(/dashboard\.html#\/clients\//);
  const decision = dashboard.getByTestId('decision');
  // The level suggests the choice; the user still says why.
  await expect(decision.getByLabel('No-go')).toBeChecked();
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(decision.getByRole('alert')).toContainText('Say why');
  await decision.getByLabel('Reason').fill('Wants to pay by PayPal outside Upwork.');
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(decision.getByRole('status')).toHaveText('Decision recorded.');
  await expect(dashboard.getByTestId('snapshot-history').getByRole('row')).toHaveCount(2);
  expect((await new AxeBuilder({ page: dashboard }).analyze()).violations).toEqual([]);

  const again = await openPopup(`?tabId=${tabId}`);
  await expect(again.getByTestId('known-client')).toBeVisible();
  await expect(again.getByTestId('decision-line')).toContainText('You decided No-go on');
  await expect(again.getByTestId('decision-line')).toContainText('Wants to pay by PayPal outside Upwork.');
  await again.screenshot({ path: 'test-results/vetting-popup-known.png', fullPage: true });
});

test('the client page: look-ups open in tabs at the right address, their outcome fills the checklist, the checklist can be recorded by hand', async ({
  context,
  openDashboard,
}) => {
  const dashboard = await openDashboard('#/clients');
  await dashboard.getByRole('button', { name: 'Add a client' }).click();
  await dashboard.getByLabel('Name', { exact: true }).fill('Atelier Dupont');
  await dashboard.getByLabel('Country (2 letters)').fill('FR');
  await dashboard.getByRole('button', { name: 'Save' }).click();
  await dashboard.getByRole('link', { name: 'Atelier Dupont' }).click();

  // What the client gave: legal name, SIREN, phone, address.
  await dashboard.getByRole('button', { name: 'Edit the client' }).click();
  const editor = dashboard.getByRole('form', { name: 'Edit the client' });
  await editor.getByLabel('Legal name').fill('ATELIER DUPONT & FILS SAS');
  await editor.getByLabel('Phones').fill('06 12 34 56 78');
  await editor.getByLabel('SIREN').fill('732829320');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(dashboard.getByTestId('client-facts')).toContainText('+33612345678');

  const checklist = dashboard.getByTestId('checklist');
  await expect(checklist.locator('[data-item="phone-valid"]')).toHaveAttribute('data-state', 'done');
  await expect(checklist.locator('[data-item="company-number-valid"]')).toHaveAttribute('data-state', 'done');
  await expect(checklist.locator('[data-item="registry-found"]')).toHaveAttribute('data-state', 'todo');

  // Pappers, searched for the SIREN, in a tab the user asked for; the extension itself requests nothing.
  // Playwright does not see the first request of a tab an extension opens, so the address is read
  // where the dashboard asks the browser for the tab.
  await dashboard.evaluate(() => {
    const create = chrome.tabs.create.bind(chrome.tabs);
    (window as unknown as { opened: unknown[] }).opened = [];
    chrome.tabs.create = ((props: chrome.tabs.CreateProperties) => {
      (window as unknown as { opened: unknown[] }).opened.push(props);
      return create(props);
    }) as typeof chrome.tabs.create;
  });
  const lookups = dashboard.getByTestId('lookups');
  const tab = context.waitForEvent('page');
  await lookups.locator('[data-lookup="registry:pappers"]').getByRole('button').click();
  await tab;
  expect(await dashboard.evaluate(() => (window as unknown as { opened: unknown[] }).opened)).toEqual([
    { url: 'https://www.pappers.fr/recherche?q=732829320', active: false },
  ]);
  // It opened behind the dashboard: the user stays where they were.
  expect(await dashboard.evaluate(() => document.visibilityState)).toBe('visible');
  const pappers = lookups.locator('[data-lookup="registry:pappers"]');
  await expect(pappers).toContainText('Opened on');
  await pappers.getByLabel('What you found', { exact: true }).selectOption('confirmed');
  await pappers.getByLabel('Note', { exact: true }).fill('Active, same address');
  await pappers.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(checklist.locator('[data-item="registry-found"]')).toHaveAttribute('data-state', 'done');
  await expect(dashboard.getByTestId('risk').locator('[data-reason="registry-confirmed"]')).toBeVisible();

  // The user called the number: nobody answers. Their word wins over the format check.
  const phone = checklist.locator('[data-item="phone-valid"]');
  await phone.getByRole('button', { name: /^Record/ }).click();
  await phone.getByLabel('Failed').check();
  await phone.getByLabel('How you know').fill('Number not attributed');
  await phone.getByRole('button', { name: 'Save' }).click();
  await expect(phone).toHaveAttribute('data-state', 'failed');
  await expect(phone).toContainText('Number not attributed');

  // The missing-info message lists what is still to ask, in French for a French client.
  const missing = dashboard.getByTestId('missing-info');
  await expect(missing.getByRole('textbox', { name: 'Message' })).toHaveValue(/adresse/);

  await dashboard.screenshot({ path: 'test-results/vetting-client-page.png', fullPage: true });
  expect((await new AxeBuilder({ page: dashboard }).analyze()).violations).toEqual([]);

  // The list shows the checklist progress.
  await dashboard.getByRole('link', { name: 'All clients' }).click();
  await expect(dashboard.getByTestId('checklist-progress').first()).toContainText(/of \d+ done/);
});
