import {
  agreement,
  check,
  client,
  contact,
  defaultSettings,
  invoice,
  lookup,
  paymentPlan,
  savedSnapshot,
  settings as settingsSchema,
  type Client,
  type Invoice,
  type Settings,
} from '../model';
import { db, type StoredClient, type TableName } from './database';
import { toStoredInvoice } from './invoice-index';

export { clientNames } from './queries';
import { platformIdsOf } from './platform-ids';
import { Repository } from './repository';

export const agreements = new Repository(() => db().agreements, agreement, 'agreements');
export const snapshots = new Repository(() => db().snapshots, savedSnapshot, 'snapshots');
export const checks = new Repository(() => db().checks, check, 'checks');
export const lookups = new Repository(() => db().lookups, lookup, 'lookups');
export const paymentPlans = new Repository(() => db().paymentPlans, paymentPlan, 'paymentPlans');
export const contacts = new Repository(() => db().contacts, contact, 'contacts');

/** Stored invoices carry a derived `paidOn` index (lib/db/invoice-index.ts); it never leaves the database. */
class InvoiceRepository extends Repository<Invoice> {
  constructor() {
    super(() => db().invoices, invoice, 'invoices');
  }

  override async put(row: Invoice): Promise<Invoice> {
    const valid = this.parse(row);
    await db().invoices.put(toStoredInvoice(valid));
    return valid;
  }

  /**
   * Deleting an invoice leaves nothing naming it: the contacts logged about it stay, as the
   * client's; a payment plan drops it, and goes when it covered nothing else.
   */
  override async delete(id: string): Promise<void> {
    const d = db();
    await d.transaction('rw', [d.invoices, d.contacts, d.paymentPlans], async () => {
      await d.contacts
        .where('invoiceId')
        .equals(id)
        .modify((contact) => {
          delete contact.invoiceId;
        });
      const plans = await d.paymentPlans.where('invoiceIds').equals(id).toArray();
      for (const plan of plans) {
        const invoiceIds = plan.invoiceIds.filter((other) => other !== id);
        if (invoiceIds.length > 0) await d.paymentPlans.put({ ...plan, invoiceIds });
        else await d.paymentPlans.delete(plan.id);
      }
      await d.invoices.delete(id);
    });
  }

  override async putAll(rows: readonly Invoice[]): Promise<Invoice[]> {
    const valid = rows.map((row, i) => this.parse(row, i));
    await db().invoices.bulkPut(valid.map(toStoredInvoice));
    return valid;
  }
}

export const invoices = new InvoiceRepository();

/** Stored clients carry a derived `platformIds` index; it never leaves the database. */
export const toStoredClient = (row: Client): StoredClient => ({ ...row, platformIds: platformIdsOf(row) });
export const fromStoredClient = ({ platformIds: _derived, ...row }: StoredClient): Client => row;

class ClientRepository extends Repository<Client> {
  constructor() {
    super(() => db().clients, client, 'clients');
  }

  override async get(id: string): Promise<Client | undefined> {
    const row = await db().clients.get(id);
    return row === undefined ? undefined : this.parse(fromStoredClient(row));
  }

  override async put(row: Client): Promise<Client> {
    const valid = this.parse(row);
    await db().clients.put(toStoredClient(valid));
    return valid;
  }

  override async putAll(rows: readonly Client[]): Promise<Client[]> {
    const valid = rows.map((row, i) => this.parse(row, i));
    await db().clients.bulkPut(valid.map(toStoredClient));
    return valid;
  }

  override async all(): Promise<Client[]> {
    return (await db().clients.orderBy('displayName').toArray()).map(fromStoredClient);
  }

  /** Deleting a client deletes everything recorded about them. */
  override async delete(id: string): Promise<void> {
    const d = db();
    await d.transaction('rw', [d.clients, d.snapshots, d.checks, d.lookups, d.agreements, d.invoices, d.paymentPlans, d.contacts], async () => {
      await Promise.all([
        d.snapshots.where('clientId').equals(id).delete(),
        d.checks.where('clientId').equals(id).delete(),
        d.lookups.where('clientId').equals(id).delete(),
        d.agreements.where('clientId').equals(id).delete(),
        d.invoices.where('clientId').equals(id).delete(),
        d.paymentPlans.where('clientId').equals(id).delete(),
        d.contacts.where('clientId').equals(id).delete(),
      ]);
      await d.clients.delete(id);
    });
  }
}

export const clients = new ClientRepository();

/** Settings are validated on read: a missing or older row gets defaults, never a crash. */
export const loadSettings = async (): Promise<Settings> => {
  const row = await db().settings.get('settings');
  const parsed = settingsSchema.safeParse(row ?? {});
  return parsed.success ? parsed.data : defaultSettings();
};

export const saveSettings = async (next: Settings): Promise<Settings> => {
  const valid = settingsSchema.parse(next);
  await db().settings.put(valid);
  return valid;
};

/** Several repository writes as one: every table named is written, or none is. */
export const allOrNothing = <R>(tables: readonly TableName[], work: () => Promise<R>): Promise<R> => {
  const d = db();
  return d.transaction('rw', tables.map((name) => d.table(name)), work);
};
