import { useState } from 'preact/hooks';
import { todayIn } from '@/lib/billing/calendar';
import { balanceOf, isOverdue } from '@/lib/billing/overdue';
import { db } from '@/lib/db/database';
import { clients, fromStoredClient } from '@/lib/db/repositories';
import { newId, nowInstant, type Client, type ClientKind, type DecisionStatus } from '@/lib/model';
import { routeToHash } from '@/lib/navigation';
import { reportChange } from '../changes';
import { Field, value } from '../form';
import { useLiveQuery } from '../hooks';
import { DateText, Money, t } from '../text';

export const KIND_LABEL: Record<ClientKind, 'clientKindCompany' | 'clientKindIndividual' | 'clientKindUnknown'> = {
  company: 'clientKindCompany',
  individual: 'clientKindIndividual',
  unknown: 'clientKindUnknown',
};

export const DECISION_LABEL: Record<DecisionStatus, 'decisionPending' | 'decisionGo' | 'decisionCaution' | 'decisionNoGo'> = {
  pending: 'decisionPending',
  go: 'decisionGo',
  caution: 'decisionCaution',
  'no-go': 'decisionNoGo',
};

interface ClientRow {
  client: Client;
  invoiceCount: number;
  overdueCount: number;
}

const loadClientRows = async (today: string): Promise<ClientRow[]> => {
  const [rows, invoices] = await Promise.all([db().clients.orderBy('displayName').toArray(), db().invoices.toArray()]);
  const counts = new Map<string, { all: number; overdue: number }>();
  for (const invoice of invoices) {
    const c = counts.get(invoice.clientId) ?? { all: 0, overdue: 0 };
    c.all++;
    if (isOverdue(invoice, today)) c.overdue++;
    counts.set(invoice.clientId, c);
  }
  return rows.map((row) => ({
    client: fromStoredClient(row),
    invoiceCount: counts.get(row.id)?.all ?? 0,
    overdueCount: counts.get(row.id)?.overdue ?? 0,
  }));
};

export const ClientsView = ({ clientId }: { clientId?: string }) =>
  clientId ? <ClientDetail clientId={clientId} /> : <ClientList />;

const ClientList = () => {
  const today = todayIn();
  const rows = useLiveQuery(() => loadClientRows(today), [today]);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <div class="view-header">
        <h1 tabIndex={-1}>{t('clientsHeading')}</h1>
        {!adding && (
          <button type="button" class="primary" onClick={() => setAdding(true)}>
            {t('clientsAdd')}
          </button>
        )}
      </div>
      {adding && <AddClientForm onDone={() => setAdding(false)} />}
      {rows && rows.length === 0 && !adding && <p class="empty">{t('clientsEmpty')}</p>}
      {rows && rows.length > 0 && (
        <table class="table">
          <caption class="visually-hidden">{t('clientsCount', rows.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clientName')}</th>
              <th scope="col">{t('clientKind')}</th>
              <th scope="col">{t('clientContact')}</th>
              <th scope="col">{t('clientDecision')}</th>
              <th scope="col" class="num">{t('clientInvoices')}</th>
              <th scope="col" class="num">{t('clientOverdue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ client, invoiceCount, overdueCount }) => (
              <tr key={client.id}>
                <th scope="row">
                  <a href={routeToHash({ view: 'clients', id: client.id })}>{client.displayName}</a>
                </th>
                <td>{t(KIND_LABEL[client.kind])}</td>
                <td>{client.emails[0] ?? client.phones[0] ?? '—'}</td>
                <td>
                  <span class={`tag tag-${client.decision.status}`}>{t(DECISION_LABEL[client.decision.status])}</span>
                </td>
                <td class="num">{invoiceCount}</td>
                <td class="num">{overdueCount > 0 ? <span class="tag tag-late">{overdueCount}</span> : 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
};

const AddClientForm = ({ onDone }: { onDone: () => void }) => {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ClientKind>('company');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [country, setCountry] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('required'));
    const now = nowInstant();
    const code = country.trim().toUpperCase();
    try {
      await clients.put({
        id: newId(),
        kind,
        displayName: name.trim(),
        emails: email.trim() ? [email.trim()] : [],
        phones: phone.trim() ? [phone.trim()] : [],
        address: /^[A-Z]{2}$/.test(code) ? { country: code } : undefined,
        identifiers: {},
        platformProfiles: [],
        decision: { status: 'pending' },
        createdAt: now,
        updatedAt: now,
      });
      await reportChange('clients');
      onDone();
    } catch (e) {
      setError(t('errorGeneric', (e as Error).message));
    }
  };
  return (
    <form class="card form-grid" onSubmit={submit} aria-label={t('clientsAdd')}>
      <Field label={t('clientName')} error={error}>
        {(p) => <input {...p} value={name} onInput={(e) => setName(value(e))} required maxLength={300} autoFocus />}
      </Field>
      <Field label={t('clientKind')}>
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(value(e) as ClientKind)}>
            {(Object.keys(KIND_LABEL) as ClientKind[]).map((k) => (
              <option key={k} value={k}>
                {t(KIND_LABEL[k])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('clientEmail')}>
        {(p) => <input {...p} type="email" value={email} onInput={(e) => setEmail(value(e))} maxLength={320} />}
      </Field>
      <Field label={t('clientPhone')}>
        {(p) => <input {...p} type="tel" value={phone} onInput={(e) => setPhone(value(e))} maxLength={64} />}
      </Field>
      <Field label={t('clientCountry')}>
        {(p) => <input {...p} value={country} onInput={(e) => setCountry(value(e))} maxLength={2} pattern="[A-Za-z]{2}" />}
      </Field>
      <div class="actions">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
};

const ClientDetail = ({ clientId }: { clientId: string }) => {
  const today = todayIn();
  const data = useLiveQuery(
    async () => ({
      client: (await clients.get(clientId)) ?? null,
      invoices: await db().invoices.where('clientId').equals(clientId).sortBy('dueDate'),
    }),
    [clientId],
  );
  const [confirming, setConfirming] = useState(false);
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
    await clients.delete(client.id);
    await reportChange('clients', 'invoices');
    location.hash = routeToHash({ view: 'clients' });
  };
  return (
    <>
      <p>
        <a href={routeToHash({ view: 'clients' })}>← {t('clientBack')}</a>
      </p>
      <div class="view-header">
        <h1 tabIndex={-1}>{client.displayName}</h1>
        <span class={`tag tag-${client.decision.status}`}>{t(DECISION_LABEL[client.decision.status])}</span>
      </div>
      <dl class="facts card">
        <dt>{t('clientKind')}</dt>
        <dd>{t(KIND_LABEL[client.kind])}</dd>
        {client.legalName && (
          <>
            <dt>{t('clientName')}</dt>
            <dd>{client.legalName}</dd>
          </>
        )}
        <dt>{t('clientEmail')}</dt>
        <dd>{client.emails.join(', ') || '—'}</dd>
        <dt>{t('clientPhone')}</dt>
        <dd>{client.phones.join(', ') || '—'}</dd>
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
        {confirming ? (
          <div role="alertdialog" aria-labelledby="confirm-delete-client" class="confirm">
            <p id="confirm-delete-client">{t('clientDeleteConfirm', client.displayName)}</p>
            <button type="button" class="danger" onClick={remove}>
              {t('confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              {t('cancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="danger-outline" onClick={() => setConfirming(true)}>
            {t('clientDelete')}
          </button>
        )}
      </div>
    </>
  );
};
