// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { SettingsView } from '@/components/dashboard/SettingsView';
import { BACKUP_STATUS_KEY, backupReminder, noteBackupExported, noteDataChanged, readBackupStatus } from '@/lib/db/backup-status';
import { forgetDatabaseProblemsForTests } from '@/lib/db/health';
import { saveSettings, loadSettings } from '@/lib/db/repositories';
import { setLanguage } from '@/lib/i18n/messages';
import { sampleData } from '@/lib/demo/sample-data';
import { TODAY, withSampleData } from '../db/helpers';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

beforeEach(() => {
  forgetDatabaseProblemsForTests();
  location.hash = '';
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});

/** The browser's StorageManager, as far as persistence goes. */
const storageManager = (storage: Pick<StorageManager, 'persist' | 'persisted'>) =>
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });

afterEach(() => {
  delete (navigator as { storage?: unknown }).storage;
  cleanup();
  setLanguage('en');
  vi.restoreAllMocks();
});

describe('when to offer a backup', () => {
  const now = new Date('2026-03-15T12:00:00Z');

  it('once changes have waited the set number of days, not before', () => {
    expect(backupReminder({ changedSince: '2026-03-01T12:00:00Z' }, now, 14)).toEqual({ due: true, unsavedDays: 14 });
    expect(backupReminder({ changedSince: '2026-03-02T12:00:01Z' }, now, 14)).toEqual({ due: false, unsavedDays: 12 });
  });

  it('never without changes, never when the setting is 0, and not while put off', () => {
    expect(backupReminder({ lastExportedAt: '2025-01-01T00:00:00Z' }, now, 14).due).toBe(false);
    expect(backupReminder({ changedSince: '2025-01-01T00:00:00Z' }, now, 0).due).toBe(false);
    expect(backupReminder({ changedSince: '2025-01-01T00:00:00Z', remindAfter: '2026-03-16T00:00:00Z' }, now, 14).due).toBe(false);
    expect(backupReminder({ changedSince: '2025-01-01T00:00:00Z', remindAfter: '2026-03-15T00:00:00Z' }, now, 14).due).toBe(true);
  });

  it('counts from the first change after the last export; an export starts again', async () => {
    await noteDataChanged(new Date('2026-03-01T00:00:00Z'));
    await noteDataChanged(new Date('2026-03-10T00:00:00Z'));
    expect(await readBackupStatus()).toEqual({ changedSince: '2026-03-01T00:00:00.000Z' });
    await noteBackupExported(new Date('2026-03-12T00:00:00Z'));
    expect(await readBackupStatus()).toEqual({ lastExportedAt: '2026-03-12T00:00:00.000Z' });
  });

  it('reads a damaged status as no status', async () => {
    await browser.storage.local.set({ [BACKUP_STATUS_KEY]: { lastExportedAt: 'never', changedSince: 42 } });
    expect(await readBackupStatus()).toEqual({});
  });
});

