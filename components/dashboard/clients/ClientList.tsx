import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { todayIn } from '@/lib/calendar';
import type { ClientStats } from '@/lib/billing/client-stats';
import type { ClientKind } from '@/lib/model';
import { routeToHash } from '@/lib/navigation';
import { Field, FormActions, Select, messageOptions, value } from '../../form';
import { useLiveQuery } from '../../hooks';
import { Money, t, tn } from '../../text';
import { ColumnHeading, TableHead } from '../../table';
import { ProgressText } from '../../vetting/ChecklistPanel';
import { DECISION_LABEL, KIND_LABEL } from '../client-labels';
import { StatusPrompt } from '../settings/StatusPrompt';
import { addClient } from './actions';
import { loadClientRows, sortRows, useChecklistProgress, type Sort, type SortKey } from './data';

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

export const ClientList = () => {
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
      <StatusPrompt />
      {adding && <AddClientForm onDone={() => setAdding(false)} />}
      {rows && rows.length === 0 && !adding && <p class="empty">{t('clientsEmpty')}</p>}
      {sorted && sorted.length > 0 && (
        <table class="table clients-table" data-testid="clients-table">
          <caption class="visually-hidden">{tn('clientsCount', sorted.length)}</caption>
          <TableHead
            columns={[
              t('clientName'),
              t('clientContact'),
              t('clientDecision'),
              t('vet_checklistColumn'),
              { label: t('clientInvoices'), num: true },
              { label: t('clientOverdue'), num: true },
            ]}
          >
            <SortHeader label={t('clientRevenue')} sortKey="revenue" sort={sort} onSort={setSort} />
            <ColumnHeading column={{ label: t('clientAverageDaysToPay'), num: true, title: t('clientAverageDaysToPayHint') }} />
            <SortHeader label={t('clientLatePayments')} title={t('clientLatePaymentsHint')} sortKey="late" sort={sort} onSort={setSort} />
          </TableHead>
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
                  <span class="cell-note">{t(KIND_LABEL[client.kind])}</span>
                </th>
                <td>
                  <span class="truncate" title={client.emails[0] ?? client.phones[0]}>
                    {client.emails[0] ?? client.phones[0] ?? '—'}
                  </span>
                </td>
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
    try {
      await addClient({ kind, name, email, phone, country });
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
        {(p) => <Select {...p} value={kind} options={messageOptions(KIND_LABEL)} onChange={setKind} />}
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
      <FormActions onCancel={onDone} />
    </form>
  );
};

