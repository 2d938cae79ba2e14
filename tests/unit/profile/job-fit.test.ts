import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientSnapshot } from '../../../lib/model/snapshot';
import { extractUpwork } from '../../../lib/platforms/upwork';
import { assessJobFit } from '../../../lib/profile/job-fit';
import { assessRisk, riskInputFor } from '../../../lib/vetting/risk/score';

import { emptyProfile, type FreelancerProfile } from '../../../lib/profile/profile';
import { usd } from '../builders';
import { readPage } from '../platforms/helpers';

const TODAY = '2026-01-15';

/**
 * A job page weighed as the popup shows it: the fit, and the risk of a client not saved yet with the
 * profile's minimums among its reasons (as the background assesses a capture).
 */
const assessJobPage = (snapshot: ClientSnapshot, profile: FreelancerProfile | undefined, today: string) => ({
  fit: assessJobFit(snapshot, profile, today),
  risk: assessRisk(riskInputFor({ kind: 'unknown', platformProfiles: [] }, { snapshot, today, ...(profile ? { profile } : {}) })),
});
const SLIDER_URL = 'https://www.upwork.com/nx/find-work/most-recent/details/~021999055296412911573?pageTitle=Job%20Details';
const BAD_REVIEWS_URL = 'https://www.upwork.com/nx/find-work/most-recent/details/~021888000000000000123?pageTitle=Job%20Details';
const BAD_CLIENT_URL = 'https://www.upwork.com/jobs/Logo-and-brand-kit-for-a-fitness-app_~021888000000000000042/';

/** A React developer billing at least $45/hr, or €50/hr, on projects of €1,500 or more. */
const profile: FreelancerProfile = {
  strengths: ['React', 'TypeScript', 'Expo', 'Figma'],
  services: ['Web and mobile apps'],
  minimumRates: { USD: { hourly: 4_500, daily: 36_000 }, EUR: { hourly: 5_000 } },
  minimumProject: { EUR: 150_000 },
  languages: ['English', 'French'],
  exchangeRates: { 'EUR/USD': { rate: 1.08, enteredOn: '2026-01-02' } },
};

const page = (fixture: string, url: string): ClientSnapshot => readPage(extractUpwork, fixture, url);
const names = (skills: { name: string }[]) => skills.map((skill) => skill.name);

describe('job fit on the saved Upwork slider (job-details-slider.html)', () => {
  let snapshot: ClientSnapshot;
  beforeAll(() => {
    snapshot = page('upwork/job-details-slider.html', SLIDER_URL);
  });

  it('rate: the $300 fixed price against €1,500 through the entered rate, and $5.00/hr against $45/hr', () => {
    const { rates } = assessJobFit(snapshot, profile, TODAY);
    expect(rates.missing).toEqual([]);
    const [budget, average] = rates.items;
    expect(budget).toMatchObject({ subject: 'job-budget', basis: 'project', offered: { max: usd(30_000) }, location: 'Job details › budget' });
    expect(budget.outcome).toMatchObject({
      kind: 'compared',
      verdict: 'below',
      minimum: { amount: 150_000, currency: 'EUR' },
      converted: { max: { amount: 27_778, currency: 'EUR' }, conversion: { pair: 'EUR/USD', inverse: true, ageDays: 13 } },
    });
    expect(average).toMatchObject({ subject: 'client-average', offered: { max: usd(500) }, location: 'About the client › avg hourly rate paid' });
    expect(average.outcome).toMatchObject({ kind: 'compared', verdict: 'below', minimum: usd(4_500) });
  });

  it('skills: the skill list and what the description names, against the strengths', () => {
    const { skills } = assessJobFit(snapshot, profile, TODAY);
    expect(names(skills.skills)).toEqual(['React Native', 'Mobile App Design', 'Mobile App Development', 'Expo.io', 'iOS', 'Android', 'Tailwind CSS', 'React']);
    expect(skills.strengths.map((skill) => [skill.name, skill.strength])).toEqual([
      ['Expo.io', 'Expo'],
      ['React', 'React'],
    ]);
    expect(skills.strengths[1].quote).toBe(
      'The prototype must replicate all screens of an existing ReactJS application.',
    );
    expect(names(skills.notStrengths)).toEqual(['React Native', 'Mobile App Design', 'Mobile App Development', 'iOS', 'Android', 'Tailwind CSS']);
    expect(skills.skillListLocation).toBe('Job details › skills and expertise');
  });

  it('history: 5 of the client’s 17 past jobs listed, 1 of 4 freelancers at 2 stars or less, two scope complaints', () => {
    const { history } = assessJobFit(snapshot, profile, TODAY);
    expect(history).toMatchObject({ listed: 5, total: 17, rated: 4, poorThreshold: 2, location: "Client's recent history (5 listed of 17)" });
    expect(history.poor).toEqual([
      {
        listIndex: 0,
        title: 'Video Management Panel UI Development (React + Redux Toolkit)',
        period: 'Apr 2025 - Jul 2025',
        rating: 1,
        comment:
          'Requirements were vague, yet I went beyond the original scope to deliver quality work. Despite completing and delivering the milestone as agreed, the …',
      },
    ]);
    expect(history.flagged.map((comment) => comment.flags)).toEqual([
      [{ flag: 'scope-creep', quote: 'Requirements were vague, yet I went beyond the original scope to deliver quality work.' }],
      [
        {
          flag: 'scope-creep',
          quote:
            'The tasks were far from the original job description, and the requirements were so unclear that I often found myself trying to figure out what was exp…',
        },
      ],
    ]);
    // $625, $40, $20, $786.66 (157 hrs billed), $150.
    expect(history.paid).toEqual([{ currency: 'USD', jobs: 5, total: usd(162_166), median: usd(15_000) }]);
  });

  it('risk: the two rates far below the minimum join the reasons, with their figures and where they were read', () => {
    const { risk } = assessJobPage(snapshot, profile, TODAY);
    const average = risk.reasons.find((reason) => reason.id === 'client-pays-below-minimum');
    expect(average).toMatchObject({
      kind: 'warning',
      weight: 12,
      messageKey: 'risk_clientPaysBelowMinimum',
      messageParams: ['US$5.00', 'US$45.00'],
      evidence: [
        {
          source: 'platform',
          value: 'US$5.00',
          field: 'signals.avgHourlyRate',
          location: 'About the client › avg hourly rate paid',
          url: SLIDER_URL,
        },
      ],
    });
    const budget = risk.reasons.find((reason) => reason.id === 'budget-below-minimum');
    expect(budget).toMatchObject({
      messageParams: ['US$300.00', '€1,500.00'],
      evidence: [{ source: 'job-post', value: 'US$300.00 ≈ €277.78 (1 EUR = 1.08 USD, 2026-01-02)', field: 'job.budget', location: 'Job details › budget' }],
    });
    // Without a profile the assessment is the one the vetting tests know: low, nothing about rates.
    expect(assessJobPage(snapshot, undefined, TODAY).risk.level).toBe('low');
    expect(risk.level).toBe('medium');
  });
});

