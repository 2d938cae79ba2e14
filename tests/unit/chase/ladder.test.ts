import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/calendar';
import { chasePause, dueSteps, heldSteps, limitationDeadline, nextStep, recoveryFeeClaimed } from '../../../lib/chase/ladder';
import { CHASE_LADDERS, type ChaseLadder } from '../../../lib/billing/rules/chase-ladder';
import type { Invoice } from '../../../lib/model/billing';
import { makeContact, makeInvoice, makePlan } from '../builders';
import { FR_STEPS_FOR_DUE_10_MARCH } from './helpers';

const FR = CHASE_LADDERS.FR;
const DUE = '2026-03-10';
const invoice = (overrides: Partial<Invoice> = {}) => makeInvoice({ dueDate: DUE, ...overrides });
const done = (...steps: [string, string][]) => ({ stepsDone: steps.map(([step, doneOn]) => ({ step, doneOn, channel: 'email' as const })) });
const withoutCourtesy: ChaseLadder = { ...FR, steps: FR.steps.map((s) => (s.id === 'courtesy-due-soon' ? { ...s, enabled: false } : s)) };

describe('nextStep — the ladder in order', () => {
  it.each([
    ['2026-03-06', 'courtesy-due-soon', '2026-03-07', false],
    ['2026-03-07', 'courtesy-due-soon', '2026-03-07', true],
    ['2026-03-10', 'courtesy-due-soon', '2026-03-07', true], // still "due today"
    ['2026-03-11', 'friendly-reminder', '2026-03-11', true], // past due: the courtesy note is dropped, not caught up
  ])('on %s: %s due on %s (due: %s)', (today, id, dueOn, isDue) => {
    expect(nextStep(invoice(), FR, today)).toMatchObject({ step: { id }, dueOn, scheduledOn: dueOn, isDue });
  });

  it('moves on once a step is done', () => {
    const next = nextStep(invoice({ chase: done(['friendly-reminder', '2026-03-11']) }), FR, '2026-03-12');
    expect(next).toMatchObject({ step: { id: 'second-reminder' }, dueOn: '2026-03-17', isDue: false });
  });

  it('skips a step the user switched off', () => {
    expect(nextStep(invoice(), withoutCourtesy, '2026-03-06')).toMatchObject({ step: { id: 'friendly-reminder' }, dueOn: '2026-03-11' });
  });

  it('returns null when the ladder is finished', () => {
    const all = FR.steps.map((s) => [s.id, '2026-04-30'] as [string, string]);
    expect(nextStep(invoice({ chase: done(...all) }), FR, '2026-05-01')).toBeNull();
  });
});

describe('nextStep — when not to chase', () => {
  it.each([
    ['disputed', invoice({ status: 'disputed' })],
    ['paused', invoice({ chase: { pausedReason: 'Client in hospital, call back in May', stepsDone: [] } })],
    ['not-chased', invoice({ status: 'paid' })],
    ['not-chased', invoice({ status: 'draft' })],
    ['not-chased', invoice({ status: 'written-off' })],
    ['not-chased', invoice({ payments: [{ date: '2026-03-12', amount: 1_200_00 }] })],
  ])('%s', (pause, subject) => {
    expect(chasePause(subject, '2026-03-20')).toBe(pause);
    expect(nextStep(subject, FR, '2026-03-20')).toBeNull();
    expect(dueSteps(subject, FR, '2026-03-20')).toEqual([]);
  });

  it('a blank pause reason does not pause', () => {
    expect(chasePause(invoice({ chase: { pausedReason: '  ', stepsDone: [] } }), '2026-03-20')).toBeNull();
  });

  it('a signed payment plan pauses the chase until an instalment is late', () => {
    const plan = makePlan({ instalments: [{ dueDate: '2026-03-25', amount: 600_00 }, { dueDate: '2026-04-25', amount: 600_00 }] });
    expect(nextStep(invoice(), FR, '2026-03-20', [], { plans: [plan] })).toBeNull();
    expect(chasePause(invoice(), '2026-03-20', { plans: [plan] })).toBe('payment-plan');
    // 26 March: the first instalment is a day late, the plan is broken and the chase resumes.
    expect(nextStep(invoice(), FR, '2026-03-26', [], { plans: [plan] })).toMatchObject({ step: { id: 'friendly-reminder' }, isDue: true });
    // With 3 days' grace it resumes on 29 March only.
    expect(chasePause(invoice(), '2026-03-28', { plans: [plan], planGraceDays: 3 })).toBe('payment-plan');
    expect(chasePause(invoice(), '2026-03-29', { plans: [plan], planGraceDays: 3 })).toBeNull();
  });

  it('the latest signed plan governs: a new plan agreed after a broken one pauses the chase again', () => {
    const broken = makePlan({ id: 'plan-old', signedByBothOn: '2026-03-12', instalments: [{ dueDate: '2026-03-15', amount: 1_200_00 }] });
    const renewed = makePlan({ id: 'plan-new', signedByBothOn: '2026-03-18', instalments: [{ dueDate: '2026-04-15', amount: 1_200_00 }] });
    expect(chasePause(invoice(), '2026-03-20', { plans: [broken, renewed] })).toBe('payment-plan');
    expect(chasePause(invoice(), '2026-03-20', { plans: [renewed, broken] })).toBe('payment-plan');
    // Before the new plan was signed, the broken one left the chase running.
    expect(chasePause(invoice(), '2026-03-17', { plans: [broken] })).toBeNull();
  });

  it('a plan paid in full while the invoice still has a balance no longer holds the chase', () => {
    const paidUp = makePlan({ instalments: [{ dueDate: '2026-03-15', amount: 500_00, paidOn: '2026-03-15' }] });
    expect(chasePause(invoice(), '2026-03-20', { plans: [paidUp] })).toBeNull();
  });

  it('an unsigned plan, or one covering other invoices, does not pause', () => {
    expect(chasePause(invoice(), '2026-03-20', { plans: [makePlan({ signedByBothOn: undefined })] })).toBeNull();
    expect(chasePause(invoice(), '2026-03-20', { plans: [makePlan({ invoiceIds: ['inv-9'] })] })).toBeNull();
  });
});

