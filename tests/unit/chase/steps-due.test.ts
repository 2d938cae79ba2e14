import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/calendar';
import { summarizeChase } from '../../../lib/chase/invoice-chase';
import { withStepDone } from '../../../lib/chase/records';
import { nextActions, stepsDueToday } from '../../../lib/chase/steps-due';
import type { Invoice } from '../../../lib/model/billing';
import { makeInvoice } from '../builders';
import { FR_STEPS_FOR_DUE_10_MARCH, makeClient, SETTINGS } from './helpers';

const summary = (invoice: Invoice, today: string) => summarizeChase({ invoice, client: makeClient(), contacts: [], plans: [] }, SETTINGS, today);

describe('stepsDueToday (for the popup and the notification)', () => {
  it('lists each due step of each invoice, most late invoice first, and marks those caught up', () => {
    const late = makeInvoice({ id: 'late', number: 'F-1', dueDate: '2026-03-01' });
    const recent = makeInvoice({ id: 'recent', number: 'F-2', dueDate: '2026-03-09' });
    const soon = makeInvoice({ id: 'soon', number: 'F-3', dueDate: '2026-03-13' });
    const steps = stepsDueToday([recent, soon, late].map((i) => summary(i, '2026-03-10')), '2026-03-10');
    expect(steps.map((s) => [s.invoiceNumber, s.stepId, s.dueOn, s.caughtUp, s.catchingUp])).toEqual([
      ['F-1', 'friendly-reminder', '2026-03-02', true, true],
      ['F-1', 'second-reminder', '2026-03-08', true, undefined],
      ['F-2', 'friendly-reminder', '2026-03-10', false, undefined],
      ['F-3', 'courtesy-due-soon', '2026-03-10', false, undefined],
    ]);
    expect(steps[0]).toMatchObject({ clientName: 'Atelier Lumière', balance: 1_200_00, currency: 'EUR', labelKey: 'chase_step_friendly_reminder', template: 'friendly' });
    expect(nextActions(steps).map((a) => [a.invoiceNumber, a.stepId, a.alsoDue])).toEqual([
      ['F-1', 'friendly-reminder', 1],
      ['F-2', 'friendly-reminder', 0],
      ['F-3', 'courtesy-due-soon', 0],
    ]);
  });

  it('is idempotent day after day: a step done leaves the list, and each comes up once', () => {
    let invoice = makeInvoice({ dueDate: '2026-03-10' });
    const seen: string[] = [];
    for (let day = '2026-03-01'; day <= '2026-05-01'; day = addDays(day, 1)) {
      const due = stepsDueToday([summary(invoice, day)], day);
      expect(stepsDueToday([summary(invoice, day)], day)).toEqual(due);
      for (const step of due) {
        seen.push(`${day} ${step.stepId}`);
        invoice = withStepDone(invoice, step.stepId, day, 'email', '2026-03-01T00:00:00.000Z');
      }
    }
    expect(seen).toEqual(FR_STEPS_FOR_DUE_10_MARCH);
  });
});
