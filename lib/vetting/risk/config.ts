import { z } from 'zod';
import { currencyCode } from '../../model/common';
import { DEFAULT_HISTORY_READING, HISTORY_FLAGS } from '../../profile/history-flags';
import { RISK_REASON_IDS, RISK_REASONS, type RiskReasonId } from './reasons';

export type RiskLevel = 'low' | 'medium' | 'high';

const riskLevel = z.enum(['low', 'medium', 'high']);
const points = z.number().min(0).max(1_000);
const minorUnitsByCurrency = z.record(currencyCode, z.number().int().nonnegative());

/**
 * The settings of the assessment, validated like any stored row: Settings saves an edited copy and
 * reads it back through this schema. Every reason must have a weight.
 */
export const riskConfig = z
  .object({
    /** Score from which the level is medium, and high. Score = red flags and warnings − good signals. */
    thresholds: z.object({ medium: points, high: points }),
    /** Points per reason; for reasons seen several times (bad reviews), points per occurrence. */
    weights: z.record(z.enum(RISK_REASON_IDS), points),
    /** Reasons that make the level high whatever the score. */
    hardRedFlags: z.array(z.enum(RISK_REASON_IDS)),
    /** A red flag that is not hard still keeps the level at least this: good signals never hide it. */
    redFlagFloor: riskLevel,
    /** Occurrences of one reason counted at most (the fifth bad review adds no more than the third). */
    maxOccurrences: z.number().int().min(1).max(50),
    limits: z.object({
      newAccountDays: z.number().int().nonnegative(),
      longStandingDays: z.number().int().nonnegative(),
      /** Fixed-price budget from which a new account's job looks too good, per currency, minor units. */
      largeBudget: minorUnitsByCurrency,
      /** Total spent from which a client has a real payment history, per currency, minor units. */
      establishedSpend: minorUnitsByCurrency,
      manyJobsPosted: z.number().int().nonnegative(),
      lowHireRatePercent: z.number().min(0).max(100),
      goodHireRatePercent: z.number().min(0).max(100),
      minJobsForHireRate: z.number().int().nonnegative(),
      openJobsWithoutHires: z.number().int().nonnegative(),
      lowRating: z.number().min(0).max(5),
      goodRating: z.number().min(0).max(5),
      minReviewsForRating: z.number().int().nonnegative(),
      /** A freelancer's rating of the client at or below this is a bad review. */
      poorFreelancerRating: z.number().min(0).max(5),
      /** A budget or average rate under this share of the freelancer's minimum (percent) is far below it. */
      farBelowMinimumPercent: z.number().min(0).max(100),
    }),
    /** Words in freelancers' comments about the client; matched whole, case and accents ignored. */
    flagWords: z.record(z.enum(HISTORY_FLAGS), z.array(z.string().trim().min(1).max(100)).max(200)),
    /** Praise that contains a flag word ("never paid late"), removed before matching. */
    neutralPhrases: z.array(z.string().trim().min(1).max(100)).max(200),
  })
  .refine((config) => config.thresholds.medium <= config.thresholds.high, {
    message: 'the medium threshold cannot be above the high one',
    path: ['thresholds', 'medium'],
  });
export type RiskConfig = z.infer<typeof riskConfig>;

export const defaultRiskConfig: RiskConfig = {
  thresholds: { medium: 15, high: 40 },
  weights: Object.fromEntries(RISK_REASON_IDS.map((id) => [id, RISK_REASONS[id].weight])) as Record<RiskReasonId, number>,
  hardRedFlags: RISK_REASON_IDS.filter((id) => 'hard' in RISK_REASONS[id]),
  redFlagFloor: 'medium',
  maxOccurrences: 3,
  limits: {
    newAccountDays: 90,
    longStandingDays: 730,
    largeBudget: { USD: 100_000, EUR: 100_000, GBP: 80_000, CHF: 100_000, CAD: 140_000, AUD: 150_000 },
    establishedSpend: { USD: 1_000_000, EUR: 1_000_000, GBP: 800_000, CHF: 1_000_000, CAD: 1_400_000, AUD: 1_500_000 },
    manyJobsPosted: 10,
    lowHireRatePercent: 30,
    goodHireRatePercent: 50,
    minJobsForHireRate: 5,
    openJobsWithoutHires: 3,
    lowRating: 4,
    goodRating: 4.5,
    minReviewsForRating: 3,
    poorFreelancerRating: DEFAULT_HISTORY_READING.limits.poorFreelancerRating,
    farBelowMinimumPercent: 75,
  },
  flagWords: Object.fromEntries(
    HISTORY_FLAGS.map((flag) => [flag, [...DEFAULT_HISTORY_READING.flagWords[flag]]]),
  ) as RiskConfig['flagWords'],
  neutralPhrases: [...DEFAULT_HISTORY_READING.neutralPhrases],
};
