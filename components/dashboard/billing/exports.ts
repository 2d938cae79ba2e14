import { CSV_CONVENTIONS, invoicesCsv, type CsvConventionId, type InvoiceCsvColumn, type InvoiceCsvRow } from '@/lib/billing/export-csv';
import { dueDateCalendar, type DueDateInvoice } from '@/lib/billing/export-ics';
import type { MessageKey } from '@/lib/i18n/messages';
import { date, money, t } from '../../text';
import { downloadText } from '../../download';
import { STATUS_LABEL } from './labels';

const CSV_HEADING: Record<InvoiceCsvColumn, MessageKey> = {
  number: 'invoiceNumber',
  client: 'invoiceClient',
  issueDate: 'invoiceIssueDate',
  serviceDate: 'billing_invoice_service_date',
  dueDate: 'invoiceDueDate',
  status: 'invoiceStatus',
  currency: 'invoiceCurrency',
  amount: 'invoiceAmount',
  tax: 'billing_csv_tax',
  net: 'billing_csv_net',
  paid: 'billing_paid',
  balance: 'invoiceBalance',
  daysLate: 'billing_csv_days_late',
  poNumber: 'invoicePoNumber',
  description: 'billing_invoice_description',
};

/**
 * The invoices listed, as a CSV file in the user's language and the separators chosen (a byte-order mark so
 * spreadsheets read UTF-8).
 */
export const exportInvoicesCsv = (rows: readonly InvoiceCsvRow[], today: string, convention: CsvConventionId): string => {
  const headings = Object.fromEntries(Object.entries(CSV_HEADING).map(([column, key]) => [column, t(key)])) as Record<InvoiceCsvColumn, string>;
  const csv = invoicesCsv(rows, { headings, status: (s) => t(STATUS_LABEL[s]) }, today, CSV_CONVENTIONS[convention]);
  const name = `clientcheck-invoices-${today}.csv`;
  downloadText(name, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
  return name;
};

/** The due dates of the open invoices listed, as a calendar file. */
export const exportDueDatesIcs = (rows: readonly { invoice: DueDateInvoice; clientName: string }[], today: string): string => {
  const ics = dueDateCalendar(rows, {
    name: t('billing_ics_calendar_name'),
    now: new Date(),
    summary: (invoice, clientName, balance) => t('billing_ics_summary', invoice.number, clientName, money(balance, invoice.currency)),
    description: (invoice, clientName, balance) =>
      t('billing_ics_description', invoice.number, clientName, money(balance, invoice.currency), date(invoice.dueDate)),
  });
  const name = `clientcheck-due-dates-${today}.ics`;
  downloadText(name, ics, 'text/calendar;charset=utf-8');
  return name;
};
