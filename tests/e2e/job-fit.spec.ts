/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './extension';

const SLIDER = 'upwork/job-details-slider.html';
const addressOf = (fixture: string): string =>
  readFileSync(resolve('tests/fixtures', fixture), 'utf8').match(/https:\/\/[^\s"'<>]+/)![0];

test('with a profile set, the popup on a job page shows the rate check, the skills fit and what freelancers said', async ({
  context,
  serviceWorker,
  servePage,
  openDashboard,
  openPopup,
}) => {
  // The profile, typed in Settings as a freelancer would: one strength, a minimum in dollars.
  const settings = await openDashboard('#/settings/profile');
  const profile = settings.getByTestId('profile-settings');
  await profile.getByLabel('Strengths: the skills you excel at').fill('React Native');
  await profile.getByLabel('Strengths: the skills you excel at').press('Enter');
  await expect(profile.getByRole('button', { name: 'Remove React Native' })).toBeVisible();
  await profile.getByLabel('Currency code').fill('USD');
  await profile.getByRole('button', { name: 'Add a currency' }).click();
  await profile.getByLabel('Hourly minimum (USD)').fill('45');
  await profile.getByLabel('Hourly minimum (USD)').press('Tab');
  await expect(profile.getByRole('status')).toHaveText('Profile saved.');

  const url = addressOf(SLIDER);
  await servePage(url, SLIDER);
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, url);
  await expect
    .poll(() => serviceWorker.evaluate(async (id) => Object.keys(await chrome.storage.session.get(`capture:${id}`)).length, tabId))
    .toBe(1);

  const popup = await openPopup(`?tabId=${tabId}`);
  const fit = popup.getByTestId('job-fit');
  const average = fit.locator('[data-rate="client-average"]');
  await expect(average).toContainText('This client paid US$5.00 an hour on average');
  await expect(average).toContainText('Your minimum is US$45.00 an hour');
  await expect(average).toHaveAttribute('data-verdict', 'below');
  await expect(fit.getByTestId('strengths')).toContainText('React Native');
  await expect(fit.getByTestId('not-strengths')).toContainText('Mobile App Design');
  await expect(fit.getByTestId('history-ratings')).toContainText('2 stars or less');
  // Far below the minimum is a reason in the risk, with the figures.
  await expect(popup.getByTestId('risk').locator('[data-reason="client-pays-below-minimum"]')).toContainText('US$45.00');
  await popup.screenshot({ path: 'test-results/job-fit-popup.png', fullPage: true });
});
