import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { todayIn } from '@/lib/billing/calendar';
import { NO_CLIENT_STATS, clientStats, revenueComparator, type ClientStats } from '@/lib/billing/client-stats';
import { balanceOf, isOverdue } from '@/lib/billing/overdue';
import { db } from '@/lib/db/database';
import { clients, fromStoredClient } from '@/lib/db/repositories';
import { newId, nowInstant, type Agreement, type Check, type Client, type ClientKind, type Lookup } from '@/lib/model';
import type { ChecklistProgress } from '@/lib/vetting/checklist';
import { vettingProgress } from '@/lib/vetting/assess';
import { routeToHash } from '@/lib/navigation';
import { reportChange } from '../changes';
import { AgreementsSection } from './billing/AgreementsSection';
import { ClientEditor } from './ClientEditor';
import { DECISION_LABEL, KIND_LABEL } from './client-labels';
import { Field, value } from '../form';
import { useLiveQuery } from '../hooks';
import { DateText, Money, t, tn } from '../text';
import { ProgressText } from '../vetting/ChecklistPanel';
import { ClientVetting } from '../vetting/ClientVetting';
import { DecisionLine } from '../vetting/DecisionLine';
import { useClientVetting } from '../vetting/useVetting';
import { byClient } from '@/lib/model/by-client';

interface ClientRow {
  client: Client;
  stats: ClientStats;
  overdueCount: number;
  checks: Check[];
  lookups: Lookup[];
  agreements: Agreement[];
}

const loadClientRows = async (today: string): Promise<ClientRow[]> => {
  const d = db();
  const [rows, invoices, checks, lookups, agreements] = await Promise.all([
    d.clients.orderBy('displayName').toArray(),
    d.invoices.toArray(),
    d.checks.toArray(),
    d.lookups.toArray(),
    d.agreements.toArray(),
  ]);
  const overdue = new Map<string, number>();
  for (const invoice of invoices) {
    if (isOverdue(invoice, today)) overdue.set(invoice.clientId, (overdue.get(invoice.clientId) ?? 0) + 1);
  }
  const statsOf = clientStats(invoices, agreements, today);
  const [checksOf, lookupsOf, agreementsOf] = [byClient(checks), byClient(lookups), byClient(agreements)];
  return rows.map((row) => ({
    client: fromStoredClient(row),
    stats: statsOf.get(row.id) ?? NO_CLIENT_STATS,
    overdueCount: overdue.get(row.id) ?? 0,
    checks: checksOf.get(row.id) ?? [],
    lookups: lookupsOf.get(row.id) ?? [],
    agreements: agreementsOf.get(row.id) ?? [],
  }));
};

/**
 * Checklist progress per client, computed a slice at a time after the list is on screen (about
 * half a millisecond per client: phone and company-number checks), so a long list never freezes.
 */
const useChecklistProgress = (rows: ClientRow[] | undefined, today: string): Map<string, ChecklistProgress> => {
  const [progress, setProgress] = useState(() => new Map<string, ChecklistProgress>());
  useEffect(() => {
    if (!rows) return;
    let cancelled = false;
    let next = 0;
    const found = new Map<string, ChecklistProgress>();
    const slice = () => {
      if (cancelled) return;
      const end = Math.min(rows.length, next + 100);
      for (; next < end; next++) {
        const { client, checks, lookups, agreements } = rows[next];
        found.set(client.id, vettingProgress({ client, recorded: checks, lookups, agreements, today }));
      }
      setProgress(new Map(found));
      if (next < rows.length) setTimeout(slice, 0);
    };
    slice();
    return () => {
      cancelled = true;
    };
  }, [rows, today]);
  return progress;
};

export const ClientsView = ({ clientId }: { clientId?: string }) =>
  clientId ? <ClientDetail clientId={clientId} /> : <ClientList />;

type SortKey = 'revenue' | 'late';
interface Sort {
  key: SortKey;
  direction: 'descending' | 'ascending';
}

