// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { Popup } from '@/components/popup/Popup';
import { setLanguage } from '@/lib/i18n/messages';
import { TODAY, freshDatabase, withSampleData } from '../db/helpers';

describe('Popup first screen', () => {
  afterEach(() => {
    cleanup();
    setLanguage('en');
  });

  it('lists the overdue invoices, most late first, and what falls due soon', async () => {
    await withSampleData();
    render(<Popup today={TODAY} />);
    await waitFor(() => expect(screen.getByTestId('overdue-list')).toBeTruthy());
    const overdue = screen.getByTestId('overdue-list').querySelectorAll('li');
    expect(overdue).toHaveLength(2);
    expect(overdue[0].textContent).toContain('Atelier Lumière');
    expect(overdue[0].textContent).toContain('12 days late');
    expect(overdue[1].textContent).toContain('3 days late');
    expect(screen.getByText('€6,600.00 + £1,200.00 overdue in all')).toBeTruthy();
    expect(screen.getByTestId('due-soon-list').querySelectorAll('li')).toHaveLength(1);
  });

  it('says plainly when nothing is overdue or due soon', async () => {
    await freshDatabase();
    render(<Popup today={TODAY} />);
    await waitFor(() => expect(screen.getByText('Nothing overdue. Every sent invoice is within its terms.')).toBeTruthy());
    expect(screen.getByText('Nothing falls due in the next 7 days.')).toBeTruthy();
  });

  it('speaks French when the settings say so', async () => {
    const database = await withSampleData();
    await database.settings.put({ ...(await import('@/lib/model')).defaultSettings(), language: 'fr' });
    render(<Popup today={TODAY} />);
    await waitFor(() => expect(screen.getByText('En retard')).toBeTruthy());
    expect(screen.getByText('12 jours de retard')).toBeTruthy();
  });

  it('shows a client name with markup as text, never as HTML', async () => {
    const database = await withSampleData();
    await database.clients.update('demo-client-atelier', { displayName: '<img src=x onerror=alert(1)>' });
    const { container } = render(<Popup today={TODAY} />);
    // Atelier has one overdue invoice and one due soon: the name shows in both lists, as text.
    await waitFor(() => expect(screen.getAllByText('<img src=x onerror=alert(1)>')).toHaveLength(2));
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });
});
