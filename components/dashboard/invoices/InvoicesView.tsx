import { useEffect, useMemo, useState } from 'preact/hooks';
import { agingReport, type AgingBucket } from '@/lib/billing/aging';
import { todayIn } from '@/lib/calendar';
import { suggestNextNumber } from '@/lib/billing/numbering';
import { csvConventionFor, type CsvConventionId } from '@/lib/billing/export-csv';
import { currentLanguage, type MessageKey } from '@/lib/i18n/messages';
import type { Invoice } from '@/lib/model';
import { routeToHash } from '@/lib/navigation';
import { Actions, Select, messageOptions } from '../../form';
import { t } from '../../text';
import { AgingPanel } from '../billing/AgingPanel';
import { InvoiceDetail } from '../billing/InvoiceDetail';
import { InvoiceEditor } from '../billing/InvoiceEditor';
import { NumberingNotice } from '../billing/NumberingNotice';
import { exportDueDatesIcs, exportInvoicesCsv } from '../billing/exports';
import { ImportLoader } from '../import/ImportLoader';
import { useFirstRenderMeasure, useInvoiceData } from './data';
import { NO_FILTERS, bucketFilters, clientFilters, filterAndSort, type Filters, type Sort } from './filters';
import { InvoiceList } from './InvoiceList';

const CSV_CONVENTION_LABEL: Record<CsvConventionId, MessageKey> = { semicolon: 'billing_export_csv_semicolon', comma: 'billing_export_csv_comma' };

/**
 * Invoices: adding, importing and exporting them, the one opened (its page or its editor), what clients owe
 * by how late, and the list. A bucket or a client of the aging table filters the list.
 */
export const InvoicesView = ({ invoiceId, today = todayIn() }: { invoiceId?: string; today?: string }) => {
  const { firstRows, data, settings, opened } = useInvoiceData(today, invoiceId);
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
  const showBucket = (bucket: AgingBucket) => setFilters(bucketFilters(filters, bucket, today));
  const showClient = (clientId: string) => setFilters(clientFilters(filters, clientId, data?.names.get(clientId) ?? ''));
  const noClients = clientList?.length === 0;
  const canExport = !!rows && !!shown && shown.length > 0;

  return (
    <>
      <div class="view-header">
        <h1 tabIndex={-1}>{t('invoicesHeading')}</h1>
        <Actions extra="billing-header-actions">
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
            <Select aria-label={t('billing_export_csv_convention')} value={csvConvention} options={messageOptions(CSV_CONVENTION_LABEL)} onChange={setCsvConvention} />
          </span>
          <button type="button" onClick={() => shown && setExported(exportDueDatesIcs(shown, today))} disabled={!canExport}>
            {t('billing_export_ics')}
          </button>
        </Actions>
      </div>
      <p class="muted billing-export-status" role="status">
        {exported ? t('billing_exported', exported) : noClients ? t('invoicesNeedClient') : ''}
      </p>
      {importing && <ImportLoader onClose={() => setImporting(false)} />}
      {editing === 'new' && editor()}
      {opened &&
        settings &&
        (editing === 'selected' ? (
          editor(opened.invoice)
        ) : (
          <InvoiceDetail
            invoice={opened.invoice}
            clientName={opened.clientName}
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
      <InvoiceList rows={shown} complete={!!rows} filters={filters} sort={sort} today={today} onFilters={setFilters} onSort={setSort} />
    </>
  );
};