describe('nextStep — promises to pay from the contact log', () => {
  const afterCall = invoice({ chase: done(['friendly-reminder', '2026-03-11']) });

  it('a broken promise brings the next step forward to the day after the promised date', () => {
    const contacts = [makeContact({ on: '2026-03-11', promisedDate: '2026-03-13' })];
    expect(nextStep(afterCall, FR, '2026-03-14', contacts)).toMatchObject({
      step: { id: 'second-reminder' },
      scheduledOn: '2026-03-17',
      dueOn: '2026-03-14',
      isDue: true,
      movedByPromise: { promisedDate: '2026-03-13', kind: 'promise-broken' },
    });
  });

  it('on the promised day itself nothing moves forward', () => {
    const contacts = [makeContact({ on: '2026-03-11', promisedDate: '2026-03-13' })];
    expect(nextStep(afterCall, FR, '2026-03-13', contacts)).toMatchObject({ dueOn: '2026-03-17', isDue: false });
  });

  it('a promise still to come holds the step back until the day after it', () => {
    const contacts = [makeContact({ on: '2026-03-12', promisedDate: '2026-03-20' })];
    expect(nextStep(afterCall, FR, '2026-03-16', contacts)).toMatchObject({
      dueOn: '2026-03-21',
      isDue: false,
      movedByPromise: { kind: 'promise-pending' },
    });
    // Once the promised day has passed unpaid, the step is due on its own date again.
    const broken = nextStep(afterCall, FR, '2026-03-21', contacts);
    expect(broken).toMatchObject({ dueOn: '2026-03-17', isDue: true });
    expect(broken?.movedByPromise).toBeUndefined();
  });

  it('ignores a promise made before the last step was done: it was already acted on', () => {
    const contacts = [makeContact({ on: '2026-03-09', promisedDate: '2026-03-12' })];
    expect(nextStep(afterCall, FR, '2026-03-13', contacts)).toMatchObject({ dueOn: '2026-03-17', isDue: false });
  });

  it('takes the latest promise, counts client-wide calls, and ignores other invoices', () => {
    const contacts = [
      makeContact({ id: 'c1', on: '2026-03-11', promisedDate: '2026-03-12' }),
      makeContact({ id: 'c2', on: '2026-03-12', promisedDate: '2026-03-25' }),
    ];
    expect(nextStep(afterCall, FR, '2026-03-14', contacts)).toMatchObject({ dueOn: '2026-03-26', movedByPromise: { kind: 'promise-pending' } });
    const clientWide = [makeContact({ invoiceId: undefined, on: '2026-03-11', promisedDate: '2026-03-13' })];
    expect(nextStep(afterCall, FR, '2026-03-14', clientWide)).toMatchObject({ dueOn: '2026-03-14' });
    const otherInvoice = [makeContact({ invoiceId: 'inv-2', on: '2026-03-11', promisedDate: '2026-03-13' })];
    expect(nextStep(afterCall, FR, '2026-03-14', otherInvoice)).toMatchObject({ dueOn: '2026-03-17' });
  });

  it('never brings a reminder before the day after the due date', () => {
    const contacts = [makeContact({ on: '2026-03-01', promisedDate: '2026-03-05' })];
    expect(nextStep(invoice(), withoutCourtesy, '2026-03-08', contacts)).toMatchObject({
      step: { id: 'friendly-reminder' },
      dueOn: '2026-03-11',
      isDue: false,
    });
  });
});

