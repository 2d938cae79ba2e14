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

export const exportBackup = async (now: Date = new Date()): Promise<Backup> => {
  const d = db();
  const backup: Backup = { format: BACKUP_FORMAT, version: SCHEMA_VERSION, exportedAt: now.toISOString() };
  await d.transaction('r', TABLES.map((t) => d.table(t)), async () => {
    for (const t of TABLES) {
      const rows = await d.table(t).toArray();
      (backup as Record<string, unknown>)[t] = t === 'clients' ? rows.map(fromStoredClient) : t === 'invoices' ? rows.map(fromStoredInvoice) : rows;
    }
  });
  return backup;
};

export const backupFileName = (backup: Backup): string =>
  `clientcheck-backup-${backup.exportedAt.slice(0, 10)}.json`;

/**
 * Validates the whole file before anything is written. The first bad row is named by table,
 * row number and field, so the user can find it in the file.
 */
export const checkBackup = (input: unknown): BackupCheck => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: { table: '(file)', row: 0, field: '(file)', message: 'not a ClientCheck backup' } };
  }
  const file = input as Record<string, unknown>;
  const header = z
    .object({ format: z.literal(BACKUP_FORMAT), version: z.number().int().min(1).max(SCHEMA_VERSION), exportedAt: instant })
    .safeParse(file);
  if (!header.success) {
    const issue = header.error.issues[0];
    return {
      ok: false,
      error: { table: '(file)', row: 0, field: issue?.path.map(String).join('.') || '(file)', message: issue?.message ?? 'invalid' },
    };
  }
  const backup: Backup = { format: BACKUP_FORMAT, version: header.data.version, exportedAt: header.data.exportedAt };
  const counts = {} as Record<TableName, number>;
  for (const t of TABLES) {
    const rows = file[t];
    if (rows === undefined) {
      counts[t] = 0;
      continue;
    }
    if (!Array.isArray(rows)) {
      return { ok: false, error: { table: t, row: 0, field: '(table)', message: 'expected a list of rows' } };
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
    }
    (backup as Record<string, unknown>)[t] = parsed;
    counts[t] = parsed.length;
  }
  return { ok: true, backup, counts };
};

export type ImportMode = 'replace' | 'merge';

/**
 * Writes a checked backup in one transaction: all of it or nothing.
 * `replace` empties every table first; `merge` keeps existing rows and lets the file's row win
 * when the same id is in both (ids are UUIDs, so two browsers' data merge without collisions).
 */
export const importBackup = async (backup: Backup, mode: ImportMode): Promise<void> => {
  const d = db();
  await d.transaction('rw', TABLES.map((t) => d.table(t)), async () => {
    for (const t of TABLES) {
      const table = d.table(t);
      if (mode === 'replace') await table.clear();
      const rows = backup[t] ?? [];
      if (rows.length === 0) continue;
      await table.bulkPut(
        t === 'clients'
          ? (rows as z.infer<typeof client>[]).map(toStoredClient)
          : t === 'invoices'
            ? (rows as z.infer<typeof invoice>[]).map(toStoredInvoice)
            : rows,
      );
    }
  });
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
