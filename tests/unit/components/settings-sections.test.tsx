// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { forgetDatabaseProblemsForTests } from '@/lib/db/health';
import { loadSettings, saveSettings } from '@/lib/db/repositories';
import { settingsSectionOf } from '@/lib/navigation';
import { freshDatabase } from '../db/helpers';
import { resetUiAfterEach } from '../ui';

beforeEach(async () => {
  await freshDatabase();
  forgetDatabaseProblemsForTests();
  location.hash = '';
});

resetUiAfterEach();

describe('Settings sections', () => {
  it('each section has its own address; the Backup anchor opens Backup and data; anything else opens Your business', () => {
    expect(settingsSectionOf('chasing')).toBe('chasing');
    expect(settingsSectionOf('backup')).toBe('data');
    expect(settingsSectionOf(undefined)).toBe('business');
    expect(settingsSectionOf('nonsense')).toBe('business');
  });

  it('shows one section at a time, and the navigation says which', async () => {
    location.hash = '#/settings/billing';
    render(<Dashboard />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Billing defaults' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Settings sections' });
    const current = nav.querySelector('[aria-current="page"]');
    expect(current?.getAttribute('href')).toBe('#/settings/billing');
    expect(screen.queryByLabelText('Backup file (.json)')).toBeNull();
    expect(screen.queryByRole('heading', { level: 2, name: 'Chasing' })).toBeNull();
    // The language is above every section.
    expect(screen.getByLabelText('Language')).toBeTruthy();
  });
});

describe('Settings › Your business', () => {
  it('asks only what the status needs, refuses an invalid own SIRET with its reason, and keeps what was typed', async () => {
    location.hash = '#/settings/business';
    render(<Dashboard />);
    const status = (await screen.findByLabelText('Your legal status')) as HTMLSelectElement;
    fireEvent.change(status, { target: { value: 'fr-micro' } });
    await waitFor(() => expect(screen.queryByLabelText('VAT number')).toBeNull());
    expect(screen.queryByLabelText(/^Share capital/)).toBeNull();
    fireEvent.input(screen.getByLabelText('Your name or business name'), { target: { value: 'Camille Martin EI' } });
    fireEvent.input(screen.getByLabelText('SIRET'), { target: { value: '73282932000075' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save your business' }));
    expect(await screen.findByText('SIRET 73282932000075 fails its checksum: mistyped or invented.')).toBeTruthy();
    expect(screen.getByLabelText('SIRET').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Your name or business name') as HTMLInputElement).value).toBe('Camille Martin EI');
    expect((await loadSettings()).freelancer.status).toBeUndefined();

    fireEvent.input(screen.getByLabelText('SIRET'), { target: { value: '73282932000074' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save your business' }));
    expect(await screen.findByText('Your business is saved.')).toBeTruthy();
    const saved = await loadSettings();
    expect(saved.freelancer).toMatchObject({ status: 'fr-micro', name: 'Camille Martin EI', siret: '73282932000074' });
    expect(saved.homeJurisdiction).toBe('FR');
  });

  it('a company is asked its legal form, share capital and registry', async () => {
    await saveSettings({ ...(await loadSettings()), freelancer: { status: 'fr-company' } });
    location.hash = '#/settings/business';
    render(<Dashboard />);
    expect(await screen.findByLabelText('Legal form')).toBeTruthy();
    expect(screen.getByLabelText('Share capital (EUR)')).toBeTruthy();
    expect(screen.getByLabelText('Registry and city (RCS Lyon, RM 69)')).toBeTruthy();
    expect(screen.getByLabelText('VAT number')).toBeTruthy();
  });
});

describe('first run', () => {
  it('the clients view asks for the legal status until it is said', async () => {
    render(<Dashboard />);
    const prompt = await screen.findByTestId('status-prompt');
    expect(prompt.textContent).toContain('Tell ClientCheck who you are');
    expect(prompt.querySelector('a')?.getAttribute('href')).toBe('#/settings/business');
    cleanup();
    await saveSettings({ ...(await loadSettings()), freelancer: { status: 'uk-sole-trader' } });
    render(<Dashboard />);
    await screen.findByRole('heading', { level: 1, name: 'Clients' });
    await waitFor(() => expect(screen.queryByTestId('status-prompt')).toBeNull());
  });
});
