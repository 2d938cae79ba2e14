import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { todayIn } from '@/lib/calendar';
import { REQUIRED_CSV_FIELDS, detectPreset, mappingFits, mappingFromPreset, type CsvMapping, type CsvPresetId } from '@/lib/import/csv-presets';
import { csvInvoices } from '@/lib/import/csv-invoices';
import { planImport, summarise, type PlanInput, type RowEdit } from '@/lib/import/plan';
import { readImportFile, type FileRead } from '@/lib/import/read-file';
import { IMPORT_LIMITS, type ImportedInvoice } from '@/lib/import/types';
import { MEASURES, timed } from '@/lib/timing';
import { formatCount } from '@/lib/i18n/messages';
import { Actions } from '../../form';
import { t, tn } from '../../text';
import { confirmImport } from './actions';
import { CsvMappingCard, type CsvChoice } from './CsvMappingCard';
import { clientIdsTouched, loadImportContext, loadInvoicesOf, type ImportContext } from './data';
import { PreviewTable } from './PreviewTable';
import { problemLine } from './problems';
import './import.css';

interface Entry {
  id: string;
  read: FileRead;
}

type Status = { kind: 'saving' } | { kind: 'done'; invoices: number; clients: number } | { kind: 'error'; text: string };

let nextEntry = 0;

/** A CSV's starting mapping: the one remembered for its preset when it still fits, else the preset's own. */
const initialChoice = (entry: Entry, remembered: Partial<Record<CsvPresetId | 'custom', CsvMapping>>): CsvChoice => {
  const header = entry.read.csv!.parsed.header;
  const preset = detectPreset(header);
  const id = preset?.id ?? 'custom';
  const saved = remembered[id];
  if (saved && mappingFits(saved, header)) return { presetId: id, mapping: saved };
  if (preset) return { presetId: id, mapping: mappingFromPreset(preset, header) };
  const custom = remembered.custom;
  return { presetId: 'custom', mapping: custom && mappingFits(custom, header) ? custom : { columns: {}, dateOrder: 'dmy', decimal: 'auto' } };
};

/**
 * Dashboard › Invoices › Import: files in, a preview out, and nothing written until the user confirms.
 * Loaded on demand from the invoices view; the PDF reader loads only when a PDF arrives.
 */
