import { allocateInstalment, withInstalmentPaid } from '@/lib/chase/plan';
import { withChasePaused, withChaseResumed, withStepDone } from '@/lib/chase/records';
import type { ChaseSettings } from '@/lib/chase/settings';
import { contacts, invoices, loadSettings, paymentPlans, saveSettings } from '@/lib/db/repositories';
import { nowInstant, type Contact, type ContactChannel, type Invoice, type PaymentPlan } from '@/lib/model';
import { reportChange, reportInvoiceChange } from '../changes';

/** Writes of the chase pages: each stores through the validating repositories, then tells the background. */

export const markStepDone = async (invoice: Invoice, step: string, doneOn: string, channel: ContactChannel): Promise<void> => {
  await invoices.put(withStepDone(invoice, step, doneOn, channel, nowInstant()));
  await reportInvoiceChange([invoice.id]);
};

export const pauseChase = async (invoice: Invoice, reason: string, dispute: boolean): Promise<void> => {
  await invoices.put(withChasePaused(invoice, reason, dispute, nowInstant()));
  await reportInvoiceChange([invoice.id]);
};

export const resumeChase = async (invoice: Invoice): Promise<void> => {
  await invoices.put(withChaseResumed(invoice, nowInstant()));
  await reportInvoiceChange([invoice.id]);
};

export const logContact = async (contact: Contact): Promise<void> => {
  await contacts.put(contact);
  await reportChange('contacts');
};

export const savePlan = async (plan: PaymentPlan): Promise<void> => {
  await paymentPlans.put(plan);
  await reportChange('paymentPlans');
};

export const deletePlan = async (plan: PaymentPlan): Promise<void> => {
  await paymentPlans.delete(plan.id);
  await reportChange('paymentPlans');
};

/** Marks an instalment paid and records the money on the invoices the plan covers, oldest first. */
export const markInstalmentPaid = async (
  plan: PaymentPlan,
  index: number,
  paidOn: string,
  covered: readonly Invoice[],
  note: string,
): Promise<void> => {
  const instalment = plan.instalments[index];
  if (!instalment || instalment.paidOn) return;
  const now = nowInstant();
  const { changed } = allocateInstalment(covered, instalment.amount, paidOn, note, now);
  await paymentPlans.put(withInstalmentPaid(plan, index, paidOn));
  for (const invoice of changed) await invoices.put(invoice);
  await reportInvoiceChange(
    changed.map((invoice) => invoice.id),
    'paymentPlans',
  );
};

/**
 * The chase part of the settings (the ladder, the rates added by hand), patched on the row read afresh so a
 * change made meanwhile in another field is kept; what is left empty is dropped.
 */
export const saveChaseSettings = async (patch: (current: ChaseSettings) => ChaseSettings): Promise<void> => {
  const current = await loadSettings();
  const next = patch(current.chase ?? {});
  const cleaned: ChaseSettings = {
    ...(next.ladder?.length ? { ladder: next.ladder } : {}),
    ...(next.rates?.length ? { rates: next.rates } : {}),
  };
  const { chase: _old, ...rest } = current;
  await saveSettings(Object.keys(cleaned).length > 0 ? { ...rest, chase: cleaned } : rest);
  await reportChange('settings');
};
