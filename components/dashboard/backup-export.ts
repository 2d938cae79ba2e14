import { backupFileName, checkBackup, exportBackup } from '@/lib/db/backup';
import { noteBackupExported } from '@/lib/db/backup-status';
import type { RowError } from '@/lib/db/validation-error';
import { MEASURES, timed } from '@/lib/timing';
import { downloadText } from '../download';

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
    downloadText(backupFileName(read), JSON.stringify(read), 'application/json');
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
