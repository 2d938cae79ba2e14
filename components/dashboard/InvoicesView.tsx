import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { addDays, todayIn } from '@/lib/billing/calendar';
import { balanceOf, daysLate, isOverdue } from '@/lib/billing/overdue';
import { db } from '@/lib/db/database';
import { invoices as invoiceRepo, loadSettings } from '@/lib/db/repositories';
import { parseAmountInput } from '@/lib/format';
import { newId, nowInstant, type Invoice, type InvoiceStatus } from '@/lib/model';
import { routeToHash } from '@/lib/navigation';
import { reportChange } from '../changes';
import { Field, value } from '../form';
import { useLiveQuery } from '../hooks';
import { DateText, Money, daysLateText, t } from '../text';

export const STATUS_LABEL: Record<InvoiceStatus, 'statusDraft' | 'statusSent' | 'statusPaid' | 'statusDisputed' | 'statusWrittenOff'> = {
  draft: 'statusDraft',
  sent: 'statusSent',
  paid: 'statusPaid',
  disputed: 'statusDisputed',
  'written-off': 'statusWrittenOff',
};

type StatusFilter = InvoiceStatus | 'all' | 'overdue';
type Sort = 'due-asc' | 'due-desc' | 'number';

interface Row {
  invoice: Invoice;
  clientName: string;
  balance: number;
  overdue: boolean;
}

const ROW_HEIGHT = 40;
const VISIBLE_ROWS = 18;

const loadRows = async (today: string): Promise<Row[]> => {
  const [invoices, clients] = await Promise.all([db().invoices.toArray(), db().clients.toArray()]);
  invoices.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const names = new Map(clients.map((c) => [c.id, c.displayName]));
  return invoices.map((invoice) => ({
    invoice,
    clientName: names.get(invoice.clientId) ?? '—',
    balance: balanceOf(invoice),
    overdue: isOverdue(invoice, today),
  }));
};

