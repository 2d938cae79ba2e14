import { useEffect, useRef, useState } from 'preact/hooks';
import { agreementsOfClient } from '@/lib/db/client-queries';
import { invoices as invoiceRepo } from '@/lib/db/repositories';
import { newId, nowInstant, type Agreement, type Invoice, type InvoiceStatus } from '@/lib/model';
import type { Settings } from '@/lib/model/settings';
import { reportInvoiceChange } from '../../changes';
import { Field, value } from '../../form';
import { useLiveQuery } from '../../hooks';
import { date, t } from '../../text';
import {
  agreedDueDateOfForm,
  blankInvoiceForm,
  formFromInvoice,
  invoiceFromForm,
  numberingOfForm,
  withAgreement,
  type FieldError,
  type InvoiceField,
  type InvoiceForm,
} from './invoice-form';
import { INVOICE_STATUSES, STATUS_LABEL } from './labels';
import { dueDateOrigin } from './rule-text';

type Numbered = Pick<Invoice, 'id' | 'number' | 'issueDate'>;

/** Agreements still in force come first: an ended one is rarely what a new invoice bills. */
const usable = (agreements: readonly Agreement[]): Agreement[] =>
  [...agreements].sort((a, b) => Number(a.status === 'ended') - Number(b.status === 'ended') || a.title.localeCompare(b.title));

/**
 * Adds or edits an invoice. The due date follows the agreement's payment terms (or the default terms in
 * Settings) and says how it was reached; the user may set another. The number is checked against every other
 * invoice as it is typed.
 */