describe('job fit on a client freelancers warn about (job-details-slider-bad-reviews.html, reconstruction)', () => {
  let snapshot: ClientSnapshot;
  beforeAll(() => {
    snapshot = page('upwork/job-details-slider-bad-reviews.html', BAD_REVIEWS_URL);
  });

  it('reads the job the same way as the saved page it copies', () => {
    expect(snapshot.job?.budget).toEqual({ type: 'fixed', min: usd(25_000), max: usd(25_000) });
    expect(snapshot.signals.avgHourlyRate).toEqual(usd(650));
    expect(snapshot.job?.skills).toEqual(['React', 'TypeScript', 'Stripe', 'UX Design']);
    expect(snapshot.job?.history).toHaveLength(6);
  });

  it('history: "3 of 5 freelancers rated this client 2 stars or less", each complaint quoted', () => {
    const { history } = assessJobFit(snapshot, profile, TODAY);
    expect(history).toMatchObject({ listed: 6, total: 9, rated: 5 });
    expect(history.poor.map((item) => [item.title, item.rating])).toEqual([
      ['Class schedule widget (React)', 1],
      ['Landing page in Next.js', 2],
      ['Stripe checkout for class passes', 1.5],
    ]);
    expect(history.flagged).toEqual([
      {
        listIndex: 0,
        title: 'Class schedule widget (React)',
        period: 'Aug 2025 - Oct 2025',
        flags: [
          { flag: 'unpaid', quote: 'The client never paid for the second milestone and stopped responding once the work was delivered.' },
          { flag: 'unresponsive', quote: 'The client never paid for the second milestone and stopped responding once the work was delivered.' },
        ],
      },
      {
        listIndex: 1,
        title: 'Landing page in Next.js',
        period: 'May 2025 - Jun 2025',
        flags: [
          { flag: 'unpaid', quote: 'The client kept adding pages beyond the original scope and refused to pay for the extra work.' },
          { flag: 'late-payment', quote: 'Payment was late by three weeks.' },
          { flag: 'scope-creep', quote: 'The client kept adding pages beyond the original scope and refused to pay for the extra work.' },
        ],
      },
      {
        listIndex: 4,
        title: 'Stripe checkout for class passes',
        period: 'Jun 2024 - Aug 2024',
        flags: [
          { flag: 'unpaid', quote: 'Le client ne répond plus depuis la livraison et n’a pas payé le dernier jalon.' },
          { flag: 'unresponsive', quote: 'Le client ne répond plus depuis la livraison et n’a pas payé le dernier jalon.' },
        ],
      },
    ]);
    // "Never paid late." is praise, not a complaint.
    expect(history.flagged.map((comment) => comment.title)).not.toContain('Logo refresh for the studio');
    // $150, $300, $450, $1,378 (212 hrs billed), $200, $90.
    expect(history.paid).toEqual([{ currency: 'USD', jobs: 6, total: usd(256_800), median: usd(25_000) }]);
  });

  it('skills: Stripe, UX design, Next.js, Tailwind and PostgreSQL would be promises; React, TypeScript and Figma are strengths', () => {
    const { skills } = assessJobFit(snapshot, profile, TODAY);
    expect(names(skills.strengths)).toEqual(['React', 'TypeScript', 'Figma']);
    expect(names(skills.notStrengths)).toEqual(['Stripe', 'UX Design', 'Next.js', 'Tailwind CSS', 'PostgreSQL']);
    expect(skills.notStrengths.find((skill) => skill.name === 'PostgreSQL')?.quote).toBe('PostgreSQL database already in place');
  });

  it('risk: high, unpaid work first, the rates below the minimum among the warnings', () => {
    const { risk } = assessJobPage(snapshot, profile, TODAY);
    expect(risk.level).toBe('high');
    expect(risk.reasons[0]).toMatchObject({ id: 'history-unpaid', kind: 'red-flag', messageParams: ['3'] });
    expect(risk.reasons.map((reason) => reason.id)).toEqual(
      expect.arrayContaining(['client-pays-below-minimum', 'budget-below-minimum', 'history-poor-rating', 'history-late-payment', 'history-unresponsive']),
    );
  });
});

