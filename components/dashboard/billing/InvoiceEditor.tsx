import { useEffect, useRef, useState } from 'preact/hooks';
import { agreementsOfClient } from '@/lib/db/client-queries';
import { decimalAmount } from '@/lib/billing/export-csv';
import { legalStatusOf } from '@/lib/billing/rules/legal-status';
import { vatRatesOn } from '@/lib/billing/rules/vat-rates';
import { isCalendarDate } from '@/lib/calendar';
import { newId, nowInstant, type Agreement, type Invoice, type Jurisdiction } from '@/lib/model';
import type { Settings } from '@/lib/model/settings';
import { Actions, Alert, Field, FormActions, Select, messageOptions, optionsOf, value } from '../../form';
import { useLiveQuery } from '../../hooks';
import { Money, date, t } from '../../text';
import {
  agreedDueDateOfForm,
  amountsOfForm,
  blankInvoiceForm,
  blankLine,
  formFromInvoice,
  invoiceFromForm,
  numberingOfForm,
  withAgreement,
  type FieldError,
  type InvoiceField,
  type InvoiceForm,
  type LineForm,
} from './invoice-form';
import { saveInvoice } from './actions';
import { INVOICE_STATUSES, STATUS_LABEL } from './labels';
import { dueDateOrigin } from './rule-text';

type Numbered = Pick<Invoice, 'id' | 'number' | 'issueDate'>;

/** Agreements still in force come first: an ended one is rarely what a new invoice bills. */
const usable = (agreements: readonly Agreement[]): Agreement[] =>
  [...agreements].sort((a, b) => Number(a.status === 'ended') - Number(b.status === 'ended') || a.title.localeCompare(b.title));

type ScalarField = Exclude<keyof InvoiceForm, 'lines' | 'entry'>;