describe('dueSteps — catching up after days missed', () => {
  it('lists every step due and not done, oldest first, once each', () => {
    const steps = dueSteps(invoice(), FR, '2026-04-20'); // D+41
    expect(steps.map((s) => [s.step.id, s.dueOn])).toEqual([
      ['friendly-reminder', '2026-03-11'],
      ['second-reminder', '2026-03-17'],
      ['final-reminder', '2026-03-25'],
      ['formal-notice', '2026-04-09'],
    ]);
    // The first not done is the one to take now; the later ones stay listed until done.
    expect(steps.map((s) => s.catchingUp)).toEqual([true, undefined, undefined, undefined]);
  });

  it('claims the fixed recovery sum on one step only, and never again once claimed', () => {
    expect(dueSteps(invoice(), FR, '2026-04-20').map((s) => s.claimsRecoveryFee)).toEqual([false, true, false, false]);
    const claimed = invoice({ chase: done(['friendly-reminder', '2026-03-11'], ['second-reminder', '2026-03-17']) });
    expect(recoveryFeeClaimed(claimed, FR)).toBe(true);
    expect(dueSteps(claimed, FR, '2026-04-20').map((s) => [s.step.id, s.claimsRecoveryFee])).toEqual([
      ['final-reminder', false],
      ['formal-notice', false],
    ]);
  });

  it('a fee claimed by a step of the shipped ladder stays claimed after the user edits the ladder', () => {
    const edited: ChaseLadder = {
      ...FR,
      steps: [
        { ...FR.steps[1] },
        { id: 'custom-firm', labelKey: 'chase_step_second_reminder', offsetDays: 10, optional: false, enabled: true, channels: ['email'], claimsRecoveryFee: true },
      ],
    };
    const claimedBefore = invoice({ chase: done(['second-reminder', '2026-03-17']) });
    expect(recoveryFeeClaimed(claimedBefore, edited)).toBe(true);
    expect(dueSteps(claimedBefore, edited, '2026-04-20').map((s) => [s.step.id, s.claimsRecoveryFee])).toEqual([
      ['friendly-reminder', false],
      ['custom-firm', false],
    ]);
  });

  it('is idempotent: asking twice gives the same list, marking them done empties it', () => {
    const first = dueSteps(invoice(), FR, '2026-04-20');
    expect(dueSteps(invoice(), FR, '2026-04-20')).toEqual(first);
    const after = invoice({ chase: done(...first.map((s) => [s.step.id, '2026-04-20'] as [string, string]), ['retired-step', '2026-03-01']) });
    expect(dueSteps(after, FR, '2026-04-20')).toEqual([]);
    expect(dueSteps(after, FR, '2026-04-24').map((s) => s.step.id)).toEqual(['collection']);
  });

  it('taking the latest due step covers the earlier ones: they are passed over, never due again', () => {
    const tookNotice = invoice({ chase: done(['formal-notice', '2026-04-20']) });
    expect(dueSteps(tookNotice, FR, '2026-04-20')).toEqual([]);
    expect(nextStep(tookNotice, FR, '2026-04-21')).toMatchObject({ step: { id: 'collection' }, dueOn: '2026-04-24' });
    // A step on the same day as the one done stays: two actions planned for one day are both kept.
    const sameDay: ChaseLadder = { ...FR, steps: [...FR.steps, { ...FR.steps[1], id: 'call-too', channels: ['call'] }] };
    const emailed = invoice({ chase: done(['friendly-reminder', '2026-03-11']) });
    expect(dueSteps(emailed, sameDay, '2026-03-11').map((s) => s.step.id)).toEqual(['call-too']);
  });

  const walk = (from: string, to: string) => {
    let subject = invoice();
    const log: string[] = [];
    for (let today = from; today <= to; today = addDays(today, 1)) {
      for (const step of dueSteps(subject, FR, today)) {
        log.push(`${today} ${step.step.id}`);
        subject = { ...subject, chase: { stepsDone: [...subject.chase.stepsDone, { step: step.step.id, doneOn: today, channel: 'email' }] } };
      }
    }
    return log;
  };

  it('run every day, each step comes up exactly once, on its day', () => {
    expect(walk('2026-03-01', '2026-05-31')).toEqual(FR_STEPS_FOR_DUE_10_MARCH);
  });

  it('with the browser closed until D+20, the missed steps come up together once, the courtesy note never', () => {
    expect(walk('2026-03-30', '2026-05-31')).toEqual([
      '2026-03-30 friendly-reminder',
      '2026-03-30 second-reminder',
      '2026-03-30 final-reminder',
      '2026-04-09 formal-notice',
      '2026-04-24 collection',
    ]);
  });
});

