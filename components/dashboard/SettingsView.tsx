import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { todayIn } from '@/lib/calendar';
import type { ImportMode } from '@/lib/db/backup';
import { readBackupStatus } from '@/lib/db/backup-status';
import { storagePersistence, type Persistence } from '@/lib/db/persistence';
import type { RowError } from '@/lib/db/validation-error';
import { TABLES, type TableName } from '@/lib/db/database';
import { clients, loadSettings } from '@/lib/db/repositories';
import { resolveLanguage, type Language, type MessageKey } from '@/lib/i18n/messages';
import { searchEngine, type SearchEngine, type Settings, type UiLanguage } from '@/lib/model';
import { routeToHash, WELCOME_ROUTE, SETTINGS_SECTIONS, settingsSectionOf, type SettingsSection } from '@/lib/navigation';
import { ConfirmAction, Field, Select, Status, optionsOf, value } from '../form';
import { useLiveQuery, useQueryResult } from '../hooks';
import { QueryBoundary } from '../QueryBoundary';
import { exportBackupFile, type ExportedBackup } from './backup-export';
import { dateTime, t } from '../text';
import { ChaseSettings } from '../chase/ChaseSettings';
import { ProfileSettings } from '../profile/ProfileSettings';
import { RiskSettings } from '../vetting/RiskSettings';
import { changeSettings, deleteEverything, loadSampleData, restoreBackup } from './settings/actions';
import { BusinessSettings } from './settings/BusinessSettings';

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

const SECTION_NAME: Record<SettingsSection, MessageKey> = {
  business: 'business_heading',
  profile: 'settings_section_profile',
  billing: 'settings_section_billing',
  chasing: 'chase_settings_heading',
  risk: 'settings_section_risk',
  data: 'settings_section_data',
};

const SECTION_HINT: Record<SettingsSection, MessageKey> = {
  business: 'settings_section_business_hint',
  profile: 'settings_section_profile_hint',
  billing: 'settings_section_billing_hint',
  chasing: 'settings_section_chasing_hint',
  risk: 'settings_section_risk_hint',
  data: 'settings_section_data_hint',
};

/**
 * Settings, one section at a time, each at its own address (`#/settings/business`, lib/navigation.ts); the
 * language sits above them all. The cards that edit the settings row are shown once it is read, each failure
 * said in place; Backup and Delete all data never wait for it.
 */
