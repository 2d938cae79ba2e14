import type { PlanRow, RowAction, RowEdit } from '@/lib/import/plan';
import { decimalAmount } from '@/lib/billing/export-csv';
import { parseAmountInput } from '@/lib/format';
import { Actions, Field, Select, optionsOf, value } from '../../form';
import { DateText, Money, t, tn } from '../../text';
import { TableHead } from '../../table';
import { messageKey, problemMessage } from './problems';

/** Rows drawn at most; the rest (with nothing to check) are counted, so a 10,000-row CSV stays responsive. */
export const MAX_ROWS_SHOWN = 100;

const needsLook = (row: PlanRow) => row.problems.some((p) => p.severity !== 'info') || !!row.duplicateOf || !!row.duplicateOfRow;

export const rowsToShow = (rows: readonly PlanRow[]): { shown: PlanRow[]; hidden: number } => {
  if (rows.length <= MAX_ROWS_SHOWN) return { shown: [...rows], hidden: 0 };
  const shown = rows.filter((row, i) => i < MAX_ROWS_SHOWN || needsLook(row));
  return { shown, hidden: rows.length - shown.length };
};

const ClientCell = ({ row }: { row: PlanRow }) =>
  row.client.kind === 'existing' ? (
    <>
      <span class="block">{row.client.name}</span>
      <span class={`tag ${row.client.reason === 'name' ? 'import-tag-warn' : 'import-tag-ok'}`}>{t(messageKey('import_match', row.client.reason))}</span>
    </>
  ) : (
    <>
      <span class="block">{row.client.name || '—'}</span>
      <span class="tag tag-plan">{t(row.client.sameAsRow ? 'import_match_new_same' : 'import_match_new')}</span>
    </>
  );

const RowEditor = ({
  row,
  edit,
  clients,
  onEdit,
  onDone,
}: {
  row: PlanRow;
  edit: RowEdit;
  clients: readonly { id: string; name: string }[];
  onEdit: (next: RowEdit) => void;
  onDone: () => void;
}) => {
  const currency = edit.currency ?? row.fields.currency ?? 'EUR';
  const money = (field: 'amount' | 'taxAmount', raw: string) => {
    const minor = parseAmountInput(raw, currency);
    onEdit({ ...edit, [field]: minor ?? (raw.trim() === '' ? undefined : -1) });
  };
  const amountText = (v: number | undefined) => (v === undefined || v < 0 ? '' : decimalAmount(v, currency));
  const clientChoice = edit.clientId ?? (row.client.kind === 'existing' ? row.client.id : 'new');
  return (
    <div class="import-editor form-grid">
      <Field label={t('import_col_number')}>{(p) => <input {...p} value={edit.number ?? row.fields.number ?? ''} onInput={(e) => onEdit({ ...edit, number: value(e) })} />}</Field>
      <Field label={t('import_col_issued')}>{(p) => <input {...p} type="date" value={row.fields.issueDate ?? ''} onInput={(e) => onEdit({ ...edit, issueDate: value(e) || undefined })} />}</Field>
      <Field label={t('import_col_due')}>{(p) => <input {...p} type="date" value={row.fields.dueDate ?? ''} onInput={(e) => onEdit({ ...edit, dueDate: value(e) || undefined })} />}</Field>
      <Field label={t('import_col_total')} error={edit.amount === -1 ? t('import_edit_bad_amount') : undefined}>
        {(p) => <input {...p} inputMode="decimal" defaultValue={amountText(row.fields.amount)} onChange={(e) => money('amount', value(e))} />}
      </Field>
      <Field label={t('import_col_tax')} error={edit.taxAmount === -1 ? t('import_edit_bad_amount') : undefined}>
        {(p) => <input {...p} inputMode="decimal" defaultValue={amountText(row.fields.taxAmount)} onChange={(e) => money('taxAmount', value(e))} />}
      </Field>
      <Field label={t('import_csv_field_currency')}>
        {(p) => <input {...p} maxLength={3} size={4} value={currency} onInput={(e) => onEdit({ ...edit, currency: value(e).toUpperCase() })} />}
      </Field>
      <Field label={t('import_edit_client')}>
        {(p) => (
          <Select
            {...p}
            value={clientChoice}
            options={[{ value: 'new', label: t('import_edit_client_new') }, ...clients.map((c) => ({ value: c.id, label: c.name }))]}
            onChange={(clientId) => onEdit({ ...edit, clientId })}
          />
        )}
      </Field>
      {clientChoice === 'new' && (
        <Field label={t('import_edit_client_name')}>
          {(p) => <input {...p} value={edit.clientName ?? (row.client.kind === 'new' ? row.client.name : row.imported.buyer.name ?? '')} onInput={(e) => onEdit({ ...edit, clientName: value(e) })} />}
        </Field>
      )}
      <Actions extra="span-all">
        <button type="button" onClick={onDone}>
          {t('import_edit_done')}
        </button>
      </Actions>
    </div>
  );
};

