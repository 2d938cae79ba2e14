import { describe, expect, it } from 'vitest';
import { runAutomaticChecks } from '../../../lib/vetting/checks';
import { defaultRiskConfig, riskConfig, type RiskConfig } from '../../../lib/vetting/risk/config';
import { RISK_REASONS, RISK_REASON_IDS } from '../../../lib/vetting/risk/reasons';
import { assessRisk, riskInputFor, type RiskInput } from '../../../lib/vetting/risk/score';
import { makeClient, makeSnapshot, usd } from '../builders';
import { setLanguage } from '../../../lib/i18n/messages';

/**
 * The client of the saved Upwork job slider (shared fixtures, upwork/job-details-slider.html), as the
 * extractor reads it: "About the client" and the client's recent history, comments as the page cuts them.
 */
const upworkSliderClient: RiskInput = {
  today: '2026-01-15',
  clientKind: 'unknown',
  platform: 'upwork',
  url: 'https://www.upwork.com/nx/find-work/most-recent/details/~021999055296412911573',
  signals: {
    paymentVerified: true,
    rating: 4.28,
    reviewsCount: 7,
    jobsPosted: 28,
    hireRatePercent: 68,
    openJobs: 1,
    totalSpent: { amount: 1_100_000, currency: 'USD' },
    hires: 19,
    activeHires: 7,
    avgHourlyRate: { amount: 500, currency: 'USD' },
    hoursBilled: 157,
    memberSince: '2014-07-07',
    localTime: '11:03 AM',
  },
  fieldSources: { 'signals.paymentVerified': 'About the client › Payment method verified' },
  job: {
    history: [
      {
        title: 'Video Management Panel UI Development (React + Redux Toolkit)',
        period: 'Apr 2025 - Jul 2025',
        paid: { amount: 62_500, currency: 'USD' },
        ratingByFreelancer: 1,
        commentByFreelancer:
          'Requirements were vague, yet I went beyond the original scope to deliver quality work. Despite completing and delivering the milestone as agreed, the …',
      },
      {
        title: 'From StyleComponent to Tailwind: Home Page Makeover',
        period: 'Apr 2024 - Sep 2024',
        paid: { amount: 4_000, currency: 'USD' },
        ratingByFreelancer: 2.5,
        commentByFreelancer:
          'The tasks were far from the original job description, and the requirements were so unclear that I often found myself trying to figure out what was exp…',
      },
      {
        title: 'Photo Editing - Adding Camera and Text',
        period: 'Dec 2023 - Mar 2024',
        paid: { amount: 2_000, currency: 'USD' },
        ratingByFreelancer: 4.4,
        commentByFreelancer: 'Another project was completed successfully. Thank you :)',
      },
      // Billed hourly (157 hrs @ $5.00/hr); the freelancer left no feedback.
      { title: 'React - React Native Developper', period: 'Feb 2021 - Jun 2021', paid: { amount: 78_666, currency: 'USD' } },
      {
        title: 'Openfire plugin',
        period: 'Nov 2020 - Feb 2021',
        paid: { amount: 15_000, currency: 'USD' },
        ratingByFreelancer: 5,
        commentByFreelancer:
          'It was nice working experience with Pippo, He was very supportive and clear about the requirements which helped me to close this project on time. I re…',
      },
    ],
  },
  redFlags: [],
};

const ids = (reasons: { id: string }[]) => reasons.map((reason) => reason.id);

