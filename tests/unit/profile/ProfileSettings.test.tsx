// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SettingsView } from '@/components/dashboard/SettingsView';
import { loadSettings } from '@/lib/db/repositories';
import { defaultSettings } from '@/lib/model';
import { freshDatabase } from '../db/helpers';
import { resetUiAfterEach } from '../ui';

const section = async () => {
  await waitFor(() => expect(screen.getByTestId('profile-settings')).toBeTruthy());
  return within(screen.getByTestId('profile-settings'));
};

const type = (input: HTMLElement, text: string) => fireEvent.input(input, { target: { value: text } });

describe('Settings › Your profile', () => {
  resetUiAfterEach();

  it('starts empty on a first visit, with a row of minimums in the default currency', async () => {
    await freshDatabase();
    render(<SettingsView onLanguage={() => {}} focus="profile" />);
    const profile = await section();
    expect(profile.getByRole('heading', { name: 'Your profile' })).toBeTruthy();
    expect(profile.getAllByText('None yet.')).toHaveLength(3);
    expect(profile.getByLabelText('Hourly minimum (EUR)')).toBeTruthy();
    expect((await loadSettings()).profile).toBeUndefined();
  });

  it('adds and removes strengths as chips, the same skill spelled again only once', async () => {
    await freshDatabase();
    render(<SettingsView onLanguage={() => {}} focus="profile" />);
    const profile = await section();
    const input = profile.getByLabelText('Strengths: the skills you excel at');
    for (const strength of ['React', 'ReactJS', 'Figma']) {
      type(input, strength);
      fireEvent.submit(input.closest('form')!);
      await waitFor(async () => expect((await loadSettings()).profile?.strengths.length ?? 0).toBeGreaterThan(0));
    }
    await waitFor(async () => expect((await loadSettings()).profile?.strengths).toEqual(['React', 'Figma']));
    await waitFor(() => expect(profile.getByRole('button', { name: 'Remove Figma' })).toBeTruthy());
    fireEvent.click(profile.getByRole('button', { name: 'Remove Figma' }));
    await waitFor(async () => expect((await loadSettings()).profile?.strengths).toEqual(['React']));
    expect(profile.getByRole('status').textContent).toBe('Profile saved.');
  });

  it('saves minimum rates in minor units, and refuses what is not an amount', async () => {
    await freshDatabase();
    render(<SettingsView onLanguage={() => {}} focus="profile" />);
    const profile = await section();
    fireEvent.change(profile.getByLabelText('Hourly minimum (EUR)'), { target: { value: '45,50' } });
    await waitFor(async () => expect((await loadSettings()).profile?.minimumRates).toEqual({ EUR: { hourly: 4_550 } }));
    fireEvent.change(profile.getByLabelText('Minimum project size (EUR)'), { target: { value: '1 500' } });
    await waitFor(async () => expect((await loadSettings()).profile?.minimumProject).toEqual({ EUR: 150_000 }));
    fireEvent.change(profile.getByLabelText('Daily minimum (EUR)'), { target: { value: 'a lot' } });
    await waitFor(() => expect(profile.getByText('Type an amount, such as 45 or 45.50.')).toBeTruthy());
    expect((await loadSettings()).profile?.minimumRates.EUR).toEqual({ hourly: 4_550 });

    // Another currency gets its own row.
    const code = profile.getByLabelText('Currency code');
    type(code, 'usd');
    fireEvent.submit(code.closest('form')!);
    await waitFor(() => expect(profile.getByLabelText('Hourly minimum (USD)')).toBeTruthy());
  });

  it('keeps one exchange rate per pair, dated the day it was typed in', async () => {
    await freshDatabase();
    render(<SettingsView onLanguage={() => {}} focus="profile" />);
    const profile = await section();
    const form = profile.getByRole('form', { name: 'Exchange rates' });
    const enter = (from: string, to: string, rate: string) => {
      type(within(form).getByLabelText('From'), from);
      type(within(form).getByLabelText('To'), to);
      type(within(form).getByLabelText('Rate'), rate);
      fireEvent.submit(form);
    };
    enter('USD', 'EUR', '0,92');
    await waitFor(async () => expect(Object.keys((await loadSettings()).profile?.exchangeRates ?? {})).toEqual(['USD/EUR']));
    // The same pair the other way round replaces it.
    enter('EUR', 'USD', '1.08');
    await waitFor(async () => expect(Object.keys((await loadSettings()).profile?.exchangeRates ?? {})).toEqual(['EUR/USD']));
    const saved = (await loadSettings()).profile?.exchangeRates['EUR/USD'];
    expect(saved?.rate).toBe(1.08);
    expect(saved?.enteredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await waitFor(() => expect(screen.getByTestId('exchange-rates').textContent).toContain('1 EUR = 1.08 USD, entered on'));

    enter('EUR', 'EUR', '1');
    await waitFor(() => expect(profile.getByText('Choose two different currencies, as 3-letter codes.')).toBeTruthy());
    enter('GBP', 'EUR', 'zero');
    await waitFor(() => expect(profile.getByText('Type a rate above zero, such as 0.92.')).toBeTruthy());
  });

  it('keeps the rest of the settings as they were', async () => {
    const database = await freshDatabase();
    await database.settings.put({ ...defaultSettings(), defaultCurrency: 'GBP', dueSoonDays: 12 });
    render(<SettingsView onLanguage={() => {}} focus="profile" />);
    const profile = await section();
    fireEvent.change(profile.getByLabelText('Hourly minimum (GBP)'), { target: { value: '40' } });
    await waitFor(async () => expect((await loadSettings()).profile?.minimumRates).toEqual({ GBP: { hourly: 4_000 } }));
    expect(await loadSettings()).toMatchObject({ defaultCurrency: 'GBP', dueSoonDays: 12 });
  });
});
