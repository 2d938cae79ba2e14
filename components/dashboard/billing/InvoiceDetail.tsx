import { useState } from 'preact/hooks';
import { agreedDueDate } from '@/lib/billing/due-date';
import { balanceOf, daysLate, isOverdue } from '@/lib/billing/overdue';
import { totalPaid, withFullPayment } from '@/lib/billing/payments';
import { agreements as agreementRepo, clients as clientRepo } from '@/lib/db/repositories';
import { messageFor } from '@/lib/i18n/messages';
import type { Invoice } from '@/lib/model';
import type { Settings } from '@/lib/model/settings';
import { routeToHash } from '@/lib/navigation';
import { Actions, ConfirmAction } from '../../form';
import { useLiveQuery } from '../../hooks';
import { DateText, Money, date, daysLateText, t, tn } from '../../text';
import { deleteInvoice, updateInvoice } from './actions';
import { ComplianceChecklist, checklistCounts, complianceChecklist } from './ComplianceChecklist';
import { STATUS_LABEL } from './labels';
import { ImportedFrom } from '../import/ImportedFrom';
import { Payments } from './Payments';
import { dueDateOrigin, dueRuleText } from './rule-text';

/**
 * One invoice: its facts and how its due date was reached, its payments, and the mentions to check before it
 * is sent. Sending with mentions missing or unconfirmed asks once more.
 */