describe('risk on the saved Upwork slider client', () => {
  const assessment = assessRisk(upworkSliderClient);

  it('is low: a long, verified, paying history outweighs two complaints about scope', () => {
    expect(assessment.level).toBe('low');
    // Against: scope complaints 2 × 6, one review at 1 star 10 = 22. For: spend 8, hire rate, account age, payment 5 each = 23.
    expect(assessment.score).toBe(0);
  });

  it('still shows the complaints, quoting the sentence each rests on', () => {
    expect(ids(assessment.reasons)).toEqual(['history-scope-creep', 'history-poor-rating']);
    const [scope, poorRating] = assessment.reasons;
    expect(scope).toMatchObject({ kind: 'warning', hard: false, weight: 12, messageKey: 'risk_historyScopeCreep', messageParams: ['2'] });
    expect(scope.evidence.map((e) => e.quote)).toEqual([
      'Requirements were vague, yet I went beyond the original scope to deliver quality work.',
      'The tasks were far from the original job description, and the requirements were so unclear that I often found myself trying to figure out what was exp…',
    ]);
    expect(scope.evidence[0]).toMatchObject({ source: 'client-history', field: 'Video Management Panel UI Development (React + Redux Toolkit)' });
    // Only the 1-star review counts: 2.5 stars is above the "2 stars or less" line.
    expect(poorRating).toMatchObject({ weight: 10, messageParams: ['1'] });
    expect(poorRating.evidence).toHaveLength(1);
    expect(poorRating.evidence[0].value).toBe('1 / 5');
  });

  it('writes the figures as the rest of the UI does, in the language shown', () => {
    setLanguage('fr');
    try {
      const [spend] = assessRisk(upworkSliderClient).goodSignals;
      expect(spend.messageParams[0].replace(/[\u202f\u00a0]/g, ' ')).toBe('11 000,00 $US');
    } finally {
      setLanguage('en');
    }
  });

  it('lists the good signals with the figures behind them', () => {
    expect(ids(assessment.goodSignals)).toEqual(['established-spend', 'good-hire-rate', 'long-standing-account', 'payment-verified']);
    const [spend, hireRate, age, payment] = assessment.goodSignals;
    expect(spend.messageParams).toEqual(['US$11,000.00']);
    expect(hireRate).toMatchObject({ messageParams: ['68', '28'], evidence: [{ field: 'signals.hireRatePercent', value: '68%' }] });
    expect(age.messageParams).toEqual(['2014']);
    expect(payment).toMatchObject({
      messageParams: [],
      evidence: [
        {
          source: 'platform',
          field: 'signals.paymentVerified',
          location: 'About the client › Payment method verified',
          url: 'https://www.upwork.com/nx/find-work/most-recent/details/~021999055296412911573',
        },
      ],
    });
  });

  it('says nothing about a 4.28 rating: neither poor nor excellent', () => {
    expect(ids([...assessment.reasons, ...assessment.goodSignals])).not.toContain('low-rating');
    expect(ids([...assessment.reasons, ...assessment.goodSignals])).not.toContain('good-rating');
  });

  // The bench measures it (about 0.2 ms); this only guards against a quadratic slip, with room for a busy machine.
  it('runs within the 5 ms budget', () => {
    assessRisk(upworkSliderClient);
    const runs = 200;
    const start = performance.now();
    for (let i = 0; i < runs; i += 1) assessRisk(upworkSliderClient);
    expect((performance.now() - start) / runs).toBeLessThan(5);
  });
});

describe('hard red flags', () => {
  it('make the risk high whatever the history: a request to talk off the platform', () => {
    const input: RiskInput = {
      ...upworkSliderClient,
      redFlags: [{ kind: 'off-platform', quote: 'Please add me on WhatsApp +39 312 345 6789 to discuss the details.' }],
    };
    const assessment = assessRisk(input);
    expect(assessment.level).toBe('high');
    expect(assessment.reasons[0]).toMatchObject({
      id: 'off-platform-contact',
      kind: 'red-flag',
      hard: true,
      evidence: [{ source: 'job-post', quote: 'Please add me on WhatsApp +39 312 345 6789 to discuss the details.' }],
    });
    // The good signals are still there, and they do outweigh the points: the level ignores that.
    expect(assessment.goodSignals).toHaveLength(4);
    expect(assessment.score).toBeLessThan(defaultRiskConfig.thresholds.high);
  });

  it('payment method not verified, even with every other signal good', () => {
    const assessment = assessRisk({
      ...upworkSliderClient,
      job: undefined,
      signals: { ...upworkSliderClient.signals, paymentVerified: false, rating: 5, reviewsCount: 40 },
    });
    expect(assessment.level).toBe('high');
    expect(assessment.reasons[0]).toMatchObject({ id: 'payment-not-verified', hard: true, evidence: [{ source: 'platform', field: 'signals.paymentVerified' }] });
    expect(ids(assessment.goodSignals)).toEqual(['established-spend', 'good-hire-rate', 'good-rating', 'long-standing-account']);
  });

  it('a registry look-up marked red flag (company closed)', () => {
    const assessment = assessRisk({
      ...upworkSliderClient,
      lookups: [
        { provider: 'annuaire-entreprises', outcome: 'red-flag', note: 'Établissement fermé le 31/12/2024', query: '732829320', url: 'https://annuaire-entreprises.data.gouv.fr/entreprise/732829320' },
        { provider: 'pappers', outcome: 'confirmed', query: '732829320', url: 'https://www.pappers.fr/recherche?q=732829320' },
      ],
    });
    expect(assessment.level).toBe('high');
    expect(assessment.reasons[0]).toMatchObject({
      id: 'registry-closed',
      hard: true,
      messageParams: ['Annuaire des Entreprises'],
      evidence: [{ source: 'look-up', quote: 'Établissement fermé le 31/12/2024', value: '732829320' }],
    });
  });

  it('come before other red flags and warnings', () => {
    const assessment = assessRisk({
      redFlags: [
        { kind: 'free-work', quote: 'Do a small unpaid test task first.' },
        { kind: 'pay-outside', quote: 'I will pay you by PayPal friends and family.' },
      ],
      signals: { openJobs: 5, hires: 0 },
    });
    expect(ids(assessment.reasons)).toEqual(['pay-outside', 'free-test-work', 'open-jobs-no-hires']);
  });
});