export const InvoiceEditor = ({
  invoice,
  clients,
  numbers,
  suggestedNumber,
  settings,
  today,
  onDone,
}: {
  invoice?: Invoice;
  clients: readonly { id: string; name: string }[];
  /** Every invoice's number and issue date (the one edited included: it is left out here). */
  numbers: readonly Numbered[];
  suggestedNumber: string;
  settings: Settings;
  today: string;
  onDone: (savedId?: string) => void;
}) => {
  const [form, setForm] = useState<InvoiceForm | undefined>(() =>
    invoice
      ? undefined
      : blankInvoiceForm({ clientId: clients[0]?.id ?? '', number: suggestedNumber, today, defaultCurrency: settings.defaultCurrency }),
  );
  const [errors, setErrors] = useState<Partial<Record<InvoiceField, FieldError>>>({});
  const [failure, setFailure] = useState<string>();
  const agreementTouched = useRef(!!invoice);
  const clientId = form?.clientId ?? invoice?.clientId ?? '';
  const agreements = useLiveQuery(async () => usable(await agreementsOfClient(clientId)), [clientId]);

  // An edited invoice's form needs its agreement's terms to tell an agreed due date from one set by hand.
  useEffect(() => {
    if (!form && invoice && agreements) {
      const next = formFromInvoice(invoice, agreements.find((a) => a.id === invoice.agreementId), settings.defaultTerms);
      setForm(next);
    }
  }, [agreements, invoice]);
  // A new invoice for a client with one agreement in force bills that agreement.
  useEffect(() => {
    if (form && agreements && !agreementTouched.current) {
      const inForce = agreements.filter((a) => a.status !== 'ended');
      setForm(withAgreement({ ...form, agreementId: '' }, inForce.length === 1 ? inForce[0] : undefined));
    }
  }, [agreements]);
  if (!form || !agreements) return null;

  const others = invoice ? numbers.filter((n) => n.id !== invoice.id) : numbers;
  const agreement = agreements.find((a) => a.id === form.agreementId);
  const agreed = agreedDueDateOfForm(form, agreement, settings.defaultTerms);
  const numbering = numberingOfForm(form, others);
  const poRequired = !!agreement?.invoiceRequirements.poNumberRequired;
  const set = <K extends InvoiceField>(key: K, next: InvoiceForm[K]) => setForm({ ...form, [key]: next });
  const error = (key: InvoiceField) => (errors[key] ? t(errors[key]!.key, ...(errors[key]!.params ?? [])) : undefined);
  const input = (key: InvoiceField, label: string, extra: { type?: 'text' | 'date'; maxLength?: number; inputMode?: 'decimal'; hint?: string } = {}) => (
    <Field label={label} error={error(key)} hint={extra.hint}>
      {(p) => (
        <input
          {...p}
          // Preact types each input type apart; these differ only in the browser's picker.
          type={(extra.type ?? 'text') as 'text'}
          inputMode={extra.inputMode}
          maxLength={extra.maxLength}
          value={form[key]}
          onInput={(e) => set(key, value(e))}
        />
      )}
    </Field>
  );

  const save = async (event: Event) => {
    event.preventDefault();
    const base = invoice ?? { id: newId(), createdAt: nowInstant() };
    const result = invoiceFromForm(form, {
      base,
      agreement,
      defaultTerms: settings.defaultTerms,
      others,
      now: nowInstant(),
    });
    setErrors(result.errors);
    if (!result.invoice) return;
    try {
      await invoiceRepo.put(result.invoice);
      await reportInvoiceChange([result.invoice.id]);
      onDone(result.invoice.id);
    } catch (e) {
      setFailure(t('errorGeneric', (e as Error).message));
    }
  };

  const overridden = !!form.dueDate && form.dueDate !== agreed?.dueDate;
  const dueHint = agreed
    ? `${dueDateOrigin(agreed, agreement)}${overridden ? ` ${t('billing_due_overridden')}` : ''}`
    : t('billing_due_needs_issue_date');
  const title = invoice ? t('billing_invoice_edit_heading', invoice.number) : t('invoicesAdd');
  const clientKnown = clients.some((c) => c.id === form.clientId);
  return (
    <form class="card billing-editor" onSubmit={save} aria-label={title} noValidate data-testid="invoice-editor">
      <h2>{title}</h2>
      <div class="form-grid">
        <Field label={t('invoiceClient')} error={error('clientId')}>
          {(p) => (
            <select
              {...p}
              value={form.clientId}
              onChange={(e) => {
                if (value(e) === form.clientId) return;
                agreementTouched.current = false;
                setForm({ ...form, clientId: value(e), agreementId: '' });
              }}
            >
              {!clientKnown && <option value={form.clientId}>—</option>}
              {clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('billing_invoice_agreement')}
          hint={agreements.length === 0 ? t('billing_invoice_no_agreement_hint') : undefined}
        >
          {(p) => (
            <select
              {...p}
              value={form.agreementId}
              onChange={(e) => {
                agreementTouched.current = true;
                setForm(withAgreement(form, agreements.find((a) => a.id === value(e))));
              }}
            >
              <option value="">{t('billing_invoice_agreement_none')}</option>
              {agreements.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div class="billing-number">
          {input('number', t('invoiceNumber'), { maxLength: 64 })}
          <NumberingWarnings numbering={numbering} />
        </div>
        {input('issueDate', t('invoiceIssueDate'), { type: 'date' })}
        {input('serviceDate', t('billing_invoice_service_date'), { type: 'date', hint: t('billing_invoice_service_date_hint') })}
        {input('amount', t('invoiceAmount'), { inputMode: 'decimal' })}
        {input('tax', t('invoiceTax'), { inputMode: 'decimal' })}
        {input('currency', t('invoiceCurrency'), { maxLength: 3 })}
        {input('poNumber', poRequired ? t('billing_invoice_po_required_label') : t('billing_invoice_po'), { maxLength: 100 })}
        <Field label={t('invoiceStatus')}>
          {(p) => (
            <select {...p} value={form.status} onChange={(e) => set('status', value(e) as InvoiceStatus)}>
              {INVOICE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(STATUS_LABEL[s])}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <div class="billing-due" data-testid="due-date">
        <Field label={t('invoiceDueDate')} error={error('dueDate')} hint={dueHint}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={form.dueDate || agreed?.dueDate || ''}
              onInput={(e) => set('dueDate', value(e) === agreed?.dueDate ? '' : value(e))}
            />
          )}
        </Field>
        {overridden && agreed && (
          <button type="button" onClick={() => set('dueDate', '')}>
            {t('billing_due_use_agreed', date(agreed.dueDate))}
          </button>
        )}
      </div>

      <Field label={t('billing_invoice_description')}>
        {(p) => <textarea {...p} rows={2} maxLength={2000} value={form.description} onInput={(e) => set('description', value(e))} />}
      </Field>

      {Object.keys(errors).length > 0 && (
        <p class="error" role="alert">
          {t('billing_form_has_errors')}
        </p>
      )}
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t('billing_invoice_save')}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
};

/** What the number being typed does to the sequence: said at once, not after saving. */
const NumberingWarnings = ({ numbering }: { numbering: ReturnType<typeof numberingOfForm> }) => {
  const lines: { key: string; text: string; severity: 'error' | 'warning' }[] = [];
  if (numbering.duplicateOf) {
    lines.push({
      key: 'duplicate',
      severity: 'error',
      text: t('billing_number_duplicate', numbering.duplicateOf.number),
    });
  }
  if (numbering.gapBefore) {
    const { from, to, count } = numbering.gapBefore;
    lines.push({
      key: 'gap',
      severity: 'warning',
      text: count === 1 ? t('billing_number_gap_one', from) : t('billing_number_gap', from, to, count),
    });
  }
  if (numbering.outOfOrder) {
    lines.push({ key: 'order', severity: 'warning', text: t('billing_number_out_of_order', numbering.outOfOrder.number, numbering.outOfOrder.after) });
  }
  if (lines.length === 0) return null;
  return (
    <ul class="billing-warnings billing-warnings-compact" aria-live="polite" data-testid="numbering-warnings">
      {lines.map((line) => (
        <li key={line.key} class={`billing-warning billing-warning-${line.severity}`}>
          {line.text}
        </li>
      ))}
    </ul>
  );
};
