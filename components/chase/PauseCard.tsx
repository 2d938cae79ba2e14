import { useState } from 'preact/hooks';
import type { ChaseSummary } from '@/lib/chase/invoice-chase';
import { Field, FormActions, value } from '../form';
import { t } from '../text';
import { pauseChase, resumeChase } from './actions';

/** A dispute or another good reason stops the reminders until the user resumes them. */
export const PauseCard = ({ summary }: { summary: ChaseSummary }) => {
  const [reason, setReason] = useState('');
  // Not every pause is a dispute: the user says so when it is one.
  const [dispute, setDispute] = useState(false);
  const [error, setError] = useState('');
  const { invoice } = summary;
  const paused = summary.pause === 'disputed' || summary.pause === 'paused';
  if (summary.pause === 'not-chased') return null;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!reason.trim()) return setError(t('chase_error_required'));
    setError('');
    await pauseChase(invoice, reason, dispute);
    setReason('');
  };
  return (
    <section class="card" aria-labelledby="chase-pause-heading">
      <h2 id="chase-pause-heading">{t('chase_pause_heading')}</h2>
      {paused ? (
        <>
          <p>{invoice.status === 'disputed' ? t('chase_pause_is_disputed') : t('chase_pause_is_paused')}</p>
          {invoice.chase.pausedReason && (
            <p>
              <span class="letter-label">{t('chase_pause_reason_label')}</span> <q>{invoice.chase.pausedReason}</q>
            </p>
          )}
          <p class="muted">{t('chase_pause_resume_explain')}</p>
          <button type="button" class="primary" onClick={() => resumeChase(invoice)}>
            {t('chase_pause_resume')}
          </button>
        </>
      ) : (
        <form onSubmit={submit} aria-label={t('chase_pause_heading')}>
          <p class="muted">{t('chase_pause_explain')}</p>
          <Field label={t('chase_pause_reason')} error={error}>
            {(p) => <input {...p} type="text" maxLength={2000} value={reason} onInput={(e) => setReason(value(e))} />}
          </Field>
          <label class="checkbox">
            <input type="checkbox" checked={dispute} onChange={(e) => setDispute(e.currentTarget.checked)} />
            {t('chase_pause_dispute')}
          </label>
          <FormActions plain saveLabel={t('chase_pause_submit')} />
        </form>
      )}
    </section>
  );
};