/**
 * Adds or edits an invoice. The amount is entered before VAT with a rate of the jurisdiction (or as lines), and
 * VAT and the total are computed as it is typed; under a VAT franchise no rate is asked. The due date follows the agreement's payment terms (or the default terms in
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
  const vatFranchise = !!legalStatusOf(settings.freelancer)?.vatFranchise;
  const ratesIn = (jurisdiction: Jurisdiction, on: string): number[] =>
    vatRatesOn(jurisdiction, isCalendarDate(on) ? on : today).map((r) => r.ratePercent);
  const [form, setForm] = useState<InvoiceForm | undefined>(() =>
    invoice
      ? undefined
      : blankInvoiceForm({
          clientId: clients[0]?.id ?? '',
          number: suggestedNumber,
          today,
          defaultCurrency: settings.defaultCurrency,
          defaultRate: vatFranchise ? undefined : ratesIn(settings.homeJurisdiction, today)[0],
        }),
  );
  const [errors, setErrors] = useState<Partial<Record<InvoiceField, FieldError>>>({});
  const [failure, setFailure] = useState<string>();
  const agreementTouched = useRef(!!invoice);
  const clientId = form?.clientId ?? invoice?.clientId ?? '';
  const agreements = useLiveQuery(async () => usable(await agreementsOfClient(clientId)), [clientId]);

  // An edited invoice's form needs its agreement's terms to tell an agreed due date from one set by hand.
  useEffect(() => {
    if (!form && invoice && agreements) {
      const own = agreements.find((a) => a.id === invoice.agreementId);
      const next = formFromInvoice(invoice, own, settings.defaultTerms, {
        rates: ratesIn(own?.jurisdiction ?? settings.homeJurisdiction, invoice.issueDate),
        vatFranchise,
      });
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
  const set = <K extends keyof InvoiceForm>(key: K, next: InvoiceForm[K]) => setForm({ ...form, [key]: next });
  const rates = ratesIn(agreement?.jurisdiction ?? settings.homeJurisdiction, form.issueDate);
  const franchiseCountry = legalStatusOf(settings.freelancer)?.country;
  const amounts = amountsOfForm(form, form.currency.trim().toUpperCase(), vatFranchise);
  const setLine = (index: number, key: keyof LineForm, next: string) =>
    setForm({ ...form, lines: form.lines.map((line, i) => (i === index ? { ...line, [key]: next } : line)) });
  const defaultRate = vatFranchise ? '' : form.vatRate || String(rates[0] ?? '');
  const error = (key: InvoiceField) => (errors[key] ? t(errors[key]!.key, ...(errors[key]!.params ?? [])) : undefined);
  const input = (key: ScalarField, label: string, extra: { type?: 'text' | 'date'; maxLength?: number; inputMode?: 'decimal'; hint?: string } = {}) => (
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
      vatFranchise,
    });
    setErrors(result.errors);
    if (!result.invoice) return;
    try {
      await saveInvoice(result.invoice);
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
            <Select
              {...p}
              value={form.clientId}
              options={[...(clientKnown ? [] : [{ value: form.clientId, label: '—' }]), ...clients.map((c) => ({ value: c.id, label: c.name }))]}
              onChange={(clientId) => {
                if (clientId === form.clientId) return;
                agreementTouched.current = false;
                setForm({ ...form, clientId, agreementId: '' });
              }}
            />
          )}
        </Field>
        <Field
          label={t('billing_invoice_agreement')}
          hint={agreements.length === 0 ? t('billing_invoice_no_agreement_hint') : undefined}
        >
          {(p) => (
            <Select
              {...p}
              value={form.agreementId}
              options={[{ value: '', label: t('billing_invoice_agreement_none') }, ...agreements.map((a) => ({ value: a.id, label: a.title }))]}
              onChange={(agreementId) => {
                agreementTouched.current = true;
                setForm(withAgreement(form, agreements.find((a) => a.id === agreementId)));
              }}
            />
          )}
        </Field>
        <div class="billing-number">
          {input('number', t('invoiceNumber'), { maxLength: 64 })}
          <NumberingWarnings numbering={numbering} />
        </div>
        {input('issueDate', t('invoiceIssueDate'), { type: 'date' })}
        {input('serviceDate', t('billing_invoice_service_date'), { type: 'date', hint: t('billing_invoice_service_date_hint') })}
        {input('currency', t('invoiceCurrency'), { maxLength: 3 })}
        {input('poNumber', poRequired ? t('billing_invoice_po_required_label') : t('billing_invoice_po'), { maxLength: 100 })}
        {invoice ? (
          <Field label={t('invoiceStatus')}>
            {(p) => <Select {...p} value={form.status} options={messageOptions(STATUS_LABEL, INVOICE_STATUSES)} onChange={(s) => set('status', s)} />}
          </Field>
        ) : (
          <p class="hint" data-testid="new-invoice-status">
            {t('invoiceStatus')}: {t(STATUS_LABEL.draft)}
          </p>
        )}
      </div>

      <fieldset class="billing-amounts" data-testid="invoice-amounts">
        <legend>{t('invoiceAmount')}</legend>
        {vatFranchise && (
          <p class="hint" data-testid="vat-franchise-note">
            {t(franchiseCountry === 'DE' ? 'billing_invoice_franchise_de' : 'billing_invoice_franchise_fr')}
          </p>
        )}
        {form.entry === 'as-entered' && (
          <>
            <p class="hint">{t('billing_invoice_as_entered')}</p>
            <div class="form-grid">
              {input('amount', t('billing_invoice_total_incl'), { inputMode: 'decimal' })}
              {input('tax', t('billing_invoice_vat_as_entered'), { inputMode: 'decimal' })}
            </div>
            <button
              type="button"
              onClick={() => {
                const split = amountsOfForm(form, form.currency.trim().toUpperCase(), false);
                const currency = form.currency.trim().toUpperCase();
                const net = split.amount !== undefined ? decimalAmount(split.amount - (split.taxAmount ?? 0), currency) : '';
                setForm({ ...form, entry: 'net', net, vatRate: defaultRate });
              }}
            >
              {t('billing_invoice_as_entered_option')}
            </button>
          </>
        )}
        {form.entry === 'net' && (
          <div class="form-grid">
            {input('net', t('billing_invoice_net'), { inputMode: 'decimal' })}
            {!vatFranchise && <RateField label={t('billing_invoice_vat_rate')} value={form.vatRate} rates={rates} error={error('vatRate')} onChange={(next) => set('vatRate', next)} />}
          </div>
        )}
        {form.entry === 'lines' &&
          form.lines.map((line, i) => {
            const lineError = (key: keyof LineForm) => error(`line${i}.${key}`);
            return (
              <fieldset key={i} class="billing-line" data-testid="invoice-line">
                <legend>{t('billing_invoice_line', i + 1)}</legend>
                <div class="form-grid">
                  <Field label={t('billing_invoice_line_description')} error={lineError('description')}>
                    {(p) => <input {...p} type="text" maxLength={500} value={line.description} onInput={(e) => setLine(i, 'description', value(e))} />}
                  </Field>
                  <Field label={t('billing_invoice_line_quantity')} error={lineError('quantity')}>
                    {(p) => <input {...p} type="text" inputMode="decimal" value={line.quantity} onInput={(e) => setLine(i, 'quantity', value(e))} />}
                  </Field>
                  <Field label={t('billing_invoice_line_unit_price')} error={lineError('unitPrice')}>
                    {(p) => <input {...p} type="text" inputMode="decimal" value={line.unitPrice} onInput={(e) => setLine(i, 'unitPrice', value(e))} />}
                  </Field>
                  {!vatFranchise && (
                    <RateField label={t('billing_invoice_vat_rate')} value={line.vatRate} rates={rates} error={lineError('vatRate')} onChange={(next) => setLine(i, 'vatRate', next)} />
                  )}
                </div>
                <button type="button" onClick={() => setForm({ ...form, lines: form.lines.filter((_, j) => j !== i) })}>
                  {t('billing_invoice_remove_line', i + 1)}
                </button>
              </fieldset>
            );
          })}
        <Actions>
          {form.entry === 'lines' && (
            <>
              <button type="button" onClick={() => setForm({ ...form, lines: [...form.lines, blankLine(defaultRate)] })}>
                {t('billing_invoice_add_line')}
              </button>
              <button type="button" onClick={() => setForm({ ...form, entry: 'net', lines: [] })}>
                {t('billing_invoice_use_net')}
              </button>
            </>
          )}
          {form.entry === 'net' && (
            <button
              type="button"
              onClick={() =>
                setForm({ ...form, entry: 'lines', lines: [{ ...blankLine(vatFranchise ? '' : form.vatRate || defaultRate), unitPrice: form.net, description: form.description.trim().slice(0, 500) }] })
              }
            >
              {t('billing_invoice_use_lines')}
            </button>
          )}
        </Actions>
        <Alert text={form.entry === 'lines' && error('net')} />
        <Totals totals={amounts.totals} currency={form.currency.trim().toUpperCase()} />
      </fieldset>

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

      <Alert text={Object.keys(errors).length > 0 && t('billing_form_has_errors')} />
      <Alert text={failure} />
      <FormActions saveLabel={t('billing_invoice_save')} onCancel={() => onDone()} />
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

/** The rate as a choice among the jurisdiction's rates, or typed where it has none listed (EU, another rate). */
const RateField = ({
  label,
  value: current,
  rates,
  error,
  onChange,
}: {
  label: string;
  value: string;
  rates: readonly number[];
  error?: string;
  onChange: (next: string) => void;
}) => {
  const listed = rates.map(String);
  return (
    <Field label={label} error={error}>
      {(p) =>
        listed.length > 0 ? (
          <Select
            {...p}
            value={current}
            options={[
              ...(listed.includes(current) ? [] : [{ value: current, label: current ? t('billing_vat_rate_option', current) : '—' }]),
              ...optionsOf(listed, (rate) => t('billing_vat_rate_option', rate)),
            ]}
            onChange={onChange}
          />
        ) : (
          <input {...p} type="text" inputMode="decimal" maxLength={7} value={current} onInput={(e) => onChange(value(e))} />
        )
      }
    </Field>
  );
};

