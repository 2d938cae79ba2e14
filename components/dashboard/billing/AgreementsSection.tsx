import { useState } from 'preact/hooks';
import { todayIn } from '@/lib/calendar';
import { debtorKindOf } from '@/lib/billing/debtor';
import { termWarnings } from '@/lib/billing/due-date';
import { agreementsOfClient } from '@/lib/db/client-queries';
import { loadSettings } from '@/lib/db/repositories';
import type { MessageKey } from '@/lib/i18n/messages';
import { nowInstant, type Agreement, type Client, type Delivery, type DeliveryAcceptance } from '@/lib/model';
import { Actions, Alert, ConfirmAction, ConfirmQuestion, Field, FormActions, Select, messageOptions, value } from '../../form';
import { useLiveQuery } from '../../hooks';
import { DateText, date, money, t } from '../../text';
import { deleteAgreement, removeDelivery, saveAgreement } from './actions';
import { AGREEMENT_STATUS_LABEL, AgreementEditor, TermWarnings } from './AgreementEditor';
import {
  agreementWithDelivery,
  blankDeliveryForm,
  deliveryFormOf,
  type DeliveryField,
  type DeliveryForm,
  type FormErrors,
} from './agreement-form';
import { percentText, statutoryRateText, termsText } from './rule-text';

const byTitle = (a: Agreement, b: Agreement): number => a.title.localeCompare(b.title);

