import { useState } from 'preact/hooks';
import { todayIn } from '@/lib/calendar';
import { messageFor, type MessageKey } from '@/lib/i18n/messages';
import { identitySeen, type CheckState, type Client } from '@/lib/model';
import type { ChecklistProgress } from '@/lib/vetting/checklist';
import type { ChecklistRow } from '@/lib/vetting/assess';
import { recordCheck } from './actions';
import { isCalendarDate } from '@/lib/calendar';
import { dateErrorKey, Field, FormActions, Select, messageOptions, value } from '../form';
import { date, t } from '../text';

export const STATE_LABEL: Record<CheckState, MessageKey> = {
  todo: 'vet_stateTodo',
  done: 'vet_stateDone',
  failed: 'vet_stateFailed',
  'not-applicable': 'vet_stateNotApplicable',
};
const STATE_ICON: Record<CheckState, string> = { todo: '○', done: '✓', failed: '✕', 'not-applicable': '–' };

type IdentityType = NonNullable<Client['identitySeen']>['type'];
const IDENTITY_LABEL: Record<IdentityType, MessageKey> = {
  passport: 'vet_idPassport',
  'id-card': 'vet_idCard',
  'driving-licence': 'vet_idDrivingLicence',
  'residence-permit': 'vet_idResidencePermit',
  other: 'vet_idOther',
};

export const ProgressText = ({ progress }: { progress: ChecklistProgress }) => (
  <span class="progress" data-testid="checklist-progress">
    {t('vet_progress', progress.done, progress.total)}
    {progress.failed > 0 && <span class="tag tag-no-go">{t('vet_progressFailed', progress.failed)}</span>}
  </span>
);

/** What the user says about one item: its state, a note of how they know, the date (now). */
const RecordForm = ({ client, row, onDone }: { client: Client; row: ChecklistRow; onDone: () => void }) => {
  const [state, setState] = useState<CheckState>(row.state === 'todo' ? 'done' : row.state);
  const [evidence, setEvidence] = useState(row.recorded?.evidence ?? '');
  const [idType, setIdType] = useState<IdentityType>(client.identitySeen?.type ?? 'id-card');
  const [expires, setExpires] = useState(client.identitySeen?.expiresOn ?? '');
  const [error, setError] = useState<string>();
  const isIdentity = row.item.id === 'identity-seen';
  const save = async (event: Event) => {
    event.preventDefault();
    if (isIdentity && state === 'done' && expires && !isCalendarDate(expires)) return setError(t(dateErrorKey(expires)!));
    try {
      // Type and expiry only: a copy of the document is never asked for nor kept (CNIL).
      const seen = isIdentity && state === 'done' ? identitySeen.parse({ type: idType, seenOn: todayIn(), ...(expires ? { expiresOn: expires } : {}) }) : undefined;
      await recordCheck(client, { item: row.item.id, state, ...(evidence.trim() ? { evidence: evidence.trim() } : {}) }, seen);
      onDone();
    } catch (e) {
      setError(t('errorGeneric', (e as Error).message));
    }
  };
  return (
    <form class="record-form" onSubmit={save} aria-label={t('vet_recordFor', messageFor(row.item.labelKey))}>
      <fieldset>
        <legend>{t('vet_stateLegend')}</legend>
        {(['done', 'failed', 'not-applicable', 'todo'] as CheckState[]).map((s) => (
          <label key={s} class="radio">
            <input type="radio" name={`state-${row.item.id}`} value={s} checked={state === s} onChange={() => setState(s)} />
            {t(STATE_LABEL[s])}
          </label>
        ))}
      </fieldset>
      {isIdentity && state === 'done' && (
        <div class="form-grid">
          <Field label={t('vet_idType')}>
            {(p) => <Select {...p} value={idType} options={messageOptions(IDENTITY_LABEL)} onChange={setIdType} />}
          </Field>
          <Field label={t('vet_idExpires')} hint={t('vet_idNoCopy')}>
            {(p) => <input {...p} type="date" value={expires} onInput={(e) => setExpires(value(e))} />}
          </Field>
        </div>
      )}
      <Field label={t('vet_evidence')} hint={t('vet_evidenceHint')}>
        {(p) => <textarea {...p} rows={2} maxLength={2000} value={evidence} onInput={(e) => setEvidence(value(e))} />}
      </Field>
      <FormActions onCancel={onDone} error={error} />
    </form>
  );
};

const Row = ({ row, client, compact }: { row: ChecklistRow; client?: Client; compact: boolean }) => {
  const [editing, setEditing] = useState(false);
  const label = messageFor(row.item.labelKey);
  const showAutomatic = (!compact || row.state === 'failed') && row.automatic.length > 0;
  const recorded = row.recorded?.checkedAt ? row.recorded : undefined;
  return (
    <li class={`check check-${row.state}`} data-item={row.item.id} data-state={row.state}>
      <span class="check-icon" aria-hidden="true">
        {STATE_ICON[row.state]}
      </span>
      <div class="check-what">
        <span class="check-label">{label}</span>
        <span class="visually-hidden">: {t(STATE_LABEL[row.state])}</span>
        {!compact && <p class="hint">{messageFor(row.hintKey)}</p>}
      </div>
      {(showAutomatic || recorded) && (
        <div class="check-proof">
          {showAutomatic && (
            <ul class="evidence-list">
              {row.automatic.map((result, i) => (
                <li key={i} class={`evidence evidence-${result.state}`}>
                  {messageFor(result.evidenceKey, result.evidenceParams)}
                </li>
              ))}
            </ul>
          )}
          {recorded && (
            <p class="recorded small">
              {t('vet_recordedOn', t(STATE_LABEL[recorded.state]), date((recorded.checkedAt ?? '').slice(0, 10)))}
              {recorded.evidence && <> — {recorded.evidence}</>}
            </p>
          )}
        </div>
      )}
      {client && !editing && (
        <button type="button" class="link small check-action" onClick={() => setEditing(true)} aria-label={t('vet_recordFor', label)}>
          {t('vet_record')}
        </button>
      )}
      {editing && client && <RecordForm client={client} row={row} onDone={() => setEditing(false)} />}
    </li>
  );
};

/**
 * The checklist: each item's state with what proved it. With a saved client, the user can record a
 * state (they called the number, saw the signed terms); it wins over the data and is dated.
 */
export const ChecklistPanel = ({
  rows,
  progress,
  client,
  compact = false,
}: {
  rows: ChecklistRow[];
  progress: ChecklistProgress;
  client?: Client;
  compact?: boolean;
}) => (
  <section class="checklist" aria-labelledby="checklist-heading" data-testid="checklist">
    <h2 id="checklist-heading" class="section-heading">
      {t('vet_checklistHeading')} <ProgressText progress={progress} />
    </h2>
    <ul class={compact ? 'checks' : 'checks checks-wide'}>
      {rows.map((row) => (
        <Row key={row.item.id} row={row} client={client} compact={compact} />
      ))}
    </ul>
  </section>
);
