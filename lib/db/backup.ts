import { z } from 'zod';
import {
  agreement,
  check,
  client,
  contact,
  instant,
  invoice,
  lookup,
  paymentPlan,
  savedSnapshot,
  settings,
} from '../model';
import { MEASURES } from '../timing';
import { db, SCHEMA_VERSION, TABLES, type TableName } from './database';
import { fromStoredClient, toStoredClient } from './repositories';
import { firstRowError, type RowError } from './validation-error';
import { fromStoredInvoice, toStoredInvoice } from './invoice-index';

export const BACKUP_FORMAT = 'clientcheck-backup';

/** The schema of every table's rows, in the order they are written and documented. */
export const TABLE_SCHEMAS = {
  clients: client,
  snapshots: savedSnapshot,
  checks: check,
  lookups: lookup,
  agreements: agreement,
  invoices: invoice,
  paymentPlans: paymentPlan,
  contacts: contact,
  settings: settings,
} satisfies Record<TableName, z.ZodType>;

/** The backup file. A table missing from the file counts as empty, so older backups still import. */
export const backupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1).max(SCHEMA_VERSION),
  exportedAt: instant,
  ...Object.fromEntries(TABLES.map((t) => [t, z.array(TABLE_SCHEMAS[t]).optional()])),
}) as unknown as z.ZodType<Backup>;

export type Backup = {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
} & { [T in TableName]?: z.infer<(typeof TABLE_SCHEMAS)[T]>[] };

export type BackupCheck =
  | { ok: true; backup: Backup; counts: Record<TableName, number> }
  | { ok: false; error: RowError };

/**
 * The ids already stored that rows of a file may point at: in Merge, a file's invoice may belong to a
 * client it does not carry itself.
 */
export interface StoredIds {
  clients: ReadonlySet<string>;
  invoices: ReadonlySet<string>;
}

/** The client and invoice ids stored, read in the transaction `d` is in. */
const storedIdsNow = async (d: ReturnType<typeof db>): Promise<StoredIds> => ({
  clients: new Set(await d.clients.toCollection().primaryKeys()),
  invoices: new Set(await d.invoices.toCollection().primaryKeys()),
});

export const exportBackup = async (now: Date = new Date()): Promise<Backup> => {
  const d = db();
  const backup: Backup = { format: BACKUP_FORMAT, version: SCHEMA_VERSION, exportedAt: now.toISOString() };
  await d.transaction('r', TABLES.map((t) => d.table(t)), async () => {
    // Every table asked for at once: the browser reads the next while this page takes in the last.
    const tables = await Promise.all(TABLES.map((t) => d.table(t).toArray()));
    TABLES.forEach((t, i) => {
      const rows = tables[i]!;
      (backup as Record<string, unknown>)[t] = t === 'clients' ? rows.map(fromStoredClient) : t === 'invoices' ? rows.map(fromStoredInvoice) : rows;
    });
  });
  return withoutDeletedInvoices(backup);
};

/**
 * Before invoices were deleted with their traces (lib/db/repositories.ts), a contact or a payment
 * plan could still name a deleted invoice. Such a name is left out of the file, so that every file
 * written imports again; a plan left with none of its invoices goes with them.
 */
const withoutDeletedInvoices = (backup: Backup): Backup => {
  const invoiceIds = new Set((backup.invoices ?? []).map((i) => i.id));
  const contacts = backup.contacts?.map((c) => {
    if (c.invoiceId === undefined || invoiceIds.has(c.invoiceId)) return c;
    const { invoiceId: _deleted, ...rest } = c;
    return rest;
  });
  const paymentPlans = backup.paymentPlans?.flatMap((plan) => {
    const kept = plan.invoiceIds.filter((id) => invoiceIds.has(id));
    if (kept.length === plan.invoiceIds.length) return [plan];
    return kept.length > 0 ? [{ ...plan, invoiceIds: kept }] : [];
  });
  return { ...backup, ...(contacts ? { contacts } : {}), ...(paymentPlans ? { paymentPlans } : {}) };
};

export const backupFileName = (backup: Backup): string =>
  `clientcheck-backup-${backup.exportedAt.slice(0, 10)}.json`;

/** What is wrong with the file's header, in words a person can act on. */
const headerError = (file: Record<string, unknown>): RowError | undefined => {
  if (file.format !== BACKUP_FORMAT) return { message: 'not a ClientCheck backup' };
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { field: 'version', message: 'no format version ClientCheck knows' };
  }
  if (version > SCHEMA_VERSION) {
    return { field: 'version', message: `written by a newer ClientCheck (format version ${version}): update ClientCheck, then import it` };
  }
  if (!instant.safeParse(file.exportedAt).success) return { field: 'exportedAt', message: 'the export time is not a date and time' };
  return undefined;
};

