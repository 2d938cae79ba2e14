import type { CalendarDate } from '../model/common';
import type { ChaseSummary } from './invoice-chase';
import type { LetterTemplate } from './settings';

/**
 * The chase steps to take today, across invoices: for the popup, the background notification and the "To
 * chase" list. A step that fell due while the browser was closed is still listed (`caughtUp`) until it is done.
 */
export interface StepDue {
  invoiceId: string;
  invoiceNumber: string;
  clientId: string;
  clientName?: string;
  stepId: string;
  labelKey: string;
  template: LetterTemplate;
  dueOn: CalendarDate;
  /** Fell due before today. */
  caughtUp: boolean;
  /** Steps of this invoice were skipped: this one, the first not done, comes before the others. */
  catchingUp?: boolean;
  balance: number;
  currency: string;
  daysLate: number;
}

/** Every step due today or earlier and not done, most overdue invoice first, each invoice's steps in order. */
export const stepsDueToday = (summaries: readonly ChaseSummary[], today: CalendarDate): StepDue[] =>
  [...summaries]
    .filter((s) => s.due.length > 0)
    .sort((a, b) => b.daysLate - a.daysLate || a.invoice.number.localeCompare(b.invoice.number, undefined, { numeric: true }))
    .flatMap((summary) =>
      summary.due.map((due) => {
        const step = summary.ladder.steps.find((s) => s.id === due.step.id);
        return {
          invoiceId: summary.invoice.id,
          invoiceNumber: summary.invoice.number,
          clientId: summary.invoice.clientId,
          ...(summary.client ? { clientName: summary.client.displayName } : {}),
          stepId: due.step.id,
          labelKey: due.step.labelKey,
          template: step?.template ?? 'none',
          dueOn: due.dueOn,
          caughtUp: due.dueOn < today,
          ...(due.catchingUp ? { catchingUp: true } : {}),
          balance: summary.balance,
          currency: summary.invoice.currency,
          daysLate: summary.daysLate,
        };
      }),
    );

/**
 * One line per invoice for a short list: the step to take now (the first not done: reminders and the formal notice
 * come before court), and how many more are due after it.
 */
export const nextActions = (steps: readonly StepDue[]): (StepDue & { alsoDue: number })[] => {
  const byInvoice = new Map<string, StepDue[]>();
  for (const step of steps) {
    const list = byInvoice.get(step.invoiceId);
    if (list) list.push(step);
    else byInvoice.set(step.invoiceId, [step]);
  }
  return [...byInvoice.values()].map((list) => ({ ...list[0], alsoDue: list.length - 1 }));
};
