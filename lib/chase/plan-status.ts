import type { CalendarDate } from '../model/common';
import type { PaymentPlan } from '../model/billing';
import { daysBetween } from '../calendar';

/**
 * A payment plan agreed with a client: instalments with their own due dates. A late instalment is an overdue
 * debt like a late invoice, and a plan with an instalment late is broken: the chase of the invoices it covers
 * resumes (see ladder.ts).
 */

export type InstalmentStatus = 'paid' | 'due' | 'late';

type Instalment = PaymentPlan['instalments'][number];

/** `due` covers instalments not yet due and those due today; `late` starts the day after the due date. */
export const instalmentStatus = (instalment: Instalment, today: CalendarDate): InstalmentStatus =>
  instalment.paidOn ? 'paid' : instalment.dueDate < today ? 'late' : 'due';

export const isInstalmentOverdue = (instalment: Instalment, today: CalendarDate): boolean =>
  instalmentStatus(instalment, today) === 'late';

export interface InstalmentView {
  index: number;
  dueDate: CalendarDate;
  amount: number;
  paidOn?: CalendarDate;
  status: InstalmentStatus;
  daysLate: number;
}

/** The plan's instalments in due-date order, each with its status, for the plan view and letters. */
export const planSchedule = (plan: Pick<PaymentPlan, 'instalments'>, today: CalendarDate): InstalmentView[] =>
  plan.instalments
    .map((instalment, index) => {
      const status = instalmentStatus(instalment, today);
      return {
        index,
        dueDate: instalment.dueDate,
        amount: instalment.amount,
        ...(instalment.paidOn ? { paidOn: instalment.paidOn } : {}),
        status,
        daysLate: status === 'late' ? daysBetween(instalment.dueDate, today) : 0,
      };
    })
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.index - b.index));

/** What is left to pay under the plan, minor units in `plan.currency`. */
export const planBalance = (plan: Pick<PaymentPlan, 'instalments'>): number =>
  plan.instalments.reduce((sum, instalment) => (instalment.paidOn ? sum : sum + instalment.amount), 0);

/** The part of the balance already overdue. */
export const planOverdueAmount = (plan: Pick<PaymentPlan, 'instalments'>, today: CalendarDate): number =>
  plan.instalments.reduce((sum, instalment) => (isInstalmentOverdue(instalment, today) ? sum + instalment.amount : sum), 0);

/** A plan binds once both sides have signed it (RULES.md: "written down and signed by both"). */
export const isPlanInForce = (plan: Pick<PaymentPlan, 'signedByBothOn'>): boolean => !!plan.signedByBothOn;

/**
 * Broken: an instalment is still unpaid more than `graceDays` after its due date. An instalment paid late but
 * paid is not a break any more; the chase log keeps the history.
 */
export const isPlanBroken = (plan: Pick<PaymentPlan, 'instalments'>, today: CalendarDate, graceDays = 0): boolean =>
  plan.instalments.some((instalment) => !instalment.paidOn && daysBetween(instalment.dueDate, today) > graceDays);

/** Late instalments across plans, for the badge count next to overdue invoices. */
export const countLateInstalments = (plans: Iterable<Pick<PaymentPlan, 'instalments'>>, today: CalendarDate): number => {
  let count = 0;
  for (const plan of plans) {
    for (const instalment of plan.instalments) if (isInstalmentOverdue(instalment, today)) count += 1;
  }
  return count;
};
