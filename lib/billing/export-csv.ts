import type { CalendarDate } from '../model/common';
import type { Invoice, InvoiceStatus } from '../model/billing';
import { minorUnitDigits } from '../currency';
import { balanceOf, daysLate, isOverdue } from './overdue';

/**
 * Invoices as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break). The file goes to spreadsheets, which run any cell starting with = + - @ as a formula: text cells
 * that start so are prefixed with an apostrophe (OWASP "CSV injection"), so a client named "=HYPERLINK(...)"
 * stays text. Numbers are written as numbers, with a dot, so they can be summed.
 */

/** A number already written as digits and a dot ("1200.50"), kept exactly as written and never guarded. */
export interface CsvDecimal {
  decimal: string;
}
export type CsvCell = string | number | CsvDecimal | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula; tab and CR are included as OWASP advises. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** `;` too: spreadsheets set to a French locale split on it. */
const NEEDS_QUOTES = /[",;\r\n]/;

export const csvCell = (value: CsvCell): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'object') return value.decimal;
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
};

export const toCsv = (rows: readonly (readonly CsvCell[])[]): string =>
  rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** Minor units as a plain decimal string: 120050 EUR → "1200.50", 1200 JPY → "1200". */
export const decimalAmount = (minor: number, currency: string): string => {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const unit = 10 ** digits;
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(digits, '0')}`;
};

export const INVOICE_CSV_COLUMNS = [
  'number',
  'client',
  'issueDate',
  'serviceDate',
  'dueDate',
  'status',
  'currency',
  'amount',
  'tax',
  'net',
  'paid',
  'balance',
  'daysLate',
  'poNumber',
  'description',
] as const;
export type InvoiceCsvColumn = (typeof INVOICE_CSV_COLUMNS)[number];

export interface InvoiceCsvRow {
  invoice: Pick<
    Invoice,
    | 'number'
    | 'issueDate'
    | 'serviceDate'
    | 'dueDate'
    | 'status'
    | 'currency'
    | 'amount'
    | 'taxAmount'
    | 'payments'
    | 'poNumber'
    | 'description'
  >;
  clientName: string;
}

export interface InvoiceCsvLabels {
  /** Column headings in the user's language. */
  headings: Readonly<Record<InvoiceCsvColumn, string>>;
  status: (status: InvoiceStatus) => string;
}

/** One line per invoice; amounts in major units ("1200.50") because spreadsheets sum those. */
export const invoicesCsv = (rows: Iterable<InvoiceCsvRow>, labels: InvoiceCsvLabels, today: CalendarDate): string => {
  const lines: CsvCell[][] = [INVOICE_CSV_COLUMNS.map((column) => labels.headings[column])];
  for (const { invoice, clientName } of rows) {
    const balance = balanceOf(invoice);
    const amount = (minor: number): CsvDecimal => ({ decimal: decimalAmount(minor, invoice.currency) });
    lines.push([
      invoice.number,
      clientName,
      invoice.issueDate,
      invoice.serviceDate,
      invoice.dueDate,
      labels.status(invoice.status),
      invoice.currency,
      amount(invoice.amount),
      amount(invoice.taxAmount),
      amount(invoice.amount - invoice.taxAmount),
      amount(invoice.amount - balance),
      amount(balance),
      isOverdue(invoice, today) ? daysLate(invoice, today) : 0,
      invoice.poNumber,
      invoice.description,
    ]);
  }
  return toCsv(lines);
};
