import { describe, expect, it } from 'vitest';
import { emptyProfile, type FreelancerProfile } from '../../../lib/profile/profile';
import { STALE_EXCHANGE_RATE_DAYS, checkRates, exchangeRateFor, type RateSource } from '../../../lib/profile/rate-check';
import { eur, usd } from '../builders';

const TODAY = '2026-01-15';

/** Minimums in dollars: $45/hr, $1,000 per project. */
const inDollars: FreelancerProfile = { ...emptyProfile(), minimumRates: { USD: { hourly: 4_500, daily: 36_000 } }, minimumProject: { USD: 100_000 } };
/** Minimums in euros only, and one exchange rate typed in on 2 January. */
const inEuros: FreelancerProfile = {
  ...emptyProfile(),
  minimumRates: { EUR: { hourly: 5_000 } },
  minimumProject: { EUR: 120_000 },
  exchangeRates: { 'EUR/USD': { rate: 1.08, enteredOn: '2026-01-02' } },
};

const fixed = (amount: number): RateSource['job'] => ({ budget: { type: 'fixed', min: usd(amount), max: usd(amount) } });
const hourly = (min?: number, max?: number): RateSource['job'] => ({
  budget: { type: 'hourly', ...(min ? { min: usd(min) } : {}), ...(max ? { max: usd(max) } : {}) },
});

describe('checkRates: the client’s average hourly rate', () => {
  it('says "this client paid $5.00/hr on average; your minimum is $45.00/hr", with where it was read', () => {
    const check = checkRates(
      { signals: { avgHourlyRate: usd(500) }, fieldSources: { 'signals.avgHourlyRate': 'About the client › avg hourly rate paid' } },
      inDollars,
      TODAY,
    );
    expect(check.items).toEqual([
      {
        subject: 'client-average',
        basis: 'hourly',
        offered: { min: usd(500), max: usd(500) },
        field: 'signals.avgHourlyRate',
        location: 'About the client › avg hourly rate paid',
        outcome: { kind: 'compared', verdict: 'below', minimum: usd(4_500), shareOfMinimum: 500 / 4_500 },
      },
    ]);
    expect(check.missing).toEqual(['job-budget']);
  });

  it('meets the minimum at exactly the minimum', () => {
    const [item] = checkRates({ signals: { avgHourlyRate: usd(4_500) } }, inDollars, TODAY).items;
    expect(item.outcome).toMatchObject({ kind: 'compared', verdict: 'meets', shareOfMinimum: 1 });
  });

  it('treats $0.00/hr as no figure: a client who never paid by the hour', () => {
    expect(checkRates({ signals: { avgHourlyRate: usd(0) } }, inDollars, TODAY)).toEqual({ items: [], missing: ['job-budget', 'client-average'] });
  });
});

describe('checkRates: the job’s budget', () => {
  it('weighs a day rate (TJM) against the daily minimum, never the hourly one', () => {
    const daily = (amount: number): RateSource['job'] => ({ budget: { type: 'daily', min: usd(amount), max: usd(amount) } });
    const [item] = checkRates({ job: daily(18_000) }, inDollars, TODAY).items;
    expect(item).toMatchObject({ basis: 'daily' });
    expect(item.outcome).toEqual({ kind: 'compared', verdict: 'below', minimum: usd(36_000), shareOfMinimum: 0.5 });
    expect(checkRates({ job: daily(40_000) }, inDollars, TODAY).items[0].outcome).toMatchObject({ verdict: 'meets' });
    expect(checkRates({ job: daily(40_000) }, inEuros, TODAY).items[0].outcome).toMatchObject({ kind: 'no-minimum' });
  });

  it('weighs a fixed price against the minimum project size', () => {
    const [item] = checkRates({ job: fixed(30_000) }, inDollars, TODAY).items;
    expect(item).toMatchObject({ subject: 'job-budget', basis: 'project', offered: { min: usd(30_000), max: usd(30_000) }, field: 'job.budget' });
    expect(item.outcome).toEqual({ kind: 'compared', verdict: 'below', minimum: usd(100_000), shareOfMinimum: 0.3 });
    expect(checkRates({ job: fixed(250_000) }, inDollars, TODAY).items[0].outcome).toMatchObject({ verdict: 'meets' });
  });

  it('weighs an hourly range against the hourly minimum: below, partly below, or meeting it', () => {
    const verdict = (min?: number, max?: number) => {
      const outcome = checkRates({ job: hourly(min, max) }, inDollars, TODAY).items[0]?.outcome;
      return outcome?.kind === 'compared' ? outcome.verdict : outcome?.kind;
    };
    expect(verdict(1_500, 3_500)).toBe('below');
    expect(verdict(3_000, 6_000)).toBe('partly-below');
    expect(verdict(4_500, 9_000)).toBe('meets');
    // One end of the range only: it stands for the whole range.
    expect(verdict(undefined, 4_000)).toBe('below');
    expect(verdict(5_000)).toBe('meets');
  });

  it('gives the top of an hourly range as the share of the minimum', () => {
    const [item] = checkRates({ job: hourly(1_500, 3_500) }, inDollars, TODAY).items;
    expect(item.outcome).toMatchObject({ shareOfMinimum: 3_500 / 4_500 });
  });

  it('says plainly when the page gives no budget figure', () => {
    expect(checkRates({ job: { budget: { type: 'hourly' } } }, inDollars, TODAY).missing).toEqual(['job-budget', 'client-average']);
    expect(checkRates({}, inDollars, TODAY)).toEqual({ items: [], missing: ['job-budget', 'client-average'] });
  });

  it('says when the freelancer set no minimum of that kind', () => {
    const hourlyOnly: FreelancerProfile = { ...emptyProfile(), minimumRates: { USD: { hourly: 4_500 } } };
    expect(checkRates({ job: fixed(30_000) }, hourlyOnly, TODAY).items[0].outcome).toEqual({ kind: 'no-minimum' });
    // A daily minimum alone is not turned into an hourly one: that would be a guess at the hours in a day.
    const dailyOnly: FreelancerProfile = { ...emptyProfile(), minimumRates: { USD: { daily: 36_000 } } };
    expect(checkRates({ signals: { avgHourlyRate: usd(500) } }, dailyOnly, TODAY).items[0].outcome).toEqual({ kind: 'no-minimum' });
  });
});