/** Rows in the order asked for; ties (and no sort) keep the name order they were loaded in. */
const sortRows = (rows: ClientRow[], sort: Sort | undefined): ClientRow[] => {
  if (!sort) return rows;
  let descending: (a: ClientRow, b: ClientRow) => number;
  if (sort.key === 'revenue') {
    const byRevenue = revenueComparator(rows.map((r) => r.stats.revenue));
    descending = (a, b) => byRevenue(a.stats.revenue, b.stats.revenue);
  } else {
    descending = (a, b) => b.stats.latePayments - a.stats.latePayments;
  }
  return [...rows].sort(sort.direction === 'descending' ? descending : (a, b) => descending(b, a));
};

/** A column header that sorts the list: biggest first on the first click, then flips. */
const SortHeader = (props: { label: string; title?: string; sortKey: SortKey; sort?: Sort; onSort: (sort: Sort) => void }) => {
  const { label, title, sortKey, sort, onSort } = props;
  const active = sort?.key === sortKey ? sort.direction : undefined;
  return (
    <th scope="col" class="num" aria-sort={active} title={title}>
      <button
        type="button"
        class="link"
        onClick={() => onSort({ key: sortKey, direction: active === 'descending' ? 'ascending' : 'descending' })}
      >
        {label}
        {active && <span aria-hidden="true">{active === 'descending' ? ' ▼' : ' ▲'}</span>}
      </button>
    </th>
  );
};

const Revenue = ({ revenue }: { revenue: ClientStats['revenue'] }) =>
  revenue.length === 0 ? (
    <>—</>
  ) : (
    <>
      {revenue.map(([currency, amount], i) => (
        <Fragment key={currency}>
          {i > 0 && ' + '}
          <Money amount={amount} currency={currency} />
        </Fragment>
      ))}
    </>
  );

const ClientList = () => {
  const today = todayIn();
  const rows = useLiveQuery(() => loadClientRows(today), [today]);
  const progress = useChecklistProgress(rows, today);
  const [adding, setAdding] = useState(false);
  const [sort, setSort] = useState<Sort>();
  const sorted = useMemo(() => (rows ? sortRows(rows, sort) : undefined), [rows, sort]);
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
      {sorted && sorted.length > 0 && (
        <table class="table">
          <caption class="visually-hidden">{tn('clientsCount', sorted.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clientName')}</th>
              <th scope="col">{t('clientKind')}</th>
              <th scope="col">{t('clientContact')}</th>
              <th scope="col">{t('clientDecision')}</th>
              <th scope="col">{t('vet_checklistColumn')}</th>
              <th scope="col" class="num">{t('clientInvoices')}</th>
              <th scope="col" class="num">{t('clientOverdue')}</th>
              <SortHeader label={t('clientRevenue')} sortKey="revenue" sort={sort} onSort={setSort} />
              <th scope="col" class="num" title={t('clientAverageDaysToPayHint')}>
                {t('clientAverageDaysToPay')}
              </th>
              <SortHeader label={t('clientLatePayments')} title={t('clientLatePaymentsHint')} sortKey="late" sort={sort} onSort={setSort} />
            </tr>
          </thead>
          <tbody>
            {sorted.map(({ client, stats, overdueCount }) => (
              <tr key={client.id}>
                <th scope="row">
                  <a href={routeToHash({ view: 'clients', id: client.id })}>{client.displayName}</a>
                  {stats.repeat && (
                    <span class="tag tag-repeat" title={t('clientRepeatHint')}>
                      {t('clientRepeat')}
                    </span>
                  )}
                </th>
                <td>{t(KIND_LABEL[client.kind])}</td>
                <td>{client.emails[0] ?? client.phones[0] ?? '—'}</td>
                <td>
                  <span class={`tag tag-${client.decision.status}`} title={client.decision.reason}>
                    {t(DECISION_LABEL[client.decision.status])}
                  </span>
                </td>
                <td>{progress.has(client.id) ? <ProgressText progress={progress.get(client.id)!} /> : '…'}</td>
                <td class="num">{stats.invoiceCount}</td>
                <td class="num">{overdueCount > 0 ? <span class="tag tag-late">{overdueCount}</span> : 0}</td>
                <td class="num">
                  <Revenue revenue={stats.revenue} />
                </td>
                <td class="num">{stats.averageDaysToPay ?? '—'}</td>
                <td class="num">{stats.latePayments > 0 ? <span class="tag tag-late">{stats.latePayments}</span> : 0}</td>
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
      <DecisionLine decision={client.decision} />
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
