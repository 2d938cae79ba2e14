import { debtorKindOf } from '@/lib/billing/debtor';
import { useId, useState } from 'preact/hooks';
import { computeDueDate, termWarnings, type TermWarning } from '@/lib/billing/due-date';
import type { MessageKey } from '@/lib/i18n/messages';
import { jurisdiction as jurisdictionSchema, newId, nowInstant, type Agreement, type Client, type Jurisdiction } from '@/lib/model';
import type { Settings } from '@/lib/model/settings';
import { Alert, Field, FormActions, Select, messageOptions, value } from '../../form';
import { date, t } from '../../text';
import {
  agreementFromForm,
  blankAgreementForm,
  formFromAgreement,
  statusAfterSignatures,
  termsOfForm,
  type AgreementField,
  type AgreementForm,
  type AgreementStatus,
  type FormErrors,
  type InterestBasis,
  type PricingModel,
} from './agreement-form';
import { saveAgreement } from './actions';
import { CheckField, RadioGroup, SourceRef } from './controls';
import { JURISDICTION_LABEL, contractFloorText, statutoryFeeText, statutoryRateText, termWarningText } from './rule-text';

export const AGREEMENT_STATUS_LABEL: Record<AgreementStatus, MessageKey> = {
  draft: 'billing_agreement_status_draft',
  sent: 'billing_agreement_status_sent',
  signed: 'billing_agreement_status_signed',
  ended: 'billing_agreement_status_ended',
};

export const PRICING_LABEL: Record<PricingModel, MessageKey> = {
  fixed: 'billing_pricing_fixed',
  hourly: 'billing_pricing_hourly',
  daily: 'billing_pricing_daily',
};

const PRICE_VAT_LABEL: Record<'excl' | 'incl', MessageKey> = { excl: 'billing_price_excl_vat', incl: 'billing_price_incl_vat' };

const JURISDICTIONS = jurisdictionSchema.options;

/** Warnings on an agreement's terms, each with the rule it rests on. */
export const TermWarnings = ({ warnings, jurisdiction }: { warnings: readonly TermWarning[]; jurisdiction: Jurisdiction }) =>
  warnings.length === 0 ? (
    <p class="billing-ok">{t('billing_terms_no_warning', t(JURISDICTION_LABEL[jurisdiction]))}</p>
  ) : (
    <ul class="billing-warnings">
      {warnings.map((warning) => (
        <li key={warning.id} class={`billing-warning billing-warning-${warning.severity}`}>
          <strong class="billing-warning-kind">
            {t(warning.severity === 'error' ? 'billing_warning_unlawful' : 'billing_warning_risky')}
          </strong>{' '}
          {termWarningText(warning)}
          <SourceRef source={warning.source} />
        </li>
      ))}
    </ul>
  );