describe('the dashboard keeps the data safe', () => {
  it('shows when the last backup was exported, and offers one after 14 days with changes', async () => {
    await withSampleData();
    await browser.storage.local.set({ [BACKUP_STATUS_KEY]: { lastExportedAt: daysAgo(30), changedSince: daysAgo(15) } });
    render(<Dashboard />);
    const reminder = await screen.findByTestId('backup-reminder');
    expect(reminder.textContent).toContain('Your changes of the last 15 days are in no backup.');
    expect(screen.getByTestId('rail-last-backup').textContent).toMatch(/^Last backup: \d+ \w+ \d{4}/);
    fireEvent.click(screen.getByRole('button', { name: 'Export a backup now' }));
    await screen.findByText(/^Backup saved as clientcheck-backup-\d{4}-\d{2}-\d{2}\.json\.$/);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    const status = await readBackupStatus();
    expect(status.changedSince).toBeUndefined();
    expect(Date.now() - Date.parse(status.lastExportedAt!)).toBeLessThan(60_000);
  });

  it('"Remind me tomorrow" puts the offer off for a day', async () => {
    await withSampleData();
    await browser.storage.local.set({ [BACKUP_STATUS_KEY]: { changedSince: daysAgo(20) } });
    render(<Dashboard />);
    await screen.findByTestId('backup-reminder');
    expect(screen.getByTestId('rail-last-backup').textContent).toBe('Last backup: never');
    fireEvent.click(screen.getByRole('button', { name: 'Remind me tomorrow' }));
    await waitFor(() => expect(screen.queryByTestId('backup-reminder')).toBeNull());
    const remindAfter = Date.parse((await readBackupStatus()).remindAfter!);
    expect(remindAfter - Date.now()).toBeGreaterThan(DAY - 60_000);
  });

  it('follows the setting: not offered before its days, never with 0', async () => {
    await withSampleData();
    await saveSettings({ ...(await loadSettings()), backupReminderDays: 30 });
    await browser.storage.local.set({ [BACKUP_STATUS_KEY]: { changedSince: daysAgo(20) } });
    render(<Dashboard />);
    await screen.findByTestId('rail-last-backup');
    await screen.findByRole('link', { name: 'Atelier Lumière' });
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });

  it('asks the browser to keep the data, and Settings › Backup says what it answered', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    let granted = false;
    const persisted = vi.fn(async () => granted);
    persist.mockImplementation(async () => (granted = true));
    storageManager({ persist, persisted });
    await withSampleData();
    location.hash = '#/settings/backup';
    render(<Dashboard />);
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
    const line = await screen.findByTestId('storage-persistence');
    await waitFor(() => expect(line.textContent).toContain('the browser keeps ClientCheck\'s data until you delete it'));
  });

  it('says when the browser may delete the data', async () => {
    storageManager({ persist: async () => false, persisted: async () => false });
    await withSampleData();
    render(<SettingsView onLanguage={() => {}} focus="data" />);
    expect((await screen.findByTestId('storage-persistence')).textContent).toContain('best effort');
  });
});

describe('Settings › Backup says where a refused file is wrong', () => {
  const importFile = async (content: string, mode: 'Replace' | 'Merge' = 'Replace') => {
    render(<SettingsView onLanguage={() => {}} focus="data" />);
    const input = (await screen.findByLabelText('Backup file (.json)')) as HTMLInputElement;
    const file = new File([content], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    if (mode === 'Merge') fireEvent.click(screen.getByLabelText(/^Merge/));
    fireEvent.click(screen.getByRole('button', { name: 'Import backup' }));
    await waitFor(() => expect(screen.getByTestId('backup-status').textContent).not.toBe(''), { timeout: 5_000 });
    return screen.getByTestId('backup-status').textContent;
  };

  it('a file that is no backup: "the file", not a "(file)" table and row 1', async () => {
    await withSampleData();
    expect(await importFile('{"hello":"world"}')).toBe('Nothing was imported. The file: not a ClientCheck backup');
  });

  it('a row pointing at a client that is not there', async () => {
    await withSampleData();
    const file = JSON.parse(JSON.stringify(sampleData(TODAY)));
    file.invoices[3].clientId = 'c-gone';
    expect(await importFile(JSON.stringify(file))).toBe(
      'Nothing was imported. invoices, row 4, field "clientId": points at a client (c-gone) that is not in the file',
    );
  });

  it('Merge finds the client among the rows already stored', async () => {
    await withSampleData();
    const file = { format: 'clientcheck-backup', version: 2, exportedAt: '2026-03-15T10:00:00.000Z', contacts: [{ id: 'c-9', clientId: 'demo-client-atelier', on: TODAY, channel: 'call', summary: 'Promised to pay Friday' }] };
    expect(await importFile(JSON.stringify(file), 'Merge')).toBe('Imported: 1 contacts.');
  });
});
