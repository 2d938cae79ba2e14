// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ClientsView } from '@/components/dashboard/clients/ClientsView';
import { money } from '@/components/text';
import { addDays, todayIn } from '@/lib/calendar';
import { clients, invoices } from '@/lib/db/repositories';
import { setLanguage } from '@/lib/i18n/messages';
import { makeClient, makeInvoice } from '../builders';
import { freshDatabase } from '../db/helpers';
import { resetUiAfterEach } from '../ui';

// The list reads today's date itself, so invoices are dated from it.
const today = todayIn();
const day = (offset: number) => addDays(today, offset);

const seed = async () => {
  await freshDatabase();
  await clients.put(makeClient({ id: 'alpha', displayName: 'Alpha Studio' }));
  await clients.put(makeClient({ id: 'beta', displayName: 'Beta Ltd' }));
  await clients.put(makeClient({ id: 'gamma', displayName: 'Gamma Co' }));
  // Alpha: paid 30 days after its due date (40 after issue), and a USD invoice part-paid and overdue now.
  await invoices.put(
    makeInvoice({ id: 'a1', clientId: 'alpha', issueDate: day(-100), dueDate: day(-70), amount: 1_000_00, status: 'paid', payments: [{ date: day(-60), amount: 1_000_00 }] }),
  );
  await invoices.put(
    makeInvoice({ id: 'a2', clientId: 'alpha', issueDate: day(-40), dueDate: day(-10), amount: 500_00, currency: 'USD', payments: [{ date: day(-20), amount: 200_00 }] }),
  );
  // Beta: one invoice, paid 10 days after issue, before its due date.
  await invoices.put(
    makeInvoice({ id: 'b1', clientId: 'beta', issueDate: day(-30), dueDate: day(0), amount: 3_000_00, status: 'paid', payments: [{ date: day(-20), amount: 3_000_00 }] }),
  );
};

const cellsOf = (name: string): string[] => {
  const row = screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
};

const order = () => [...document.querySelectorAll('tbody th[scope="row"] a')].map((a) => a.textContent);

describe('client list', () => {
  resetUiAfterEach();

  it('shows revenue per currency, average days to pay, late payments and a Repeat tag', async () => {
    await seed();
    render(<ClientsView />);
    await waitFor(() => expect(screen.getByText('Alpha Studio')).toBeTruthy());
    const headers = [...document.querySelectorAll('thead th')].map((th) => th.textContent);
    // The kind sits under the name, so the table fits 1,280 px.
    expect(headers).toEqual(['Name', 'Contact', 'Decision', expect.any(String), 'Invoices', 'Overdue', 'Revenue', 'Avg. days to pay', 'Late payments']);

    const alpha = cellsOf('Alpha Studio');
    expect(alpha[0]).toBe('Alpha StudioRepeatCompany');
    expect(alpha.slice(4)).toEqual(['2', '1', `${money(1_000_00, 'EUR')} + ${money(200_00, 'USD')}`, '40', '2']);

    const beta = cellsOf('Beta Ltd');
    expect(beta[0]).toBe('Beta LtdCompany');
    expect(beta.slice(4)).toEqual(['1', '0', money(3_000_00, 'EUR'), '10', '0']);

    expect(cellsOf('Gamma Co').slice(4)).toEqual(['0', '0', '—', '—', '0']);
    // The checklist column still fills in.
    await waitFor(() => expect(cellsOf('Gamma Co')[3]).not.toBe('…'));
  });

  it('sorts by revenue and by late payments from the column headers', async () => {
    await seed();
    render(<ClientsView />);
    await waitFor(() => expect(screen.getByText('Alpha Studio')).toBeTruthy());
    expect(order()).toEqual(['Alpha Studio', 'Beta Ltd', 'Gamma Co']);

    const revenue = screen.getByRole('button', { name: 'Revenue' });
    fireEvent.click(revenue);
    expect(order()).toEqual(['Beta Ltd', 'Alpha Studio', 'Gamma Co']);
    expect(revenue.closest('th')?.getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(revenue);
    expect(order()).toEqual(['Gamma Co', 'Alpha Studio', 'Beta Ltd']);
    expect(revenue.closest('th')?.getAttribute('aria-sort')).toBe('ascending');

    const late = screen.getByRole('button', { name: 'Late payments' });
    fireEvent.click(late);
    expect(order()).toEqual(['Alpha Studio', 'Beta Ltd', 'Gamma Co']);
    expect(late.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(revenue.closest('th')?.hasAttribute('aria-sort')).toBe(false);
  });

  it('speaks French', async () => {
    await seed();
    setLanguage('fr');
    render(<ClientsView />);
    await waitFor(() => expect(screen.getByText('Alpha Studio')).toBeTruthy());
    const table = screen.getByRole('table');
    expect(within(table).getByRole('button', { name: 'Encaissé' })).toBeTruthy();
    expect(within(table).getByText('Récurrent')).toBeTruthy();
  });
});