/** The client's agreements on their page: what was agreed, what is missing, and an editor for each. */
export const AgreementsSection = ({ client }: { client: Client }) => {
  const today = todayIn();
  const data = useLiveQuery(
    async () => ({
      agreements: (await agreementsOfClient(client.id)).sort(byTitle),
      settings: await loadSettings(),
    }),
    [client.id],
  );
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  if (!data) return null;
  const { agreements, settings } = data;
  const close = () => setEditing(null);
  return (
    <section class="billing-agreements" aria-labelledby="agreements-heading" data-testid="agreements">
      <div class="view-header">
        <h2 id="agreements-heading">{t('billing_agreements_heading')}</h2>
        {editing === null && (
          <button type="button" class="primary" onClick={() => setEditing('new')}>
            {t('billing_agreement_add')}
          </button>
        )}
      </div>
      {editing === 'new' && <AgreementEditor client={client} settings={settings} today={today} onDone={close} />}
      {agreements.length === 0 && editing !== 'new' && <p class="empty">{t('billing_agreements_empty')}</p>}
      {agreements.length > 0 && (
        <ul class="billing-cards">
          {agreements.map((agreement) => (
            <li key={agreement.id}>
              {editing === agreement.id ? (
                <AgreementEditor client={client} agreement={agreement} settings={settings} today={today} onDone={close} />
              ) : (
                <AgreementCard agreement={agreement} client={client} today={today} onEdit={editing === null ? () => setEditing(agreement.id) : undefined} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

const pricingText = ({ pricing }: Agreement): string => {
  const amount = `${money(pricing.amount, pricing.currency)} ${t(pricing.vat === 'incl' ? 'billing_price_incl_vat' : 'billing_price_excl_vat')}`;
  return pricing.model === 'fixed'
    ? t('billing_pricing_fixed_text', amount)
    : t(pricing.model === 'hourly' ? 'billing_pricing_hourly_text' : 'billing_pricing_daily_text', amount);
};

export const ACCEPTANCE_LABEL: Record<DeliveryAcceptance, MessageKey> = {
  written: 'billing_delivery_acceptance_written',
  platform: 'billing_delivery_acceptance_platform',
  payment: 'billing_delivery_acceptance_payment',
  silence: 'billing_delivery_acceptance_silence',
};

const acceptanceText = (d: Delivery): string =>
  d.acceptedOn
    ? d.acceptance
      ? t('billing_delivery_accepted_how', date(d.acceptedOn), t(ACCEPTANCE_LABEL[d.acceptance]).toLowerCase())
      : t('billing_delivery_accepted', date(d.acceptedOn))
    : d.acceptance
      ? t(ACCEPTANCE_LABEL[d.acceptance])
      : t('billing_delivery_not_accepted');

/**
 * Appends one delivery to the agreement, or corrects the one at `index`, through the repository,
 * which validates it again.
 */
const DeliveryRecorder = ({ agreement, today, index, onDone }: { agreement: Agreement; today: string; index?: number; onDone: () => void }) => {
  const correcting = index === undefined ? undefined : agreement.deliveries?.[index];
  const [form, setForm] = useState<DeliveryForm>(() => (correcting ? deliveryFormOf(correcting) : blankDeliveryForm(today)));
  const [errors, setErrors] = useState<FormErrors<DeliveryField>>({});
  const [failure, setFailure] = useState<string>();
  const set = <K extends DeliveryField>(key: K, next: DeliveryForm[K]) => setForm((f) => ({ ...f, [key]: next }));
  const save = async (event: Event) => {
    event.preventDefault();
    const { agreement: next, errors: found } = agreementWithDelivery(agreement, form, nowInstant(), correcting ? index : undefined);
    setErrors(found);
    if (!next) return;
    try {
      await saveAgreement(next);
      onDone();
    } catch (e) {
      setFailure(t('errorGeneric', (e as Error).message));
    }
  };
  return (
    <form
      class="billing-delivery-form"
      onSubmit={save}
      noValidate
      aria-label={correcting ? t('billing_delivery_correct_named', correcting.what) : t('billing_delivery_record_named', agreement.title)}
      data-testid="delivery-form"
    >
      <div class="form-grid">
        <Field label={t('billing_delivery_on')} error={errors.on && t(errors.on)}>
          {(p) => <input {...p} type="date" value={form.on} onInput={(e) => set('on', value(e))} />}
        </Field>
        <Field label={t('billing_delivery_what')} error={errors.what && t(errors.what)}>
          {(p) => <input {...p} type="text" maxLength={2000} value={form.what} onInput={(e) => set('what', value(e))} />}
        </Field>
        <Field label={t('billing_delivery_accepted_on')} error={errors.acceptedOn && t(errors.acceptedOn)}>
          {(p) => <input {...p} type="date" value={form.acceptedOn} onInput={(e) => set('acceptedOn', value(e))} />}
        </Field>
        <Field label={t('billing_delivery_acceptance')}>
          {(p) => (
            <Select
              {...p}
              value={form.acceptance}
              options={[{ value: '', label: t('billing_delivery_acceptance_none') }, ...messageOptions(ACCEPTANCE_LABEL)]}
              onChange={(a) => set('acceptance', a)}
            />
          )}
        </Field>
      </div>
      <Field label={t('billing_delivery_note')} error={errors.note && t(errors.note)}>
        {(p) => <textarea {...p} rows={2} maxLength={2000} value={form.note} onInput={(e) => set('note', value(e))} />}
      </Field>
      <Alert text={failure} />
      <FormActions saveLabel={t(correcting ? 'billing_delivery_update' : 'billing_delivery_save')} onCancel={onDone} />
    </form>
  );
};

const AgreementCard = ({
  agreement,
  client,
  today,
  onEdit,
}: {
  agreement: Agreement;
  client: Client;
  today: string;
  onEdit?: () => void;
}) => {
  // The delivery form: closed, for a new delivery, or correcting the one at an index.
  const [recording, setRecording] = useState<false | 'new' | number>(false);
  const [removing, setRemoving] = useState<number>();
  // Term caps and the penalty clause are rules between businesses: a private client is not warned about.
  const warnings = termWarnings(agreement, agreement.jurisdiction, { debtor: debtorKindOf(client) });
  const removeOne = async (index: number) => {
    await removeDelivery(agreement, index);
    setRemoving(undefined);
  };
  const requirements = agreement.invoiceRequirements;
  const headingId = `agreement-${agreement.id}`;
  const remove = () => deleteAgreement(agreement);
  const interest =
    agreement.lateInterest.basis === 'contract'
      ? agreement.lateInterest.ratePercent === undefined
        ? t('billing_interest_contract_missing')
        : t('billing_interest_contract', percentText(agreement.lateInterest.ratePercent))
      : statutoryRateText(agreement.jurisdiction, today);
  const address = requirements.billingAddress;
  return (
    <article class="card billing-card" aria-labelledby={headingId} data-testid="agreement-card">
      <div class="view-header">
        <div class="billing-card-title">
          <h3 id={headingId}>{agreement.title}</h3>
          <span class={`tag tag-agreement-${agreement.status}`}>{t(AGREEMENT_STATUS_LABEL[agreement.status])}</span>
        </div>
        <Actions>
          {onEdit && (
            <button type="button" onClick={onEdit} aria-label={t('billing_agreement_edit_named', agreement.title)}>
              {t('billing_edit')}
            </button>
          )}
        </Actions>
      </div>
      <dl class="facts">
        <dt>{t('billing_agreement_group_price')}</dt>
        <dd>
          {pricingText(agreement)}
          {agreement.deposit && <> · {t('billing_deposit_text', money(agreement.deposit.amount, agreement.deposit.currency))}</>}
        </dd>
        <dt>{t('billing_agreement_group_terms')}</dt>
        <dd>{termsText(agreement.paymentTerms)}</dd>
        <dt>{t('billing_agreement_interest')}</dt>
        <dd>{interest}</dd>
        {agreement.fixedRecoveryFee && (
          <>
            <dt>{t('billing_agreement_recovery_fee')}</dt>
            <dd>{money(agreement.fixedRecoveryFee.amount, agreement.fixedRecoveryFee.currency)}</dd>
          </>
        )}
        <dt>{t('billing_agreement_group_signatures')}</dt>
        <dd>
          {t('billing_signed_by_you')}{' '}
          {agreement.signedByFreelancerOn ? <DateText date={agreement.signedByFreelancerOn} /> : t('billing_not_yet')} ·{' '}
          {t('billing_signed_by_client')}{' '}
          {agreement.signedByClientOn ? <DateText date={agreement.signedByClientOn} /> : t('billing_not_yet')}
          {agreement.documentUrl && /^https?:\/\//i.test(agreement.documentUrl) && (
            <>
              {' · '}
              <a href={agreement.documentUrl} target="_blank" rel="noopener noreferrer">
                {t('billing_agreement_document_link')}
              </a>
            </>
          )}
        </dd>
        {agreement.startsOn && (
          <>
            <dt>{t('billing_agreement_starts_on')}</dt>
            <dd>
              <DateText date={agreement.startsOn} />
            </dd>
          </>
        )}
        <dt>{t('billing_agreement_group_requirements')}</dt>
        <dd>
          <ul class="billing-inline-list">
            {requirements.poNumberRequired && (
              <li>{requirements.poNumber ? t('billing_po_required_number', requirements.poNumber) : t('billing_po_required')}</li>
            )}
            {!requirements.poNumberRequired && requirements.poNumber && <li>{t('billing_po_number_text', requirements.poNumber)}</li>}
            {address && <li>{t('billing_billing_address_text', [address.street, address.postalCode, address.city, address.country].filter(Boolean).join(', '))}</li>}
            {requirements.clientVatNumber && <li>{t('billing_client_vat_text', requirements.clientVatNumber)}</li>}
            {requirements.invoiceEmail && <li>{t('billing_invoice_email_text', requirements.invoiceEmail)}</li>}
            {requirements.portal && <li>{t('billing_portal_text', requirements.portal)}</li>}
            {requirements.reference && <li>{t('billing_reference_text', requirements.reference)}</li>}
            {requirements.notes && <li class="pre">{requirements.notes}</li>}
            {!requirements.poNumberRequired &&
              !requirements.poNumber &&
              !address &&
              !requirements.clientVatNumber &&
              !requirements.invoiceEmail &&
              !requirements.portal &&
              !requirements.reference &&
              !requirements.notes && <li>{t('billing_requirements_none')}</li>}
          </ul>
        </dd>
        {agreement.scope && (
          <>
            <dt>{t('billing_agreement_scope')}</dt>
            <dd class="pre">{agreement.scope}</dd>
          </>
        )}
        {(agreement.scope || agreement.deliverables?.length || agreement.revisionRounds !== undefined || agreement.acceptanceCriteria) && (
          <>
            <dt>{t('billing_agreement_deliverables')}</dt>
            <dd>
              {agreement.deliverables?.length ? (
                <ul class="billing-inline-list">
                  {agreement.deliverables.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              ) : (
                t('billing_deliverables_none')
              )}
              {agreement.revisionRounds !== undefined && <p>{t('billing_revision_rounds_text', agreement.revisionRounds)}</p>}
            </dd>
          </>
        )}
        {agreement.acceptanceCriteria && (
          <>
            <dt>{t('billing_agreement_acceptance_criteria')}</dt>
            <dd class="pre">{agreement.acceptanceCriteria}</dd>
          </>
        )}
        <dt>{t('billing_deliveries_heading')}</dt>
        <dd>
          {agreement.deliveries?.length ? (
            <ul class="billing-deliveries" data-testid="deliveries">
              {agreement.deliveries.map((d, i) => (
                <li key={`${i}-${d.on}-${d.what}`}>
                  {t('billing_delivery_line', date(d.on), d.what)} · {acceptanceText(d)}
                  {d.note && <span class="hint pre"> — {d.note}</span>}
                  {onEdit &&
                    (removing === i ? (
                      <ConfirmQuestion
                        inline
                        small
                        id={`${headingId}-delivery-${i}`}
                        question={t('billing_delivery_remove_confirm', d.what)}
                        onConfirm={() => removeOne(i)}
                        onCancel={() => setRemoving(undefined)}
                      />
                    ) : (
                      <span class="delivery-actions">
                        <button type="button" class="link" onClick={() => setRecording(i)} aria-label={t('billing_delivery_correct_named', d.what)}>
                          {t('billing_delivery_correct')}
                        </button>
                        <button type="button" class="link" onClick={() => setRemoving(i)} aria-label={t('billing_delivery_remove_named', d.what)}>
                          {t('billing_delivery_remove')}
                        </button>
                      </span>
                    ))}
                </li>
              ))}
            </ul>
          ) : (
            t('billing_deliveries_empty')
          )}
        </dd>
        {agreement.notes && (
          <>
            <dt>{t('clientNotes')}</dt>
            <dd class="pre">{agreement.notes}</dd>
          </>
        )}
      </dl>
      <TermWarnings warnings={warnings} jurisdiction={agreement.jurisdiction} />
      {recording !== false && (
        <DeliveryRecorder
          key={String(recording)}
          agreement={agreement}
          today={today}
          index={recording === 'new' ? undefined : recording}
          onDone={() => setRecording(false)}
        />
      )}
      {onEdit && (
        <Actions>
          {recording === false && (
            <button type="button" onClick={() => setRecording('new')}>
              {t('billing_delivery_record')}
            </button>
          )}
          <ConfirmAction
            inline
            id={`${headingId}-confirm`}
            label={t('billing_agreement_delete')}
            question={t('billing_agreement_delete_confirm', agreement.title)}
            onConfirm={remove}
          />
        </Actions>
      )}
    </article>
  );
};
