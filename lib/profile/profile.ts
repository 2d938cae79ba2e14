import type { Settings } from '../model/settings';

/**
 * The freelancer's profile as Settings stores it (lib/model/settings.ts): strengths, services,
 * minimum rates and project size per currency, languages, and the exchange rates they typed in.
 */
export type FreelancerProfile = NonNullable<Settings['profile']>;
export type MinimumRates = FreelancerProfile['minimumRates'][string];
export type ExchangeRate = FreelancerProfile['exchangeRates'][string];

export const emptyProfile = (): FreelancerProfile => ({
  strengths: [],
  services: [],
  minimumRates: {},
  minimumProject: {},
  languages: [],
  exchangeRates: {},
});

/** Nothing to compare a job with: the popup invites the freelancer to fill the profile instead. */
export const hasProfile = (profile: FreelancerProfile | undefined): profile is FreelancerProfile =>
  !!profile &&
  (profile.strengths.length > 0 ||
    Object.values(profile.minimumRates).some((rates) => rates.hourly !== undefined || rates.daily !== undefined) ||
    Object.keys(profile.minimumProject).length > 0);

/** `'USD/EUR'`: the key of an exchange rate, 1 USD = rate EUR. */
export const pairKey = (from: string, to: string): string => `${from}/${to}`;
