import { businessFromForm, type BusinessForm } from '@/lib/billing/business-identity';
import { deleteAllData, importBackup, importBackupFile, type ImportMode } from '@/lib/db/backup';
import { TABLES, type TableName } from '@/lib/db/database';
import { loadSettings, saveSettings } from '@/lib/db/repositories';
import type { RowError } from '@/lib/db/validation-error';
import { sampleData } from '@/lib/demo/sample-data';
import type { Jurisdiction, LegalStatusId, Settings } from '@/lib/model';
import { MEASURES, timed } from '@/lib/timing';
import { reportChange } from '../../changes';
import { lawOfStatus } from './legal-status';

/**
 * Writes of Settings and the welcome page: each stores through lib/db (the settings row read afresh, so a
 * change made meanwhile elsewhere is kept), then tells the background.
 */

/** One change to the settings row; what was stored. */
export const changeSettings = async (patch: Partial<Settings>): Promise<Settings> => {
  const next = await saveSettings({ ...(await loadSettings()), ...patch });
  await reportChange('settings');
  return next;
};

/** The status chosen on the welcome page, with the law it works under by default. */
export const chooseLegalStatus = async (status: LegalStatusId | ''): Promise<void> => {
  const current = await loadSettings();
  const law = lawOfStatus(status);
  const { microEntrepreneur: _legacy, ...freelancer } = current.freelancer;
  await saveSettings({
    ...current,
    ...(law ? { homeJurisdiction: law } : {}),
    freelancer: status ? { ...freelancer, status } : freelancer,
  });
  await reportChange('settings');
};

/** Settings › Your business: stored when every field holds, else nothing is and the errors say why. */
export const saveBusiness = async (form: BusinessForm, law: Jurisdiction): Promise<ReturnType<typeof businessFromForm>> => {
  const current = await loadSettings();
  const outcome = businessFromForm(form, current.freelancer, current.defaultCurrency);
  if (!outcome.freelancer) return outcome;
  await saveSettings({ ...current, homeJurisdiction: law, freelancer: outcome.freelancer });
  await reportChange('settings');
  return outcome;
};

export type RestoreOutcome =
  | { kind: 'not-json' }
  | { kind: 'refused'; refusal: RowError }
  | { kind: 'failed'; error: unknown }
  | { kind: 'restored'; counts: Record<TableName, number> };

/** A backup file read back, then checked as it is written: all of it or nothing. */
export const restoreBackup = async (file: File, mode: ImportMode): Promise<RestoreOutcome> => {
  const outcome = await timed(MEASURES.backupImport, async (): Promise<RestoreOutcome> => {
    let json: unknown;
    try {
      json = await timed(MEASURES.backupParse, async () => JSON.parse(await file.text()) as unknown);
    } catch {
      return { kind: 'not-json' };
    }
    try {
      const checked = await timed(MEASURES.backupWrite, () => importBackupFile(json, mode));
      return checked.ok ? { kind: 'restored', counts: checked.counts } : { kind: 'refused', refusal: checked.error };
    } catch (e) {
      return { kind: 'failed', error: e };
    }
  });
  if (outcome.kind === 'restored') await reportChange(...TABLES);
  return outcome;
};

/** The sample clients, agreements and invoices, beside what is already there. */
export const loadSampleData = async (today: string): Promise<void> => {
  await importBackup(sampleData(today), 'merge');
  await reportChange('clients', 'agreements', 'invoices');
};

export const deleteEverything = async (): Promise<void> => {
  await deleteAllData();
  await reportChange(...TABLES);
};
