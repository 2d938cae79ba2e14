import { expect, loadSampleData, test } from './extension';

test('the popup says which clients to check in with after their last payment, and "Done" logs the contact', async ({
  openDashboard,
  openPopup,
}) => {
  const dashboard = await openDashboard('#/clients');
  // The sample Northwind invoice was paid in full 25 days ago, past the 14 days of the default.
  await loadSampleData(dashboard);
  const popup = await openPopup();
  const checkIns = popup.getByTestId('check-ins');
  await expect(checkIns).toContainText('Northwind Studio Ltd');
  await expect(checkIns).toContainText('Paid in full on');
  await popup.getByRole('button', { name: 'Check-in with Northwind Studio Ltd done' }).click();
  await expect(popup.getByTestId('check-ins')).toHaveCount(0);

  // The contact is in the log, as the chase and the client history read it.
  const again = await openPopup();
  await expect(again.getByRole('heading', { name: /^Overdue/ })).toBeVisible();
  await expect(again.getByTestId('check-ins')).toHaveCount(0);
});
