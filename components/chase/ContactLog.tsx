import { useState } from 'preact/hooks';
import type { ChaseSummary } from '@/lib/chase/invoice-chase';
import { CHANNELS } from '@/lib/chase/settings';
import { newId, type Contact, type ContactChannel } from '@/lib/model';
import { isCalendarDate } from '@/lib/calendar';
import { Actions, dateErrorKey, Field, FormActions, Select, Status, messageOptions, value } from '../form';
import { DateText, t } from '../text';
import { logContact } from './actions';
import { CHANNEL_LABEL } from './labels';

/** Calls and messages with the client: what they said, why they have not paid, and when they say they will. */
export const ContactLog = ({ summary, today }: { summary: ChaseSummary; today: string }) => {
  const entries = [...summary.contacts]
    .filter((c) => !c.invoiceId || c.invoiceId === summary.invoice.id)
    .sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0));
  return (
    <section class="card" aria-labelledby="chase-log-heading">
      <h2 id="chase-log-heading">{t('chase_log_heading')}</h2>
      <p class="muted">{t('chase_log_intro')}</p>
      <ContactForm summary={summary} today={today} />
      {entries.length === 0 ? (
        <p class="empty">{t('chase_log_empty')}</p>
      ) : (
        <ol class="contact-log" data-testid="contact-log">
          {entries.map((entry) => (
            <Entry key={entry.id} entry={entry} summary={summary} today={today} />
          ))}
        </ol>
      )}
    </section>
  );
};

const Entry = ({ entry, summary, today }: { entry: Contact; summary: ChaseSummary; today: string }) => {
  const unpaid = summary.balance > 0;
  return (
    <li>
      <p class="contact-head">
        <DateText date={entry.on} /> · {t(CHANNEL_LABEL[entry.channel])}
        {!entry.invoiceId && <span class="tag">{t('chase_log_all_invoices')}</span>}
      </p>
      <p class="pre">{entry.summary}</p>
      {entry.reasonGiven && (
        <p>
          <span class="letter-label">{t('chase_log_reason')}</span> {entry.reasonGiven}
        </p>
      )}
      {entry.promisedDate && (
        <p>
          <span class="letter-label">{t('chase_log_promised')}</span> <DateText date={entry.promisedDate} />
          {unpaid && entry.promisedDate < today && <span class="tag tag-late">{t('chase_log_promise_broken')}</span>}
          {unpaid && entry.promisedDate >= today && <span class="tag tag-plan">{t('chase_log_promise_pending')}</span>}
        </p>
      )}
    </li>
  );
};

const ContactForm = ({ summary, today }: { summary: ChaseSummary; today: string }) => {
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(today);
  const [channel, setChannel] = useState<ContactChannel>('call');
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [promised, setPromised] = useState('');
  const [wholeClient, setWholeClient] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  if (!open) {
    return (
      <Actions>
        <button type="button" class="primary" onClick={() => setOpen(true)}>
          {t('chase_log_add')}
        </button>
        <Status text={status} />
      </Actions>
    );
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!on || on > today) next.on = t('chase_error_date_future');
    else if (!isCalendarDate(on)) next.on = t(dateErrorKey(on)!);
    if (!text.trim()) next.summary = t('chase_error_required');
    if (promised && !isCalendarDate(promised)) next.promised = t(dateErrorKey(promised)!);
    else if (promised && promised < on) next.promised = t('chase_error_promise_before');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    await logContact({
      id: newId(),
      clientId: summary.invoice.clientId,
      ...(wholeClient ? {} : { invoiceId: summary.invoice.id }),
      on,
      channel,
      summary: text.trim(),
      ...(reason.trim() ? { reasonGiven: reason.trim() } : {}),
      ...(promised ? { promisedDate: promised } : {}),
    });
    setText('');
    setReason('');
    setPromised('');
    setOpen(false);
    setStatus(t('chase_log_saved'));
  };
  return (
    <form class="form-grid chase-form" onSubmit={submit} aria-label={t('chase_log_add')}>
      <Field label={t('chase_log_on')} error={errors.on}>
        {(p) => <input {...p} type="date" value={on} max={today} required onInput={(e) => setOn(value(e))} />}
      </Field>
      <Field label={t('chase_channel')}>
        {(p) => (
          <Select {...p} value={channel} options={messageOptions(CHANNEL_LABEL, ['call' as const, ...CHANNELS.filter((c) => c !== 'call')])} onChange={setChannel} />
        )}
      </Field>
      <div class="span-all">
        <Field label={t('chase_log_summary')} error={errors.summary}>
          {(p) => <textarea {...p} rows={2} maxLength={2000} value={text} onInput={(e) => setText(value(e))} />}
        </Field>
      </div>
      <Field label={t('chase_log_reason_field')} hint={t('chase_log_reason_hint')}>
        {(p) => <input {...p} type="text" maxLength={2000} value={reason} onInput={(e) => setReason(value(e))} />}
      </Field>
      <Field label={t('chase_log_promised_field')} hint={t('chase_log_promised_hint')} error={errors.promised}>
        {(p) => <input {...p} type="date" value={promised} min={on} onInput={(e) => setPromised(value(e))} />}
      </Field>
      <label class="checkbox span-all">
        <input type="checkbox" checked={wholeClient} onChange={(e) => setWholeClient(e.currentTarget.checked)} />
        {t('chase_log_whole_client')}
      </label>
      <FormActions saveLabel={t('chase_log_save')} onCancel={() => setOpen(false)} cancelLabel={t('chase_cancel')} />
    </form>
  );
};