export const ImportPanel = ({ onClose, today = todayIn() }: { onClose: () => void; today?: string }) => {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [reading, setReading] = useState(0);
  const [choices, setChoices] = useState<Record<string, CsvChoice>>({});
  const [edits, setEdits] = useState<Record<string, RowEdit>>({});
  const [editing, setEditing] = useState<string>();
  const [context, setContext] = useState<ImportContext>();
  const [onRecord, setOnRecord] = useState<{ ids: string; invoices: PlanInput['invoicesOnRecord'] }>({ ids: '', invoices: [] });
  const [status, setStatus] = useState<Status>();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    void loadImportContext().then(setContext);
  }, [status?.kind === 'done']);
  // From the confirm click to "Imported" painted: what the user waits for (DevTools and the bench read it).
  const confirmedAt = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (status?.kind !== 'done' || confirmedAt.current === undefined) return;
    performance.measure(MEASURES.importConfirm, { start: confirmedAt.current, end: performance.now() });
    confirmedAt.current = undefined;
  }, [status?.kind === 'done']);
  const remembered = context?.settings.import?.csvMappings ?? {};

  const addFiles = async (list: FileList | File[] | null) => {
    const files = [...(list ?? [])].slice(0, IMPORT_LIMITS.maxFiles);
    if (files.length === 0) return;
    setStatus(undefined);
    setReading((n) => n + files.length);
    const read = await timed(MEASURES.importRead, () =>
      Promise.all(files.map(async (file) => ({ id: `f${nextEntry++}`, read: await readImportFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }) }))),
    );
    setReading((n) => n - files.length);
    setEntries((current) => [...current, ...read]);
    setChoices((current) => {
      const next = { ...current };
      for (const entry of read) if (entry.read.csv) next[entry.id] = initialChoice(entry, remembered);
      return next;
    });
  };

  // Every invoice the files give, a CSV's once its required columns are chosen.
  const invoices = useMemo(() => {
    const out: { key: string; file: { name: string; sha256: string; format: 'factur-x' | 'cii' | 'ubl' | 'csv' }; imported: ImportedInvoice }[] = [];
    for (const entry of entries) {
      const { read } = entry;
      let list = read.invoices;
      const choice = choices[entry.id];
      if (read.csv && choice && REQUIRED_CSV_FIELDS.every((f) => choice.mapping.columns[f])) {
        list = csvInvoices(read.csv.parsed, choice.mapping, read.name, context?.settings.defaultCurrency ?? 'EUR');
      }
      list.forEach((imported, i) => out.push({ key: `${entry.id}:${i}`, file: { name: read.name, sha256: read.sha256, format: imported.format }, imported }));
    }
    return out;
  }, [entries, choices, context]);

  // The invoices on record of the clients touched, for the duplicate check.
  const chosenClients = useMemo(() => Object.values(edits).flatMap((e) => (e.clientId ? [e.clientId] : [])), [edits]);
  const touched = useMemo(
    () => (context ? clientIdsTouched(invoices.map((i) => i.imported), context.clients, chosenClients).join('\u0000') : ''),
    [invoices, context, chosenClients],
  );
  useEffect(() => {
    if (touched === onRecord.ids) return;
    let current = true;
    void loadInvoicesOf(touched ? touched.split('\u0000') : []).then((found) => current && setOnRecord({ ids: touched, invoices: found }));
    return () => {
      current = false;
    };
  }, [touched]);

  const rows = useMemo(
    () =>
      context && onRecord.ids === touched
        ? planImport({ invoices, clients: context.clients, invoicesOnRecord: onRecord.invoices, agreements: context.agreements, settings: context.settings, edits, today })
        : undefined,
    [invoices, context, onRecord, touched, edits, today],
  );
  const summary = rows ? summarise(rows) : undefined;
  const fileProblems = entries.flatMap((e) => e.read.problems);
  const clientOptions = useMemo(
    () => (context ? context.clients.map((c) => ({ id: c.id, name: c.displayName })).sort((a, b) => a.name.localeCompare(b.name)) : []),
    [context],
  );

  const removeEntry = (id: string) => setEntries((current) => current.filter((e) => e.id !== id));
  const importNow = async () => {
    if (!rows || !summary) return;
    confirmedAt.current = performance.now();
    setStatus({ kind: 'saving' });
    try {
      const mappings: Partial<Record<CsvPresetId | 'custom', CsvMapping>> = {};
      for (const entry of entries) {
        const choice = choices[entry.id];
        if (entry.read.csv && choice) mappings[choice.presetId] = choice.mapping;
      }
      const outcome = await confirmImport(rows, { invoicesOnRecord: onRecord.invoices, today }, mappings);
      setEntries([]);
      setChoices({});
      setEdits({});
      setStatus({ kind: 'done', ...outcome });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  const count = summary ? summary.toImport + summary.toReplace : 0;
  return (
    <section class="card import-panel" aria-labelledby="import-heading" data-testid="import-panel">
      <div class="view-header">
        <h2 id="import-heading">{t('import_heading')}</h2>
        <button type="button" onClick={onClose}>
          {t('import_close')}
        </button>
      </div>
      <p class="muted">{t('import_explain')}</p>
      <div
        class={`import-drop${dragging ? ' import-drop-active' : ''}`}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void addFiles(e.dataTransfer?.files ?? null);
        }}
      >
        <p class="import-drop-title">{t('import_drop')}</p>
        <label class="button">
          {t('import_choose')}
          <input
            type="file"
            multiple
            accept=".pdf,.xml,.csv,.tsv,.txt,application/pdf,text/xml,application/xml,text/csv"
            class="visually-hidden"
            onChange={(e) => {
              void addFiles(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <p class="hint">{t('import_drop_hint')}</p>
      </div>
      <p role="status" class="import-status" data-testid="import-status">
        {reading > 0
          ? tn('import_reading', reading)
          : status?.kind === 'saving'
            ? t('import_saving')
            : status?.kind === 'done'
              ? tn('import_done', status.invoices, tn('import_new_clients', status.clients))
              : ''}
      </p>
      {status?.kind === 'error' && (
        <p class="error" role="alert">
          {t('import_failed', status.text)}
        </p>
      )}

      {entries.length > 0 && (
        <>
          <h3>{t('import_files_heading')}</h3>
          <ul class="import-files" data-testid="import-files">
            {entries.map((entry) => (
              <li key={entry.id}>
                <span class="import-file-name">{entry.read.name}</span>{' '}
                <span class="muted">
                  {entry.read.problems.some((p) => p.severity === 'error')
                    ? t('import_file_refused')
                    : entry.read.csv
                      ? tn(
                          'import_file_csv_rows',
                          entry.read.csv.parsed.rows.length,
                          entry.read.csv.encoding.toUpperCase(),
                          entry.read.csv.parsed.separator === '\t' ? t('import_sep_tab') : entry.read.csv.parsed.separator,
                        )
                      : tn('import_file_invoices', entry.read.invoices.length)}
                </span>{' '}
                <button type="button" class="link" onClick={() => removeEntry(entry.id)}>
                  {t('import_file_remove', entry.read.name)}
                </button>
              </li>
            ))}
          </ul>
          {entries
            .filter((e) => e.read.csv && choices[e.id])
            .map((entry) => (
              <CsvMappingCard
                key={entry.id}
                fileName={entry.read.name}
                table={entry.read.csv!}
                choice={choices[entry.id]}
                remembered={remembered}
                onChange={(next) => setChoices((current) => ({ ...current, [entry.id]: next }))}
              />
            ))}
          {fileProblems.length > 0 && (
            <div class="import-file-problems" role="alert">
              <h3>{t('import_problems_heading')}</h3>
              <ul>
                {fileProblems.map((p, i) => (
                  <li key={i} class={`import-${p.severity}`}>
                    {problemLine(p)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}

      {rows && rows.length > 0 && summary && (
        <>
          <h3>{t('import_preview_heading')}</h3>
          <p data-testid="import-summary">{t('import_preview_summary', formatCount(summary.toImport), formatCount(summary.toReplace), tn('import_skipped', summary.skipped), tn('import_new_clients', summary.newClients))}</p>
          <PreviewTable
            rows={rows}
            edits={edits}
            editing={editing}
            clients={clientOptions}
            onEdit={(key, next) => setEdits((current) => ({ ...current, [key]: next }))}
            onEditing={setEditing}
          />
        </>
      )}
      {entries.length > 0 && (
        <Actions extra="import-actions">
          <button type="button" class="primary" disabled={count === 0 || status?.kind === 'saving'} onClick={() => void importNow()}>
            {tn('import_confirm', count)}
          </button>
          <button
            type="button"
            onClick={() => {
              setEntries([]);
              setChoices({});
              setEdits({});
            }}
          >
            {t('import_cancel')}
          </button>
          {count === 0 && <span class="muted">{t('import_nothing')}</span>}
        </Actions>
      )}
    </section>
  );
};

