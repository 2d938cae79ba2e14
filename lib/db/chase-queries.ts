import type { Agreement, Client, Contact, PaymentPlan } from '../model';
import { db } from './database';
import { fromStoredClient } from './repositories';

/** What the chase of some invoices rests on: their clients, agreements, contact logs and payment plans. */
export const chaseRecordRows = async (
  clientIds: readonly string[],
  agreementIds: readonly string[],
): Promise<{ clients: Client[]; agreements: Agreement[]; contacts: Contact[]; plans: PaymentPlan[] }> => {
  const d = db();
  const [clients, agreements, contacts, plans] = await Promise.all([
    d.clients.bulkGet([...clientIds]),
    d.agreements.bulkGet([...agreementIds]),
    d.contacts.where('clientId').anyOf([...clientIds]).toArray(),
    d.paymentPlans.where('clientId').anyOf([...clientIds]).toArray(),
  ]);
  return {
    clients: clients.flatMap((c) => (c ? [fromStoredClient(c)] : [])),
    agreements: agreements.filter((a): a is Agreement => !!a),
    contacts,
    plans,
  };
};
