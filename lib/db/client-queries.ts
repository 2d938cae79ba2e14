import type { Agreement, Check, Client, Invoice, Lookup, SavedSnapshot } from '../model';
import { db, type StoredClient } from './database';
import { fromStoredClient } from './repositories';

/**
 * Reads about clients, for the client list, a client's page and the capture's "do we know them?".
 * Rows come back as stored (validated on write); clients without their derived index fields.
 */

/** Everything the client list shows and sorts by, read in one go (clients by name). */
export const clientListRows = async (): Promise<{ clients: Client[]; invoices: Invoice[]; checks: Check[]; lookups: Lookup[]; agreements: Agreement[] }> => {
  const d = db();
  const [clients, invoices, checks, lookups, agreements] = await Promise.all([
    d.clients.orderBy('displayName').toArray(),
    d.invoices.toArray(),
    d.checks.toArray(),
    d.lookups.toArray(),
    d.agreements.toArray(),
  ]);
  return { clients: clients.map(fromStoredClient), invoices, checks, lookups, agreements };
};

/** One client's invoices, earliest due date first. */
export const invoicesOfClient = (clientId: string): Promise<Invoice[]> => db().invoices.where('clientId').equals(clientId).sortBy('dueDate');

export const agreementsOfClient = (clientId: string): Promise<Agreement[]> => db().agreements.where('clientId').equals(clientId).toArray();

/** A client with everything their assessment rests on; `client` undefined when they are gone. */
export const clientVettingRows = async (
  clientId: string,
): Promise<{ client?: StoredClient; checks: Check[]; lookups: Lookup[]; snapshots: SavedSnapshot[]; agreements: Agreement[] }> => {
  const d = db();
  const [client, checks, lookups, snapshots, agreements] = await Promise.all([
    d.clients.get(clientId),
    d.checks.where('clientId').equals(clientId).toArray(),
    d.lookups.where('clientId').equals(clientId).toArray(),
    d.snapshots.where('clientId').equals(clientId).toArray(),
    d.agreements.where('clientId').equals(clientId).toArray(),
  ]);
  return { client, checks, lookups, snapshots, agreements };
};

/** The identifiers a capture can be recognised by, each through its own index. */
export type ClientKey =
  | { by: 'platform-id'; value: string }
  | { by: 'email' | 'phone'; values: readonly string[] }
  | { by: 'siren' | 'vat' | 'companyNumber'; value: string };

const INDEX: Record<'siren' | 'vat' | 'companyNumber', string> = {
  siren: 'identifiers.siren',
  vat: 'identifiers.vat',
  companyNumber: 'identifiers.companyNumber',
};

/** The first client holding this identifier, if any. */
export const clientByKey = async (key: ClientKey): Promise<Client | undefined> => {
  const clients = db().clients;
  let found: StoredClient | undefined;
  switch (key.by) {
    case 'platform-id':
      found = await clients.where('platformIds').equals(key.value).first();
      break;
    case 'email':
    case 'phone':
      found = key.values.length ? await clients.where(key.by === 'email' ? 'emails' : 'phones').anyOf([...key.values]).first() : undefined;
      break;
    default:
      found = await clients.where(INDEX[key.by]).equals(key.value).first();
  }
  return found ? fromStoredClient(found) : undefined;
};

/** Clients whose name is this one, case ignored. */
export const clientsNamed = async (name: string): Promise<Client[]> =>
  (await db().clients.where('displayName').equalsIgnoreCase(name).toArray()).map(fromStoredClient);

/** Every client and agreement, for the import preview's matching. */
export const allClientsAndAgreements = async (): Promise<{ clients: Client[]; agreements: Agreement[] }> => {
  const d = db();
  const [clients, agreements] = await Promise.all([d.clients.toArray(), d.agreements.toArray()]);
  return { clients: clients.map(fromStoredClient), agreements };
};