describe('other red flags and warnings', () => {
  it('keep the level at least medium when good signals outweigh a red flag that is not hard', () => {
    const assessment = assessRisk({ ...upworkSliderClient, job: undefined, redFlags: [{ kind: 'free-work', quote: 'Send a free sample design first.' }] });
    // 25 against, 23 for: a score of 2 would read "low".
    expect(assessment.score).toBe(2);
    expect(assessment.level).toBe('medium');
  });

  it('flag a new account posting a large fixed budget', () => {
    const assessment = assessRisk({
      today: '2026-01-15',
      platform: 'upwork',
      signals: { paymentVerified: true, memberSince: '2026-01-02', jobsPosted: 1, totalSpent: { amount: 0, currency: 'USD' } },
      job: { budget: { type: 'fixed', min: { amount: 500_000, currency: 'USD' } } },
    });
    expect(ids(assessment.reasons)).toEqual(['new-account-large-budget', 'no-spend']);
    expect(assessment.reasons[0].messageParams).toEqual(['13', 'US$5,000.00']);
    expect(assessment.level).toBe('medium');
    expect(assessment.score).toBe(25);
  });

  it('flag many jobs posted with few hires, and a low rating over enough reviews', () => {
    const assessment = assessRisk({ signals: { jobsPosted: 40, hires: 6, rating: 3.1, reviewsCount: 9 } });
    expect(ids(assessment.reasons)).toEqual(['many-jobs-few-hires', 'low-rating']);
    expect(assessment.reasons[0].messageParams).toEqual(['40', '15']);
    expect(assessment.level).toBe('medium');
    expect(assessment.score).toBe(27);
  });

  it('ignore a rating over too few reviews', () => {
    expect(ids(assessRisk({ signals: { rating: 1, reviewsCount: 1, paymentVerified: true } }).reasons)).toEqual([]);
  });

  it('read unpaid work in French and English, accents and apostrophes aside', () => {
    const assessment = assessRisk({
      job: {
        history: [
          { ratingByFreelancer: 1, commentByFreelancer: 'Client sympathique au début. Il ne paie pas les factures, impayé depuis 3 mois.' },
          { commentByFreelancer: 'He didn’t pay the last milestone and then ghosted me.' },
          { commentByFreelancer: 'Great client, never paid late, clear brief.' },
        ],
      },
    });
    const unpaid = assessment.reasons.find((reason) => reason.id === 'history-unpaid');
    expect(unpaid).toMatchObject({ kind: 'red-flag', weight: 50, messageParams: ['2'] });
    expect(unpaid?.evidence.map((e) => e.quote)).toEqual([
      'Il ne paie pas les factures, impayé depuis 3 mois.',
      'He didn’t pay the last milestone and then ghosted me.',
    ]);
    expect(ids(assessment.reasons)).toEqual(['history-unpaid', 'history-poor-rating', 'history-unresponsive']);
    expect(assessment.level).toBe('high');
  });

  it('count one reason at most three times', () => {
    const history = Array.from({ length: 6 }, () => ({ ratingByFreelancer: 1 }));
    const [poor] = assessRisk({ job: { history } }).reasons;
    expect(poor).toMatchObject({ id: 'history-poor-rating', weight: 30, messageParams: ['6'] });
    expect(poor.evidence).toHaveLength(6);
  });

  it('turn failed identity checks into red flags with their evidence', () => {
    const client = makeClient({
      kind: 'company',
      displayName: 'Acme',
      emails: ['acme.ceo@gmail.com'],
      phones: ['+44 20 7946 0000'],
      address: { country: 'FR', city: 'Paris' },
      identifiers: { siret: '73282932000075' },
    });
    const checks = runAutomaticChecks(client);
    const assessment = assessRisk(riskInputFor(client, { checks }));
    expect(ids(assessment.reasons)).toEqual(['identifier-invalid', 'free-webmail-company', 'phone-country-mismatch']);
    expect(assessment.reasons.map((reason) => reason.messageParams)).toEqual([['73282932000075'], ['acme.ceo@gmail.com'], ['+442079460000', 'GB', 'FR']]);
    expect(assessment.reasons[2].evidence).toEqual([{ source: 'automatic-check', value: '+442079460000', field: 'phone-country' }]);
    expect(assessment.level).toBe('high');
    expect(assessment.score).toBe(45);
  });
});

