import { describe, expect, it } from 'vitest';
import { summariseHistory } from '../../../lib/profile/history-summary';
import { defaultRiskConfig, type RiskConfig } from '../../../lib/vetting/risk/config';
import { usd } from '../builders';

describe('summariseHistory', () => {
  it('counts who rated the client and who rated them 2 stars or less', () => {
    const summary = summariseHistory({
      history: [
        { title: 'Logo', ratingByFreelancer: 1, commentByFreelancer: 'Never paid the final invoice.' },
        { title: 'Flyer', ratingByFreelancer: 2 },
        { title: 'Banner', ratingByFreelancer: 2.5 },
        { title: 'Poster', ratingByFreelancer: 5 },
        { title: 'Menu' },
      ],
    });
    expect(summary).toMatchObject({ listed: 5, rated: 4, poorThreshold: 2 });
    expect(summary.poor).toEqual([
      { listIndex: 0, title: 'Logo', rating: 1, comment: 'Never paid the final invoice.' },
      { listIndex: 1, title: 'Flyer', rating: 2 },
    ]);
  });

  it('quotes the sentences with flag words, using the risk assessment’s own words and praise', () => {
    const summary = summariseHistory({
      history: [
        { title: 'A', period: 'Jan 2025 - Feb 2025', commentByFreelancer: 'Nice at first. He didn’t pay the last milestone and then ghosted me.' },
        { title: 'B', commentByFreelancer: 'Great client, never paid late, clear brief.' },
        { title: 'C', commentByFreelancer: 'Il ne paie pas les factures.' },
      ],
    });
    expect(summary.flagged).toEqual([
      {
        listIndex: 0,
        title: 'A',
        period: 'Jan 2025 - Feb 2025',
        flags: [
          { flag: 'unpaid', quote: 'He didn’t pay the last milestone and then ghosted me.' },
          { flag: 'unresponsive', quote: 'He didn’t pay the last milestone and then ghosted me.' },
        ],
      },
      { listIndex: 2, title: 'C', flags: [{ flag: 'unpaid', quote: 'Il ne paie pas les factures.' }] },
    ]);
  });

  it('follows the risk settings: the poor-rating line and the words', () => {
    const strict: RiskConfig = {
      ...defaultRiskConfig,
      limits: { ...defaultRiskConfig.limits, poorFreelancerRating: 3 },
      flagWords: { ...defaultRiskConfig.flagWords, unresponsive: ['radio silence'] },
    };
    const summary = summariseHistory({ history: [{ ratingByFreelancer: 3, commentByFreelancer: 'Then radio silence.' }] }, {}, strict);
    expect(summary.poor).toHaveLength(1);
    expect(summary.flagged[0].flags).toEqual([{ flag: 'unresponsive', quote: 'Then radio silence.' }]);
  });

  it('gives the median and total paid per job, per currency, leaving out jobs billed at zero', () => {
    const summary = summariseHistory({
      history: [{ paid: usd(10_000) }, { paid: usd(40_000) }, { paid: usd(0) }, { paid: usd(20_000) }, { paid: usd(90_000) }, { paid: { amount: 50_000, currency: 'EUR' } }],
    });
    expect(summary.paid).toEqual([
      { currency: 'USD', jobs: 4, total: usd(160_000), median: usd(30_000) },
      { currency: 'EUR', jobs: 1, total: { amount: 50_000, currency: 'EUR' }, median: { amount: 50_000, currency: 'EUR' } },
    ]);
  });

  it('says how many jobs the page lists of how many the client had', () => {
    expect(summariseHistory({ history: [{}, {}], historyTotal: 17 }, { 'job.history': "Client's recent history (2 listed of 17)" })).toMatchObject({
      listed: 2,
      total: 17,
      location: "Client's recent history (2 listed of 17)",
    });
    // A capture from before `historyTotal`: the count is read back from the source note.
    expect(summariseHistory({ history: [{}, {}] }, { 'job.history': "Client's recent history (2 listed of 17)" }).total).toBe(17);
    expect(summariseHistory({ history: [{}, {}], historyTotal: 2 }).total).toBeUndefined();
  });

  it('is empty for a page without history', () => {
    expect(summariseHistory(undefined)).toEqual({ listed: 0, rated: 0, poorThreshold: 2, poor: [], flagged: [], paid: [] });
  });
});
