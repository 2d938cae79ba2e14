import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { OPEN_STATUSES, agingReport, bucketDueRange, type AgingBucket } from '@/lib/billing/aging';
import { todayIn } from '@/lib/calendar';
import { suggestNextNumber } from '@/lib/billing/numbering';
import { csvConventionFor, type CsvConventionId } from '@/lib/billing/export-csv';
import { balanceOf, daysLate, isOverdue } from '@/lib/billing/overdue';
import { allInvoices, clientNamesFromIndex, firstInvoicesOfStatus, invoiceById } from '@/lib/db/invoice-queries';
import { currentLanguage } from '@/lib/i18n/messages';
import { clientNames } from '@/lib/db/queries';
import { loadSettings } from '@/lib/db/repositories';
import type { Invoice, InvoiceStatus } from '@/lib/model';
import { parseHash, routeToHash } from '@/lib/navigation';
import { MEASURES, timed } from '@/lib/timing';
import { DateInput } from '../DateInput';
import { Field, value } from '../form';
import { useLiveQuery, useQuery } from '../hooks';
import { DateText, Money, daysLateText, t, tn } from '../text';
import { AgingPanel } from './billing/AgingPanel';
import { InvoiceDetail } from './billing/InvoiceDetail';
import { InvoiceEditor } from './billing/InvoiceEditor';
import { INVOICE_STATUSES, STATUS_LABEL } from './billing/labels';
import { NumberingNotice } from './billing/NumberingNotice';
import { exportDueDatesIcs, exportInvoicesCsv } from './billing/exports';
import { ImportLoader } from './import/ImportLoader';

// The dashboard's bundle evaluates this module as it starts: the bench measures the table from here.
performance.mark(MEASURES.dashboardScriptStart);

/** `open`: still owed (sent or disputed, something left to pay), what the aging buckets count. */
type StatusFilter = InvoiceStatus | 'all' | 'overdue' | 'open';
type Sort = 'due-asc' | 'due-desc' | 'number' | 'client';

interface Filters {
  status: StatusFilter;
  /** Part of a client's name, as typed; `clientId` when a client was picked from the aging table. */
  client: string;
  clientId?: string;
  dueFrom: string;
  dueTo: string;
}

const NO_FILTERS: Filters = { status: 'all', client: '', dueFrom: '', dueTo: '' };

interface Row {
  invoice: Invoice;
  clientName: string;
  /** Lower-cased once, so typing in the client filter scans 50,000 rows without re-lowering each name. */
  clientKey: string;
  balance: number;
  overdue: boolean;
}

interface InvoiceData {
  rows: Row[];
  names: Map<string, string>;
}

const ROW_HEIGHT = 40;
const VISIBLE_ROWS = 18;
/** The rows the first screen of the default list shows, with some to spare for a first scroll. */
const FIRST_ROWS = VISIBLE_ROWS + 12;

/** Earliest due date first; the id breaks ties the same way in the first screen and in the full list. */
const byDueDate = (a: Invoice, b: Invoice): number =>
  a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const toRow = (invoice: Invoice, names: ReadonlyMap<string, string>, today: string): Row => {
  const clientName = names.get(invoice.clientId) ?? '—';
  return { invoice, clientName, clientKey: clientName.toLowerCase(), balance: balanceOf(invoice), overdue: isOverdue(invoice, today) };
};


/** Every invoice, for the list, the filters, the aging and the exports. */
const loadInvoiceData = async (today: string): Promise<InvoiceData> => {
  const [invoices, names] = await Promise.all([allInvoices(), clientNamesFromIndex()]);
  invoices.sort(byDueDate);
  return { rows: invoices.map((invoice) => toRow(invoice, names, today)), names };
};

/**
 * The first screen of the default list (every invoice, earliest due date first) without reading every
 * invoice: the first rows of each status from the [status+dueDate] index, merged. Reading 50,000 invoices
 * takes seconds; this takes milliseconds, so the table paints at once and fills in when the rest arrives.
 */
const loadFirstRows = async (today: string): Promise<Row[]> => {
  const perStatus = await Promise.all(INVOICE_STATUSES.map((status) => firstInvoicesOfStatus(status, FIRST_ROWS)));
  const invoices = perStatus.flat().sort(byDueDate).slice(0, FIRST_ROWS);
  const names = await clientNames(invoices.map((i) => i.clientId));
  return invoices.map((invoice) => toRow(invoice, names, today));
};

/**
 * When the dashboard opens on the invoices, their first screen is read as the script starts, alongside the
 * language setting the page waits for, rather than after it. Taken once; later visits read afresh.
 */
let earlyFirstRows: { today: string; rows: Promise<Row[]> } | undefined =
  typeof location !== 'undefined' && parseHash(location.hash).view === 'invoices'
    ? { today: todayIn(), rows: loadFirstRows(todayIn()) }
    : undefined;

const takeFirstRows = (today: string): Promise<Row[]> => {
  const early = earlyFirstRows?.today === today ? earlyFirstRows.rows : undefined;
  earlyFirstRows = undefined;
  return early ?? loadFirstRows(today);
};

