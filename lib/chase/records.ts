import type { ContactChannel, Invoice } from '../model/billing';
import type { CalendarDate } from '../model/common';

/** Changes the chase page makes to an invoice, as pure functions: the page stores what they return. */

/** Records a step as done. Doing it again changes nothing: a step is never recorded twice. */
export const withStepDone = (invoice: Invoice, step: string, doneOn: CalendarDate, channel: ContactChannel, now: string): Invoice =>
  invoice.chase.stepsDone.some((done) => done.step === step)
    ? invoice
    : {
        ...invoice,
        chase: { ...invoice.chase, stepsDone: [...invoice.chase.stepsDone, { step, doneOn, channel }] },
        updatedAt: now,
      };

/**
 * Pauses the chase with its reason. A dispute also marks the invoice disputed (it stays owed, see aging.ts), so
 * it is settled before any reminder goes out again.
 */
export const withChasePaused = (invoice: Invoice, reason: string, dispute: boolean, now: string): Invoice => ({
  ...invoice,
  status: dispute && invoice.status === 'sent' ? 'disputed' : invoice.status,
  chase: { ...invoice.chase, pausedReason: reason.trim() },
  updatedAt: now,
});

/** Resumes the chase: the ladder is worked out again from today, steps missed meanwhile come up at once. */
export const withChaseResumed = (invoice: Invoice, now: string): Invoice => {
  const { pausedReason: _reason, ...chase } = invoice.chase;
  return { ...invoice, status: invoice.status === 'disputed' ? 'sent' : invoice.status, chase, updatedAt: now };
};
