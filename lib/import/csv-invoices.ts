import type { InvoiceStatus } from '../model';
import { FieldReader, checkTotals } from './cii';
import type { CsvField, CsvMapping } from './csv-presets';
import type { ParsedCsv } from './csv';
import { cleanVat, compactParty, legalIds } from './party';
import type { ImportedInvoice } from './types';
import { parseDate, parseDecimal, parseTerms } from './values';
import { lowerWithoutAccents } from '../text';

/** Status words of the exports we know, in English and French; anything else reads as sent. */
const STATUS_WORDS: [RegExp, InvoiceStatus | 'cancelled'][] = [
  [/^(paid|payee?|reglee?|acquittee?|encaissee?|settled|closed)$/, 'paid'],
  [/^(draft|brouillon)$/, 'draft'],
  [/^(cancell?ed|void|voided|annulee?|deleted|supprimee?)$/, 'cancelled'],
  [/^(disputed?|contestee?|litige)$/, 'disputed'],
];

const statusOf = (raw: string | undefined): InvoiceStatus | 'cancelled' | undefined => {
  if (!raw) return undefined;
  const word = lowerWithoutAccents(raw).trim();
  return STATUS_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? 'sent';
};

/** Our own export guards text cells against spreadsheet formulas with a leading apostrophe: take it off. */
const unguard = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Every data row as an invoice, read through the mapping; the row number counts the header as row 1. */
export const csvInvoices = (csv: ParsedCsv, mapping: CsvMapping, file: string, defaultCurrency: string): ImportedInvoice[] => {
  const index = new Map<CsvField, number>();
  for (const [field, header] of Object.entries(mapping.columns) as [CsvField, string][]) {
    const at = csv.header.indexOf(header);
    if (at >= 0) index.set(field, at);
  }
  return csv.rows.map((row, i) => {
    const cell = (field: CsvField): string | undefined => {
      const at = index.get(field);
      const value = at === undefined ? undefined : unguard((row[at] ?? '').trim());
      return value ? value : undefined;
    };
    const position = `row ${i + 2}`;
    const number = cell('number');
    const reader = new FieldReader(file, () => number ?? position);
    const currencyText = (cell('currency') ?? mapping.currency ?? defaultCurrency).toUpperCase();
    const currency = /^[A-Z]{3}$/.test(currencyText) ? currencyText : undefined;
    if (!currency) reader.problem('bad-currency', 'currency', 'error', [currencyText]);
    const money = currency ?? defaultCurrency;
    const amountOf = (field: CsvField, target: 'amount' | 'taxAmount' | 'netAmount' | 'paid'): number | undefined => {
      const raw = cell(field);
      if (raw === undefined) return undefined;
      const value = parseDecimal(raw, money, mapping.decimal);
      if (value === undefined) reader.problem('bad-amount', target, 'error', [raw]);
      return value;
    };
    const dateOf = (field: 'issueDate' | 'dueDate'): string | undefined => {
      const raw = cell(field);
      if (raw === undefined) return undefined;
      const date = parseDate(raw, mapping.dateOrder);
      if (!date) reader.problem('bad-date', field, 'error', [raw]);
      return date;
    };
    if (!number) reader.problem('missing', 'number');
    const issueDate = dateOf('issueDate');
    if (!cell('issueDate')) reader.problem('missing', 'issueDate');
    const netAmount = amountOf('netAmount', 'netAmount');
    const taxAmount = amountOf('taxAmount', 'taxAmount');
    let amount = amountOf('amount', 'amount');
    if (amount === undefined && netAmount !== undefined) amount = netAmount + (taxAmount ?? 0);
    if (amount === undefined && !reader.problems.some((p) => p.field === 'amount')) reader.problem('missing', 'amount');
    let paid = amountOf('paid', 'paid');
    const balance = amountOf('balance', 'paid');
    if (paid === undefined && balance !== undefined && amount !== undefined) paid = amount - balance;
    const status = statusOf(cell('status'));
    if (status === 'paid' && paid === undefined && amount !== undefined) paid = amount;
    const termsText = cell('terms');
    const ids = legalIds(cell('clientSiren') ? [{ value: cell('clientSiren')! }] : []);
    const invoice: ImportedInvoice = {
      file,
      format: 'csv',
      position,
      kind: 'invoice',
      number,
      issueDate,
      dueDate: dateOf('dueDate'),
      termsText,
      terms: parseTerms(termsText),
      currency,
      netAmount,
      taxAmount,
      amount,
      paid: paid !== undefined && paid !== 0 ? paid : undefined,
      status: status === 'cancelled' ? undefined : status,
      poNumber: cell('poNumber'),
      description: cell('description'),
      seller: {},
      buyer: compactParty({ name: cell('clientName'), email: cell('clientEmail')?.toLowerCase(), vat: cleanVat(cell('clientVat')), ...ids }),
      problems: reader.problems,
    };
    if (!invoice.buyer.name) reader.problem('missing', 'buyer');
    if (status === 'cancelled') reader.problem('cancelled', 'status', 'warning', [cell('status') ?? '']);
    checkTotals(invoice, reader);
    return invoice;
  });
};
