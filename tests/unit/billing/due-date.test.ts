import { describe, expect, it } from 'vitest';
import { computeDueDate, statutoryDueDate, termWarnings } from '../../../lib/billing/due-date';
import { makeAgreement } from '../builders';

const net = (days: number) => ({ days, endOfMonth: false });
const eom = (days: number) => ({ days, endOfMonth: true });

describe('computeDueDate — net terms', () => {
  it.each([
    ['2026-01-15', 30, '2026-02-14'],
    ['2026-01-15', 60, '2026-03-16'], // 16 days to 31 Jan, 28 in Feb, 16 in Mar
    ['2025-12-20', 30, '2026-01-19'], // across the year end
    ['2024-01-30', 30, '2024-02-29'], // leap year: lands on the 29th
    ['2025-01-30', 30, '2025-03-01'], // common year: no 29th, one day further
    ['2026-03-10', 0, '2026-03-10'], // due on receipt
  ])('%s + %i days = %s', (issue, days, due) => {
    const result = computeDueDate(issue, net(days));
    expect(result.dueDate).toBe(due);
    expect(result.rule).toEqual({ key: 'net-days', params: { days, countedFrom: 'issue-date', start: issue } });
  });

  it('counts from the service date when the contract says so, and says which date it used', () => {
    const fromService = computeDueDate('2026-01-10', net(30), '2026-01-05', { countFrom: 'service-date' });
    expect(fromService.dueDate).toBe('2026-02-04');
    expect(fromService.rule.params).toMatchObject({ countedFrom: 'service-date', start: '2026-01-05' });
    // No service date recorded: the invoice date is used, and the rule says so rather than pretending.
    const fallback = computeDueDate('2026-01-10', net(30), undefined, { countFrom: 'service-date' });
    expect(fallback.dueDate).toBe('2026-02-09');
    expect(fallback.rule.params).toMatchObject({ countedFrom: 'issue-date' });
  });

  it('ignores the service date unless asked: terms run from the invoice date by default', () => {
    expect(computeDueDate('2026-01-10', net(30), '2026-01-05').dueDate).toBe('2026-02-09');
  });
});

describe('computeDueDate — "45 jours fin de mois", days then end of month (default)', () => {
  it.each([
    // issue, days, date after adding the days, due date
    ['2026-01-15', 45, '2026-03-01', '2026-03-31'],
    ['2026-01-14', 45, '2026-02-28', '2026-02-28'], // non-leap: +45 is the last day of February itself
    ['2024-01-15', 45, '2024-02-29', '2024-02-29'], // leap 2024
    ['2024-01-16', 45, '2024-03-01', '2024-03-31'],
    ['2028-01-15', 45, '2028-02-29', '2028-02-29'], // leap 2028
    ['2100-01-14', 45, '2100-02-28', '2100-02-28'], // 2100 is not a leap year
    ['2100-01-15', 45, '2100-03-01', '2100-03-31'],
    ['2025-11-30', 45, '2026-01-14', '2026-01-31'], // across the year end
    ['2025-12-31', 45, '2026-02-14', '2026-02-28'],
    ['2026-01-31', 30, '2026-03-02', '2026-03-31'],
    ['2024-01-30', 30, '2024-02-29', '2024-02-29'],
  ])('%s + %i days = %s, end of month %s', (issue, days, afterDays, due) => {
    const result = computeDueDate(issue, eom(days));
    expect(result.dueDate).toBe(due);
    expect(result.rule).toEqual({
      key: 'days-then-end-of-month',
      params: { days, countedFrom: 'issue-date', start: issue, afterDays },
    });
  });
});

describe('computeDueDate — end of month then days (option)', () => {
  it.each([
    ['2026-01-15', 45, '2026-01-31', '2026-03-17'],
    ['2024-01-15', 45, '2024-01-31', '2024-03-16'], // 29 Feb counts as a day
    ['2025-12-10', 30, '2025-12-31', '2026-01-30'],
    ['2025-02-03', 30, '2025-02-28', '2025-03-30'],
  ])('%s → %s + %i days = %s', (issue, days, monthEnd, due) => {
    const result = computeDueDate(issue, eom(days), undefined, { endOfMonthMode: 'end-of-month-then-days' });
    expect(result.dueDate).toBe(due);
    expect(result.rule).toEqual({
      key: 'end-of-month-then-days',
      params: { days, countedFrom: 'issue-date', start: issue, monthEnd },
    });
  });

  it('gives a different date from the default reading for the same terms', () => {
    const a = computeDueDate('2026-01-15', eom(45)).dueDate;
    const b = computeDueDate('2026-01-15', eom(45), undefined, { endOfMonthMode: 'end-of-month-then-days' }).dueDate;
    expect([a, b]).toEqual(['2026-03-31', '2026-03-17']);
  });
});