export const PreviewTable = ({
  rows,
  edits,
  editing,
  clients,
  onEdit,
  onEditing,
}: {
  rows: readonly PlanRow[];
  edits: Readonly<Record<string, RowEdit>>;
  editing?: string;
  clients: readonly { id: string; name: string }[];
  onEdit: (key: string, next: RowEdit) => void;
  onEditing: (key?: string) => void;
}) => {
  const { shown, hidden } = rowsToShow(rows);
  return (
    <>
      <div class="table-scroll import-preview" role="region" aria-label={t('import_preview_heading')} tabIndex={0}>
        <table class="table" data-testid="import-preview">
          <TableHead
            columns={[
              t('import_col_action'),
              t('import_col_number'),
              t('import_col_client'),
              t('import_col_issued'),
              t('import_col_due'),
              { label: t('import_col_total'), num: true },
              { label: t('import_col_tax'), num: true },
              { label: t('import_col_paid'), num: true },
              { label: t('import_col_notes'), hidden: true },
            ]}
          />
          {shown.map((row) => {
              const label = row.fields.number ?? row.imported.position;
              const choices: RowAction[] = !row.importable || row.duplicateOfRow ? ['skip'] : row.duplicateOf ? ['skip', 'replace'] : ['import', 'skip'];
              const error = row.problems.some((p) => p.severity === 'error');
              return (
                // One group of rows per invoice: its figures, its notes and, when open, its editor.
                <tbody key={row.key} data-row={row.key} class={error ? 'import-row-error' : row.action === 'skip' ? 'import-row-skip' : undefined}>
                  <tr>
                    <td>
                      <Select
                        aria-label={t('import_action_label', label)}
                        value={row.action}
                        disabled={choices.length === 1}
                        options={optionsOf(choices, (c) => t(messageKey('import_action', c)))}
                        onChange={(action) => onEdit(row.key, { ...edits[row.key], action })}
                      />
                    </td>
                    <th scope="row">
                      <span class="block">{row.fields.number ?? '—'}</span>
                      <span class="muted small import-file">{row.file.name}</span>
                    </th>
                    <td>
                      <ClientCell row={row} />
                    </td>
                    <td>{row.fields.issueDate ? <DateText date={row.fields.issueDate} /> : '—'}</td>
                    <td>
                      {row.fields.dueDate ? <DateText date={row.fields.dueDate} /> : '—'}
                      {row.dueFrom && <span class="muted small block">{t(messageKey('import_due', row.dueFrom))}</span>}
                    </td>
                    <td class="num">{row.fields.amount !== undefined && row.fields.currency ? <Money amount={row.fields.amount} currency={row.fields.currency} /> : '—'}</td>
                    <td class="num">{row.fields.taxAmount !== undefined && row.fields.currency ? <Money amount={row.fields.taxAmount} currency={row.fields.currency} /> : '—'}</td>
                    <td class="num">{row.fields.paid && row.fields.currency ? <Money amount={row.fields.paid} currency={row.fields.currency} /> : ''}</td>
                    <td>
                      <button type="button" class="link" aria-label={t('import_edit_label', label)} onClick={() => onEditing(editing === row.key ? undefined : row.key)}>
                        {t('import_edit')}
                      </button>
                    </td>
                  </tr>
                  <tr class="import-notes">
                    <td />
                    <td colSpan={8}>
                      {row.imported.profile && row.imported.format === 'factur-x' && <span class="tag">{t('import_profile', row.imported.profile)}</span>}
                      {row.duplicateOf && <span class="tag import-tag-warn">{t('import_duplicate')}</span>}
                      {row.duplicateOfRow && <span class="tag import-tag-warn">{t('import_duplicate_row')}</span>}
                      <ul class="import-problems">
                        {row.problems
                          .filter((p) => p.code !== 'duplicate-in-files')
                          .map((p, i) => (
                            <li key={i} class={`import-${p.severity}`}>
                              <span class="visually-hidden">{t(messageKey('import_severity', p.severity))}: </span>
                              {t(messageKey('import_field', p.field))}: {problemMessage(p)}
                            </li>
                          ))}
                      </ul>
                    </td>
                  </tr>
                  {editing === row.key && (
                    <tr class="import-editor-row">
                      <td colSpan={9}>
                        <RowEditor row={row} edit={edits[row.key] ?? {}} clients={clients} onEdit={(next) => onEdit(row.key, next)} onDone={() => onEditing(undefined)} />
                      </td>
                    </tr>
                  )}
                </tbody>
              );
            })}
        </table>
      </div>
      {hidden > 0 && <p class="muted">{tn('import_rows_hidden', hidden)}</p>}
    </>
  );
};