describe('checkRates: other currencies', () => {
  it('converts only with the rate the freelancer entered, used the other way round when needed', () => {
    const [budget, average] = checkRates({ job: fixed(30_000), signals: { avgHourlyRate: usd(500) } }, inEuros, TODAY).items;
    // $300 at 1 EUR = 1.08 USD is €277.78; the minimum stays as the freelancer set it.
    expect(budget.offered).toEqual({ min: usd(30_000), max: usd(30_000) });
    expect(budget.outcome).toEqual({
      kind: 'compared',
      verdict: 'below',
      minimum: eur(120_000),
      converted: {
        min: eur(27_778),
        max: eur(27_778),
        conversion: { pair: 'EUR/USD', rate: 1.08, inverse: true, enteredOn: '2026-01-02', ageDays: 13, stale: false },
      },
      shareOfMinimum: 27_778 / 120_000,
    });
    expect(average.outcome).toMatchObject({ verdict: 'below', minimum: eur(5_000), converted: { max: eur(463) } });
  });

  it('cannot compare without an entered rate, and says which currencies the minimums are in', () => {
    const noRate: FreelancerProfile = { ...inEuros, minimumRates: { EUR: { hourly: 5_000 }, GBP: { hourly: 4_000 } }, exchangeRates: {} };
    const [item] = checkRates({ signals: { avgHourlyRate: usd(500) } }, noRate, TODAY).items;
    expect(item.outcome).toEqual({ kind: 'no-exchange-rate', minimumCurrencies: ['EUR', 'GBP'] });
  });

  it('prefers the minimum in the job’s own currency to any conversion', () => {
    const both: FreelancerProfile = { ...inEuros, minimumRates: { EUR: { hourly: 5_000 }, USD: { hourly: 4_500 } } };
    const [item] = checkRates({ signals: { avgHourlyRate: usd(500) } }, both, TODAY).items;
    expect(item.outcome).toEqual({ kind: 'compared', verdict: 'below', minimum: usd(4_500), shareOfMinimum: 500 / 4_500 });
  });

  it('respects each currency’s minor units (yen have none)', () => {
    const yen: FreelancerProfile = { ...emptyProfile(), minimumRates: { JPY: { hourly: 6_000 } }, exchangeRates: { 'USD/JPY': { rate: 150, enteredOn: TODAY } } };
    const [item] = checkRates({ signals: { avgHourlyRate: usd(2_000) } }, yen, TODAY).items;
    // $20.00 at 150 is ¥3,000: half of ¥6,000.
    expect(item.outcome).toMatchObject({ verdict: 'below', converted: { max: { amount: 3_000, currency: 'JPY' } }, shareOfMinimum: 0.5 });
  });

  it('flags a rate entered long ago, and still uses it', () => {
    const old = { exchangeRates: { 'EUR/USD': { rate: 1.08, enteredOn: '2025-06-01' } } };
    expect(exchangeRateFor(old, 'USD', 'EUR', TODAY)).toMatchObject({ inverse: true, ageDays: 228, stale: true });
    expect(exchangeRateFor(old, 'EUR', 'USD', '2025-06-01')).toMatchObject({ inverse: false, ageDays: 0, stale: false });
    expect(exchangeRateFor(old, 'USD', 'GBP', TODAY)).toBeUndefined();
    expect(STALE_EXCHANGE_RATE_DAYS).toBe(90);
  });
});
