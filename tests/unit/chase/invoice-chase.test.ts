import { describe, expect, it } from 'vitest';
import { amountClaimed, feeFor } from '../../../lib/chase/invoice-chase';
import { makeAgreement, makeContact, makeInvoice, makePlan } from '../builders';
import { makeClient, worked } from './helpers';

describe('summarizeChase', () => {
  it('works out the balance, the days late, interest to the cent and the fee', () => {
    const s = worked();
    expect(s).toMatchObject({ jurisdiction: 'FR', balance: 3_000_00, paid: 2_000_00, daysLate: 59, pause: null, feeClaimed: false });
    expect(s.interest.total).toBe(7157);
    expect(s.fee).toMatchObject({ kind: 'fixed', fee: { amount: 40_00, currency: 'EUR' }, basis: 'statutory' });
    expect(amountClaimed({ balance: s.balance, interest: s.interest, fee: s.fee, currency: 'EUR' })).toEqual([{ amount: 3_111_57, currency: 'EUR' }]);
    expect(s.limitation?.expiresOn).toBe('2031-01-31');
  });

  it('shows each step as done, due, held or skipped; court waits for the reminders and the formal notice', () => {
    const s = worked({ invoice: { ...worked().invoice, chase: { stepsDone: [{ step: 'friendly-reminder', doneOn: '2026-02-02', channel: 'call' }] } } });
    expect(s.steps.map((r) => [r.step.id, r.state, r.date])).toEqual([
      ['courtesy-due-soon', 'skipped', undefined],
      ['friendly-reminder', 'done', '2026-02-02'],
      ['second-reminder', 'due', '2026-02-07'],
      ['final-reminder', 'due', '2026-02-15'],
      ['formal-notice', 'due', '2026-03-02'],
      ['collection', 'held', undefined],
    ]);
    expect(s.steps.find((r) => r.step.id === 'second-reminder')?.catchingUp).toBe(true);
    expect(s.due.map((d) => d.step.id)).toEqual(['second-reminder', 'final-reminder', 'formal-notice']);
    expect(s.steps.find((r) => r.step.id === 'friendly-reminder')?.channel).toBe('call');
  });

  it('steps before the one taken are passed over', () => {
    const s = worked({ invoice: { ...worked().invoice, chase: { stepsDone: [{ step: 'formal-notice', doneOn: '2026-03-20', channel: 'registered-letter' }] } } });
    // 31 March is D+59: the collection step (D+45) is due, nothing before the formal notice is.
    expect(s.steps.map((r) => r.state)).toEqual(['skipped', 'passed', 'passed', 'passed', 'done', 'due']);
    expect(s.due.map((d) => d.step.id)).toEqual(['collection']);
  });

  it('a pending promise holds back the next step and the ones after it', () => {
    const s = worked(
      { contacts: [makeContact({ invoiceId: 'inv-1', on: '2026-02-03', promisedDate: '2026-02-12' })], invoice: { ...worked().invoice, chase: { stepsDone: [{ step: 'friendly-reminder', doneOn: '2026-02-01', channel: 'email' }] } } },
      '2026-02-05',
    );
    expect(s.steps.filter((r) => r.state === 'upcoming').map((r) => [r.step.id, r.date])).toEqual([
      ['second-reminder', '2026-02-13'],
      ['final-reminder', '2026-02-15'],
      ['formal-notice', '2026-03-02'],
      ['collection', '2026-03-17'],
    ]);
    expect(s.promise).toEqual({ on: '2026-02-03', promisedDate: '2026-02-12', broken: false });
  });

  it('a signed plan puts every step on hold; once an instalment is late the plan is broken and the steps are due', () => {
    const plan = makePlan({ signedByBothOn: '2026-03-01', instalments: [{ dueDate: '2026-04-10', amount: 1_500_00 }, { dueDate: '2026-05-10', amount: 1_500_00 }] });
    const held = worked({ plans: [plan] });
    expect(held.pause).toBe('payment-plan');
    expect(held.plan).toMatchObject({ broken: false });
    expect(held.steps.filter((r) => r.state === 'on-hold')).toHaveLength(5);
    const broken = worked({ plans: [plan] }, '2026-04-11');
    expect(broken.pause).toBeNull();
    expect(broken.plan).toMatchObject({ broken: true });
    expect(broken.due.at(-1)?.step.id).toBe('formal-notice');
    expect(broken.steps.at(-1)?.state).toBe('held');
  });

  it('a consumer debtor has the 2-year French limitation period', () => {
    expect(worked({ client: makeClient({ kind: 'individual' }) }).limitation?.expiresOn).toBe('2028-01-31');
  });

  it('a private person: civil-code rules, no interest before the formal notice, no fixed sum', () => {
    const s = worked({ client: makeClient({ kind: 'individual' }) });
    expect(s).toMatchObject({ debtor: 'consumer', debtorKnown: true, rule: { summaryKey: 'chase_rules_fr_consumer' }, fee: { kind: 'none' } });
    expect(s.interest).toMatchObject({ status: 'awaiting-notice', total: 0, source: { ref: 'Code civil art. 1231-6, 1344-1' } });
    expect(amountClaimed({ balance: s.balance, interest: s.interest, fee: s.fee, currency: 'EUR' })).toEqual([{ amount: 3_000_00, currency: 'EUR' }]);
    // Formal notice sent on 1 Mar 2026: 2–31 Mar = 30 days at 2.62 % on EUR 3,000: 300000 × 0.0262 × 30 / 365 = 646.03 → 646
    const noticed = worked({
      client: makeClient({ kind: 'individual' }),
      invoice: { ...worked().invoice, chase: { stepsDone: [{ step: 'formal-notice', doneOn: '2026-03-01', channel: 'registered-letter' }] } },
    });
    expect(noticed.formalNoticeOn).toBe('2026-03-01');
    expect(noticed.interest).toMatchObject({ status: 'accruing', total: 6_46, fromFormalNotice: '2026-03-01' });
  });

  it('a fixed fee written in the agreement: void against a French consumer (CPCE L111-8), charged elsewhere as agreed', () => {
    const agreement = makeAgreement({ fixedRecoveryFee: { amount: 40_00, currency: 'EUR' } });
    expect(feeFor('FR', 1_000_00, 'EUR', agreement, 'consumer')).toEqual({ kind: 'none', voidedBy: { ref: 'Code des procédures civiles d’exécution L111-8' } });
    expect(feeFor('UK', 1_000_00, 'GBP', makeAgreement({ fixedRecoveryFee: { amount: 25_00, currency: 'GBP' } }), 'consumer')).toMatchObject({ kind: 'fixed', basis: 'contract', fee: { amount: 25_00 } });
    expect(feeFor('FR', 1_000_00, 'EUR', agreement, 'business')).toMatchObject({ kind: 'fixed', basis: 'statutory' });
  });

  it('a client of unknown kind: business rules, and the summary says the kind was not known', () => {
    const s = worked({ client: makeClient({ kind: 'unknown' }) });
    expect(s).toMatchObject({ debtor: 'business', debtorKnown: false, fee: { kind: 'fixed', fee: { amount: 40_00 } } });
    expect(s.interest.total).toBe(7157);
  });

  it('the fee: statutory where the law sets one, else the agreement’s, none before the invoice is late', () => {
    expect(feeFor('UK', 12_000_00, 'GBP')).toMatchObject({ kind: 'fixed', fee: { amount: 100_00, currency: 'GBP' }, band: '£10,000 or more' });
    expect(feeFor('FR', 100_00, 'EUR')).not.toHaveProperty('band');
    expect(feeFor('UK', 500_00, 'EUR')).toMatchObject({ kind: 'needs-conversion', bandCurrency: 'GBP' });
    expect(feeFor('US', 500_00, 'USD', makeAgreement({ fixedRecoveryFee: { amount: 25_00, currency: 'USD' } }))).toMatchObject({
      kind: 'fixed',
      basis: 'contract',
      fee: { amount: 25_00, currency: 'USD' },
    });
    expect(feeFor('US', 500_00, 'USD')).toEqual({ kind: 'none' });
    expect(worked({ invoice: makeInvoice({ dueDate: '2026-04-30' }) }).fee).toEqual({ kind: 'none' });
  });

  it('sums the claim per currency: a EUR fee on a USD invoice stays apart', () => {
    const s = worked({ invoice: { ...worked().invoice, currency: 'USD' } });
    expect(amountClaimed({ balance: s.balance, interest: s.interest, fee: s.fee, currency: 'USD' })).toEqual([
      { amount: 3_071_57, currency: 'USD' },
      { amount: 40_00, currency: 'EUR' },
    ]);
  });
});
