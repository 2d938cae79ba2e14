import type { Agreement, Contact, Invoice } from '../model/billing';
import type { Client } from '../model/client';
import type { CalendarDate } from '../model/common';
import { SETTINGS_DEFAULTS } from '../model/settings-defaults';
import { addDays } from '../calendar';
import { clearedOn } from './client-stats';
import { byClient } from '../model/by-client';

/**
 * Staying in touch: some days after a delivery or after the last invoice was paid, ask the client
 * how it went and what comes next. Nothing new is stored for it: a contact logged with the client
 * on or after the delivery or payment is the check-in, so "done" is derived from the contact log.
 */
export interface CheckInDue {
  clientId: string;
  clientName: string;
  /** What the check-in follows: the last delivery, or the last invoice paid in full. */
  after: 'delivery' | 'payment';
  eventOn: CalendarDate;
  dueOn: CalendarDate;
}

/**
 * A check-in is a courtesy at the right moment: one missed for a month has lapsed, and a client
 * last paid years ago is the client list's business, not today's. (Without this, importing a
 * history of 200 past clients would ask to check in with all of them at once.)
 */
export const CHECK_IN_LAPSES_AFTER_DAYS = 30;

type ClientRef = Pick<Client, 'id' | 'displayName'>;

/** The client's latest delivery (accepted or not) and latest full payment, whichever came last. */
const lastEvent = (
  agreements: readonly Pick<Agreement, 'deliveries'>[],
  invoices: readonly Pick<Invoice, 'status' | 'amount' | 'payments'>[],
): { after: CheckInDue['after']; on: CalendarDate } | undefined => {
  let latest: { after: CheckInDue['after']; on: CalendarDate } | undefined;
  const consider = (after: CheckInDue['after'], on: CalendarDate | undefined) => {
    if (on && (!latest || on > latest.on)) latest = { after, on };
  };
  for (const agreement of agreements) for (const delivery of agreement.deliveries ?? []) consider('delivery', delivery.acceptedOn ?? delivery.on);
  for (const invoice of invoices) if (invoice.status === 'paid') consider('payment', clearedOn(invoice));
  return latest;
};

type Due = Omit<CheckInDue, 'clientName'>;

/**
 * Check-ins due today, by client id: the waiting time passed, not lapsed, and no contact since the
 * event. Names come after, so only the clients listed need reading.
 */
export const checkInsDueById = (
  data: {
    agreements: readonly Pick<Agreement, 'clientId' | 'deliveries'>[];
    invoices: readonly Pick<Invoice, 'clientId' | 'status' | 'amount' | 'payments'>[];
    contacts: readonly Pick<Contact, 'clientId' | 'on'>[];
  },
  today: CalendarDate,
  days: number = SETTINGS_DEFAULTS.checkInDays,
): Due[] => {
  const agreements = byClient(data.agreements);
  const invoices = byClient(data.invoices);
  const lastContact = new Map<string, CalendarDate>();
  for (const contact of data.contacts) {
    const known = lastContact.get(contact.clientId);
    if (!known || contact.on > known) lastContact.set(contact.clientId, contact.on);
  }
  const due: Due[] = [];
  for (const clientId of new Set([...agreements.keys(), ...invoices.keys()])) {
    const event = lastEvent(agreements.get(clientId) ?? [], invoices.get(clientId) ?? []);
    if (!event) continue;
    const dueOn = addDays(event.on, days);
    if (dueOn > today || addDays(dueOn, CHECK_IN_LAPSES_AFTER_DAYS) < today) continue;
    const contacted = lastContact.get(clientId);
    if (contacted && contacted >= event.on) continue;
    due.push({ clientId, after: event.after, eventOn: event.on, dueOn });
  }
  return due;
};

/** The check-ins with their client's name, soonest due first; a client no longer stored is left out. */
export const withClientNames = (due: readonly Due[], names: ReadonlyMap<string, string>): CheckInDue[] =>
  due
    .filter((d) => names.has(d.clientId))
    .map((d) => ({ clientId: d.clientId, clientName: names.get(d.clientId) as string, after: d.after, eventOn: d.eventOn, dueOn: d.dueOn }))
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.clientName.localeCompare(b.clientName)));

/** Clients to check in with today: the waiting time passed, not lapsed, and no contact since the event. */
export const checkInsDue = (
  data: {
    clients: readonly ClientRef[];
    agreements: readonly Pick<Agreement, 'clientId' | 'deliveries'>[];
    invoices: readonly Pick<Invoice, 'clientId' | 'status' | 'amount' | 'payments'>[];
    contacts: readonly Pick<Contact, 'clientId' | 'on'>[];
  },
  today: CalendarDate,
  days: number = SETTINGS_DEFAULTS.checkInDays,
): CheckInDue[] => withClientNames(checkInsDueById(data, today, days), new Map(data.clients.map((c) => [c.id, c.displayName])));