export const SettingsView = ({ onLanguage, focus }: { onLanguage: (language: Language) => void; focus?: string }) => {
  const section = settingsSectionOf(focus);
  const nav = useRef<HTMLElement>(null);
  // Each section is its own address, so following a link redraws the view: keep keyboard focus on the link
  // followed. The Backup card scrolls itself into view.
  useEffect(() => {
    if (focus && focus !== 'backup') nav.current?.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
  }, [focus]);
  return (
    <>
      <div class="settings-header">
        <h1 tabIndex={-1}>{t('settingsHeading')}</h1>
        <a class="settings-welcome" href={routeToHash(WELCOME_ROUTE)}>
          {t('welcome_open')}
        </a>
        <QueryBoundary>
          <LanguagePicker onLanguage={onLanguage} />
        </QueryBoundary>
      </div>
      <nav class="settings-nav" ref={nav} aria-label={t('settings_nav_label')}>
        <ul>
          {SETTINGS_SECTIONS.map((s) => (
            <li key={s}>
              <a href={routeToHash({ view: 'settings', id: s })} aria-current={s === section ? 'page' : undefined}>
                <span class="settings-nav-name">{t(SECTION_NAME[s])}</span>
                <span class="settings-nav-hint">{t(SECTION_HINT[s])}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="settings-section" data-section={section}>
        {section === 'data' ? (
          <>
            <BackupSettings focus={focus === 'backup'} />
            <QueryBoundary>
              <SampleDataOffer />
            </QueryBoundary>
            <DeleteAll />
          </>
        ) : (
          <QueryBoundary>
            <SettingsCards section={section} />
          </QueryBoundary>
        )}
      </div>
    </>
  );
};

const SettingsCards = ({ section }: { section: Exclude<SettingsSection, 'data'> }) => {
  const settings = useLiveQuery(() => loadSettings(), []);
  if (!settings) return null;
  switch (section) {
    case 'business':
      return <BusinessSettings settings={settings} />;
    case 'profile':
      return <ProfileSettings settings={settings} />;
    case 'billing':
      return <BillingDefaults settings={settings} />;
    case 'chasing':
      return <ChaseSettings settings={settings} />;
    case 'risk':
      return (
        <>
          <RiskSettings settings={settings} />
          <LookupSettings settings={settings} />
        </>
      );
  }
};

export const SampleDataOffer = () => {
  const clientCount = useLiveQuery(() => clients.count(), []);
  // Offered on an empty database; stays in view after loading so its confirmation can be read.
  const [offerSample, setOfferSample] = useState(false);
  if (clientCount === 0 && !offerSample) setOfferSample(true);
  return offerSample ? <SampleData /> : null;
};

/** Saves one change to the settings row, and says so. */
const useSettingsChange = () => {
  const [status, setStatus] = useState('');
  const change = async (patch: Partial<Settings>): Promise<Settings> => {
    const next = await changeSettings(patch);
    setStatus(t('settingsSaved'));
    return next;
  };
  return { status, change };
};

/** A whole number of days, saved when the field is left holding one in range. */
const DaysField = ({ label, hint, min, max, days, onSave }: { label: string; hint?: string; min: number; max: number; days: number; onSave: (days: number) => void }) => (
  <Field label={label} hint={hint}>
    {(p) => (
      <input
        {...p}
        type="number"
        min={min}
        max={max}
        value={days}
        onChange={(e) => {
          const next = Number(value(e));
          if (Number.isInteger(next) && next >= min && next <= max) onSave(next);
        }}
      />
    )}
  </Field>
);

const CURRENCIES = ['EUR', 'GBP', 'USD', 'CHF', 'CAD'];

/** The interface language, above every section: it changes every word on them. */
export const LanguagePicker = ({ onLanguage }: { onLanguage: (l: Language) => void }) => {
  const settings = useLiveQuery(() => loadSettings(), []);
  const { change } = useSettingsChange();
  if (!settings) return null;
  return (
    <div class="settings-language">
      <Field label={t('settingsLanguage')}>
        {(p) => (
          <Select
            {...p}
            value={settings.language}
            options={[
              { value: 'auto', label: t('settingsLanguageAuto') },
              { value: 'en', label: 'English' },
              { value: 'fr', label: 'Français' },
            ]}
            onChange={async (language: UiLanguage) => {
              const next = await change({ language });
              onLanguage(resolveLanguage(next.language));
            }}
          />
        )}
      </Field>
    </div>
  );
};

/** Settings › Billing defaults: what a new agreement or invoice starts from, and when an invoice is "due soon". */
const BillingDefaults = ({ settings }: { settings: Settings }) => {
  const { status, change } = useSettingsChange();
  return (
    <section class="card" aria-labelledby="settings-general">
      <h2 id="settings-general" tabIndex={-1}>
        {t('settings_section_billing')}
      </h2>
      <div class="form-grid">
        <Field label={t('settingsDefaultCurrency')}>
          {(p) => <Select {...p} value={settings.defaultCurrency} options={optionsOf(CURRENCIES, (c) => c)} onChange={(defaultCurrency) => change({ defaultCurrency })} />}
        </Field>
        <DaysField
          label={t('settingsDefaultTermsDays')}
          min={0}
          max={365}
          days={settings.defaultTerms.days}
          onSave={(days) => void change({ defaultTerms: { ...settings.defaultTerms, days } })}
        />
        <DaysField label={t('settingsDueSoonDays')} min={1} max={90} days={settings.dueSoonDays} onSave={(days) => void change({ dueSoonDays: days })} />
        <DaysField
          label={t('settingsCheckInDays')}
          hint={t('settingsCheckInDaysHint')}
          min={1}
          max={365}
          days={settings.checkInDays}
          onSave={(days) => void change({ checkInDays: days })}
        />
      </div>
      <p class="hint">{t('settings_billing_law_hint')}</p>
      <Status text={status} />
    </section>
  );
};

/** Settings › Risk: where the look-ups search. */
const LookupSettings = ({ settings }: { settings: Settings }) => {
  const { status, change } = useSettingsChange();
  return (
    <section class="card" aria-labelledby="settings-lookups">
      <h2 id="settings-lookups">{t('settings_lookups_heading')}</h2>
      <div class="form-grid">
        <Field label={t('settingsSearchEngine')}>
          {(p) => (
            <Select
              {...p}
              value={settings.searchEngine}
              options={optionsOf(searchEngine.options, (s) => SEARCH_ENGINE_NAMES[s])}
              onChange={(next) => change({ searchEngine: next })}
            />
          )}
        </Field>
      </div>
      <Status text={status} />
    </section>
  );
};

/** Where a refused file's problem is, in the words the user reads: a row's field, a table, the file. */
export const refusalText = (error: RowError): string => {
  const { table, row, field, message } = error;
  if (table !== undefined && row !== undefined) return t('backupRefused', table, row + 1, field ?? '(row)', message);
  if (table !== undefined) return t('data_backup_refused_table', table, message);
  if (field !== undefined) return t('data_backup_refused_file_field', field, message);
  return t('data_backup_refused_file', message);
};

const errorText = (error: unknown): string => (error instanceof Error ? error.message || error.name : String(error));

const PERSISTENCE_TEXT: Record<Persistence, MessageKey> = {
  persistent: 'data_persistence_persistent',
  'best-effort': 'data_persistence_best_effort',
  unsupported: 'data_persistence_unsupported',
};

/**
 * Export and import. Kept apart from the other settings, and rendered even when they cannot be read:
 * when something fails, getting the data out (or a backup back in) is what matters most.
 */
export const BackupSettings = ({ focus = false }: { focus?: boolean }) => {
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<ImportMode>('replace');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [persistence, setPersistence] = useState<Persistence>();
  const [lastExportedAt, setLastExportedAt] = useState<string | null>();
  const settings = useQueryResult(() => loadSettings(), []).value;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus) section.current?.scrollIntoView();
  }, [focus]);
  useEffect(() => {
    void storagePersistence().then(setPersistence);
  }, []);
  useEffect(() => {
    const read = () => void readBackupStatus().then((s) => setLastExportedAt(s.lastExportedAt ?? null), () => setLastExportedAt(null));
    read();
    browser.storage.onChanged.addListener(read);
    return () => browser.storage.onChanged.removeListener(read);
  }, []);
  const exportNow = async () => {
    let exported: ExportedBackup;
    try {
      exported = await exportBackupFile();
    } catch (e) {
      return setStatus({ kind: 'error', text: t('data_backup_export_failed', errorText(e)) });
    }
    const saved = t('backupExported', exported.fileName);
    setStatus({ kind: 'ok', text: saved });
    const refusal = await exported.verified;
    if (refusal) setStatus({ kind: 'error', text: `${saved} ${t('data_backup_export_refusable', refusalText(refusal))}` });
  };
  const importNow = async (event: Event) => {
    event.preventDefault();
    if (!file) return setStatus({ kind: 'error', text: t('backupChooseFile') });
    const outcome = await restoreBackup(file, mode);
    if (outcome.kind === 'not-json') return setStatus({ kind: 'error', text: t('backupNotJson') });
    if (outcome.kind === 'refused') return setStatus({ kind: 'error', text: refusalText(outcome.refusal) });
    if (outcome.kind === 'failed') return setStatus({ kind: 'error', text: t('errorGeneric', errorText(outcome.error)) });
    const { counts } = outcome;
    const summary = TABLES.filter((table) => counts[table] > 0)
      .map((table) => `${counts[table]} ${t(TABLE_LABEL[table])}`)
      .join(', ');
    setStatus({ kind: 'ok', text: t('backupImported', summary || '0') });
  };
  return (
    <section class="card" aria-labelledby="settings-backup" ref={section}>
      <h2 id="settings-backup" tabIndex={-1}>
        {t('backupHeading')}
      </h2>
      <p class="muted">{t('backupExplain')}</p>
      <p data-testid="last-backup">
        {lastExportedAt === undefined ? '' : lastExportedAt ? t('data_last_backup', dateTime(lastExportedAt)) : t('data_last_backup_never')}
      </p>
      {persistence && <p data-testid="storage-persistence">{t(PERSISTENCE_TEXT[persistence])}</p>}
      <button type="button" class="primary" onClick={exportNow}>
        {t('backupExport')}
      </button>
      {settings && (
        <div class="form-grid backup-reminder-setting">
          <DaysField
            label={t('data_reminder_days')}
            hint={t('data_reminder_days_hint')}
            min={0}
            max={365}
            days={settings.backupReminderDays}
            onSave={(days) => void changeSettings({ backupReminderDays: days })}
          />
        </div>
      )}
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
      <Status text={status?.text} error={status?.kind === 'error'} testId="backup-status" />
    </section>
  );
};

const SampleData = () => {
  const [status, setStatus] = useState('');
  const load = async () => {
    await loadSampleData(todayIn());
    setStatus(t('demoLoaded'));
  };
  return (
    <section class="card" aria-labelledby="settings-demo">
      <h2 id="settings-demo">{t('demoHeading')}</h2>
      <p class="muted">{t('demoExplain')}</p>
      <button type="button" onClick={load}>
        {t('demoLoad')}
      </button>
      <Status text={status} />
    </section>
  );
};

const DeleteAll = () => {
  const [status, setStatus] = useState('');
  const remove = async () => {
    await deleteEverything();
    setStatus(t('dangerDone'));
  };
  return (
    <section class="card danger-zone" aria-labelledby="settings-danger">
      <h2 id="settings-danger">{t('dangerHeading')}</h2>
      <p class="muted">{t('dangerExplain')}</p>
      <ConfirmAction id="confirm-delete-all" label={t('dangerDelete')} question={t('dangerConfirm')} onConfirm={remove} />
      <Status text={status} />
    </section>
  );
};