describe('assessRisk', () => {
  it('never gives a bare score: with nothing to judge on, the client is little known', () => {
    const assessment = assessRisk({});
    expect(assessment).toMatchObject({ level: 'medium', score: 15, goodSignals: [] });
    expect(ids(assessment.reasons)).toEqual(['little-known']);
  });

  it('follows the weights and thresholds it is given', () => {
    const strict: RiskConfig = { ...defaultRiskConfig, thresholds: { medium: 5, high: 20 }, weights: { ...defaultRiskConfig.weights, 'history-scope-creep': 20 } };
    const assessment = assessRisk(upworkSliderClient, strict);
    expect(assessment.score).toBe(27);
    expect(assessment.level).toBe('high');

    const lenient: RiskConfig = { ...defaultRiskConfig, hardRedFlags: [] };
    const notVerified = assessRisk({ signals: { paymentVerified: false } }, lenient);
    expect(notVerified.reasons[0].hard).toBe(false);
    expect(notVerified.level).toBe('high');
    expect(assessRisk({ signals: { paymentVerified: false } }, { ...lenient, weights: { ...lenient.weights, 'payment-not-verified': 10 } }).level).toBe('medium');
  });

  it('uses words the user adds to the configuration', () => {
    const config: RiskConfig = { ...defaultRiskConfig, flagWords: { ...defaultRiskConfig.flagWords, unresponsive: ['radio silence'] } };
    const assessment = assessRisk({ job: { history: [{ commentByFreelancer: 'Then radio silence for a month.' }] } }, config);
    expect(ids(assessment.reasons)).toEqual(['history-unresponsive']);
  });

  it('validates an edited configuration as Settings stores it', () => {
    expect(riskConfig.parse(structuredClone(defaultRiskConfig))).toEqual(defaultRiskConfig);
    expect(riskConfig.safeParse({ ...defaultRiskConfig, thresholds: { medium: 50, high: 40 } }).success).toBe(false);
    const { 'payment-not-verified': _dropped, ...incomplete } = defaultRiskConfig.weights;
    expect(riskConfig.safeParse({ ...defaultRiskConfig, weights: incomplete }).success).toBe(false);
    expect(riskConfig.safeParse({ ...defaultRiskConfig, hardRedFlags: ['asked-for-a-discount'] }).success).toBe(false);
  });

  it('has a weight and a message for every reason', () => {
    for (const id of RISK_REASON_IDS) {
      expect(defaultRiskConfig.weights[id], id).toBeGreaterThan(0);
      expect(RISK_REASONS[id].messageKey, id).toMatch(/^risk_[a-zA-Z]+$/);
    }
    for (const id of defaultRiskConfig.hardRedFlags) expect(RISK_REASONS[id].kind).toBe('red-flag');
  });
});

