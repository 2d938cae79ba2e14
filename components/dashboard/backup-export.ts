import { backupFileName, checkBackup, exportBackup } from '@/lib/db/backup';
import { noteBackupExported } from '@/lib/db/backup-status';
import type { RowError } from '@/lib/db/validation-error';
import { MEASURES, timed } from '@/lib/timing';

/** A file download, as any page offers one: no permission needed. */
export const download = (name: string, text: string, type = 'application/json'): void => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export interface ExportedBackup {
  fileName: string;
  /**
   * The file checked as an import would check it, after the download has started: a row stored by
   * an older version that the import would now refuse is named here, to be corrected while the data
   * is still at hand rather than found on the day the file is needed.
   */
  verified: Promise<RowError | undefined>;
}

/** Exports every table to a downloaded file and notes when (the dashboard's backup reminder). */
export const exportBackupFile = async (): Promise<ExportedBackup> => {
  const backup = await timed(MEASURES.backupExport, async () => {
    const read = await timed(MEASURES.backupRead, () => exportBackup());
    // Compact: half the size of an indented file, and faster to write and read back.
    download(backupFileName(read), JSON.stringify(read));
    return read;
  });
  await noteBackupExported(new Date(backup.exportedAt));
  const verified = new Promise<RowError | undefined>((resolve) => {
    setTimeout(() => {
      const checked = checkBackup(backup);
      resolve(checked.ok ? undefined : checked.error);
    }, 0);
  });
  return { fileName: backupFileName(backup), verified };
};
