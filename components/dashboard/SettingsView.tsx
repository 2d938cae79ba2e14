import { useState } from 'preact/hooks';
import { todayIn } from '@/lib/billing/calendar';
import {
  backupFileName,
  checkBackup,
  deleteAllData,
  exportBackup,
  importBackup,
  type ImportMode,
} from '@/lib/db/backup';
import { TABLES, type TableName } from '@/lib/db/database';
import { clients, loadSettings, saveSettings } from '@/lib/db/repositories';
import { sampleData } from '@/lib/demo/sample-data';
import { resolveLanguage, type Language, type MessageKey } from '@/lib/i18n/messages';
import { jurisdiction, searchEngine, type Jurisdiction, type SearchEngine, type Settings, type UiLanguage } from '@/lib/model';
import { reportChange } from '../changes';
import { Field, value } from '../form';
import { useLiveQuery } from '../hooks';
import { MEASURES, measureSync, timed } from '@/lib/timing';
import { t } from '../text';
import { ChaseSettings } from '../chase/ChaseSettings';
import { ProfileSettings } from '../profile/ProfileSettings';
import { RiskSettings } from '../vetting/RiskSettings';

const TABLE_LABEL: Record<TableName, MessageKey> = {
  clients: 'tableClients',
  snapshots: 'tableSnapshots',
  checks: 'tableChecks',
  lookups: 'tableLookups',
  agreements: 'tableAgreements',
  invoices: 'tableInvoices',
  paymentPlans: 'tablePaymentPlans',
  contacts: 'tableContacts',
  settings: 'tableSettings',
};

const SEARCH_ENGINE_NAMES: Record<SearchEngine, string> = {
  google: 'Google',
  duckduckgo: 'DuckDuckGo',
  bing: 'Bing',
  qwant: 'Qwant',
  ecosia: 'Ecosia',
  startpage: 'Startpage',
};

export const SettingsView = ({ onLanguage }: { onLanguage: (language: Language) => void }) => {
  const settings = useLiveQuery(() => loadSettings(), []);
  const clientCount = useLiveQuery(() => clients.count(), []);
  // Offered on an empty database; stays in view after loading so its confirmation can be read.
  const [offerSample, setOfferSample] = useState(false);
  if (clientCount === 0 && !offerSample) setOfferSample(true);
  if (!settings) return null;
  return (
    <>
      <h1 tabIndex={-1}>{t('settingsHeading')}</h1>
      <GeneralSettings settings={settings} onLanguage={onLanguage} />
      <ProfileSettings settings={settings} />
      <RiskSettings settings={settings} />
      <ChaseSettings settings={settings} />
      <BackupSettings />
      {offerSample && <SampleData />}
      <DeleteAll />
    </>
  );
};

