import { daysBetween } from '../calendar';
import { minorUnitDigits } from '../currency';
import type { CalendarDate, Money } from '../model/common';
import type { PlatformSignals, SnapshotJob } from '../model/snapshot';
import { pairKey, type FreelancerProfile } from './profile';

/**
 * The job's budget and what the client paid on average, against the freelancer's minimums. Money in
 * another currency is converted only with an exchange rate the freelancer entered; without one the
 * result says it cannot be compared, never guesses. Every result carries the figures to show:
 * "this client paid $5.00/hr on average; your minimum is $45.00/hr".
 */

/** An exchange rate older than this still converts, but the result says it may be out of date. */
export const STALE_EXCHANGE_RATE_DAYS = 90;

export type RateSubject = 'job-budget' | 'client-average';
/** What the figure is compared with: the hourly minimum, or the smallest project taken. */
export type RateBasis = 'hourly' | 'daily' | 'project';

export interface Conversion {
  /** The pair as the freelancer entered it (`USD/EUR`); `inverse` when it was used the other way round. */
  pair: string;
  rate: number;
  inverse: boolean;
  enteredOn: CalendarDate;
  ageDays: number;
  stale: boolean;
}

/** A range; one figure has `min` equal to `max`. */
export interface MoneyRange {
  min: Money;
  max: Money;
}

export type RateOutcome =
  | {
      kind: 'compared';
      /** `partly-below`: an hourly range that reaches the minimum only in its upper part. */
      verdict: 'meets' | 'below' | 'partly-below';
      minimum: Money;
      /** The offered figure in the minimum's currency, when it had to be converted. */
      converted?: MoneyRange & { conversion: Conversion };
      /** The top of the offer as a share of the minimum: 0.11 is 11 %. */
      shareOfMinimum: number;
    }
  /** The freelancer set no minimum of this kind (hourly, or project size) in any currency. */
  | { kind: 'no-minimum' }
  /** Minimums exist, in other currencies, and no exchange rate was entered to reach them. */
  | { kind: 'no-exchange-rate'; minimumCurrencies: string[] };

export interface RateCheckItem {
  subject: RateSubject;
  basis: RateBasis;
  /** As the page shows it. */
  offered: MoneyRange;
  /** The snapshot field it was read from, and where on the page. */
  field: 'job.budget' | 'signals.avgHourlyRate';
  location?: string;
  outcome: RateOutcome;
}

export interface RateCheck {
  items: RateCheckItem[];
  /** Figures the page did not give (an hourly job without a range, a client who never paid by the hour). */
  missing: RateSubject[];
}

/** What the check reads: a snapshot, or a risk input, has this shape. */
export interface RateSource {
  signals?: Pick<PlatformSignals, 'avgHourlyRate'>;
  job?: Pick<SnapshotJob, 'budget'>;
  fieldSources?: Readonly<Record<string, string>>;
}

type RatesProfile = Pick<FreelancerProfile, 'minimumRates' | 'minimumProject' | 'exchangeRates'>;

/** `amount` of `from` in `to`, through the entered rate, rounded to the minor unit. */
const convertAmount = (value: Money, to: string, rate: number): Money => {
  const major = value.amount / 10 ** minorUnitDigits(value.currency);
  return { amount: Math.round(major * rate * 10 ** minorUnitDigits(to)), currency: to };
};

/** The entered rate from `from` to `to`, directly or the other way round. */
export const exchangeRateFor = (
  profile: Pick<FreelancerProfile, 'exchangeRates'>,
  from: string,
  to: string,
  today: CalendarDate,
): Conversion | undefined => {
  const direct = profile.exchangeRates[pairKey(from, to)];
  const reverse = direct ? undefined : profile.exchangeRates[pairKey(to, from)];
  const entry = direct ?? reverse;
  if (!entry) return undefined;
  const ageDays = Math.max(0, daysBetween(entry.enteredOn, today));
  return {
    pair: direct ? pairKey(from, to) : pairKey(to, from),
    rate: entry.rate,
    inverse: !direct,
    enteredOn: entry.enteredOn,
    ageDays,
    stale: ageDays > STALE_EXCHANGE_RATE_DAYS,
  };
};