describe('catching up — court never comes before the reminders and the formal notice', () => {
  const LATE = addDays(DUE, 200);

  it.each(Object.keys(CHASE_LADDERS) as (keyof typeof CHASE_LADDERS)[])('%s: 200 days late with nothing done, the first step not done comes first', (jurisdiction) => {
    const ladder = CHASE_LADDERS[jurisdiction];
    const court = ladder.steps.filter((s) => s.procedures?.length).map((s) => s.id);
    expect(court.length).toBeGreaterThan(0);
    const steps = dueSteps(invoice(), ladder, LATE);
    expect(steps[0]).toMatchObject({ step: { id: 'friendly-reminder' }, catchingUp: true });
    expect(steps.map((s) => s.step.id)).toEqual(['friendly-reminder', 'second-reminder', 'final-reminder', 'formal-notice']);
    expect(nextStep(invoice(), ladder, LATE)).toMatchObject({ step: { id: 'friendly-reminder' } });
    expect([...heldSteps(invoice(), ladder, LATE)]).toEqual(court);
    // The reminders done, the formal notice is still before court, and still a catch-up.
    const reminded = invoice({ chase: done(['friendly-reminder', LATE], ['second-reminder', LATE], ['final-reminder', LATE]) });
    expect(dueSteps(reminded, ladder, LATE).map((s) => [s.step.id, s.catchingUp])).toEqual([['formal-notice', true]]);
    // Once the formal notice is sent, court comes up, on its own day.
    const noticed = invoice({ chase: { stepsDone: [...reminded.chase.stepsDone, { step: 'formal-notice', doneOn: LATE, channel: 'registered-letter' }] } });
    expect(heldSteps(noticed, ladder, LATE).size).toBe(0);
    expect(dueSteps(noticed, ladder, LATE).map((s) => s.step.id)).toEqual(court);
  });

  it('on time, nothing is caught up', () => {
    expect(dueSteps(invoice(), FR, addDays(DUE, 1))).toEqual([expect.not.objectContaining({ catchingUp: true })]);
  });

  it('with the browser closed until D+50, the formal notice comes up with the reminders and court the day after', () => {
    let subject = invoice();
    const log: string[] = [];
    for (let today = addDays(DUE, 50); today <= addDays(DUE, 52); today = addDays(today, 1)) {
      for (const step of dueSteps(subject, FR, today)) {
        log.push(`${today} ${step.step.id}`);
        subject = { ...subject, chase: { stepsDone: [...subject.chase.stepsDone, { step: step.step.id, doneOn: today, channel: 'email' }] } };
      }
    }
    expect(log).toEqual([
      '2026-04-29 friendly-reminder',
      '2026-04-29 second-reminder',
      '2026-04-29 final-reminder',
      '2026-04-29 formal-notice',
      '2026-04-30 collection',
    ]);
  });
});

describe('limitationDeadline', () => {
  it.each([
    ['FR', 'professional', '2026-03-31', '2031-03-31'],
    ['FR', 'consumer', '2026-03-31', '2028-03-31'],
    ['FR', 'professional', '2024-02-29', '2029-02-28'], // no 29 Feb in 2029: last day of February
    ['FR', 'professional', '2023-02-28', '2028-02-28'],
    ['DE', 'professional', '2026-03-31', '2029-12-31'], // 3 years from the end of the year
    ['UK', 'professional', '2026-03-31', '2032-03-31'],
  ] as const)('%s %s, due %s: act before %s', (jurisdiction, debtor, dueDate, expiresOn) => {
    expect(limitationDeadline(jurisdiction, debtor, dueDate)?.expiresOn).toBe(expiresOn);
  });

  it('cites its source', () => {
    expect(limitationDeadline('FR', 'professional', '2026-03-31')?.period.source.ref).toBe('Code de commerce L110-4');
  });

  it('has no period where the table has none (EU: national law; US: state law; FR before 2008: older law)', () => {
    expect(limitationDeadline('EU', 'professional', '2026-03-31')).toBeNull();
    expect(limitationDeadline('US', 'professional', '2026-03-31')).toBeNull();
    expect(limitationDeadline('FR', 'professional', '2005-01-01')).toBeNull();
  });
});
