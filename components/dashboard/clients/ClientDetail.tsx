import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { todayIn } from '@/lib/calendar';
import { balanceOf, isOverdue } from '@/lib/billing/overdue';
import { invoicesOfClient } from '@/lib/db/client-queries';
import { clients } from '@/lib/db/repositories';
import type { Client } from '@/lib/model';
import { routeToHash } from '@/lib/navigation';
import { ConfirmAction } from '../../form';
import { useLiveQuery } from '../../hooks';
import { DateText, Money, t } from '../../text';
import { ClientVetting } from '../../vetting/ClientVetting';
import { useClientVetting } from '../../vetting/useVetting';
import { AgreementsSection } from '../billing/AgreementsSection';
import { ClientEditor } from './ClientEditor';
import { DECISION_LABEL, KIND_LABEL } from '../client-labels';
import { deleteClient } from './actions';

const VettingSection = ({ clientId }: { clientId: string }) => {
  const data = useClientVetting(clientId);
  return data ? <ClientVetting data={data} /> : null;
};

const formatAddress = (address: Client['address']): string | undefined =>
  address ? [address.street, [address.postalCode, address.city].filter(Boolean).join(' '), address.country].filter(Boolean).join(', ') || undefined : undefined;

/** What the client gave, each field as text; "—" for what is still missing. */
const ClientFacts = ({ client }: { client: Client }) => {
  const { siren, siret, vat, companyNumber, other } = client.identifiers;
  const ids = [siren && `SIREN ${siren}`, siret && `SIRET ${siret}`, vat && `${t('clientVat')} ${vat}`, companyNumber, other].filter(Boolean).join(' · ');
  const rows: [string, string | undefined][] = [
    [t('clientKind'), t(KIND_LABEL[client.kind])],
    [t('clientLegalName'), client.legalName],
    [t('clientContactName'), client.contactName],
    [t('clientEmails'), client.emails.join(', ')],
    [t('clientPhones'), client.phones.join(', ')],
    [t('clientAddress'), formatAddress(client.address)],
    [t('clientIdentifiers'), ids],
  ];
  return (
    <dl class="facts card" data-testid="client-facts">
      {rows.map(([label, text]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{text || '—'}</dd>
        </Fragment>
      ))}
      <dt>{t('clientWebsite')}</dt>
      <dd>
        {client.website ? (
          <a href={client.website} target="_blank" rel="noopener noreferrer">
            {client.website}
          </a>
        ) : (
          '—'
        )}
      </dd>
      {client.notes && (
        <>
          <dt>{t('clientNotes')}</dt>
          <dd class="pre">{client.notes}</dd>
        </>
      )}
    </dl>
  );
};

export const ClientDetail = ({ clientId }: { clientId: string }) => {
  const today = todayIn();
  const data = useLiveQuery(
    async () => ({
      client: (await clients.get(clientId)) ?? null,
      invoices: await invoicesOfClient(clientId),
    }),
    [clientId],
  );
  const [editing, setEditing] = useState(false);
  if (!data) return null;
  const { client, invoices } = data;
  if (!client) {
    return (
      <>
        <h1 tabIndex={-1}>{t('clientsHeading')}</h1>
        <p class="empty">{t('clientNotFound')}</p>
        <a href={routeToHash({ view: 'clients' })}>{t('clientBack')}</a>
      </>
    );
  }
  const remove = async () => {
    await deleteClient(client.id);
    location.hash = routeToHash({ view: 'clients' });
  };
  return (
    <>
      <p>
        <a href={routeToHash({ view: 'clients' })}>← {t('clientBack')}</a>
      </p>
      <div class="view-header">
        <div class="title-with-tag">
          <h1 tabIndex={-1}>{client.displayName}</h1>
          <span class={`tag tag-${client.decision.status}`}>{t(DECISION_LABEL[client.decision.status])}</span>
        </div>
        {!editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {t('clientEdit')}
          </button>
        )}
      </div>
      {editing ? <ClientEditor client={client} onDone={() => setEditing(false)} /> : <ClientFacts client={client} />}
      <VettingSection clientId={client.id} />
      <AgreementsSection client={client} />
      <h2>{t('clientInvoices')}</h2>
      {invoices.length === 0 ? (
        <p class="empty">{t('clientNoInvoices')}</p>
      ) : (
        <ul class="plain-list">
          {invoices.map((invoice) => (
            <li key={invoice.id}>
              <a href={routeToHash({ view: 'invoices', id: invoice.id })}>{t('invoiceLabel', invoice.number)}</a> ·{' '}
              <DateText date={invoice.dueDate} /> · <Money amount={balanceOf(invoice)} currency={invoice.currency} />
              {isOverdue(invoice, today) && <span class="tag tag-late">{t('invoiceOverdueTag')}</span>}
            </li>
          ))}
        </ul>
      )}
      <div class="danger-zone">
        <ConfirmAction id="confirm-delete-client" label={t('clientDelete')} question={t('clientDeleteConfirm', client.displayName)} onConfirm={remove} />
      </div>
    </>
  );
};