const statusMatches = (row: Row, status: StatusFilter): boolean => {
  switch (status) {
    case 'all':
      return true;
    case 'overdue':
      return row.overdue;
    case 'open':
      return OPEN_STATUSES.has(row.invoice.status) && row.balance > 0;
    default:
      return row.invoice.status === status;
  }
};

const matches = (row: Row, filters: Filters, client: string): boolean => {
  if (!statusMatches(row, filters.status)) return false;
  if (filters.clientId ? row.invoice.clientId !== filters.clientId : client && !row.clientKey.includes(client)) return false;
  if (filters.dueFrom && row.invoice.dueDate < filters.dueFrom) return false;
  if (filters.dueTo && row.invoice.dueDate > filters.dueTo) return false;
  return true;
};

const filtersActive = (f: Filters): boolean => f.status !== 'all' || !!f.client || !!f.dueFrom || !!f.dueTo;

/** From the start of the dashboard's script (and of the navigation) to the table showing its first rows. */
const useFirstRenderMeasure = (painted: boolean, complete: boolean) => {
  useEffect(() => {
    if (!painted || performance.getEntriesByName(MEASURES.invoicesFirstRender).length > 0) return;
    const end = performance.now();
    performance.measure(MEASURES.invoicesFirstRender, { start: 0, end });
    if (performance.getEntriesByName(MEASURES.dashboardScriptStart).length > 0) {
      performance.measure(MEASURES.invoicesFromScript, { start: MEASURES.dashboardScriptStart, end });
    }
  }, [painted]);
  useEffect(() => {
    if (!complete || performance.getEntriesByName(MEASURES.invoicesAllLoaded).length > 0) return;
    if (performance.getEntriesByName(MEASURES.dashboardScriptStart).length > 0) {
      performance.measure(MEASURES.invoicesAllLoaded, { start: MEASURES.dashboardScriptStart, end: performance.now() });
    }
  }, [complete]);
};

const filterAndSort = (rows: Row[], filters: Filters, sort: Sort): Row[] => {
  const client = filters.client.trim().toLowerCase();
  const filtered = filters === NO_FILTERS ? rows.slice() : rows.filter((r) => matches(r, filters, client));
  if (sort === 'due-desc') filtered.reverse();
  if (sort === 'number') filtered.sort((a, b) => a.invoice.number.localeCompare(b.invoice.number, undefined, { numeric: true }));
  if (sort === 'client') filtered.sort((a, b) => a.clientName.localeCompare(b.clientName));
  return filtered;
};