describe('statutoryDueDate', () => {
  it('France: 30 days after the service was done', () => {
    const result = statutoryDueDate('FR', { issueDate: '2026-01-10', serviceDate: '2026-01-05' });
    expect(result?.dueDate).toBe('2026-02-04');
    expect(result?.rule).toMatchObject({ key: 'statutory-default', params: { countsFrom: 'service-date', start: '2026-01-05' } });
    expect(result?.rule.key === 'statutory-default' && result.rule.source.ref).toContain('L441-10');
  });

  it('France without a service date: from the invoice date', () => {
    expect(statutoryDueDate('FR', { issueDate: '2026-01-10' })?.dueDate).toBe('2026-02-09');
  });

  it('Germany: 30 days after the invoice was received', () => {
    expect(statutoryDueDate('DE', { issueDate: '2026-01-10', receivedOn: '2026-01-12' })?.dueDate).toBe('2026-02-11');
    expect(statutoryDueDate('EU', { issueDate: '2026-01-10' })?.dueDate).toBe('2026-02-09');
  });

  it('UK: the 30-day period begins with the later of service and invoice, so it ends on day 29 after it', () => {
    expect(statutoryDueDate('UK', { issueDate: '2026-01-10', serviceDate: '2026-01-05' })?.dueDate).toBe('2026-02-08');
    // Invoiced in advance: the period begins when the service is done.
    expect(statutoryDueDate('UK', { issueDate: '2026-01-10', serviceDate: '2026-01-20' })?.dueDate).toBe('2026-02-18');
  });

  it('US: only the New York freelance rule, and it says so', () => {
    const result = statutoryDueDate('US', { issueDate: '2026-01-10', serviceDate: '2026-01-08' });
    expect(result?.dueDate).toBe('2026-02-07');
    expect(result?.rule.key === 'statutory-default' && result.rule.source.ref).toMatch(/Freelance Isn/);
  });
});