/** `minimums`: the freelancer's minimum of one kind, by currency, in the order they entered them. */
const compare = (offered: MoneyRange, minimums: [string, number][], profile: RatesProfile, today: CalendarDate): RateOutcome => {
  if (minimums.length === 0) return { kind: 'no-minimum' };
  const from = offered.max.currency;
  const same = minimums.find(([currency]) => currency === from);
  let target: { minimum: Money; range: MoneyRange; conversion?: Conversion } | undefined;
  if (same) {
    target = { minimum: { amount: same[1], currency: from }, range: offered };
  } else {
    for (const [currency, amount] of minimums) {
      const conversion = exchangeRateFor(profile, from, currency, today);
      if (!conversion) continue;
      const rate = conversion.inverse ? 1 / conversion.rate : conversion.rate;
      const range = { min: convertAmount(offered.min, currency, rate), max: convertAmount(offered.max, currency, rate) };
      target = { minimum: { amount, currency }, range, conversion };
      break;
    }
  }
  if (!target) return { kind: 'no-exchange-rate', minimumCurrencies: minimums.map(([currency]) => currency) };
  const { minimum, range, conversion } = target;
  const verdict = range.min.amount >= minimum.amount ? 'meets' : range.max.amount < minimum.amount ? 'below' : 'partly-below';
  return {
    kind: 'compared',
    verdict,
    minimum,
    ...(conversion ? { converted: { ...range, conversion } } : {}),
    shareOfMinimum: range.max.amount / minimum.amount,
  };
};

const hourlyMinimums = (profile: RatesProfile): [string, number][] =>
  Object.entries(profile.minimumRates).flatMap(([currency, rates]) => (rates.hourly === undefined ? [] : [[currency, rates.hourly] as [string, number]]));

const dailyMinimums = (profile: RatesProfile): [string, number][] =>
  Object.entries(profile.minimumRates).flatMap(([currency, rates]) => (rates.daily === undefined ? [] : [[currency, rates.daily] as [string, number]]));

/** A budget's range; a zero or missing amount is no figure at all (Upwork shows $0 for "not set"). */
const rangeOf = (min: Money | undefined, max: Money | undefined): MoneyRange | undefined => {
  const low = min && min.amount > 0 ? min : undefined;
  const high = max && max.amount > 0 ? max : undefined;
  if (!low && !high) return undefined;
  // Two currencies in one range would be a misread page: keep the top figure alone.
  if (low && high && low.currency !== high.currency) return { min: high, max: high };
  return { min: low ?? high!, max: high ?? low! };
};

export const checkRates = (source: RateSource, profile: RatesProfile, today: CalendarDate): RateCheck => {
  const items: RateCheckItem[] = [];
  const missing: RateSubject[] = [];
  const where = (field: RateCheckItem['field']) => (source.fieldSources?.[field] ? { location: source.fieldSources[field] } : {});

  const budget = source.job?.budget;
  const offered = budget ? rangeOf(budget.min, budget.max) : undefined;
  if (budget && offered) {
    // A fixed price is weighed against the smallest project taken; a rate against the minimum of its period.
    const basis: RateBasis = budget.type === 'fixed' ? 'project' : budget.type;
    const minimums = basis === 'project' ? Object.entries(profile.minimumProject) : basis === 'daily' ? dailyMinimums(profile) : hourlyMinimums(profile);
    items.push({ subject: 'job-budget', basis, offered, field: 'job.budget', ...where('job.budget'), outcome: compare(offered, minimums, profile, today) });
  } else {
    missing.push('job-budget');
  }

  const average = source.signals?.avgHourlyRate;
  if (average && average.amount > 0) {
    const range = { min: average, max: average };
    items.push({
      subject: 'client-average',
      basis: 'hourly',
      offered: range,
      field: 'signals.avgHourlyRate',
      ...where('signals.avgHourlyRate'),
      outcome: compare(range, hourlyMinimums(profile), profile, today),
    });
  } else {
    missing.push('client-average');
  }
  return { items, missing };
};