/** What the amounts entered come to: before VAT, VAT per rate, total. */
const Totals = ({ totals, currency }: { totals: ReturnType<typeof amountsOfForm>['totals']; currency: string }) => {
  if (!totals || !/^[A-Z]{3}$/.test(currency)) return null;
  const charged = totals.byRate.filter((g) => g.ratePercent !== undefined);
  return (
    <dl class="facts billing-totals" aria-label={t('billing_invoice_totals')} aria-live="polite" data-testid="invoice-totals">
      <dt>{t('billing_invoice_net')}</dt>
      <dd data-testid="invoice-total-net">
        <Money amount={totals.net} currency={currency} />
      </dd>
      {charged.length === 1 ? (
        <>
          <dt>{t('billing_invoice_vat_at', String(charged[0].ratePercent))}</dt>
          <dd data-testid="invoice-total-vat">
            <Money amount={totals.vat} currency={currency} />
          </dd>
        </>
      ) : (
        charged.map((group) => (
          <>
            <dt key={`t${group.ratePercent}`}>{t('billing_invoice_vat_at', String(group.ratePercent))}</dt>
            <dd key={`d${group.ratePercent}`}>
              <Money amount={group.vat} currency={currency} />
            </dd>
          </>
        ))
      )}
      {charged.length > 1 && (
        <>
          <dt>{t('billing_invoice_vat')}</dt>
          <dd data-testid="invoice-total-vat">
            <Money amount={totals.vat} currency={currency} />
          </dd>
        </>
      )}
      <dt>{t('billing_invoice_total')}</dt>
      <dd data-testid="invoice-total">
        <strong>
          <Money amount={totals.total} currency={currency} />
        </strong>
      </dd>
    </dl>
  );
};
