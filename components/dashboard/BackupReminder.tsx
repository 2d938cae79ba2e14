import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backupReminder, postponeBackupReminder, readBackupStatus, type BackupStatus } from '@/lib/db/backup-status';
import { loadSettings } from '@/lib/db/repositories';
import { SETTINGS_DEFAULTS } from '@/lib/model/settings-defaults';
import { Actions, Alert, Status } from '../form';
import { useQueryResult } from '../hooks';
import { dateTime, t, tn } from '../text';
import { exportBackupFile } from './backup-export';

/** The backup status as stored, kept current while the page is open (an export in another tab). */
const useBackupStatus = (): BackupStatus | undefined => {
  const [status, setStatus] = useState<BackupStatus>();
  useEffect(() => {
    const read = () => void readBackupStatus().then(setStatus, () => setStatus({}));
    read();
    browser.storage.onChanged.addListener(read);
    return () => browser.storage.onChanged.removeListener(read);
  }, []);
  return status;
};

/** The rail's line: when the last backup was exported, or that none was. */
export const LastBackupLine = () => {
  const status = useBackupStatus();
  if (!status) return null;
  return (
    <p class="last-backup" data-testid="rail-last-backup">
      {status.lastExportedAt ? t('data_rail_last_backup', dateTime(status.lastExportedAt)) : t('data_rail_never')}
    </p>
  );
};

const DAY_MS = 86_400_000;

/**
 * Offers a backup once changes have waited the days set in Settings › Backup for one: the same
 * download as there, no permission asked. "Remind me tomorrow" puts it off for a day.
 */
export const BackupReminder = ({ now = () => new Date() }: { now?: () => Date }) => {
  const status = useBackupStatus();
  const days = useQueryResult(() => loadSettings().then((s) => s.backupReminderDays), []).value ?? SETTINGS_DEFAULTS.backupReminderDays;
  const [done, setDone] = useState<string>();
  const [failed, setFailed] = useState<string>();
  if (done) {
    return <Status text={done} testId="backup-reminder-done" />;
  }
  if (!status) return null;
  const reminder = backupReminder(status, now(), days);
  if (!reminder.due) return null;
  const exportNow = async () => {
    try {
      const { fileName } = await exportBackupFile();
      setDone(t('data_reminder_done', fileName));
    } catch (e) {
      setFailed(t('data_backup_export_failed', e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <aside class="card backup-reminder" aria-labelledby="backup-reminder-heading" data-testid="backup-reminder">
      <h2 id="backup-reminder-heading">{t('data_reminder_heading')}</h2>
      <p>{tn('data_reminder_text', reminder.unsavedDays ?? days)}</p>
      <Actions>
        <button type="button" class="primary" onClick={exportNow}>
          {t('data_reminder_export')}
        </button>
        <button type="button" onClick={() => void postponeBackupReminder(new Date(now().getTime() + DAY_MS))}>
          {t('data_reminder_later')}
        </button>
      </Actions>
      <Alert text={failed} />
    </aside>
  );
};