describe('job fit on other pages', () => {
  it('an hourly range $15–$35 against $45/hr: below, but not far enough below to be a risk reason', () => {
    const snapshot = page('upwork/job-page-bad-client.html', BAD_CLIENT_URL);
    const { fit, risk } = assessJobPage(snapshot, profile, TODAY);
    expect(fit.rates.items[0]).toMatchObject({ basis: 'hourly', offered: { min: usd(1_500), max: usd(3_500) }, outcome: { verdict: 'below' } });
    const ids = risk.reasons.map((reason) => reason.id);
    expect(ids).not.toContain('hourly-budget-below-minimum');
    expect(ids).toContain('client-pays-below-minimum');
    const lower = assessJobPage(snapshot, { ...profile, minimumRates: { USD: { hourly: 6_000 } } }, TODAY).risk;
    expect(lower.reasons.find((reason) => reason.id === 'hourly-budget-below-minimum')).toMatchObject({
      messageParams: ['US$15.00–US$35.00', 'US$60.00'],
      evidence: [{ source: 'job-post', value: 'US$15.00–US$35.00', field: 'job.budget' }],
    });
  });

  it('a page with no budget and no client block says so instead of guessing', () => {
    const snapshot = page(
      'upwork/job-page-truncated.html',
      'https://www.upwork.com/jobs/Talented-hands-next-supabase-developer-needed_~021999060037801980319/',
    );
    const fit = assessJobFit(snapshot, profile, TODAY);
    expect(fit.rates).toEqual({ items: [], missing: ['job-budget', 'client-average'] });
    expect(names(fit.skills.notStrengths)).toEqual(['Next.js', 'Supabase', 'Tailwind CSS']);
    expect(fit.history).toMatchObject({ listed: 0, rated: 0 });
  });

  it('without a profile: nothing to weigh the job against, the history still summarised', () => {
    const snapshot = page('upwork/job-details-slider.html', SLIDER_URL);
    const fit = assessJobFit(snapshot, undefined, TODAY);
    expect(fit.hasProfile).toBe(false);
    expect(fit.rates.items.map((item) => item.outcome.kind)).toEqual(['no-minimum', 'no-minimum']);
    expect(fit.skills.strengths).toEqual([]);
    expect(fit.history.rated).toBe(4);
    expect(assessJobFit(snapshot, emptyProfile(), TODAY).hasProfile).toBe(false);
    expect(fit.source).toEqual({ platform: 'upwork', url: SLIDER_URL, capturedAt: snapshot.capturedAt });
  });

  it('takes well under 10 ms for a whole job page', () => {
    const snapshot = page('upwork/job-details-slider-bad-reviews.html', BAD_REVIEWS_URL);
    assessJobPage(snapshot, profile, TODAY);
    const runs = 100;
    const start = performance.now();
    for (let i = 0; i < runs; i += 1) assessJobPage(snapshot, profile, TODAY);
    expect((performance.now() - start) / runs).toBeLessThan(10);
  });
});
