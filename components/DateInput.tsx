import { useEffect, useState } from 'preact/hooks';
import { parseTypedDate } from '@/lib/calendar';
import { date, t } from './text';

/**
 * A date typed as text and shown as the rest of the dashboard writes dates, in the UI language
 * ("13 Oct 2026", "13 oct. 2026"). The browser's own date field follows the browser's locale instead,
 * so an English dashboard in a US browser showed mm/dd/yyyy beside tables that say "13 Oct 2026".
 * `value` and `onChange` speak `YYYY-MM-DD`, or '' for no date.
 */
export const DateInput = ({
  value,
  onChange,
  id,
  ...aria
}: {
  value: string;
  onChange: (date: string) => void;
  id: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}) => {
  const [typed, setTyped] = useState(() => (value ? date(value) : ''));
  const [wrong, setWrong] = useState(false);
  // A value set from outside (a reset) replaces what was typed.
  useEffect(() => {
    if (value !== (parseTypedDate(typed) ?? '')) setTyped(value ? date(value) : '');
  }, [value]);
  const commit = (text: string) => {
    const parsed = text.trim() === '' ? '' : parseTypedDate(text);
    setWrong(parsed === undefined);
    if (parsed !== undefined) onChange(parsed);
  };
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        placeholder={t('dateInputPlaceholder')}
        value={typed}
        aria-invalid={wrong ? 'true' : aria['aria-invalid']}
        aria-describedby={aria['aria-describedby']}
        onInput={(e) => {
          setTyped(e.currentTarget.value);
          const parsed = parseTypedDate(e.currentTarget.value);
          if (parsed) {
            setWrong(false);
            onChange(parsed);
          } else if (e.currentTarget.value.trim() === '') {
            setWrong(false);
            onChange('');
          }
        }}
        onBlur={(e) => {
          commit(e.currentTarget.value);
          const parsed = parseTypedDate(e.currentTarget.value);
          if (parsed) setTyped(date(parsed));
        }}
      />
      {wrong && (
        <p class="error" role="alert">
          {t('dateInputWrong')}
        </p>
      )}
    </>
  );
};