describe('termWarnings', () => {
  const ids = (agreement: Parameters<typeof termWarnings>[0], jurisdiction?: Parameters<typeof termWarnings>[1]) =>
    termWarnings(agreement, jurisdiction).map((w) => w.id);

  it('finds nothing wrong in signed terms within the caps with a statutory interest clause', () => {
    expect(termWarnings(makeAgreement())).toEqual([]);
  });

  it.each([
    [net(60), []],
    [net(61), ['term-beyond-cap']],
    [eom(45), []],
    [eom(30), []],
    [eom(46), ['term-beyond-cap']],
    [eom(60), ['term-beyond-cap']],
  ])('France: %o → %o', (paymentTerms, expected) => {
    expect(ids(makeAgreement({ paymentTerms }))).toEqual(expected);
  });

  it('France: a term beyond the cap is an error citing L441-10', () => {
    const [warning] = termWarnings(makeAgreement({ paymentTerms: net(90) }));
    expect(warning).toMatchObject({ id: 'term-beyond-cap', severity: 'error', params: { days: 90, capNetDays: 60, capEndOfMonthDays: 45 } });
    expect(warning.source.ref).toContain('L441-10');
  });

  it('EU: beyond 60 days is only a warning (lawful if expressly agreed), end of month counts its worst case', () => {
    expect(ids(makeAgreement({ jurisdiction: 'EU', paymentTerms: net(60) }))).toEqual([]);
    expect(ids(makeAgreement({ jurisdiction: 'EU', paymentTerms: eom(30) }))).toEqual([]);
    const [warning] = termWarnings(makeAgreement({ jurisdiction: 'EU', paymentTerms: eom(31) }));
    expect(warning).toMatchObject({ id: 'term-beyond-cap-unless-agreed', severity: 'warning' });
    expect(warning.source.ref).toContain('2011/7/EU');
  });

  it('Germany and the UK have no cap in RULES.md', () => {
    expect(ids(makeAgreement({ jurisdiction: 'DE', paymentTerms: net(90) }))).toEqual([]);
    expect(ids(makeAgreement({ jurisdiction: 'UK', paymentTerms: net(90) }))).toEqual([]);
  });

  it('checks against the jurisdiction passed in, not only the agreement’s own', () => {
    expect(ids(makeAgreement({ jurisdiction: 'DE', paymentTerms: net(90) }), 'FR')).toEqual(['term-beyond-cap']);
  });

  it('a contract basis without a rate is no late-interest clause', () => {
    const [warning] = termWarnings(makeAgreement({ lateInterest: { basis: 'contract' } }));
    expect(warning).toMatchObject({ id: 'no-late-interest-clause', messageKey: 'term_warning_no_late_interest_rate' });
  });

  it('US: "statutory" means no interest at all, since there is no federal rate', () => {
    const [warning] = termWarnings(makeAgreement({ jurisdiction: 'US' }));
    expect(warning).toMatchObject({ id: 'no-late-interest-clause', messageKey: 'term_warning_no_statutory_interest' });
    expect(ids(makeAgreement({ jurisdiction: 'US', lateInterest: { basis: 'contract', ratePercent: 18 } }))).toEqual([]);
  });

  it('France: a contract rate under 3 × the legal rate of the signature half-year is an error', () => {
    // Signed in January 2026: legal rate 2.62 %, floor 7.86 %.
    const below = termWarnings(makeAgreement({ lateInterest: { basis: 'contract', ratePercent: 5 } }));
    expect(below).toHaveLength(1);
    expect(below[0]).toMatchObject({
      id: 'contract-rate-below-floor',
      severity: 'error',
      params: { ratePercent: 5, floorPercent: 7.86, legalRatePercent: 2.62, halfYear: '2026-H1', rateMatch: 'exact' },
    });
    expect(ids(makeAgreement({ lateInterest: { basis: 'contract', ratePercent: 7.86 } }))).toEqual([]);
    expect(ids(makeAgreement({ lateInterest: { basis: 'contract', ratePercent: 12 } }))).toEqual([]);
  });

  it('France: the floor moves with the legal rate (2024 H1: 5.07 % → 15.21 %)', () => {
    const warnings = termWarnings(makeAgreement({ lateInterest: { basis: 'contract', ratePercent: 12 } }), 'FR', { asOf: '2024-03-01' });
    expect(warnings.map((w) => [w.id, w.params.floorPercent])).toEqual([['contract-rate-below-floor', 15.21]]);
  });

  it('no floor outside France', () => {
    expect(ids(makeAgreement({ jurisdiction: 'DE', lateInterest: { basis: 'contract', ratePercent: 1 } }))).toEqual([]);
  });

  it('asks for both signatures', () => {
    const [warning] = termWarnings(makeAgreement({ signedByClientOn: undefined }));
    expect(warning).toMatchObject({ id: 'not-signed-by-both', params: { signedByFreelancer: true, signedByClient: false } });
    const us = termWarnings(makeAgreement({ jurisdiction: 'US', signedByFreelancerOn: undefined, lateInterest: { basis: 'contract', ratePercent: 10 } }));
    expect(us.map((w) => w.id)).toEqual(['not-signed-by-both']);
    expect(us[0].source.ref).toContain('$800');
  });

  it('flags work starting before the last signature', () => {
    const warnings = termWarnings(makeAgreement({ startsOn: '2026-01-06' }));
    expect(warnings).toEqual([expect.objectContaining({ id: 'work-before-signature', params: { startsOn: '2026-01-06', latestSignature: '2026-01-07' } })]);
    expect(ids(makeAgreement({ startsOn: '2026-01-07' }))).toEqual([]);
  });

  it('compares the start with the one signature there is when only one side signed', () => {
    expect(ids(makeAgreement({ signedByClientOn: undefined, startsOn: '2026-01-01' }))).toEqual(['not-signed-by-both', 'work-before-signature']);
  });
});

describe('termWarnings — a private client', () => {
  // 75 days, a contract rate of 5 % (under 3 × the legal rate) and no signature: three B2B problems and one proof problem.
  const risky = makeAgreement({
    jurisdiction: 'FR',
    paymentTerms: { days: 75, endOfMonth: false },
    lateInterest: { basis: 'contract', ratePercent: 5 },
    signedByClientOn: undefined,
  });

  it('a business is warned of the cap (C. com. L441-10) and the rate floor', () => {
    const ids = termWarnings(risky, 'FR', { debtor: 'business' }).map((w) => w.id);
    expect(ids).toEqual(expect.arrayContaining(['term-beyond-cap', 'contract-rate-below-floor', 'not-signed-by-both']));
    expect(termWarnings(risky).map((w) => w.id)).toEqual(ids);
  });

  it('a consumer is not: caps, the penalty clause and its floor bind professionals; the signatures still matter', () => {
    expect(termWarnings(risky, 'FR', { debtor: 'consumer' }).map((w) => w.id)).toEqual(['not-signed-by-both']);
    const noRate = makeAgreement({ jurisdiction: 'FR', lateInterest: { basis: 'contract' } });
    expect(termWarnings(noRate, 'FR', { debtor: 'business' }).map((w) => w.id)).toContain('no-late-interest-clause');
    expect(termWarnings(noRate, 'FR', { debtor: 'consumer' })).toEqual([]);
  });
});
