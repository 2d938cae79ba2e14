import { useState } from 'preact/hooks';
import {
  businessFieldsFor,
  businessFormOf,
  capitalCurrencyFor,
  type BusinessErrors,
  type BusinessField,
  type BusinessForm,
} from '@/lib/billing/business-identity';
import { LEGAL_STATUS_RULES } from '@/lib/billing/rules/legal-status';
import type { MessageKey } from '@/lib/i18n/messages';
import { jurisdiction, type Jurisdiction, type LegalStatusId, type Settings } from '@/lib/model';
import { Field, FormActions, Select, Status, messageOptions, value } from '../../form';
import { t } from '../../text';
import { SourceRef } from '../billing/controls';
import { JURISDICTION_LABEL } from '../billing/rule-text';
import { saveBusiness } from './actions';
import { lawOfStatus } from './legal-status';
import { StatusSelect } from './StatusSelect';

/** Legal forms people type most, by country; any other may be typed. */
const LEGAL_FORMS: Record<'FR' | 'UK' | 'DE' | 'other', readonly string[]> = {
  FR: ['SAS', 'SASU', 'SARL', 'EURL', 'SA', 'SNC', 'SELARL', 'SELAS'],
  UK: ['Ltd', 'PLC', 'LLP'],
  DE: ['GmbH', 'UG (haftungsbeschränkt)', 'AG'],
  other: [],
};

/**
 * Settings › Your business: the legal status first, then only the fields it needs. Own identifiers are checked as a
 * client's are; a refused number is named beside its field and the rest of the form stays as typed.
 */
