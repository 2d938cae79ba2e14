import { useId } from 'preact/hooks';
import type { LegalSource } from '@/lib/billing/rules/sources';
import { money, t } from '../../text';

/** A tick box with its label after it, and an optional hint read with it. */
export const CheckField = ({
  label,
  checked,
  onChange,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) => {
  const id = useId();
  return (
    <div class="field check-field">
      <span class="check-row">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.currentTarget.checked)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <label for={id}>{label}</label>
      </span>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
};

/** Radio buttons in a fieldset whose legend names the choice. */
export const RadioGroup = <T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) => (
  <fieldset class="radio-group">
    <legend>{legend}</legend>
    {options.map((option) => (
      <label key={option.value} class="radio">
        <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
        {option.label}
      </label>
    ))}
  </fieldset>
);

const isHttp = (url: string): boolean => /^https?:\/\//i.test(url);

/** "Rule: Code de commerce L441-10", linked to the official text where there is one. */
export const SourceRef = ({ source }: { source: LegalSource }) => (
  <span class="rule-source">
    {t('billing_rule_source')}{' '}
    {source.url && isHttp(source.url) ? (
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.ref}
      </a>
    ) : (
      <cite>{source.ref}</cite>
    )}
  </span>
);

/** Amounts in several currencies are never added: "€6,600.00 + £1,200.00". */
export const totalsText = (totals: ReadonlyMap<string, number>): string =>
  totals.size === 0 ? '—' : [...totals].map(([currency, amount]) => money(amount, currency)).join(' + ');