export const InvoiceDetail = ({
  invoice,
  clientName,
  settings,
  today,
  onEdit,
}: {
  invoice: Invoice;
  clientName: string;
  settings: Settings;
  today: string;
  onEdit: () => void;
}) => {
  const related = useLiveQuery(
    // A row that no longer validates (edited by hand) counts as absent: the checklist then asks the user.
    async () => ({
      client: (await clientRepo.get(invoice.clientId).catch(() => undefined)) ?? null,
      agreement: invoice.agreementId ? ((await agreementRepo.get(invoice.agreementId).catch(() => undefined)) ?? null) : null,
    }),
    [invoice.clientId, invoice.agreementId],
  );
  const [confirmingSend, setConfirmingSend] = useState(false);
  if (!related) return null;
  const { client, agreement } = related;
  const balance = balanceOf(invoice);
  const overdue = isOverdue(invoice, today);
  const agreed = agreedDueDate(invoice, agreement ?? undefined, settings.defaultTerms);
  const jurisdiction = settings.homeJurisdiction;
  const items = complianceChecklist(
    { invoice, agreement: agreement ?? undefined, client: client ?? undefined, freelancer: settings.freelancer, jurisdiction },
    new Set(invoice.confirmedMentions ?? []),
  );
  const counts = checklistCounts(items);
  const unresolved = counts.missing + counts['to-confirm'];

  const tick = (mentionId: string, ticked: boolean) => {
    const confirmed = new Set(invoice.confirmedMentions ?? []);
    if (ticked) confirmed.add(mentionId);
    else confirmed.delete(mentionId);
    // Ticks change nothing the badge counts; status, dates and payments do.
    return updateInvoice({ ...invoice, confirmedMentions: [...confirmed].sort() }, false);
  };
  const send = async () => {
    setConfirmingSend(false);
    await updateInvoice({ ...invoice, status: 'sent' });
  };
  const close = () => (location.hash = routeToHash({ view: 'invoices' }));
  const checklistOpen = invoice.status === 'draft';

  return (
    <section class="card detail" aria-labelledby="invoice-detail-heading" data-testid="invoice-detail">
      <div class="view-header">
        <div class="billing-card-title">
          <h2 id="invoice-detail-heading">{t('invoiceDetails', invoice.number)}</h2>
          <span class={`tag tag-${invoice.status}`}>{t(STATUS_LABEL[invoice.status])}</span>
        </div>
        <Actions>
          <button type="button" onClick={onEdit}>
            {t('billing_edit')}
          </button>
          <button type="button" onClick={close}>
            {t('invoiceClose')}
          </button>
        </Actions>
      </div>
      <dl class="facts">
        <dt>{t('invoiceClient')}</dt>
        <dd>
          <a href={routeToHash({ view: 'clients', id: invoice.clientId })}>{clientName}</a>
        </dd>
        <dt>{t('billing_invoice_agreement')}</dt>
        <dd>{agreement ? agreement.title : t('billing_invoice_agreement_none')}</dd>
        <dt>{t('invoiceIssueDate')}</dt>
        <dd>
          <DateText date={invoice.issueDate} />
        </dd>
        {invoice.serviceDate && (
          <>
            <dt>{t('billing_invoice_service_date')}</dt>
            <dd>
              <DateText date={invoice.serviceDate} />
            </dd>
          </>
        )}
        <dt>{t('invoiceDueDate')}</dt>
        <dd>
          <DateText date={invoice.dueDate} />
          {overdue && <span class="tag tag-late">{daysLateText(daysLate(invoice, today))}</span>}
          <span class="hint billing-block">
            {invoice.dueDate === agreed.dueDate
              ? dueDateOrigin(agreed, agreement ?? undefined)
              : t('billing_due_set_by_hand', date(agreed.dueDate), dueRuleText(agreed.rule))}
          </span>
        </dd>
        <dt>{t('invoiceAmount')}</dt>
        <dd>
          <Money amount={invoice.amount} currency={invoice.currency} /> ({t('invoiceTax')}{' '}
          <Money amount={invoice.taxAmount} currency={invoice.currency} />)
        </dd>
        <dt>{t('billing_paid')}</dt>
        <dd>
          <Money amount={totalPaid(invoice)} currency={invoice.currency} />
        </dd>
        <dt>{t('invoiceBalance')}</dt>
        <dd>
          <strong>
            <Money amount={balance} currency={invoice.currency} />
          </strong>
        </dd>
        {invoice.poNumber && (
          <>
            <dt>{t('invoicePoNumber')}</dt>
            <dd>{invoice.poNumber}</dd>
          </>
        )}
        {invoice.source && <ImportedFrom source={invoice.source} />}
        {invoice.description && (
          <>
            <dt>{t('billing_invoice_description')}</dt>
            <dd class="pre">{invoice.description}</dd>
          </>
        )}
      </dl>

      <Actions extra="billing-detail-actions">
        {invoice.status === 'draft' && !confirmingSend && (
          <button type="button" class="primary" onClick={() => (unresolved > 0 ? setConfirmingSend(true) : send())}>
            {t('invoiceMarkSent')}
          </button>
        )}
        {confirmingSend && (
          <span role="alertdialog" aria-labelledby="confirm-send-invoice" class="confirm billing-confirm-send">
            <span class="billing-send-check" data-testid="send-check">
              <span>{t('billing_send_check_heading')}</span>
              <ul>
                {items
                  .filter((item) => item.state === 'missing' || item.state === 'to-confirm')
                  .map((item) => (
                    <li key={item.result.mention.id} data-state={item.state}>
                      {messageFor(item.result.mention.labelKey)} — {t(item.state === 'missing' ? 'billing_mention_missing' : 'billing_mention_to_confirm')}
                    </li>
                  ))}
              </ul>
              <span id="confirm-send-invoice">
                {t('billing_send_anyway_question', tn('billing_mentions_missing', counts.missing), tn('billing_mentions_unconfirmed', counts['to-confirm']))}
              </span>
            </span>
            <button type="button" class="primary" onClick={send}>
              {t('billing_send_anyway')}
            </button>
            <button type="button" onClick={() => setConfirmingSend(false)}>
              {t('cancel')}
            </button>
          </span>
        )}
        {balance > 0 && invoice.status !== 'draft' && (
          <button type="button" class="primary" onClick={() => updateInvoice(withFullPayment(invoice, today))}>
            {t('invoiceMarkPaid')}
          </button>
        )}
        <ConfirmAction
          inline
          id="confirm-delete-invoice"
          label={t('invoiceDelete')}
          question={t('invoiceDeleteConfirm', invoice.number)}
          onConfirm={async () => {
            await deleteInvoice(invoice);
            close();
          }}
        />
      </Actions>

      <section aria-labelledby="invoice-payments-heading">
        <h3 id="invoice-payments-heading">{t('billing_payments_heading')}</h3>
        <Payments invoice={invoice} today={today} onChange={(next) => updateInvoice(next)} />
      </section>

      <details class="billing-compliance" open={checklistOpen}>
        <summary>
          <h3 id="invoice-compliance-heading" class="billing-summary-heading">
            {t('billing_checklist_heading')}
          </h3>
          <span class={`tag ${unresolved === 0 ? 'tag-paid' : counts.missing > 0 ? 'tag-late' : 'tag-disputed'}`}>
            {unresolved === 0 ? t('billing_checklist_complete') : t('billing_checklist_open', unresolved)}
          </span>
        </summary>
        <ComplianceChecklist
          items={items}
          jurisdiction={jurisdiction}
          currency={invoice.currency}
          clientId={invoice.clientId}
          onTick={tick}
          headingId="invoice-compliance-heading"
        />
      </details>
    </section>
  );
};
