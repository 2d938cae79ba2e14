import type { CalendarDate, PlatformId } from '../model/common';
import type { ClientSnapshot } from '../model/snapshot';
import { DEFAULT_HISTORY_READING, type HistoryReading } from './history-flags';
import { summariseHistory, type HistorySummary } from './history-summary';
import { emptyProfile, hasProfile, type FreelancerProfile } from './profile';
import { checkRates, type RateCheck } from './rate-check';
import { skillsFit, type SkillsFit } from './skills-fit';

/**
 * How one job fits the freelancer: what it pays against their minimums, the skills it asks for
 * against their strengths, and what other freelancers said of the client. Pure, from the page's
 * snapshot and the profile in Settings; every part keeps where on the page it was read.
 */
export interface JobFit {
  /** False when the profile is missing or empty: the rate and skill parts then compare with nothing. */
  hasProfile: boolean;
  rates: RateCheck;
  skills: SkillsFit;
  history: HistorySummary;
  /** The page it all comes from. */
  source: { platform: PlatformId; url: string; capturedAt: string };
}

export const assessJobFit = (
  snapshot: ClientSnapshot,
  profile: FreelancerProfile | undefined,
  today: CalendarDate,
  config: HistoryReading = DEFAULT_HISTORY_READING,
): JobFit => {
  const mine = profile ?? emptyProfile();
  return {
    hasProfile: hasProfile(profile),
    rates: checkRates(snapshot, mine, today),
    skills: skillsFit(snapshot.job, mine.strengths, snapshot.fieldSources),
    history: summariseHistory(snapshot.job, snapshot.fieldSources, config),
    source: { platform: snapshot.platform, url: snapshot.url, capturedAt: snapshot.capturedAt },
  };
};
