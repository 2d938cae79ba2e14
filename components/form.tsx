import type { ComponentChildren, TargetedEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import { isCalendarDate, isRealDate } from '@/lib/calendar';
import { t } from './text';

/** A labelled control with its error announced to screen readers. */
export const Field = ({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => ComponentChildren;
}) => {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
};

export const value = (event: TargetedEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>): string =>
  event.currentTarget.value;

/** A form's Save and Cancel, with its error announced under them. */
export const FormActions = ({ onCancel, error, saveLabel }: { onCancel: () => void; error?: string; saveLabel?: string }) => (
  <>
    <div class="actions">
      <button type="submit" class="primary">
        {saveLabel ?? t('save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
    {error && (
      <p class="error" role="alert">
        {error}
      </p>
    )}
  </>
);

/**
 * Why a typed date cannot be kept, as a message key: not a date at all, or a year outside the ones a
 * record may hold (lib/calendar.ts). Undefined when it can be kept.
 */
export const dateErrorKey = (typed: string): 'billing_error_date' | 'data_date_out_of_years' | undefined =>
  isCalendarDate(typed) ? undefined : isRealDate(typed) ? 'data_date_out_of_years' : 'billing_error_date';

/**
 * A destructive action asked twice: its button, then the question with Confirm and Cancel (Cancel has the
 * focus, so Enter never confirms by accident).
 */
export const ConfirmAction = ({ id, label, question, onConfirm }: { id: string; label: string; question: string; onConfirm: () => Promise<void> | void }) => {
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <div role="alertdialog" aria-labelledby={id} class="confirm">
      <p id={id}>{question}</p>
      <button
        type="button"
        class="danger"
        onClick={async () => {
          await onConfirm();
          setConfirming(false);
        }}
      >
        {t('confirm')}
      </button>
      <button type="button" onClick={() => setConfirming(false)} autoFocus>
        {t('cancel')}
      </button>
    </div>
  ) : (
    <button type="button" class="danger-outline" onClick={() => setConfirming(true)}>
      {label}
    </button>
  );
};
