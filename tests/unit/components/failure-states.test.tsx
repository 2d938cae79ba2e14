// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { useLiveQuery } from '@/components/hooks';
import { Popup } from '@/components/popup/Popup';
import { QueryBoundary } from '@/components/QueryBoundary';
import { ClientCheckDatabase, useDatabaseForTests, watchDatabaseHealth } from '@/lib/db/database';
import { forgetDatabaseProblemsForTests } from '@/lib/db/health';
import { setLanguage } from '@/lib/i18n/messages';
import { TODAY, withSampleData } from '../db/helpers';

/**
 * The database failing as browsers make it fail: `indexedDB.open` answering `UnknownError` (a damaged
 * profile, a full disk), or an older page holding it open so its upgrade is blocked.
 */
const failOpening = (name = 'UnknownError', message = 'Internal error opening backing store for indexedDB.open.') =>
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    const request = { error: new DOMException(message, name) } as unknown as IDBOpenDBRequest;
    setTimeout(() => request.onerror?.({ target: request, preventDefault() {}, stopPropagation() {} } as unknown as Event), 0);
    return request;
  });

let counter = 0;
const unopenedDatabase = (): ClientCheckDatabase => {
  const database = watchDatabaseHealth(new ClientCheckDatabase(`clientcheck-failing-${Date.now()}-${counter++}`));
  useDatabaseForTests(database);
  return database;
};

beforeEach(() => {
  forgetDatabaseProblemsForTests();
  location.hash = '';
});

afterEach(() => {
  cleanup();
  setLanguage('en');
  vi.restoreAllMocks();
});

describe('a database the browser will not open', () => {
  it('the dashboard says what failed and what to do instead of staying blank, and logs it once', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    failOpening();
    unopenedDatabase();
    render(<Dashboard />);
    const notice = await screen.findByTestId('database-problem');
    expect(notice.querySelector('h1')?.textContent).toBe('ClientCheck cannot open its data');
    expect(notice.textContent).toContain('What to do');
    expect(notice.textContent).toContain('private window');
    expect(notice.textContent).toContain('What the browser said: UnknownError: Internal error opening backing store');
    // The navigation stays, in the browser's language.
    expect(screen.getByRole('link', { name: 'Invoices' })).toBeTruthy();
    const logged = error.mock.calls.filter((call) => String(call[0]).includes('ClientCheck'));
    expect(logged).toHaveLength(1);
    expect(String(logged[0]![0])).toContain('UnknownError');
  });

  it('keeps Settings › Backup there, its export saying why it cannot write', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    failOpening();
    unopenedDatabase();
    render(<Dashboard />);
    fireEvent.click(await screen.findByRole('link', { name: 'Settings › Backup' }));
    await waitFor(() => expect(location.hash).toBe('#/settings/backup'));
    fireEvent(window, new HashChangeEvent('hashchange'));
    const exportButton = await screen.findByRole('button', { name: 'Export backup' });
    expect(screen.getByTestId('database-problem')).toBeTruthy();
    fireEvent.click(exportButton);
    await waitFor(() => expect(screen.getByTestId('backup-status').textContent).toMatch(/^No backup was written: /));
  });

  it('the popup never says "Nothing overdue" over data it could not read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    failOpening();
    unopenedDatabase();
    render(<Popup today={TODAY} />);
    const notice = await screen.findByTestId('database-problem');
    expect(notice.textContent).toContain('ClientCheck cannot open its data');
    expect(screen.queryByText(/Nothing overdue/)).toBeNull();
    expect(screen.getByRole('button', { name: 'See what to do' })).toBeTruthy();
  });
});

describe('a database whose upgrade is blocked by an older page', () => {
  it('says so while it waits, then carries on by itself once that page closes', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const name = `clientcheck-blocked-${Date.now()}`;
    // An older page's connection at version 1 that ignores requests to close.
    const older = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
    });
    useDatabaseForTests(watchDatabaseHealth(new ClientCheckDatabase(name)));
    render(<Dashboard />);
    const notice = await screen.findByTestId('database-problem');
    expect(notice.textContent).toContain('ClientCheck is waiting for another of its pages');
    expect(notice.textContent).toContain('Close the other ClientCheck tabs');
    act(() => older.close());
    await waitFor(() => expect(screen.queryByTestId('database-problem')).toBeNull());
    await screen.findByText(/No clients yet/);
  });
});

describe('a database deleted from outside while the page is open', () => {
  it('says so, and how to get the data back, instead of showing an empty list', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const database = await withSampleData();
    useDatabaseForTests(watchDatabaseHealth(database));
    render(<Dashboard />);
    await screen.findByRole('link', { name: 'Atelier Lumière' });
    await new Promise((resolve) => {
      const deletion = indexedDB.deleteDatabase(database.name);
      deletion.onsuccess = deletion.onerror = resolve;
    });
    const notice = await screen.findByTestId('database-problem');
    expect(notice.textContent).toContain("ClientCheck's data was deleted");
    expect(notice.textContent).toContain('import your latest backup in Settings › Backup');
    expect(error.mock.calls.filter((c) => String(c[0]).includes('the database is deleted'))).toHaveLength(1);
  });
});

describe('a query that fails', () => {
  const Failing = () => {
    const value = useLiveQuery<string>(() => Promise.reject(new TypeError('cannot read the ledger')), []);
    return <p>{value ?? 'loading'}</p>;
  };

  it('shows an error in place of its view, not an empty page, and "Try again" runs it again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await withSampleData();
    render(
      <main>
        <h1>Invoices</h1>
        <QueryBoundary>
          <Failing />
        </QueryBoundary>
      </main>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This part could not be loaded');
    expect(alert.textContent).toContain('cannot read the ledger');
    expect(screen.getByRole('heading', { name: 'Invoices' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('This part could not be loaded');
    // The same failure twice is one line in the console.
    expect(error.mock.calls.filter((c) => String(c[0]).includes('could not be loaded'))).toHaveLength(1);
  });
});

describe('a malformed dashboard address', () => {
  it('shows the client list instead of a blank page', async () => {
    await withSampleData();
    location.hash = '#/clients/%E0%A4%A';
    render(<Dashboard />);
    await screen.findByRole('link', { name: 'Atelier Lumière' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Clients');
  });
});
