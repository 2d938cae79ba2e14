import { browser } from 'wxt/browser';

/**
 * When the last backup was exported, and since when there are changes in no backup: kept in
 * `storage.local`, beside the database rather than in it, so that restoring a backup never rewrites
 * when backups were made. The dashboard reads it to offer a backup (components/dashboard/BackupReminder.tsx).
 */
export const BACKUP_STATUS_KEY = 'backupStatus';

export interface BackupStatus {
  /** When the last backup file was written (an ISO instant). */
  lastExportedAt?: string;
  /** The first change after it: the oldest change in no backup. */
  changedSince?: string;
  /** "Remind me tomorrow": no offer before then. */
  remindAfter?: string;
}

const instantOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;

/** The status as stored, each field checked by hand (the popup and dashboard read it without zod). */
export const readBackupStatus = async (): Promise<BackupStatus> => {
  const stored = (await browser.storage.local.get(BACKUP_STATUS_KEY))[BACKUP_STATUS_KEY] as Record<string, unknown> | undefined;
  const status: BackupStatus = {};
  for (const key of ['lastExportedAt', 'changedSince', 'remindAfter'] as const) {
    const value = instantOrUndefined(stored?.[key]);
    if (value) status[key] = value;
  }
  return status;
};

const write = (status: BackupStatus): Promise<void> => browser.storage.local.set({ [BACKUP_STATUS_KEY]: status });

/** A backup file was written: every change so far is in it. */
export const noteBackupExported = async (at: Date = new Date()): Promise<void> => {
  await write({ lastExportedAt: at.toISOString() });
};

/** Data changed: the first change after the last backup starts the count of days. */
export const noteDataChanged = async (at: Date = new Date()): Promise<void> => {
  const status = await readBackupStatus();
  if (status.changedSince) return;
  await write({ ...status, changedSince: at.toISOString() });
};

export const postponeBackupReminder = async (until: Date): Promise<void> => {
  await write({ ...(await readBackupStatus()), remindAfter: until.toISOString() });
};

const DAY_MS = 86_400_000;

export interface BackupReminder {
  /** Whether to offer a backup now. */
  due: boolean;
  /** Whole days the oldest change in no backup has waited. */
  unsavedDays?: number;
}

/**
 * Offer a backup once changes have waited `afterDays` days for one (0: never offer), unless the
 * user asked to be reminded later.
 */
export const backupReminder = (status: BackupStatus, now: Date, afterDays: number): BackupReminder => {
  if (!status.changedSince) return { due: false };
  const unsavedDays = Math.max(0, Math.floor((now.getTime() - Date.parse(status.changedSince)) / DAY_MS));
  const postponed = status.remindAfter !== undefined && Date.parse(status.remindAfter) > now.getTime();
  return { due: afterDays > 0 && unsavedDays >= afterDays && !postponed, unsavedDays };
};
