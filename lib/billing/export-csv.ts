import type { CalendarDate } from '../model/common';
import type { Invoice, InvoiceStatus } from '../model/billing';
import { minorUnitDigits } from '../currency';
import { balanceOf, daysLate, isOverdue } from './overdue';

/**
 * Invoices as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a separator, a quote or a line break)
 * in the user's convention: comma-separated with decimal points ("1440.00"), or, as spreadsheets set to French
 * read them, semicolon-separated with decimal commas and spaces between thousands ("1 440,00"). The file goes
 * to spreadsheets, which run any cell starting with = + - @ as a formula: text cells that start so are prefixed
 * with an apostrophe (OWASP "CSV injection"), so a client named "=HYPERLINK(...)" stays text. Amounts are
 * written as numbers in the convention chosen, so they can be summed.
 */

export type CsvConventionId = 'comma' | 'semicolon';

export interface CsvConvention {
  id: CsvConventionId;
  separator: ',' | ';';
  decimalMark: '.' | ',';
  /** Between groups of three digits; empty for none. */
  groupSeparator: '' | ' ';
}

export const CSV_CONVENTIONS: Readonly<Record<CsvConventionId, CsvConvention>> = {
  comma: { id: 'comma', separator: ',', decimalMark: '.', groupSeparator: '' },
  semicolon: { id: 'semicolon', separator: ';', decimalMark: ',', groupSeparator: ' ' },
};

/** The convention a UI language's spreadsheets expect: French gives ";" and "1 440,00", any other "," and ".". */
export const csvConventionFor = (language: string): CsvConvention =>
  language.toLowerCase().startsWith('fr') ? CSV_CONVENTIONS.semicolon : CSV_CONVENTIONS.comma;

/** A number already written as digits and a dot ("1200.50"), written in the convention and never guarded. */
export interface CsvDecimal {
  decimal: string;
}
export type CsvCell = string | number | CsvDecimal | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula; tab and CR are included as OWASP advises. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Both separators: a file may be opened with either. */
const NEEDS_QUOTES = /[",;\r\n]/;

/** "1440.50" as the convention writes it: "1440.50" or "1 440,50". */
export const conventionDecimal = (decimal: string, convention: CsvConvention): string => {
  const [, sign = '', whole, fraction] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal) ?? [];
  if (whole === undefined) return decimal;
  const grouped = convention.groupSeparator ? whole.replace(/\B(?=(\d{3})+$)/g, convention.groupSeparator) : whole;
  return `${sign}${grouped}${fraction === undefined ? '' : convention.decimalMark + fraction}`;
};

export const csvCell = (value: CsvCell, convention: CsvConvention = CSV_CONVENTIONS.comma): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? conventionDecimal(String(value), convention) : '';
  if (typeof value === 'object') return conventionDecimal(value.decimal, convention);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
};

export const toCsv = (rows: readonly (readonly CsvCell[])[], convention: CsvConvention = CSV_CONVENTIONS.comma): string =>
  rows.map((row) => row.map((cell) => csvCell(cell, convention)).join(convention.separator)).join('\r\n') + '\r\n';

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

/** One line per invoice; amounts in major units ("1200.50", "1 200,50") because spreadsheets sum those. */
export const invoicesCsv = (
  rows: Iterable<InvoiceCsvRow>,
  labels: InvoiceCsvLabels,
  today: CalendarDate,
  convention: CsvConvention = CSV_CONVENTIONS.comma,
): string => {
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
  return toCsv(lines, convention);
};
