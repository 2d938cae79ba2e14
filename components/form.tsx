import type { ComponentChildren, TargetedEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import { isCalendarDate, isRealDate } from '@/lib/calendar';
import type { MessageKey } from '@/lib/i18n/messages';
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

/** A row of buttons and links, wrapping on a narrow screen: the one way a card or a form lays out its actions. */
export const Actions = ({ extra, children }: { extra?: string; children: ComponentChildren }) => (
  <div class={extra ? `actions ${extra}` : 'actions'}>{children}</div>
);

/**
 * A form's submit button (primary unless `plain`) and its Cancel when there is one, what else goes with them
 * after, and the form's error announced under them.
 */
export const FormActions = ({
  onCancel,
  error,
  saveLabel,
  cancelLabel,
  plain = false,
  children,
}: {
  onCancel?: () => void;
  error?: string;
  saveLabel?: string;
  cancelLabel?: string;
  plain?: boolean;
  children?: ComponentChildren;
}) => (
  <>
    <Actions>
      <button type="submit" class={plain ? undefined : 'primary'}>
        {saveLabel ?? t('save')}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {cancelLabel ?? t('cancel')}
        </button>
      )}
      {children}
    </Actions>
    <Alert text={error} />
  </>
);

/** Something that went wrong with the form as a whole, announced at once. */
export const Alert = ({ text }: { text?: string | false }) =>
  text ? (
    <p class="error" role="alert">
      {text}
    </p>
  ) : null;

/** What just happened (saved, copied, exported…), read out as it changes; `error` when it went wrong. */
export const Status = ({ text, error = false, testId }: { text?: string; error?: boolean; testId?: string }) => (
  <p role="status" class={error ? 'error' : 'status'} data-testid={testId}>
    {text}
  </p>
);

/** The same beside a form's buttons, shown once there is something to say. */
export const InlineStatus = ({ text }: { text: string | false | undefined }) =>
  text ? (
    <span class="status" role="status">
      {text}
    </span>
  ) : null;

/** One choice of a Select: what is stored, and what the user reads. */
export interface Option<T extends string = string> {
  value: T;
  label: string;
}

/** Values with their labels, in the order given. */
export const optionsOf = <T extends string,>(values: readonly T[], label: (value: T) => string): Option<T>[] =>
  values.map((v) => ({ value: v, label: label(v) }));

/** Values named by their message keys: every key of `labels` in its order, or only `values`. */
export const messageOptions = <T extends string,>(labels: Readonly<Record<T, MessageKey>>, values: readonly T[] = Object.keys(labels) as T[]): Option<T>[] =>
  optionsOf(values, (v) => t(labels[v]));

/** The languages a letter or a message to a client can be written in, each named in itself. */
export const WRITTEN_LANGUAGES: readonly Option<'fr' | 'en'>[] = [
  { value: 'fr', label: 'Français' },
  { value: 'en', label: 'English' },
];

/** What a Field hands its control, or an aria-label where a control has no visible label. */
interface ControlProps {
  id?: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
  'aria-label'?: string;
  disabled?: boolean;
}

/** A select over a list of options, telling the value chosen. */
export const Select = <T extends string,>({
  options,
  value: current,
  onChange,
  ...control
}: ControlProps & { options: readonly Option<T>[]; value: T; onChange: (value: T) => void }) => (
  <select {...control} value={current} onChange={(e) => onChange(e.currentTarget.value as T)}>
    {/* By position: a CSV may name two columns alike. */}
    {options.map((option, i) => (
      <option key={i} value={option.value}>
        {option.label}
      </option>
    ))}
  </select>
);

/**
 * Why a typed date cannot be kept, as a message key: not a date at all, or a year outside the ones a
 * record may hold (lib/calendar.ts). Undefined when it can be kept.
 */
export const dateErrorKey = (typed: string): 'billing_error_date' | 'data_date_out_of_years' | undefined =>
  isCalendarDate(typed) ? undefined : isRealDate(typed) ? 'data_date_out_of_years' : 'billing_error_date';

/**
 * The question a destructive action asks, with Confirm and Cancel (Cancel has the focus, so Enter never
 * confirms by accident). `inline`: asked within a row of actions or a line of text, not as a line of its own.
 */
export const ConfirmQuestion = ({
  id,
  question,
  onConfirm,
  onCancel,
  inline = false,
  small = false,
  confirmLabel,
  cancelLabel,
}: {
  id: string;
  question: string;
  onConfirm: () => unknown;
  onCancel: () => void;
  inline?: boolean;
  small?: boolean;
  confirmLabel?: string;
  cancelLabel?: string;
}) => {
  const Box = inline ? 'span' : 'div';
  const Question = inline ? 'span' : 'p';
  return (
    <Box role="alertdialog" aria-labelledby={id} class="confirm">
      <Question id={id}>{question}</Question>
      <button type="button" class={small ? 'danger small' : 'danger'} onClick={onConfirm}>
        {confirmLabel ?? t('confirm')}
      </button>
      <button type="button" class={small ? 'small' : undefined} onClick={onCancel} autoFocus>
        {cancelLabel ?? t('cancel')}
      </button>
    </Box>
  );
};

/** A destructive action asked twice: its button, then the question (ConfirmQuestion). */
export const ConfirmAction = ({
  label,
  onConfirm,
  ...question
}: {
  id: string;
  label: string;
  question: string;
  onConfirm: () => Promise<void> | void;
  inline?: boolean;
  confirmLabel?: string;
  cancelLabel?: string;
}) => {
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <ConfirmQuestion
      {...question}
      onConfirm={async () => {
        await onConfirm();
        setConfirming(false);
      }}
      onCancel={() => setConfirming(false)}
    />
  ) : (
    <button type="button" class="danger-outline" onClick={() => setConfirming(true)}>
      {label}
    </button>
  );
};
