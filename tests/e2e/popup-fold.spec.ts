/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { badgeText, expect, loadSampleData, setProfile, test } from './extension';

/** Chrome shows a popup at most 800 × 600: what matters on a client page must end above 600 px. */
const FOLD = 600;
const endsAboveFold = async (locator: Locator, what: string) => {
  await expect(locator, what).toBeVisible();
  // Polled: the preview painted first is replaced by the full card, and a box read in between is gone.
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      return box ? Math.round(box.y + box.height) : Number.POSITIVE_INFINITY;
    }, { message: `${what} ends above ${FOLD} px` })
    .toBeLessThanOrEqual(FOLD);
};

const shoot = async (popup: Page, name: string) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  // The popup is 380 px wide whatever the window: the shot is what Chrome shows, 380 × 600.
  await popup.screenshot({ path: `test-results/screenshots/${name}.png`, clip: { x: 0, y: 0, width: 380, height: FOLD } });
};

test('on a job page with the client already saved, who, the risk, the decision, the job fit and the next action fit in 600 px (EN and FR)', async ({
  context,
  openCaptured,
  openDashboard,
  openPopup,
}) => {
  // Two popups, a dashboard and a profile on a shared machine: generous, the assertions are about layout.
  test.setTimeout(240_000);
  // A profile to weigh the job against: one strength, an hourly minimum in dollars.
  const { settings } = await setProfile(openDashboard);

  const { tabId } = await openCaptured('upwork/job-details-slider.html');

  // Saved once, under a name the freelancer knows them by (the page shows none), with a decision.
  const first = await openPopup(`?tabId=${tabId}`);
  await first.getByLabel('Save under the name').fill('Milan design studio');
  await first.getByRole('button', { name: 'Save as a new client' }).click();
  await expect(first.getByText('Saved to your clients.')).toBeVisible();
  const opened = context.waitForEvent('page');
  await first.getByRole('button', { name: 'Open the client' }).click();
  const dashboard = await opened;
  const decision = dashboard.getByTestId('decision');
  await decision.getByLabel('Caution').check();
  await decision.getByLabel('Reason').fill('Pays well below my rate; asks for a fixed price.');
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(decision.getByRole('status')).toHaveText('Decision recorded.');

  const popup = await openPopup(`?tabId=${tabId}`);
  await popup.setViewportSize({ width: 800, height: FOLD });
  const card = popup.getByTestId('capture');
  // Who: the saved name, never "Name not shown on this page".
  await expect(card.locator('.capture-name')).toHaveText('Milan design studio');
  await expect(card.getByTestId('known-client')).toBeVisible();
  await endsAboveFold(card.getByTestId('risk').locator('[data-level]'), 'the risk level');
  await endsAboveFold(card.getByTestId('risk').locator('.reason').first(), 'the heaviest reason');
  await endsAboveFold(card.getByTestId('decision-line'), 'the decision');
  await expect(card.getByTestId('decision-line')).toContainText('You decided Caution on');
  const fit = card.getByTestId('job-fit-summary');
  await endsAboveFold(fit.locator('[data-rate="client-average"]'), 'the rate against the minimum');
  await expect(fit.locator('[data-rate="client-average"]')).toContainText('US$45.00');
  await endsAboveFold(fit.getByTestId('fit-summary-skills'), 'the skills');
  await endsAboveFold(card.getByRole('button', { name: 'Open the client' }), 'the next action');
  // Everything else one click away, never a count read "1 more reasons".
  await expect(card.getByTestId('lookups-disclosure')).toBeVisible();
  await expect(popup.getByText(/\b1 more reasons\b/)).toHaveCount(0);
  await popup.setViewportSize({ width: 380, height: FOLD });
  await shoot(popup, 'popup-client-page-en');
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

  // The same in French.
  await settings.bringToFront();
  await settings.reload();
  await settings.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(settings.getByRole('heading', { level: 1 })).not.toHaveText('Settings');
  const french = await openPopup(`?tabId=${tabId}`);
  await french.setViewportSize({ width: 800, height: FOLD });
  const carte = french.getByTestId('capture');
  await expect(carte.getByTestId('known-client')).toBeVisible();
  await expect(carte.getByTestId('decision-line')).toContainText('Vous avez décidé');
  await endsAboveFold(carte.getByTestId('risk').locator('[data-level]'), 'le niveau de risque');
  await endsAboveFold(carte.getByTestId('decision-line'), 'la décision');
  await endsAboveFold(carte.getByTestId('job-fit-summary').locator('[data-rate="client-average"]'), "l'adéquation");
  await french.setViewportSize({ width: 380, height: FOLD });
  await shoot(french, 'popup-client-page-fr');
});

test('the home popup: each list at most five lines, the dashboard link after them all', async ({ serviceWorker, openDashboard, openPopup }) => {
  await loadSampleData(await openDashboard());
  await expect.poll(() => badgeText(serviceWorker)).toBe('2');
  const popup = await openPopup();
  await expect(popup.getByTestId('overdue-list')).toBeVisible();
  for (const list of ['overdue-list', 'due-soon-list']) {
    expect(await popup.getByTestId(list).getByRole('listitem').count()).toBeLessThanOrEqual(5);
  }
  // The chase and check-in lists arrive after the first paint: both boxes are read in one go, once they are in place.
  const dashboardButton = popup.getByRole('button', { name: 'Open the dashboard' });
  const belowLastSection = () =>
    dashboardButton.evaluate((button) => {
      const sections = document.querySelectorAll('.popup-section');
      return button.getBoundingClientRect().y > sections[sections.length - 1]!.getBoundingClientRect().y;
    });
  await expect.poll(belowLastSection, { message: 'the dashboard link comes after every list' }).toBe(true);
  await shoot(popup, 'popup-home-en');
});
