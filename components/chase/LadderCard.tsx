import { formatDayOffset } from '@/lib/format-words';
import { currentLanguage } from '@/lib/i18n/messages';
import { useState } from 'preact/hooks';
import type { ChaseSummary, StepRow } from '@/lib/chase/invoice-chase';
import { CHANNELS, type WrittenTemplate } from '@/lib/chase/settings';
import { messageFor } from '@/lib/i18n/messages';
import type { ContactChannel } from '@/lib/model';
import { isCalendarDate } from '@/lib/calendar';
import { dateErrorKey, Field, FormActions, Select, messageOptions, value } from '../form';
import { date, t } from '../text';
import { markStepDone } from './actions';
import { CHANNEL_LABEL, STEP_STATE_LABEL } from './labels';

/** "D+1" in English, "J+1" in French (lib/format-words.ts). */
const offsetText = (offset: number): string => formatDayOffset(offset, currentLanguage());

/** The ladder for this invoice: what was done, what is due, what comes next. */
interface Jumps {
  onLetter: (template: WrittenTemplate) => void;
  onEscalate: () => void;
}

export const LadderCard = ({ summary, onLetter, onEscalate }: { summary: ChaseSummary } & Jumps) => (
  <section class="card" aria-labelledby="chase-ladder-heading">
    <h2 id="chase-ladder-heading">{t('chase_ladder_heading')}</h2>
    <p class="muted">
      {summary.ladder.edited ? t('chase_ladder_yours') : t('chase_ladder_default', t(`jurisdiction${summary.jurisdiction}` as 'jurisdictionFR'))}
    </p>
    <ol class="ladder" data-testid="chase-ladder">
      {summary.steps.map((row) => (
        <StepItem key={row.step.id} row={row} summary={summary} onLetter={onLetter} onEscalate={onEscalate} />
      ))}
    </ol>
  </section>
);

const stateText = (row: StepRow, today: string): string => {
  switch (row.state) {
    case 'done':
      return t('chase_step_done_on', date(row.date!), t(CHANNEL_LABEL[row.channel!]));
    case 'due':
      return row.date! < today ? t('chase_due_since', date(row.date!)) : t('chase_due_today');
    case 'upcoming':
      return t('chase_due_on', date(row.date ?? row.scheduledOn));
    case 'skipped':
      return t('chase_step_skipped_note');
    case 'passed':
      return t('chase_step_passed_note');
    case 'on-hold':
      return t('chase_step_on_hold_note', date(row.scheduledOn));
    case 'off':
      return t('chase_step_off_note');
    case 'held':
      return t('chase_catch_up_court');
  }
};

const StepItem = ({ row, summary, onLetter, onEscalate }: { row: StepRow; summary: ChaseSummary } & Jumps) => {
  const [marking, setMarking] = useState(false);
  const label = messageFor(row.step.labelKey);
  const canMark = row.state === 'due' || row.state === 'upcoming' || row.state === 'on-hold';
  const template = row.template;
  return (
    <li class={`ladder-step ladder-${row.state}`} data-step={row.step.id}>
      <span class="ladder-offset" aria-hidden="true">
        {offsetText(row.step.offsetDays)}
      </span>
      <div class="ladder-body">
        <h3>
          {label} <span class={`tag ladder-tag-${row.state}`}>{t(STEP_STATE_LABEL[row.state])}</span>
        </h3>
        <p class="ladder-when">{stateText(row, summary.today)}</p>
        {row.movedByPromise && (
          <p class="hint">
            {row.movedByPromise.kind === 'promise-broken'
              ? t('chase_moved_promise_broken', date(row.movedByPromise.promisedDate))
              : t('chase_moved_promise_pending', date(row.movedByPromise.promisedDate))}
          </p>
        )}
        {row.catchingUp && <p class="chase-note">{t('chase_catch_up')}</p>}
        {marking && <MarkDoneForm row={row} summary={summary} onDone={() => setMarking(false)} />}
      </div>
      <div class="ladder-actions">
        {template !== 'none' && (
          <button type="button" onClick={() => onLetter(template)} aria-label={t('chase_show_letter_named', label)}>
            {t('chase_show_letter')}
          </button>
        )}
        {row.step.procedures?.length ? (
          <button type="button" onClick={onEscalate} aria-label={t('chase_show_escalation_named', label)}>
            {t('chase_show_escalation')}
          </button>
        ) : null}
        {canMark && !marking && (
          <button type="button" class={row.state === 'due' ? 'primary' : undefined} onClick={() => setMarking(true)} aria-label={t('chase_mark_done_named', label)}>
            {t('chase_mark_done')}
          </button>
        )}
      </div>
    </li>
  );
};

const MarkDoneForm = ({ row, summary, onDone }: { row: StepRow; summary: ChaseSummary; onDone: () => void }) => {
  const [doneOn, setDoneOn] = useState(summary.today);
  const [channel, setChannel] = useState<ContactChannel>(row.step.channels[0] ?? 'email');
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!doneOn || doneOn > summary.today) return setError(t('chase_error_date_future'));
    if (!isCalendarDate(doneOn)) return setError(t(dateErrorKey(doneOn)!));
    await markStepDone(summary.invoice, row.step.id, doneOn, channel);
    onDone();
  };
  const channels = [...row.step.channels, ...CHANNELS.filter((c) => !row.step.channels.includes(c))];
  return (
    <form class="inline-form" onSubmit={submit} aria-label={t('chase_mark_done_named', messageFor(row.step.labelKey))}>
      <Field label={t('chase_done_on')} error={error}>
        {(p) => <input {...p} type="date" value={doneOn} max={summary.today} required onInput={(e) => setDoneOn(value(e))} />}
      </Field>
      <Field label={t('chase_channel')}>
        {(p) => <Select {...p} value={channel} options={messageOptions(CHANNEL_LABEL, channels)} onChange={setChannel} />}
      </Field>
      <FormActions saveLabel={t('chase_save')} onCancel={onDone} cancelLabel={t('chase_cancel')} />
    </form>
  );
};