export const InvoicesView = ({ invoiceId }: { invoiceId?: string }) => {
  const today = todayIn();
  const rows = useLiveQuery(() => loadRows(today), [today]);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [sort, setSort] = useState<Sort>('due-asc');
  const [adding, setAdding] = useState(false);
  const shown = useMemo(() => {
    if (!rows) return [];
    const filtered = rows.filter((r) =>
      status === 'all' ? true : status === 'overdue' ? r.overdue : r.invoice.status === status,
    );
    if (sort === 'due-desc') filtered.reverse();
    if (sort === 'number') filtered.sort((a, b) => a.invoice.number.localeCompare(b.invoice.number, undefined, { numeric: true }));
    return filtered;
  }, [rows, status, sort]);
  const selected = invoiceId ? rows?.find((r) => r.invoice.id === invoiceId) : undefined;

  return (
    <>
      <div class="view-header">
        <h1 tabIndex={-1}>{t('invoicesHeading')}</h1>
        {!adding && (
          <button type="button" class="primary" onClick={() => setAdding(true)}>
            {t('invoicesAdd')}
          </button>
        )}
      </div>
      {adding && <AddInvoiceForm today={today} onDone={() => setAdding(false)} />}
      {selected && <InvoiceDetail row={selected} today={today} />}
      <div class="toolbar">
        <Field label={t('invoicesFilterStatus')}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(value(e) as StatusFilter)}>
              <option value="all">{t('invoicesFilterAll')}</option>
              <option value="overdue">{t('invoicesFilterOverdue')}</option>
              {(Object.keys(STATUS_LABEL) as InvoiceStatus[]).map((s) => (
                <option key={s} value={s}>
                  {t(STATUS_LABEL[s])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('invoicesSort')}>
          {(p) => (
            <select {...p} value={sort} onChange={(e) => setSort(value(e) as Sort)}>
              <option value="due-asc">{t('invoicesSortDueAsc')}</option>
              <option value="due-desc">{t('invoicesSortDueDesc')}</option>
              <option value="number">{t('invoicesSortNumber')}</option>
            </select>
          )}
        </Field>
        <p class="muted" role="status">
          {rows ? t('invoicesCount', shown.length) : ''}
        </p>
      </div>
      {rows && shown.length === 0 ? <p class="empty">{t('invoicesEmpty')}</p> : <InvoiceTable rows={shown} today={today} />}
    </>
  );
};

/** Only the rows in view are in the DOM, so 50,000 invoices render as fast as 20. */
const InvoiceTable = ({ rows, today }: { rows: Row[]; today: string }) => {
  const [first, setFirst] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setFirst(0);
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [rows]);
  const start = Math.max(0, first - 4);
  const end = Math.min(rows.length, first + VISIBLE_ROWS + 4);
  return (
    <div
      class="table-scroll"
      ref={scroller}
      tabIndex={0}
      aria-label={t('invoicesCount', rows.length)}
      role="region"
      style={{ maxHeight: `${ROW_HEIGHT * VISIBLE_ROWS + 44}px` }}
      onScroll={(e) => setFirst(Math.floor(e.currentTarget.scrollTop / ROW_HEIGHT))}
    >
      <table class="table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th scope="col">{t('invoiceNumber')}</th>
            <th scope="col">{t('invoiceClient')}</th>
            <th scope="col">{t('invoiceIssueDate')}</th>
            <th scope="col">{t('invoiceDueDate')}</th>
            <th scope="col" class="num">{t('invoiceAmount')}</th>
            <th scope="col" class="num">{t('invoiceBalance')}</th>
            <th scope="col">{t('invoiceStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {start > 0 && <tr aria-hidden="true" style={{ height: `${start * ROW_HEIGHT}px` }} />}
          {rows.slice(start, end).map((row, i) => (
            <tr key={row.invoice.id} aria-rowindex={start + i + 2} style={{ height: `${ROW_HEIGHT}px` }}>
              <th scope="row">
                <a href={routeToHash({ view: 'invoices', id: row.invoice.id })}>{row.invoice.number}</a>
              </th>
              <td>{row.clientName}</td>
              <td>
                <DateText date={row.invoice.issueDate} />
              </td>
              <td>
                <DateText date={row.invoice.dueDate} />
                {row.overdue && <span class="tag tag-late">{daysLateText(daysLate(row.invoice, today))}</span>}
              </td>
              <td class="num">
                <Money amount={row.invoice.amount} currency={row.invoice.currency} />
              </td>
              <td class="num">
                <Money amount={row.balance} currency={row.invoice.currency} />
              </td>
              <td>
                <span class={`tag tag-${row.invoice.status}`}>{t(STATUS_LABEL[row.invoice.status])}</span>
              </td>
            </tr>
          ))}
          {end < rows.length && <tr aria-hidden="true" style={{ height: `${(rows.length - end) * ROW_HEIGHT}px` }} />}
        </tbody>
      </table>
    </div>
  );
};

const InvoiceDetail = ({ row, today }: { row: Row; today: string }) => {
  const { invoice } = row;
  const [confirming, setConfirming] = useState(false);
  const update = async (next: Invoice) => {
    await invoiceRepo.put({ ...next, updatedAt: nowInstant() });
    await reportChange('invoices');
  };
  const close = () => (location.hash = routeToHash({ view: 'invoices' }));
  return (
    <section class="card detail" aria-labelledby="invoice-detail-heading" data-testid="invoice-detail">
      <div class="view-header">
        <h2 id="invoice-detail-heading">{t('invoiceDetails', invoice.number)}</h2>
        <button type="button" onClick={close}>
          {t('invoiceClose')}
        </button>
      </div>
      <dl class="facts">
        <dt>{t('invoiceClient')}</dt>
        <dd>
          <a href={routeToHash({ view: 'clients', id: invoice.clientId })}>{row.clientName}</a>
        </dd>
        <dt>{t('invoiceIssueDate')}</dt>
        <dd>
          <DateText date={invoice.issueDate} />
        </dd>
        <dt>{t('invoiceDueDate')}</dt>
        <dd>
          <DateText date={invoice.dueDate} />
          {row.overdue && <span class="tag tag-late">{daysLateText(daysLate(invoice, today))}</span>}
        </dd>
        <dt>{t('invoiceAmount')}</dt>
        <dd>
          <Money amount={invoice.amount} currency={invoice.currency} /> ({t('invoiceTax')}{' '}
          <Money amount={invoice.taxAmount} currency={invoice.currency} />)
        </dd>
        <dt>{t('invoiceBalance')}</dt>
        <dd>
          <Money amount={row.balance} currency={invoice.currency} />
        </dd>
        <dt>{t('invoiceStatus')}</dt>
        <dd>{t(STATUS_LABEL[invoice.status])}</dd>
        {invoice.poNumber && (
          <>
            <dt>{t('invoicePoNumber')}</dt>
            <dd>{invoice.poNumber}</dd>
          </>
        )}
      </dl>
      <div class="actions">
        {invoice.status === 'draft' && (
          <button type="button" class="primary" onClick={() => update({ ...invoice, status: 'sent' })}>
            {t('invoiceMarkSent')}
          </button>
        )}
        {row.balance > 0 && invoice.status !== 'draft' && (
          <button
            type="button"
            class="primary"
            onClick={() =>
              update({
                ...invoice,
                status: 'paid',
                payments: [...invoice.payments, { date: today, amount: row.balance }],
              })
            }
          >
            {t('invoiceMarkPaid')}
          </button>
        )}
        {confirming ? (
          <span role="alertdialog" aria-labelledby="confirm-delete-invoice" class="confirm">
            <span id="confirm-delete-invoice">{t('invoiceDeleteConfirm', invoice.number)}</span>
            <button
              type="button"
              class="danger"
              onClick={async () => {
                await invoiceRepo.delete(invoice.id);
                await reportChange('invoices');
                close();
              }}
            >
              {t('confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="danger-outline" onClick={() => setConfirming(true)}>
            {t('invoiceDelete')}
          </button>
        )}
      </div>
    </section>
  );
};

const AddInvoiceForm = ({ today, onDone }: { today: string; onDone: () => void }) => {
  const clients = useLiveQuery(() => db().clients.orderBy('displayName').toArray(), []);
  const settings = useLiveQuery(() => loadSettings(), []);
  const [clientId, setClientId] = useState('');
  const [number, setNumber] = useState('');
  const [issueDate, setIssueDate] = useState(today);
  const [dueDate, setDueDate] = useState<string>();
  const [amount, setAmount] = useState('');
  const [tax, setTax] = useState('0');
  const [currency, setCurrency] = useState<string>();
  const [status, setStatus] = useState<InvoiceStatus>('sent');
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!clients || !settings) return null;
  if (clients.length === 0) return <p class="card">{t('invoicesNeedClient')}</p>;
  const termsDays = settings.defaultTerms.days;
  const effectiveDue = dueDate ?? addDays(issueDate || today, termsDays);
  const effectiveCurrency = currency ?? settings.defaultCurrency;
  const effectiveClient = clientId || clients[0].id;

  const submit = async (event: Event) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const total = parseAmountInput(amount, effectiveCurrency);
    const taxAmount = parseAmountInput(tax || '0', effectiveCurrency);
    if (!number.trim()) next.number = t('required');
    if (total === undefined) next.amount = t('invoiceBadAmount');
    if (taxAmount === undefined) next.tax = t('invoiceBadAmount');
    else if (total !== undefined && taxAmount > total) next.tax = t('invoiceTaxAboveAmount');
    if (effectiveDue < issueDate) next.dueDate = t('invoiceDueBeforeIssue');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const now = nowInstant();
    try {
      await invoiceRepo.put({
        id: newId(),
        clientId: effectiveClient,
        number: number.trim(),
        issueDate,
        dueDate: effectiveDue,
        amount: total!,
        taxAmount: taxAmount!,
        currency: effectiveCurrency,
        status,
        payments: [],
        chase: { stepsDone: [] },
        createdAt: now,
        updatedAt: now,
      });
      await reportChange('invoices');
      onDone();
    } catch (e) {
      setErrors({ number: t('errorGeneric', (e as Error).message) });
    }
  };

  return (
    <form class="card form-grid" onSubmit={submit} aria-label={t('invoicesAdd')} noValidate>
      <Field label={t('invoiceClient')}>
        {(p) => (
          <select {...p} value={effectiveClient} onChange={(e) => setClientId(value(e))}>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.displayName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('invoiceNumber')} error={errors.number}>
        {(p) => <input {...p} value={number} onInput={(e) => setNumber(value(e))} maxLength={64} required />}
      </Field>
      <Field label={t('invoiceIssueDate')}>
        {(p) => <input {...p} type="date" value={issueDate} onInput={(e) => setIssueDate(value(e))} required />}
      </Field>
      <Field label={t('invoiceDueDate')} error={errors.dueDate} hint={dueDate ? undefined : t('invoiceDueDefault', termsDays)}>
        {(p) => <input {...p} type="date" value={effectiveDue} onInput={(e) => setDueDate(value(e))} required />}
      </Field>
      <Field label={t('invoiceAmount')} error={errors.amount}>
        {(p) => <input {...p} inputMode="decimal" value={amount} onInput={(e) => setAmount(value(e))} required />}
      </Field>
      <Field label={t('invoiceTax')} error={errors.tax}>
        {(p) => <input {...p} inputMode="decimal" value={tax} onInput={(e) => setTax(value(e))} />}
      </Field>
      <Field label={t('invoiceCurrency')}>
        {(p) => (
          <input
            {...p}
            value={effectiveCurrency}
            onInput={(e) => setCurrency(value(e).toUpperCase())}
            maxLength={3}
            pattern="[A-Z]{3}"
          />
        )}
      </Field>
      <Field label={t('invoiceStatus')}>
        {(p) => (
          <select {...p} value={status} onChange={(e) => setStatus(value(e) as InvoiceStatus)}>
            {(Object.keys(STATUS_LABEL) as InvoiceStatus[]).map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABEL[s])}
              </option>
            ))}
          </select>
        )}
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
