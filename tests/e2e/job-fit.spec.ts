import { expect, setProfile, test } from './extension';

test('with a profile set, the popup on a job page shows the rate check, the skills fit and what freelancers said', async ({
  openCapturedPopup,
  openDashboard,
}) => {
  // The profile, typed in Settings as a freelancer would: one strength, a minimum in dollars.
  await setProfile(openDashboard);

  const { popup } = await openCapturedPopup('upwork/job-details-slider.html');
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
