import { CSV_FIELDS, CSV_PRESETS, REQUIRED_CSV_FIELDS, mappingFromPreset, type CsvField, type CsvMapping, type CsvPresetId } from '@/lib/import/csv-presets';
import type { CsvTable } from '@/lib/import/read-file';
import type { DateOrder, DecimalMark } from '@/lib/import/values';
import type { MessageKey } from '@/lib/i18n/messages';
import { Field, Select, messageOptions, optionsOf, value } from '../../form';
import { t } from '../../text';
import { messageKey } from './problems';

const PRESET_IDS = CSV_PRESETS.map((preset) => preset.id);
const DATE_ORDER_LABEL: Record<DateOrder, MessageKey> = { ymd: 'import_csv_date_ymd', dmy: 'import_csv_date_dmy', mdy: 'import_csv_date_mdy' };
const DECIMAL_LABEL: Record<DecimalMark, MessageKey> = { auto: 'import_csv_decimal_auto', '.': 'import_csv_decimal_dot', ',': 'import_csv_decimal_comma' };

export interface CsvChoice {
  presetId: CsvPresetId | 'custom';
  mapping: CsvMapping;
}

/** Which column holds which field, for one CSV: a preset fills it in, and every choice can be changed. */
export const CsvMappingCard = ({
  fileName,
  table,
  choice,
  remembered,
  onChange,
}: {
  fileName: string;
  table: CsvTable;
  choice: CsvChoice;
  remembered: Partial<Record<CsvPresetId | 'custom', CsvMapping>>;
  onChange: (next: CsvChoice) => void;
}) => {
  const { header } = table.parsed;
  const setMapping = (patch: Partial<CsvMapping>) => onChange({ ...choice, mapping: { ...choice.mapping, ...patch } });
  const setColumn = (field: CsvField, column: string) => {
    const columns = { ...choice.mapping.columns };
    if (column) columns[field] = column;
    else delete columns[field];
    setMapping({ columns });
  };
  const choosePreset = (id: CsvPresetId | 'custom') => {
    const preset = CSV_PRESETS.find((p) => p.id === id);
    const saved = remembered[id];
    const fits = saved && Object.values(saved.columns).every((h) => header.includes(h!));
    const mapping = fits ? saved : preset ? mappingFromPreset(preset, header) : { columns: {}, dateOrder: 'dmy' as const, decimal: 'auto' as const };
    onChange({ presetId: id, mapping });
  };
  const missing = REQUIRED_CSV_FIELDS.filter((f) => !choice.mapping.columns[f]);
  return (
    <section class="card import-csv" aria-label={t('import_csv_heading', fileName)}>
      <h3>{t('import_csv_heading', fileName)}</h3>
      <div class="form-grid">
        <Field label={t('import_csv_preset')} hint={t(messageKey('import_preset_about', choice.presetId))}>
          {(p) => (
            <Select
              {...p}
              value={choice.presetId}
              options={[...optionsOf(PRESET_IDS, (id) => t(messageKey('import_preset', id))), { value: 'custom', label: t('import_csv_preset_custom') }]}
              onChange={choosePreset}
            />
          )}
        </Field>
        <Field label={t('import_csv_date_order')}>
          {(p) => (
            <Select {...p} value={choice.mapping.dateOrder} options={messageOptions(DATE_ORDER_LABEL)} onChange={(dateOrder) => setMapping({ dateOrder })} />
          )}
        </Field>
        <Field label={t('import_csv_decimal')}>
          {(p) => (
            <Select {...p} value={choice.mapping.decimal} options={messageOptions(DECIMAL_LABEL)} onChange={(decimal) => setMapping({ decimal })} />
          )}
        </Field>
        <Field label={t('import_csv_currency')}>
          {(p) => (
            <input
              {...p}
              value={choice.mapping.currency ?? ''}
              maxLength={3}
              size={4}
              placeholder="EUR"
              onInput={(e) => {
                const code = value(e).toUpperCase();
                setMapping({ currency: /^[A-Z]{3}$/.test(code) ? code : undefined });
              }}
            />
          )}
        </Field>
      </div>
      <details class="import-columns" open={missing.length > 0 || choice.presetId === 'custom'}>
        <summary>{t('import_csv_columns', Object.keys(choice.mapping.columns).length, header.length)}</summary>
        <p class="hint">{t('import_csv_remembered')}</p>
        <div class="form-grid">
          {CSV_FIELDS.map((field) => (
            <Field key={field} label={t(messageKey('import_csv_field', field))}>
              {(p) => (
                <Select
                  {...p}
                  value={choice.mapping.columns[field] ?? ''}
                  options={[{ value: '', label: t('import_csv_column_none') }, ...optionsOf(header, (column) => column)]}
                  onChange={(column) => setColumn(field, column)}
                />
              )}
            </Field>
          ))}
        </div>
      </details>
      {missing.length > 0 && (
        <p class="error" role="alert">
          {t('import_csv_needs')}
        </p>
      )}
    </section>
  );
};
