import { useState } from 'preact/hooks';
import { todayIn } from '@/lib/billing/calendar';
import { termWarnings } from '@/lib/billing/due-date';
import { db } from '@/lib/db/database';
import { agreements as agreementRepo, loadSettings } from '@/lib/db/repositories';
import type { Agreement, Client } from '@/lib/model';
import { reportChange } from '../../changes';
import { useLiveQuery } from '../../hooks';
import { DateText, money, t } from '../../text';
import { AGREEMENT_STATUS_LABEL, AgreementEditor, TermWarnings } from './AgreementEditor';
import { percentText, statutoryRateText, termsText } from './rule-text';

const byTitle = (a: Agreement, b: Agreement): number => a.title.localeCompare(b.title);

/** The client's agreements on their page: what was agreed, what is missing, and an editor for each. */
export const AgreementsSection = ({ client }: { client: Client }) => {
  const today = todayIn();
  const data = useLiveQuery(
    async () => ({
      agreements: (await db().agreements.where('clientId').equals(client.id).toArray()).sort(byTitle),
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
                <AgreementCard agreement={agreement} today={today} onEdit={editing === null ? () => setEditing(agreement.id) : undefined} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

const pricingText = ({ pricing }: Agreement): string => {
  const amount = money(pricing.amount, pricing.currency);
  return pricing.model === 'fixed'
    ? t('billing_pricing_fixed_text', amount)
    : t(pricing.model === 'hourly' ? 'billing_pricing_hourly_text' : 'billing_pricing_daily_text', amount);
};

const AgreementCard = ({ agreement, today, onEdit }: { agreement: Agreement; today: string; onEdit?: () => void }) => {
  const [confirming, setConfirming] = useState(false);
  const warnings = termWarnings(agreement);
  const requirements = agreement.invoiceRequirements;
  const headingId = `agreement-${agreement.id}`;
  const remove = async () => {
    await agreementRepo.delete(agreement.id);
    await reportChange('agreements');
  };
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
        <div class="actions">
          {onEdit && (
            <button type="button" onClick={onEdit} aria-label={t('billing_agreement_edit_named', agreement.title)}>
              {t('billing_edit')}
            </button>
          )}
        </div>
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
        {agreement.notes && (
          <>
            <dt>{t('clientNotes')}</dt>
            <dd class="pre">{agreement.notes}</dd>
          </>
        )}
      </dl>
      <TermWarnings warnings={warnings} jurisdiction={agreement.jurisdiction} />
      {onEdit && (
        <div class="actions">
          {confirming ? (
            <span role="alertdialog" aria-labelledby={`${headingId}-confirm`} class="confirm">
              <span id={`${headingId}-confirm`}>{t('billing_agreement_delete_confirm', agreement.title)}</span>
              <button type="button" class="danger" onClick={remove}>
                {t('confirm')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </span>
          ) : (
            <button type="button" class="danger-outline" onClick={() => setConfirming(true)}>
              {t('billing_agreement_delete')}
            </button>
          )}
        </div>
      )}
    </article>
  );
};