export const BusinessSettings = ({ settings }: { settings: Settings }) => {
  const [form, setForm] = useState<BusinessForm>(() => businessFormOf(settings.freelancer));
  const [law, setLaw] = useState<Jurisdiction>(settings.homeJurisdiction);
  const [errors, setErrors] = useState<BusinessErrors>({});
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const rule = form.status ? LEGAL_STATUS_RULES[form.status] : undefined;
  const shown = new Set(businessFieldsFor(rule));
  const country = rule?.country ?? 'other';

  const set = (field: BusinessField, text: string) => setForm((f) => ({ ...f, [field]: text }));
  const chooseStatus = (next: LegalStatusId | '') => {
    setForm((f) => ({ ...f, status: next }));
    const nextLaw = lawOfStatus(next);
    if (nextLaw) setLaw(nextLaw);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const outcome = await saveBusiness(form, law);
    setErrors(outcome.errors);
    if (!outcome.freelancer) {
      setStatus({ kind: 'error', text: t('business_refused') });
      return;
    }
    setForm(businessFormOf(outcome.freelancer));
    setStatus({ kind: 'ok', text: t('business_saved') });
  };

  const errorOf = (field: BusinessField): string | undefined => {
    const problem = errors[field];
    return problem ? t(problem.key as MessageKey, ...problem.params) : undefined;
  };
  const input = (field: BusinessField, label: string, extra: { hint?: string; maxLength?: number; inputMode?: 'decimal' | 'url' } = {}) =>
    shown.has(field) && (
      <Field label={label} hint={extra.hint} error={errorOf(field)}>
        {(p) => (
          <input
            {...p}
            type="text"
            inputMode={extra.inputMode}
            maxLength={extra.maxLength ?? 300}
            value={form[field]}
            onInput={(e) => set(field, value(e))}
            list={field === 'legalForm' ? 'business-legal-forms' : undefined}
          />
        )}
      </Field>
    );

  const registrationLabel = country === 'FR' ? 'business_registration_fr' : country === 'UK' ? 'business_registration_uk' : 'business_registration_elsewhere';
  const companyNumberLabel = country === 'UK' ? 'business_company_number_uk' : 'business_company_number';
  const hasNumbers = ['siren', 'siret', 'vat', 'taxNumber', 'companyNumber'].some((f) => shown.has(f as BusinessField));
  const hasCompany = ['legalForm', 'shareCapital', 'registration'].some((f) => shown.has(f as BusinessField));

  return (
    <section class="card business-settings" aria-labelledby="settings-business" data-testid="business-settings">
      <h2 id="settings-business" tabIndex={-1}>
        {t('business_heading')}
      </h2>
      <p class="muted">{t('business_intro')}</p>
      <form onSubmit={save} noValidate>
        <fieldset class="settings-group">
          <legend>{t('business_legend_status')}</legend>
          <div class="form-grid">
            <Field label={t('business_status')} hint={rule?.vatFranchise ? t('business_status_hint_franchise') : undefined}>
              {(p) => <StatusSelect {...p} value={form.status} onChange={chooseStatus} />}
            </Field>
            <Field label={t('settingsJurisdiction')}>
              {(p) => <Select {...p} value={law} options={messageOptions(JURISDICTION_LABEL, jurisdiction.options)} onChange={setLaw} />}
            </Field>
          </div>
          {rule && rule.sources.length > 0 && (
            <p class="hint business-sources" data-testid="business-status-sources">
              {rule.sources.map((s) => (
                <SourceRef key={s.ref} source={s} />
              ))}
            </p>
          )}
        </fieldset>

        <fieldset class="settings-group">
          <legend>{t(rule?.company ? 'business_legend_company' : 'business_legend_identity')}</legend>
          <div class="form-grid">
            {input('name', t('business_name'), { hint: rule?.soleTrader && country === 'FR' ? t('business_name_hint_ei') : undefined })}
            {input('tradeName', t('business_trade_name'))}
            {input('street', t(rule?.company ? 'business_street_registered' : 'business_street'), { maxLength: 2000 })}
            {input('postalCode', t('business_postal_code'), { maxLength: 32 })}
            {input('city', t('business_city'), { maxLength: 200 })}
          </div>
        </fieldset>

        {hasNumbers && (
          <fieldset class="settings-group">
            <legend>{t('business_legend_numbers')}</legend>
            <div class="form-grid">
              {input('siren', t('business_siren'), { maxLength: 32 })}
              {input('siret', t('business_siret'), { maxLength: 32, hint: t('business_siret_hint') })}
              {input('companyNumber', t(companyNumberLabel), { maxLength: 32 })}
              {input('taxNumber', t('business_tax_number'), { maxLength: 32, hint: t('business_tax_number_hint') })}
              {input('vat', t('business_vat'), { maxLength: 32, hint: country === 'DE' && rule?.vatFranchise ? t('business_vat_hint_de_franchise') : undefined })}
            </div>
          </fieldset>
        )}

        {hasCompany && (
          <fieldset class="settings-group">
            <legend>{t('business_legend_registration')}</legend>
            <div class="form-grid">
              {input('legalForm', t('business_legal_form'), { maxLength: 60 })}
              {input('shareCapital', t('business_share_capital', capitalCurrencyFor(rule, settings.defaultCurrency)), { inputMode: 'decimal', maxLength: 32 })}
              {input('registration', t(registrationLabel), { maxLength: 100, hint: country === 'UK' ? t('business_registration_uk_hint') : undefined })}
            </div>
            <datalist id="business-legal-forms">
              {LEGAL_FORMS[country].map((f) => (
                <option key={f} value={f} />
              ))}
            </datalist>
          </fieldset>
        )}

        <fieldset class="settings-group">
          <legend>{t('business_legend_mediator')}</legend>
          <p class="hint">{t('business_mediator_intro')}</p>
          <div class="form-grid">
            {input('mediatorName', t('business_mediator_name'))}
            {input('mediatorUrl', t('business_mediator_url'), { inputMode: 'url', maxLength: 2000 })}
          </div>
        </fieldset>

        <FormActions saveLabel={t('business_save')} />
        <Status text={status?.text} error={status?.kind === 'error'} testId="business-status" />
      </form>
    </section>
  );
};