describe('what the job pays against the freelancer’s minimums', () => {
  const profile: NonNullable<RiskInput['profile']> = { minimumRates: { USD: { hourly: 4_500 } }, minimumProject: { USD: 100_000 }, exchangeRates: {} };

  it('adds nothing without a profile: the slider client stays as it was', () => {
    expect(ids(assessRisk(upworkSliderClient).reasons)).toEqual(['history-scope-creep', 'history-poor-rating']);
  });

  it('warns when the client’s average rate or the budget is far below the minimum, quoting the figure and where it was read', () => {
    const assessment = assessRisk({
      ...upworkSliderClient,
      profile,
      fieldSources: { 'signals.avgHourlyRate': 'About the client › avg hourly rate paid' },
      job: { budget: { type: 'fixed', min: usd(30_000), max: usd(30_000) } },
    });
    expect(ids(assessment.reasons)).toEqual(['client-pays-below-minimum', 'budget-below-minimum']);
    expect(assessment.reasons[0]).toMatchObject({
      kind: 'warning',
      weight: 12,
      messageParams: ['US$5.00', 'US$45.00'],
      evidence: [{ source: 'platform', value: 'US$5.00', field: 'signals.avgHourlyRate', location: 'About the client › avg hourly rate paid', url: upworkSliderClient.url }],
    });
    expect(assessment.reasons[1]).toMatchObject({ messageParams: ['US$300.00', 'US$1,000.00'], evidence: [{ source: 'job-post', field: 'job.budget' }] });
  });

  it('leaves a figure just under the minimum to the job fit: "far below" is a setting', () => {
    const near = { ...upworkSliderClient, job: undefined, profile, signals: { avgHourlyRate: usd(4_000) } };
    expect(ids(assessRisk(near).reasons)).not.toContain('client-pays-below-minimum');
    const strict: RiskConfig = { ...defaultRiskConfig, limits: { ...defaultRiskConfig.limits, farBelowMinimumPercent: 100 } };
    expect(ids(assessRisk(near, strict).reasons)).toContain('client-pays-below-minimum');
  });

  it('compares another currency only through a rate the freelancer entered', () => {
    const inEuros = { minimumRates: { EUR: { hourly: 5_000 } }, minimumProject: {}, exchangeRates: {} };
    const input: RiskInput = { today: '2026-01-15', signals: { avgHourlyRate: usd(500) }, profile: inEuros };
    expect(ids(assessRisk(input).reasons)).toEqual(['little-known']);
    const withRate = { ...input, profile: { ...inEuros, exchangeRates: { 'USD/EUR': { rate: 0.92, enteredOn: '2026-01-10' } } } };
    expect(assessRisk(withRate).reasons[0]).toMatchObject({
      id: 'client-pays-below-minimum',
      messageParams: ['US$5.00', '€50.00'],
      evidence: [{ value: 'US$5.00 ≈ €4.60 (1 USD = 0.92 EUR, 2026-01-10)' }],
    });
  });

  it('is fed by riskInputFor from the profile in Settings', () => {
    const input = riskInputFor(makeClient({}), { profile });
    expect(input.profile).toBe(profile);
    expect(riskInputFor(makeClient({})).profile).toBeUndefined();
  });
});

describe('riskInputFor', () => {
  it('reads the snapshot when there is one, else the latest saved profile', () => {
    const snapshot = makeSnapshot({
      pageKind: 'job-slider',
      url: 'https://www.upwork.com/nx/find-work/most-recent/details/~021',
      capturedAt: '2026-01-15T10:00:00.000Z',
      signals: { paymentVerified: false },
      redFlags: [{ kind: 'money-asked', quote: 'Buy the software licence first, I will refund you.' }],
    });
    const client = makeClient({
      platformProfiles: [
        { platform: 'freelancer', url: 'https://www.freelancer.com/u/old', signals: { paymentVerified: true }, capturedAt: '2025-01-01T00:00:00.000Z' },
        { platform: 'upwork', url: 'https://www.upwork.com/u/new', signals: { paymentVerified: true, identityVerified: true }, capturedAt: '2025-06-01T00:00:00.000Z' },
      ],
    });
    const fromSnapshot = assessRisk(riskInputFor(client, { snapshot }));
    expect(ids(fromSnapshot.reasons)).toEqual(['money-asked', 'payment-not-verified']);

    const fromProfile = riskInputFor(client);
    expect(fromProfile).toMatchObject({ platform: 'upwork', url: 'https://www.upwork.com/u/new', signals: { identityVerified: true } });
    expect(ids(assessRisk(fromProfile).goodSignals)).toEqual(['payment-verified', 'identity-verified']);
  });
});