const GeneralSettings = ({ settings, onLanguage }: { settings: Settings; onLanguage: (l: Language) => void }) => {
  const [status, setStatus] = useState('');
  const change = async (patch: Partial<Settings>) => {
    const next = await saveSettings({ ...settings, ...patch });
    await reportChange('settings');
    setStatus(t('settingsSaved'));
    if (patch.language) onLanguage(resolveLanguage(next.language));
  };
  return (
    <section class="card" aria-labelledby="settings-general">
      <h2 id="settings-general">{t('settingsGeneral')}</h2>
      <div class="form-grid">
        <Field label={t('settingsLanguage')}>
          {(p) => (
            <select {...p} value={settings.language} onChange={(e) => change({ language: value(e) as UiLanguage })}>
              <option value="auto">{t('settingsLanguageAuto')}</option>
              <option value="en">English</option>
              <option value="fr">Français</option>
            </select>
          )}
        </Field>
        <Field label={t('settingsJurisdiction')}>
          {(p) => (
            <select {...p} value={settings.homeJurisdiction} onChange={(e) => change({ homeJurisdiction: value(e) as Jurisdiction })}>
              {jurisdiction.options.map((j) => (
                <option key={j} value={j}>
                  {t(`jurisdiction${j}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('settingsDefaultCurrency')}>
          {(p) => (
            <select {...p} value={settings.defaultCurrency} onChange={(e) => change({ defaultCurrency: value(e) })}>
              {['EUR', 'GBP', 'USD', 'CHF', 'CAD'].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('settingsDefaultTermsDays')}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={0}
              max={365}
              value={settings.defaultTerms.days}
              onChange={(e) => {
                const days = Number(value(e));
                if (Number.isInteger(days) && days >= 0 && days <= 365) void change({ defaultTerms: { ...settings.defaultTerms, days } });
              }}
            />
          )}
        </Field>
        <Field label={t('settingsDueSoonDays')}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={1}
              max={90}
              value={settings.dueSoonDays}
              onChange={(e) => {
                const days = Number(value(e));
                if (Number.isInteger(days) && days >= 1 && days <= 90) void change({ dueSoonDays: days });
              }}
            />
          )}
        </Field>
        <Field label={t('settingsCheckInDays')} hint={t('settingsCheckInDaysHint')}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={1}
              max={365}
              value={settings.checkInDays}
              onChange={(e) => {
                const days = Number(value(e));
                if (Number.isInteger(days) && days >= 1 && days <= 365) void change({ checkInDays: days });
              }}
            />
          )}
        </Field>
        <Field label={t('settingsSearchEngine')}>
          {(p) => (
            <select {...p} value={settings.searchEngine} onChange={(e) => change({ searchEngine: value(e) as SearchEngine })}>
              {searchEngine.options.map((s) => (
                <option key={s} value={s}>
                  {SEARCH_ENGINE_NAMES[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
};

const download = (name: string, text: string) => {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

const BackupSettings = () => {
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<ImportMode>('replace');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const exportNow = async () => {
    const name = await timed(MEASURES.backupExport, async () => {
      const backup = await timed(MEASURES.backupRead, () => exportBackup());
      const fileName = backupFileName(backup);
      // Compact: half the size of an indented file, and faster to write and read back.
      download(fileName, JSON.stringify(backup));
      return fileName;
    });
    setStatus({ kind: 'ok', text: t('backupExported', name) });
  };
  const importNow = async (event: Event) => {
    event.preventDefault();
    if (!file) return setStatus({ kind: 'error', text: t('backupChooseFile') });
    const outcome = await timed(MEASURES.backupImport, async (): Promise<{ error: string } | { counts: Record<TableName, number> }> => {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        return { error: t('backupNotJson') };
      }
      const checked = measureSync(MEASURES.backupValidate, () => checkBackup(json));
      if (!checked.ok) {
        const { table, row, field, message } = checked.error;
        return { error: t('backupRefused', table, row + 1, field, message) };
      }
      try {
        await timed(MEASURES.backupWrite, () => importBackup(checked.backup, mode));
      } catch (e) {
        return { error: t('errorGeneric', (e as Error).message) };
      }
      return { counts: checked.counts };
    });
    if ('error' in outcome) return setStatus({ kind: 'error', text: outcome.error });
    const { counts } = outcome;
    await reportChange(...TABLES);
    const summary = TABLES.filter((table) => counts[table] > 0)
      .map((table) => `${counts[table]} ${t(TABLE_LABEL[table])}`)
      .join(', ');
    setStatus({ kind: 'ok', text: t('backupImported', summary || '0') });
  };
  return (
    <section class="card" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backupHeading')}</h2>
      <p class="muted">{t('backupExplain')}</p>
      <button type="button" class="primary" onClick={exportNow}>
        {t('backupExport')}
      </button>
      <form class="import" onSubmit={importNow} aria-label={t('backupImport')}>
        <Field label={t('backupFile')}>
          {(p) => (
            <input {...p} type="file" accept=".json,application/json" onChange={(e) => setFile(e.currentTarget.files?.[0])} />
          )}
        </Field>
        <fieldset>
          <legend>{t('backupModeLegend')}</legend>
          <label class="radio">
            <input type="radio" name="mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
            {t('backupModeReplace')}
          </label>
          <label class="radio">
            <input type="radio" name="mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            {t('backupModeMerge')}
          </label>
        </fieldset>
        <button type="submit">{t('backupImport')}</button>
      </form>
      <p role="status" class={status?.kind === 'error' ? 'error' : 'status'} data-testid="backup-status">
        {status?.text}
      </p>
    </section>
  );
};

const SampleData = () => {
  const [status, setStatus] = useState('');
  const load = async () => {
    await importBackup(sampleData(todayIn()), 'merge');
    await reportChange('clients', 'agreements', 'invoices');
    setStatus(t('demoLoaded'));
  };
  return (
    <section class="card" aria-labelledby="settings-demo">
      <h2 id="settings-demo">{t('demoHeading')}</h2>
      <p class="muted">{t('demoExplain')}</p>
      <button type="button" onClick={load}>
        {t('demoLoad')}
      </button>
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
};

const DeleteAll = () => {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const remove = async () => {
    await deleteAllData();
    await reportChange(...TABLES);
    setConfirming(false);
    setStatus(t('dangerDone'));
  };
  return (
    <section class="card danger-zone" aria-labelledby="settings-danger">
      <h2 id="settings-danger">{t('dangerHeading')}</h2>
      <p class="muted">{t('dangerExplain')}</p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="confirm-delete-all" class="confirm">
          <p id="confirm-delete-all">{t('dangerConfirm')}</p>
          <button type="button" class="danger" onClick={remove}>
            {t('confirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="danger-outline" onClick={() => setConfirming(true)}>
          {t('dangerDelete')}
        </button>
      )}
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
};
