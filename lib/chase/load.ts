import { addDays } from '../calendar';
import { balanceOf } from '../billing/overdue';
import { chaseRecordRows } from '../db/chase-queries';
import { invoiceById, invoicesOfClients, invoicesOfStatusDueBy } from '../db/invoice-queries';
import { loadSettings } from '../db/repositories';
import { CHASE_LADDERS } from '../billing/rules/chase-ladder';
import type { Agreement, Contact, Invoice, Jurisdiction, PaymentPlan } from '../model/billing';
import type { Client } from '../model/client';
import type { CalendarDate } from '../model/common';
import type { Settings } from '../model/settings';
import { summarizeChase, type ChaseRecords, type ChaseSummary } from './invoice-chase';
import { ladderFor } from './settings';
import { byClient } from '../model/by-client';

/**
 * Reads what the chase needs from the database: the invoices still owed with their client, agreement, contact
 * log and payment plans. Range scans on [status+dueDate] only, so 50,000 paid invoices cost nothing.
 */

/** Days before the due date the earliest step of any ladder in use comes (the D-3 courtesy note). */
const leadDays = (settings: Settings): number => {
  const offsets = (Object.keys(CHASE_LADDERS) as Jurisdiction[]).flatMap((j) =>
    ladderFor(j, settings.chase).steps.filter((s) => s.enabled).map((s) => s.offsetDays),
  );
  return Math.max(0, -Math.min(0, ...offsets));
};

const recordsFor = async (invoices: Invoice[]): Promise<ChaseRecords[]> => {
  const clientIds = [...new Set(invoices.map((i) => i.clientId))];
  const agreementIds = [...new Set(invoices.map((i) => i.agreementId).filter((id): id is string => !!id))];
  const { clients, agreements, contacts, plans } = await chaseRecordRows(clientIds, agreementIds);
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const agreementById = new Map<string, Agreement>(agreements.map((a) => [a.id, a]));
  const contactsOf = byClient<Contact>(contacts);
  const plansOf = byClient<PaymentPlan>(plans);
  return invoices.map((invoice) => ({
    invoice,
    ...(clientById.has(invoice.clientId) ? { client: clientById.get(invoice.clientId) as Client } : {}),
    ...(invoice.agreementId && agreementById.has(invoice.agreementId) ? { agreement: agreementById.get(invoice.agreementId) } : {}),
    contacts: contactsOf.get(invoice.clientId) ?? [],
    plans: plansOf.get(invoice.clientId) ?? [],
  }));
};

/** Sent or disputed invoices with something left to pay, due by the time the earliest step comes. */
const openInvoices = async (until: CalendarDate): Promise<Invoice[]> => {
  const [sent, disputed] = await Promise.all((['sent', 'disputed'] as const).map((status) => invoicesOfStatusDueBy(status, until)));
  return [...sent, ...disputed].filter((invoice) => balanceOf(invoice) > 0);
};

/** Every invoice the chase is about today: overdue, disputed, or with a step due. */
export const loadChaseSummaries = async (today: CalendarDate, settings?: Settings): Promise<ChaseSummary[]> => {
  const s = settings ?? (await loadSettings());
  const invoices = await openInvoices(addDays(today, leadDays(s)));
  const summaries = (await recordsFor(invoices)).map((records) => summarizeChase(records, s, today));
  return summaries.filter((summary) => summary.daysLate > 0 || summary.due.length > 0);
};

/** One invoice's chase, whatever its status (a paid invoice keeps its history). */
export const loadChaseSummary = async (invoiceId: string, today: CalendarDate, settings?: Settings): Promise<ChaseSummary | null> => {
  const invoice = await invoiceById(invoiceId);
  if (!invoice) return null;
  const s = settings ?? (await loadSettings());
  const [records] = await recordsFor([invoice]);
  return summarizeChase(records, s, today);
};

/** The client's invoices still owed, for a payment plan covering several of them. */
export const openInvoicesOfClient = async (clientId: string): Promise<Invoice[]> =>
  (await invoicesOfClients([clientId]))
    .filter((invoice) => (invoice.status === 'sent' || invoice.status === 'disputed') && balanceOf(invoice) > 0)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
