import { useEffect, useRef, useState } from 'preact/hooks';
import { daysLate } from '@/lib/billing/overdue';
import { routeToHash } from '@/lib/navigation';
import { DateInput } from '../../DateInput';
import { Field, Select, messageOptions, value } from '../../form';
import { TableHead } from '../../table';
import type { MessageKey } from '@/lib/i18n/messages';
import { DateText, Money, daysLateText, t, tn } from '../../text';
import { STATUS_LABEL } from '../billing/labels';
import { VISIBLE_ROWS } from './data';
import { NO_FILTERS, filtersActive, type Filters, type Row, type Sort, type StatusFilter } from './filters';

const ROW_HEIGHT = 40;

/** The status filter's choices: all, overdue, still owed, then each status. */
const STATUS_FILTER_LABEL: Record<StatusFilter, MessageKey> = {
  all: 'invoicesFilterAll',
  overdue: 'invoicesFilterOverdue',
  open: 'billing_filter_open',
  ...STATUS_LABEL,
};

const SORT_LABEL: Record<Sort, MessageKey> = {
  'due-asc': 'invoicesSortDueAsc',
  'due-desc': 'invoicesSortDueDesc',
  number: 'invoicesSortNumber',
  client: 'billing_sort_client',
};

/**
 * The invoices as filtered and sorted: the filters and the count, then the table (or why it is empty).
 * `rows` is undefined until known; `complete` once every invoice is read (before, only the first screen is).
 */
export const InvoiceList = ({
  rows,
  complete,
  filters,
  sort,
  today,
  onFilters,
  onSort,
}: {
  rows: Row[] | undefined;
  complete: boolean;
  filters: Filters;
  sort: Sort;
  today: string;
  onFilters: (next: Filters) => void;
  onSort: (next: Sort) => void;
}) => {
  const setFilter = <K extends keyof Filters>(key: K, next: Filters[K]) => onFilters({ ...filters, [key]: next });
  return (
    <>
      <div class="toolbar" role="search" aria-label={t('billing_filters')}>
        <Field label={t('invoicesFilterStatus')}>
          {(p) => <Select {...p} value={filters.status} options={messageOptions(STATUS_FILTER_LABEL)} onChange={(s) => setFilter('status', s)} />}
        </Field>
        <Field label={t('invoiceClient')}>
          {(p) => (
            <input
              {...p}
              type="search"
              value={filters.client}
              onInput={(e) => onFilters({ ...filters, client: value(e), clientId: undefined })}
            />
          )}
        </Field>
        <Field label={t('billing_filter_due_from')}>
          {(p) => <DateInput {...p} value={filters.dueFrom} onChange={(d) => setFilter('dueFrom', d)} />}
        </Field>
        <Field label={t('billing_filter_due_to')}>
          {(p) => <DateInput {...p} value={filters.dueTo} onChange={(d) => setFilter('dueTo', d)} />}
        </Field>
        <Field label={t('invoicesSort')}>
          {(p) => <Select {...p} value={sort} options={messageOptions(SORT_LABEL)} onChange={onSort} />}
        </Field>
        {filtersActive(filters) && (
          <button type="button" onClick={() => onFilters(NO_FILTERS)}>
            {t('billing_filters_clear')}
          </button>
        )}
        <p class="muted" role="status">
          {complete && rows ? tn('invoicesCount', rows.length) : t('billing_invoices_loading')}
        </p>
      </div>
      {rows === undefined ? null : rows.length === 0 ? <p class="empty">{t('invoicesEmpty')}</p> : <InvoiceTable rows={rows} today={today} />}
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
      aria-label={tn('invoicesCount', rows.length)}
      role="region"
      style={{ maxHeight: `${ROW_HEIGHT * VISIBLE_ROWS + 44}px` }}
      onScroll={(e) => setFirst(Math.floor(e.currentTarget.scrollTop / ROW_HEIGHT))}
      data-testid="invoice-table"
    >
      <table class="table" aria-rowcount={rows.length + 1}>
        <TableHead
          columns={[
            t('invoiceNumber'),
            t('invoiceClient'),
            t('invoiceIssueDate'),
            t('invoiceDueDate'),
            { label: t('invoiceAmount'), num: true },
            { label: t('invoiceBalance'), num: true },
            t('invoiceStatus'),
          ]}
        />
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
