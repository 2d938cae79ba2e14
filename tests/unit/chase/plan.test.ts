import { describe, expect, it } from 'vitest';
import { addMonths, allocateInstalment, instalmentsTotal, splitEvenly, withInstalmentPaid } from '../../../lib/chase/plan';
import { withChasePaused, withChaseResumed, withStepDone } from '../../../lib/chase/records';
import { makeInvoice, makePlan } from '../builders';

const NOW = '2026-04-01T10:00:00.000Z';

describe('payment plan helpers', () => {
  it('adds months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-05-31', 0)).toBe('2026-05-31');
  });

  it('splits evenly to the cent: the odd cents go on the first instalments', () => {
    const instalments = splitEvenly(1_000_00, 3, '2026-01-31');
    expect(instalments).toEqual([
      { dueDate: '2026-01-31', amount: 33_334 },
      { dueDate: '2026-02-28', amount: 33_333 },
      { dueDate: '2026-03-31', amount: 33_333 },
    ]);
    expect(instalmentsTotal(instalments)).toBe(1_000_00);
    expect(splitEvenly(2, 5, '2026-01-01')).toHaveLength(2);
    expect(splitEvenly(0, 3, '2026-01-01')).toEqual([]);
    expect(splitEvenly(100, 0, '2026-01-01')).toEqual([]);
  });

  it('a paid instalment settles the covered invoices, oldest due date first', () => {
    const older = makeInvoice({ id: 'a', number: 'A', dueDate: '2026-01-10', amount: 500_00, payments: [{ date: '2026-01-20', amount: 100_00 }] });
    const newer = makeInvoice({ id: 'b', number: 'B', dueDate: '2026-02-10', amount: 800_00 });
    const { changed, beyondBalances } = allocateInstalment([newer, older], 600_00, '2026-04-01', 'Instalment 1 of 3', NOW);
    expect(changed.map((i) => [i.id, i.status, i.payments.at(-1)])).toEqual([
      ['a', 'paid', { date: '2026-04-01', amount: 400_00, note: 'Instalment 1 of 3' }],
      ['b', 'sent', { date: '2026-04-01', amount: 200_00, note: 'Instalment 1 of 3' }],
    ]);
    expect(beyondBalances).toBe(0);
    // An instalment that also covers the interest agreed pays beyond the balances.
    expect(allocateInstalment([older], 500_00, '2026-04-01', 'x', NOW).beyondBalances).toBe(100_00);
  });

  it('marks one instalment paid, once', () => {
    const plan = makePlan();
    const paid = withInstalmentPaid(plan, 1, '2026-04-02');
    expect(paid.instalments.map((i) => i.paidOn)).toEqual([undefined, '2026-04-02', undefined]);
    expect(withInstalmentPaid(paid, 1, '2026-04-09').instalments[1].paidOn).toBe('2026-04-02');
  });
});

describe('chase records', () => {
  it('records a step once, never twice', () => {
    const once = withStepDone(makeInvoice(), 'friendly-reminder', '2026-02-10', 'email', NOW);
    const twice = withStepDone(once, 'friendly-reminder', '2026-02-11', 'call', NOW);
    expect(twice).toBe(once);
    expect(twice.chase.stepsDone).toEqual([{ step: 'friendly-reminder', doneOn: '2026-02-10', channel: 'email' }]);
  });

  it('a dispute marks the invoice disputed with its reason; resuming sends it back to the ladder', () => {
    const disputed = withChasePaused(makeInvoice(), '  Says the logo was late ', true, NOW);
    expect(disputed).toMatchObject({ status: 'disputed', chase: { pausedReason: 'Says the logo was late' } });
    const resumed = withChaseResumed(disputed, NOW);
    expect(resumed.status).toBe('sent');
    expect(resumed.chase).toEqual({ stepsDone: [] });
    expect(withChasePaused(makeInvoice(), 'On holiday until May', false, NOW).status).toBe('sent');
  });
});