/** Each table's references, and the table they point at. */
const REFERENCES: readonly { table: TableName; field: string; to: keyof StoredIds; ids: (row: never) => readonly (string | undefined)[] }[] = [
  { table: 'snapshots', field: 'clientId', to: 'clients', ids: (r: { clientId: string }) => [r.clientId] },
  { table: 'checks', field: 'clientId', to: 'clients', ids: (r: { clientId: string }) => [r.clientId] },
  { table: 'lookups', field: 'clientId', to: 'clients', ids: (r: { clientId: string }) => [r.clientId] },
  { table: 'agreements', field: 'clientId', to: 'clients', ids: (r: { clientId: string }) => [r.clientId] },
  { table: 'invoices', field: 'clientId', to: 'clients', ids: (r: { clientId: string }) => [r.clientId] },
  { table: 'paymentPlans', field: 'clientId', to: 'clients', ids: (r: { clientId: string }) => [r.clientId] },
  { table: 'paymentPlans', field: 'invoiceIds', to: 'invoices', ids: (r: { invoiceIds: string[] }) => r.invoiceIds },
  { table: 'contacts', field: 'clientId', to: 'clients', ids: (r: { clientId: string }) => [r.clientId] },
  { table: 'contacts', field: 'invoiceId', to: 'invoices', ids: (r: { invoiceId?: string }) => [r.invoiceId] },
];

const ENTITY: Record<keyof StoredIds, string> = { clients: 'a client', invoices: 'an invoice' };

/**
 * The first row that points at a client or an invoice found neither in the file nor, in Merge,
 * among the rows already stored. Nothing half-linked is ever written: views would show an invoice
 * without its client, or a plan for nothing.
 */
export const referenceError = (backup: Backup, stored?: StoredIds): RowError | undefined => {
  const inFile: Record<keyof StoredIds, Set<string>> = {
    clients: new Set((backup.clients ?? []).map((r) => r.id)),
    invoices: new Set((backup.invoices ?? []).map((r) => r.id)),
  };
  for (const ref of REFERENCES) {
    const rows = (backup[ref.table] ?? []) as never[];
    for (let row = 0; row < rows.length; row++) {
      const ids = ref.ids(rows[row]!);
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (id === undefined || inFile[ref.to].has(id) || stored?.[ref.to].has(id)) continue;
        return {
          table: ref.table,
          row,
          field: ids.length > 1 || ref.field === 'invoiceIds' ? `${ref.field}.${i}` : ref.field,
          message: `points at ${ENTITY[ref.to]} (${id}) that is not in the file${stored ? ' nor stored here' : ''}`,
        };
      }
    }
  }
  return undefined;
};

/** One table's rows, checked, in the order of the file. */
interface CheckedSlice {
  table: TableName;
  rows: unknown[];
}

/**
 * The check, front to back: the header, every row, then the references between rows. Checked rows
 * come out in slices of `sliceSize` as they pass, so an import can hand one to the database while
 * the next is checked; the verdict comes last. Without a `sliceSize`, nothing comes out before it.
 */
function* checkInSlices(input: unknown, stored: StoredIds | undefined, sliceSize?: number): Generator<CheckedSlice, BackupCheck> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: { message: 'not a ClientCheck backup' } };
  }
  const file = input as Record<string, unknown>;
  const header = headerError(file);
  if (header) return { ok: false, error: header };
  const backup: Backup = { format: BACKUP_FORMAT, version: file.version as number, exportedAt: file.exportedAt as string };
  const counts = {} as Record<TableName, number>;
  for (const t of TABLES) {
    const rows = file[t];
    if (rows === undefined) {
      counts[t] = 0;
      continue;
    }
    if (!Array.isArray(rows)) {
      return { ok: false, error: { table: t, message: 'expected a list of rows' } };
    }
    const schema: z.ZodType = TABLE_SCHEMAS[t];
    const parsed: unknown[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < rows.length; i++) {
      const result = schema.safeParse(rows[i]);
      if (!result.success) return { ok: false, error: firstRowError(t, i, result.error) };
      const rowId = (result.data as { id: string }).id;
      if (seen.has(rowId)) return { ok: false, error: { table: t, row: i, field: 'id', message: 'the same id appears twice' } };
      seen.add(rowId);
      parsed.push(result.data);
      if (sliceSize && parsed.length % sliceSize === 0) yield { table: t, rows: parsed.slice(-sliceSize) };
    }
    const left = sliceSize ? parsed.length % sliceSize : 0;
    if (left > 0) yield { table: t, rows: parsed.slice(-left) };
    (backup as Record<string, unknown>)[t] = parsed;
    counts[t] = parsed.length;
  }
  const reference = referenceError(backup, stored);
  if (reference) return { ok: false, error: reference };
  return { ok: true, backup, counts };
}