export const InvoicesView = ({ invoiceId, today = todayIn() }: { invoiceId?: string; today?: string }) => {
  const firstRows = useQuery(() => takeFirstRows(today), [today]);
  // Started once the first screen is in: run side by side, the large read would hold the small one up.
  const firstIn = firstRows !== undefined;
  const data = useLiveQuery(
    () => (firstIn ? timed(MEASURES.invoicesQuery, () => loadInvoiceData(today)) : Promise.resolve(undefined)),
    [today, firstIn],
  );
  const settings = useLiveQuery(() => loadSettings(), []);
  // The invoice opened from the popup or a notification shows without waiting for the whole list.
  const selected = useLiveQuery(async () => {
    const invoice = invoiceId ? await invoiceById(invoiceId) : undefined;
    if (!invoice) return null;
    const names = await clientNames([invoice.clientId]);
    return { invoice, clientName: names.get(invoice.clientId) ?? '—' };
  }, [invoiceId]);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>('due-asc');
  const [editing, setEditing] = useState<'new' | 'selected' | null>(null);
  const [exported, setExported] = useState<string>();
  const [csvConvention, setCsvConvention] = useState<CsvConventionId>(() => csvConventionFor(currentLanguage()).id);
  const [importing, setImporting] = useState(false);
  const rows = data?.rows;
  const shown = useMemo(
    () => (rows ? filterAndSort(rows, filters, sort) : filters === NO_FILTERS && sort === 'due-asc' ? firstRows : undefined),
    [rows, firstRows, filters, sort],
  );
  useFirstRenderMeasure(!!shown, !!rows);
  const invoices = useMemo(() => rows?.map((r) => r.invoice), [rows]);
  const aging = useMemo(() => (invoices ? agingReport(invoices, today) : undefined), [invoices, today]);
  const clientList = useMemo(
    () => (data ? [...data.names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)) : undefined),
    [data],
  );
  // Leaving an invoice (or opening another) closes its editor.
  useEffect(() => {
    if (editing === 'selected') setEditing(null);
  }, [invoiceId]);

  const current = selected && selected.invoice.id === invoiceId ? selected : undefined;
  const editorDone = (savedId?: string) => {
    setEditing(null);
    if (savedId) location.hash = routeToHash({ view: 'invoices', id: savedId });
  };
  const editor = (invoice?: Invoice) =>
    invoices && clientList && settings ? (
      <InvoiceEditor
        key={invoice?.id ?? 'new'}
        invoice={invoice}
        clients={clientList}
        numbers={invoices}
        suggestedNumber={suggestNextNumber(invoices, today)}
        settings={settings}
        today={today}
        onDone={editorDone}
      />
    ) : (
      <p class="card muted">{t('popupLoading')}</p>
    );
  const showBucket = (bucket: AgingBucket) => {
    const range = bucketDueRange(bucket, today);
    setFilters({ ...filters, status: 'open', dueFrom: range.from ?? '', dueTo: range.to ?? '' });
  };
  const showClient = (clientId: string) =>
    setFilters({ ...filters, status: 'open', client: data?.names.get(clientId) ?? '', clientId, dueFrom: '', dueTo: '' });
  const setFilter = <K extends keyof Filters>(key: K, next: Filters[K]) => setFilters({ ...filters, [key]: next });
  const noClients = clientList?.length === 0;
  const canExport = !!rows && !!shown && shown.length > 0;

  return (
    <>
      <div class="view-header">
        <h1 tabIndex={-1}>{t('invoicesHeading')}</h1>
        <div class="actions billing-header-actions">
          {editing !== 'new' && (
            <button type="button" class="primary" onClick={() => setEditing('new')} disabled={noClients}>
              {t('invoicesAdd')}
            </button>
          )}
          <button type="button" onClick={() => setImporting(true)} disabled={importing}>
            {t('import_open')}
          </button>
          <span class="billing-export-csv">
            <button type="button" onClick={() => shown && setExported(exportInvoicesCsv(shown, today, csvConvention))} disabled={!canExport}>
              {t('billing_export_csv')}
            </button>
            <select
              aria-label={t('billing_export_csv_convention')}
              value={csvConvention}
              onChange={(e) => setCsvConvention((e.currentTarget as HTMLSelectElement).value as CsvConventionId)}
            >
              <option value="semicolon">{t('billing_export_csv_semicolon')}</option>
              <option value="comma">{t('billing_export_csv_comma')}</option>
            </select>
          </span>
          <button type="button" onClick={() => shown && setExported(exportDueDatesIcs(shown, today))} disabled={!canExport}>
            {t('billing_export_ics')}
          </button>
        </div>
      </div>
      <p class="muted billing-export-status" role="status">
        {exported ? t('billing_exported', exported) : noClients ? t('invoicesNeedClient') : ''}
      </p>
      {importing && <ImportLoader onClose={() => setImporting(false)} />}
      {editing === 'new' && editor()}
      {current &&
        settings &&
        (editing === 'selected' ? (
          editor(current.invoice)
        ) : (
          <InvoiceDetail
            invoice={current.invoice}
            clientName={current.clientName}
            settings={settings}
            today={today}
            onEdit={() => setEditing('selected')}
          />
        ))}
      {aging && data ? (
        <AgingPanel report={aging} clientName={(id) => data.names.get(id) ?? '—'} onBucket={showBucket} onClient={showClient} />
      ) : (
        <section class="card billing-aging" aria-labelledby="aging-heading" aria-busy="true">
          <h2 id="aging-heading">{t('billing_aging_heading')}</h2>
          <p class="muted">{t('billing_aging_loading')}</p>
        </section>
      )}
      {invoices && <NumberingNotice invoices={invoices} />}
      <div class="toolbar" role="search" aria-label={t('billing_filters')}>
        <Field label={t('invoicesFilterStatus')}>
          {(p) => (
            <select {...p} value={filters.status} onChange={(e) => setFilter('status', value(e) as StatusFilter)}>
              <option value="all">{t('invoicesFilterAll')}</option>
              <option value="overdue">{t('invoicesFilterOverdue')}</option>
              <option value="open">{t('billing_filter_open')}</option>
              {INVOICE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(STATUS_LABEL[s])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('invoiceClient')}>
          {(p) => (
            <input
              {...p}
              type="search"
              value={filters.client}
              onInput={(e) => setFilters({ ...filters, client: value(e), clientId: undefined })}
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
          {(p) => (
            <select {...p} value={sort} onChange={(e) => setSort(value(e) as Sort)}>
              <option value="due-asc">{t('invoicesSortDueAsc')}</option>
              <option value="due-desc">{t('invoicesSortDueDesc')}</option>
              <option value="number">{t('invoicesSortNumber')}</option>
              <option value="client">{t('billing_sort_client')}</option>
            </select>
          )}
        </Field>
        {filtersActive(filters) && (
          <button type="button" onClick={() => setFilters(NO_FILTERS)}>
            {t('billing_filters_clear')}
          </button>
        )}
        <p class="muted" role="status">
          {rows && shown ? tn('invoicesCount', shown.length) : t('billing_invoices_loading')}
        </p>
      </div>
      {shown === undefined ? null : shown.length === 0 ? (
        <p class="empty">{t('invoicesEmpty')}</p>
      ) : (
        <InvoiceTable rows={shown} today={today} />
      )}
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
        <thead>
          <tr>
            <th scope="col">{t('invoiceNumber')}</th>
            <th scope="col">{t('invoiceClient')}</th>
            <th scope="col">{t('invoiceIssueDate')}</th>
            <th scope="col">{t('invoiceDueDate')}</th>
            <th scope="col" class="num">
              {t('invoiceAmount')}
            </th>
            <th scope="col" class="num">
              {t('invoiceBalance')}
            </th>
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