/** Every field of an agreement, with the warnings its terms raise shown as they are typed. */
export const AgreementEditor = ({
  client,
  agreement,
  settings,
  today,
  onDone,
}: {
  client: Pick<Client, 'id' | 'displayName' | 'kind'>;
  agreement?: Agreement;
  settings: Settings;
  today: string;
  onDone: () => void;
}) => {
  const [form, setForm] = useState<AgreementForm>(() => (agreement ? formFromAgreement(agreement) : blankAgreementForm(settings)));
  const [errors, setErrors] = useState<FormErrors<AgreementField>>({});
  const [failure, setFailure] = useState<string>();
  const [createdAt] = useState(() => agreement?.createdAt ?? nowInstant());
  const warningsId = useId();
  const set = <K extends AgreementField>(key: K, next: AgreementForm[K]) => setForm((f) => ({ ...f, [key]: next }));
  const text = (key: AgreementField, label: string, extra: { maxLength?: number; type?: 'text' | 'date' | 'url' | 'email'; hint?: string; inputMode?: 'decimal' | 'numeric' } = {}) => (
    <Field label={label} error={errors[key] && t(errors[key]!)} hint={extra.hint}>
      {(p) => (
        <input
          {...p}
          // Preact types each input type apart; these differ only in the browser's picker.
          type={(extra.type ?? 'text') as 'text'}
          inputMode={extra.inputMode}
          value={form[key] as string}
          maxLength={extra.maxLength}
          onInput={(e) => set(key, value(e) as AgreementForm[typeof key])}
        />
      )}
    </Field>
  );

  const terms = termsOfForm(form, createdAt);
  // Term caps and the penalty clause are rules between businesses: a private client is not warned about them.
  const warnings = termWarnings(terms, undefined, { debtor: debtorKindOf(client) });
  const example = computeDueDate(today, terms.paymentTerms);

  const save = async (event: Event) => {
    event.preventDefault();
    const { agreement: next, errors: found } = agreementFromForm(
      form,
      { id: agreement?.id ?? newId(), clientId: client.id, createdAt },
      nowInstant(),
      agreement,
    );
    setErrors(found);
    if (!next) return;
    try {
      await saveAgreement(next);
      onDone();
    } catch (e) {
      setFailure(t('errorGeneric', (e as Error).message));
    }
  };

  const title = agreement ? t('billing_agreement_edit_heading', agreement.title) : t('billing_agreement_new_heading', client.displayName);
  return (
    <form class="card billing-editor" onSubmit={save} aria-label={title} noValidate data-testid="agreement-editor">
      <h3>{title}</h3>

      <fieldset>
        <legend>{t('billing_agreement_group_agreement')}</legend>
        <div class="form-grid">
          {text('title', t('billing_agreement_title'), { maxLength: 300 })}
          <Field
            label={t('billing_agreement_status')}
            hint={
              statusAfterSignatures(form.status, form.signedByFreelancerOn.trim(), form.signedByClientOn.trim()) !== form.status
                ? t('billing_agreement_signed_by_both')
                : undefined
            }
          >
            {(p) => <Select {...p} value={form.status} options={messageOptions(AGREEMENT_STATUS_LABEL)} onChange={(s) => set('status', s)} />}
          </Field>
          <Field label={t('billing_agreement_jurisdiction')} hint={t('billing_agreement_jurisdiction_hint')}>
            {(p) => <Select {...p} value={form.jurisdiction} options={messageOptions(JURISDICTION_LABEL, JURISDICTIONS)} onChange={(j) => set('jurisdiction', j)} />}
          </Field>
          {text('startsOn', t('billing_agreement_starts_on'), { type: 'date' })}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('billing_agreement_group_price')}</legend>
        <div class="form-grid">
          <Field label={t('billing_agreement_pricing_model')}>
            {(p) => <Select {...p} value={form.pricingModel} options={messageOptions(PRICING_LABEL)} onChange={(m) => set('pricingModel', m)} />}
          </Field>
          {text('pricingAmount', t(form.pricingModel === 'fixed' ? 'billing_agreement_price_fixed' : form.pricingModel === 'hourly' ? 'billing_agreement_price_hourly' : 'billing_agreement_price_daily'), { inputMode: 'decimal' })}
          <Field label={t('billing_agreement_price_vat')}>
            {(p) => <Select {...p} value={form.pricingVat} options={messageOptions(PRICE_VAT_LABEL)} onChange={(v) => set('pricingVat', v)} />}
          </Field>
          {text('currency', t('invoiceCurrency'), { maxLength: 3 })}
          {text('deposit', t('billing_agreement_deposit'), { inputMode: 'decimal', hint: t('billing_agreement_deposit_hint') })}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('billing_agreement_group_terms')}</legend>
        <div class="form-grid">
          {text('termsDays', t('billing_agreement_terms_days'), { inputMode: 'numeric', maxLength: 3 })}
          <CheckField
            label={t('billing_agreement_end_of_month')}
            checked={form.endOfMonth}
            onChange={(checked) => set('endOfMonth', checked)}
            hint={t('billing_agreement_end_of_month_hint')}
          />
        </div>
        <p class="hint billing-example">{t('billing_agreement_terms_example', date(example.dueDate))}</p>
      </fieldset>

      <fieldset>
        <legend>{t('billing_agreement_group_late')}</legend>
        <RadioGroup<InterestBasis>
          legend={t('billing_agreement_interest')}
          name="interest-basis"
          value={form.interestBasis}
          onChange={(basis) => set('interestBasis', basis)}
          options={[
            { value: 'statutory', label: t('billing_agreement_interest_statutory') },
            { value: 'contract', label: t('billing_agreement_interest_contract') },
          ]}
        />
        <p class="hint">{statutoryRateText(form.jurisdiction, today)}</p>
        <div class="form-grid">
          {form.interestBasis === 'contract' &&
            text('contractRate', t('billing_agreement_contract_rate'), {
              inputMode: 'decimal',
              maxLength: 6,
              hint: contractFloorText(form.jurisdiction, today),
            })}
          {text('recoveryFee', t('billing_agreement_recovery_fee'), { inputMode: 'decimal', hint: statutoryFeeText(form.jurisdiction) })}
          {text('recoveryFeeCurrency', t('billing_agreement_recovery_fee_currency'), { maxLength: 3 })}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('billing_agreement_group_signatures')}</legend>
        <div class="form-grid">
          {text('signedByFreelancerOn', t('billing_agreement_signed_by_you'), { type: 'date' })}
          {text('signedByClientOn', t('billing_agreement_signed_by_client'), { type: 'date' })}
          {text('documentUrl', t('billing_agreement_document'), { type: 'url', maxLength: 2000, hint: t('billing_agreement_document_hint') })}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('billing_agreement_group_scope')}</legend>
        <Field label={t('billing_agreement_scope')} error={errors.scope && t(errors.scope)} hint={t('billing_agreement_scope_hint')}>
          {(p) => <textarea {...p} rows={4} maxLength={20000} value={form.scope} onInput={(e) => set('scope', value(e))} />}
        </Field>
        <Field
          label={t('billing_agreement_deliverables')}
          error={errors.deliverables && t(errors.deliverables)}
          hint={t('billing_agreement_deliverables_hint')}
        >
          {(p) => <textarea {...p} rows={3} value={form.deliverables} onInput={(e) => set('deliverables', value(e))} />}
        </Field>
        <div class="form-grid">{text('revisionRounds', t('billing_agreement_revision_rounds'), { inputMode: 'numeric', maxLength: 2 })}</div>
        <Field label={t('billing_agreement_acceptance_criteria')} error={errors.acceptanceCriteria && t(errors.acceptanceCriteria)}>
          {(p) => (
            <textarea {...p} rows={2} maxLength={2000} value={form.acceptanceCriteria} onInput={(e) => set('acceptanceCriteria', value(e))} />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('billing_agreement_group_requirements')}</legend>
        <p class="hint">{t('billing_agreement_requirements_hint')}</p>
        <div class="form-grid">
          {text('billingStreet', t('billing_agreement_billing_street'), { maxLength: 2000 })}
          {text('billingPostalCode', t('billing_agreement_billing_postal_code'), { maxLength: 32 })}
          {text('billingCity', t('billing_agreement_billing_city'), { maxLength: 200 })}
          {text('billingCountry', t('billing_agreement_billing_country'), { maxLength: 2 })}
          <CheckField
            label={t('billing_agreement_po_required')}
            checked={form.poNumberRequired}
            onChange={(checked) => set('poNumberRequired', checked)}
          />
          {text('poNumber', t('invoicePoNumber'), { maxLength: 100 })}
          {text('clientVatNumber', t('billing_agreement_client_vat'), { maxLength: 32 })}
          {text('invoiceEmail', t('billing_agreement_invoice_email'), { type: 'email', maxLength: 320 })}
          {text('portal', t('billing_agreement_portal'), { maxLength: 500 })}
          {text('reference', t('billing_agreement_reference'), { maxLength: 200 })}
        </div>
        <Field label={t('billing_agreement_requirement_notes')} error={errors.requirementNotes && t(errors.requirementNotes)}>
          {(p) => <textarea {...p} rows={2} maxLength={2000} value={form.requirementNotes} onInput={(e) => set('requirementNotes', value(e))} />}
        </Field>
      </fieldset>

      <Field label={t('clientNotes')} error={errors.notes && t(errors.notes)}>
        {(p) => <textarea {...p} rows={3} maxLength={20000} value={form.notes} onInput={(e) => set('notes', value(e))} />}
      </Field>

      <section class="billing-warnings-box" aria-labelledby={warningsId} aria-live="polite" data-testid="term-warnings">
        <h4 id={warningsId}>{t('billing_terms_warnings_heading')}</h4>
        <TermWarnings warnings={warnings} jurisdiction={form.jurisdiction} />
      </section>

      <Alert text={Object.keys(errors).length > 0 && t('billing_form_has_errors')} />
      <Alert text={failure} />
      <FormActions saveLabel={t('billing_agreement_save')} onCancel={onDone} />
    </form>
  );
};