/**
 * Validates the whole file before anything is written: the header, every row, then the
 * references between rows. The first problem is named by table, row number and field, so the
 * user can find it in the file; a problem with the whole file names the file. `stored` (Merge)
 * lets rows point at clients and invoices already stored.
 */
export const checkBackup = (input: unknown, stored?: StoredIds): BackupCheck => {
  const check = checkInSlices(input, stored);
  for (;;) {
    const step = check.next();
    if (step.done) return step.value;
  }
};

/** The rows as stored: derived index fields added to clients and invoices. */
const storedRows = (table: TableName, rows: readonly unknown[]): readonly unknown[] =>
  table === 'clients'
    ? (rows as z.infer<typeof client>[]).map(toStoredClient)
    : table === 'invoices'
      ? (rows as z.infer<typeof invoice>[]).map(toStoredInvoice)
      : rows;

/** A file refused while it was being written (Merge: a client it relies on was deleted meanwhile). Nothing was written. */
export class BackupRefused extends Error {
  constructor(readonly refusal: RowError) {
    super(refusal.message);
    this.name = 'BackupRefused';
  }
}

export type ImportMode = 'replace' | 'merge';

/**
 * Writes a checked backup in one transaction: all of it or nothing.
 * `replace` empties every table first; `merge` keeps existing rows and lets the file's row win
 * when the same id is in both (ids are UUIDs, so two browsers' data merge without collisions).
 * References are checked again inside the transaction, against the rows stored at that moment:
 * a row pointing at nothing throws `BackupRefused` and nothing is written.
 */
export const importBackup = async (backup: Backup, mode: ImportMode): Promise<void> => {
  const d = db();
  await d.transaction('rw', TABLES.map((t) => d.table(t)), async () => {
    const stored = mode === 'merge' ? await storedIdsNow(d) : undefined;
    const refusal = referenceError(backup, stored);
    if (refusal) throw new BackupRefused(refusal);
    for (const t of TABLES) {
      const table = d.table(t);
      if (mode === 'replace') await table.clear();
      const rows = backup[t] ?? [];
      if (rows.length === 0) continue;
      await table.bulkPut(storedRows(t, rows));
    }
  });
};

/** Rows handed to the database at a time while the file is checked and written. */
const IMPORT_SLICE = 2_000;

/**
 * A backup file checked and written in one transaction, all of it or nothing: each slice of checked
 * rows goes to the database while the next is checked, so the check (zod, on this page's thread)
 * runs while the browser writes (on its own). The first problem found, the same one `checkBackup`
 * would name, aborts the transaction: nothing is written, and what was stored before is kept.
 * In Merge, rows may point at the clients and invoices stored when the transaction starts.
 */
export const importBackupFile = async (
  input: unknown,
  mode: ImportMode,
  sliceSize = IMPORT_SLICE,
): Promise<BackupCheck> => {
  const d = db();
  const writes: Promise<unknown>[] = [];
  const write = (p: Promise<unknown>) => {
    // Handled here as well: when the file is refused, the writes already queued fail with the abort.
    p.catch(() => undefined);
    writes.push(p);
  };
  try {
    return await d.transaction('rw', TABLES.map((t) => d.table(t)), async () => {
      const stored = mode === 'merge' ? await storedIdsNow(d) : undefined;
      if (mode === 'replace') for (const t of TABLES) write(d.table(t).clear());
      const check = checkInSlices(input, stored, sliceSize);
      const began = performance.now();
      let checking = 0;
      for (;;) {
        const started = performance.now();
        const step = check.next();
        checking += performance.now() - started;
        if (step.done) {
          // The check's own time, summed over its slices (DevTools and the bench read it).
          performance.measure(MEASURES.backupValidate, { start: began, duration: checking });
          if (!step.value.ok) throw new BackupRefused(step.value.error);
          await Promise.all(writes);
          return step.value;
        }
        write(d.table(step.value.table).bulkPut(storedRows(step.value.table, step.value.rows)));
      }
    });
  } catch (e) {
    if (e instanceof BackupRefused) return { ok: false, error: e.refusal };
    throw e;
  }
};

/** Delete all data: every table emptied in one transaction. */
export const deleteAllData = async (): Promise<void> => {
  const d = db();
  await d.transaction('rw', TABLES.map((t) => d.table(t)), async () => {
    for (const t of TABLES) await d.table(t).clear();
  });
};

/** The JSON Schema of the backup file, generated from the zod schemas (docs/backup.schema.json). */
export const backupJsonSchema = (): unknown =>
  z.toJSONSchema(
    z.object({
      format: z.literal(BACKUP_FORMAT),
      version: z.number().int().min(1),
      exportedAt: instant,
      ...Object.fromEntries(TABLES.map((t) => [t, z.array(TABLE_SCHEMAS[t]).optional()])),
    }),
    { io: 'input', unrepresentable: 'any' },
  );
