import { describe, expect, it } from 'vitest';
import {
  countLateInstalments,
  instalmentStatus,
  isInstalmentOverdue,
  isPlanBroken,
  isPlanInForce,
  planBalance,
  planOverdueAmount,
  planSchedule,
} from '../../../lib/chase/plan-status';
import { makePlan } from '../builders';

// Instalments of EUR 400 due 1 Mar, 1 Apr and 1 May 2026.
const plan = makePlan();

describe('instalment status', () => {
  it.each([
    [{ dueDate: '2026-04-01', amount: 1 }, '2026-03-31', 'due'],
    [{ dueDate: '2026-04-01', amount: 1 }, '2026-04-01', 'due'], // due today is not late
    [{ dueDate: '2026-04-01', amount: 1 }, '2026-04-02', 'late'],
    [{ dueDate: '2026-04-01', amount: 1, paidOn: '2026-04-20' }, '2026-05-01', 'paid'],
  ] as const)('%o on %s is %s', (instalment, today, status) => {
    expect(instalmentStatus(instalment, today)).toBe(status);
    expect(isInstalmentOverdue(instalment, today)).toBe(status === 'late');
  });
});

describe('planSchedule', () => {
  it('lists instalments by due date with their status and days late', () => {
    const shuffled = makePlan({
      instalments: [
        { dueDate: '2026-05-01', amount: 400_00 },
        { dueDate: '2026-03-01', amount: 400_00, paidOn: '2026-03-01' },
        { dueDate: '2026-04-01', amount: 400_00 },
      ],
    });
    expect(planSchedule(shuffled, '2026-04-11').map((i) => [i.index, i.dueDate, i.status, i.daysLate])).toEqual([
      [1, '2026-03-01', 'paid', 0],
      [2, '2026-04-01', 'late', 10],
      [0, '2026-05-01', 'due', 0],
    ]);
  });
});

describe('plan balance and overdue amount', () => {
  it('counts unpaid instalments only', () => {
    const firstPaid = makePlan({ instalments: plan.instalments.map((i, n) => (n === 0 ? { ...i, paidOn: '2026-03-02' } : i)) });
    expect(planBalance(plan)).toBe(1_200_00);
    expect(planBalance(firstPaid)).toBe(800_00);
    // 5 April: 1 April is unpaid and late, 1 May not yet due.
    expect(planOverdueAmount(firstPaid, '2026-04-05')).toBe(400_00);
    expect(planOverdueAmount(firstPaid, '2026-04-01')).toBe(0);
  });
});

describe('isPlanBroken', () => {
  const firstPaid = makePlan({ instalments: plan.instalments.map((i, n) => (n === 0 ? { ...i, paidOn: '2026-03-01' } : i)) });

  it('breaks the day after an unpaid instalment’s due date', () => {
    expect(isPlanBroken(firstPaid, '2026-04-01')).toBe(false);
    expect(isPlanBroken(firstPaid, '2026-04-02')).toBe(true);
  });

  it('allows grace days when asked', () => {
    expect(isPlanBroken(firstPaid, '2026-04-04', 3)).toBe(false);
    expect(isPlanBroken(firstPaid, '2026-04-05', 3)).toBe(true);
  });

  it('an instalment paid late but paid no longer breaks the plan', () => {
    const caughtUp = makePlan({
      instalments: [
        { dueDate: '2026-03-01', amount: 400_00, paidOn: '2026-03-01' },
        { dueDate: '2026-04-01', amount: 400_00, paidOn: '2026-04-06' },
        { dueDate: '2026-05-01', amount: 400_00 },
      ],
    });
    expect(isPlanBroken(caughtUp, '2026-04-10')).toBe(false);
  });
});

describe('plans in force and late instalments across plans', () => {
  it('binds once signed by both', () => {
    expect(isPlanInForce(plan)).toBe(true);
    expect(isPlanInForce(makePlan({ signedByBothOn: undefined }))).toBe(false);
  });

  it('counts every late instalment as an overdue item', () => {
    const other = makePlan({ id: 'plan-2', instalments: [{ dueDate: '2026-03-15', amount: 100_00 }] });
    expect(countLateInstalments([plan, other], '2026-04-02')).toBe(3);
    expect(countLateInstalments([plan, other], '2026-03-01')).toBe(0);
  });
});
