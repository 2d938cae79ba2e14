import type { Money } from '../model/common';
import type { SnapshotJob } from '../model/snapshot';
import { DEFAULT_HISTORY_READING, flagsInComment, type HistoryFlag, type HistoryReading } from './history-flags';

/**
 * What other freelancers said of the client, from the past jobs the page lists: how many rated the
 * client and how many rated them poorly ("2 of 6 freelancers rated this client 2 stars or less"),
 * the comments that raise a flag (the risk assessment's own flag words), and what each job paid.
 */

export interface PoorRating {
  /** The job's place in the page's list, counting from 0: a poor rating and a flagged comment can be the same job. */
  listIndex: number;
  title?: string;
  period?: string;
  rating: number;
  comment?: string;
}

export interface FlaggedComment {
  listIndex: number;
  title?: string;
  period?: string;
  /** Each flag with the sentence that raises it, quoted as written. */
  flags: { flag: HistoryFlag; quote: string }[];
}

export interface PaidPerJob {
  currency: string;
  /** Jobs with an amount paid in this currency. */
  jobs: number;
  total: Money;
  median: Money;
}

export interface HistorySummary {
  /** Past jobs the page lists; `total` when its header counts more ("5 listed of 17"). */
  listed: number;
  total?: number;
  /** Freelancers who rated the client. */
  rated: number;
  /** The line at or below which a rating is poor (2 stars by default, from the risk settings). */
  poorThreshold: number;
  poor: PoorRating[];
  flagged: FlaggedComment[];
  /** One line per currency, largest number of jobs first. */
  paid: PaidPerJob[];
  /** Where on the page the history was read. */
  location?: string;
}

/** Captures made before `job.historyTotal` existed still carry the count in their source note: "(5 listed of 17)". */
const totalFrom = (location: string | undefined): number | undefined => {
  const total = /\(\d+ listed of (\d+)\)/.exec(location ?? '')?.[1];
  return total ? Number(total) : undefined;
};

/** The middle amount; for an even count, the mean of the two middle ones, to the minor unit. */
const medianOf = (amounts: number[]): number => {
  const sorted = [...amounts].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
};

const withText = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

export const summariseHistory = (
  job: Pick<SnapshotJob, 'history' | 'historyTotal'> | undefined,
  fieldSources: Readonly<Record<string, string>> = {},
  config: HistoryReading = DEFAULT_HISTORY_READING,
): HistorySummary => {
  const history = job?.history ?? [];
  const poorThreshold = config.limits.poorFreelancerRating;
  const poor: PoorRating[] = [];
  const flagged: FlaggedComment[] = [];
  const amounts = new Map<string, number[]>();
  let rated = 0;

  for (const [listIndex, item] of history.entries()) {
    const where = { listIndex, ...withText('title', item.title), ...withText('period', item.period) };
    const comment = item.commentByFreelancer?.trim();
    if (item.ratingByFreelancer !== undefined) {
      rated += 1;
      if (item.ratingByFreelancer <= poorThreshold) poor.push({ ...where, rating: item.ratingByFreelancer, ...withText('comment', comment) });
    }
    if (comment) {
      const flags = flagsInComment(comment, config);
      if (flags.length > 0) flagged.push({ ...where, flags });
    }
    // A job billed at zero tells nothing about what the client pays.
    if (item.paid && item.paid.amount > 0) {
      const list = amounts.get(item.paid.currency) ?? [];
      list.push(item.paid.amount);
      amounts.set(item.paid.currency, list);
    }
  }

  const paid = [...amounts.entries()]
    .map(([currency, list]): PaidPerJob => ({
      currency,
      jobs: list.length,
      total: { amount: list.reduce((sum, amount) => sum + amount, 0), currency },
      median: { amount: medianOf(list), currency },
    }))
    .sort((a, b) => b.jobs - a.jobs || a.currency.localeCompare(b.currency));

  const location = fieldSources['job.history'];
  const total = job?.historyTotal ?? totalFrom(location);
  return {
    listed: history.length,
    ...(total !== undefined && total !== history.length ? { total } : {}),
    rated,
    poorThreshold,
    poor,
    flagged,
    paid,
    ...(location ? { location } : {}),
  };
};
