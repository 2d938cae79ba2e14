import Dexie, { type Table } from 'dexie';
import type {
  Agreement,
  Check,
  Client,
  Contact,
  Lookup,
  PaymentPlan,
  SavedSnapshot,
  Settings,
} from '../model';

import type { StoredInvoice } from './invoice-index';
import { clearDatabaseProblem, reportDatabaseProblem } from './health';
import { toVersion2 } from './migrations';

export const DATABASE_NAME = 'clientcheck';

/**
 * The one Dexie schema. Versions are only ever appended: each new version states the full store
 * list and, when data must change shape, an upgrade function in ./migrations.ts tested on a saved
 * database of the version before.
 *
 * Indexes serve the queries the features make:
 * - clients by email / phone / platform id / company ids, to recognise a known client on sight;
 * - invoices by [status+dueDate], so "sent and due before today" is one range scan for the badge;
 * - invoices by the derived `paidOn` (version 2), so the check-ins read only recent payments.
 * Every index costs a write per row (IndexedDB writes dominate a backup import), so there is
 * none that no query uses: lists sort in memory.
 */
export const SCHEMA_V1 = {
  clients: 'id, displayName, *emails, *phones, *platformIds, identifiers.siren, identifiers.vat, identifiers.companyNumber',
  snapshots: 'id, clientId',
  checks: 'id, [clientId+item]',
  lookups: 'id, clientId',
  agreements: 'id, clientId',
  invoices: 'id, clientId, [status+dueDate]',
  paymentPlans: 'id, clientId, *invoiceIds',
  contacts: 'id, clientId, invoiceId',
  settings: 'id',
} as const;

/** Version 2: paid invoices are indexed by the day they were paid in full (lib/db/invoice-index.ts). */
export const SCHEMA_V2 = { ...SCHEMA_V1, invoices: 'id, clientId, [status+dueDate], paidOn' } as const;

/** Stored client row: the entity plus a derived multi-entry index of `platform:externalId`. */
export type StoredClient = Client & { platformIds?: string[] };

export const TABLES = [
  'clients',
  'snapshots',
  'checks',
  'lookups',
  'agreements',
  'invoices',
  'paymentPlans',
  'contacts',
  'settings',
] as const;
export type TableName = (typeof TABLES)[number];

export class ClientCheckDatabase extends Dexie {
  clients!: Table<StoredClient, string>;
  snapshots!: Table<SavedSnapshot, string>;
  checks!: Table<Check, string>;
  lookups!: Table<Lookup, string>;
  agreements!: Table<Agreement, string>;
  invoices!: Table<StoredInvoice, string>;
  paymentPlans!: Table<PaymentPlan, string>;
  contacts!: Table<Contact, string>;
  settings!: Table<Settings, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(toVersion2);
  }
}

export const SCHEMA_VERSION = 2;

let instance: ClientCheckDatabase | undefined;

/**
 * Tells the pages (./health.ts) when the database cannot be used: its upgrade is blocked by an older
 * page holding it open, or it was deleted from outside. Open failures reach them through the queries.
 */
export const watchDatabaseHealth = (database: ClientCheckDatabase): ClientCheckDatabase => {
  database.on('blocked', (event) =>
    reportDatabaseProblem({ kind: 'blocked', detail: `an older connection (version ${event.oldVersion / 10}) holds it open` }),
  );
  database.on('versionchange', (event) => {
    if (event.newVersion === null) reportDatabaseProblem({ kind: 'deleted', detail: 'the database was deleted' });
  });
  // Sticky: every (re)opening that completes ends a wait.
  database.on('ready', () => clearDatabaseProblem('blocked'), true);
  return database;
};

/** The database of the extension's own origin. Content scripts must never call this. */
export const db = (): ClientCheckDatabase => (instance ??= watchDatabaseHealth(new ClientCheckDatabase()));

/** Tests open a fresh database per test. */
export const useDatabaseForTests = (database: ClientCheckDatabase): void => {
  instance = database;
};
