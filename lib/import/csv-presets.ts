import type { DateOrder, DecimalMark } from './values';
import { lowerWithoutAccents } from '../text';

/**
 * Spreadsheet exports ClientCheck recognises, each with the columns it writes and where that list comes from.
 * The sample rows are invented for this documentation (`.example` domains, arbitrary identifiers with valid
 * check digits): no real person's or company's data. Any other export is mapped by hand on the import screen,
 * and every mapping, a preset's included, is remembered per preset in Settings.
 */

export const CSV_FIELDS = [
  'number',
  'clientName',
  'clientEmail',
  'clientSiren',
  'clientVat',
  'issueDate',
  'dueDate',
  'terms',
  'amount',
  'taxAmount',
  'netAmount',
  'currency',
  'paid',
  'balance',
  'status',
  'poNumber',
  'description',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Without these a row cannot become an invoice; the amount may also come from net + VAT. */
export const REQUIRED_CSV_FIELDS: readonly CsvField[] = ['number', 'clientName', 'issueDate'];

export type CsvPresetId = 'clientcheck' | 'invoice-ninja' | 'spreadsheet-fr' | 'spreadsheet-en';

export interface CsvPreset {
  id: CsvPresetId;
  /** The column headers this export writes, per field (compared without case, accents or spaces). */
  columns: Partial<Record<CsvField, readonly string[]>>;
  dateOrder: DateOrder;
  decimal: DecimalMark;
  /** Where the column list was taken from. */
  source: string;
  /** The header and one row, built for this documentation. */
  sample: readonly (readonly string[])[];
}

export const CSV_PRESETS: readonly CsvPreset[] = [
  {
    id: 'clientcheck',
    columns: {
      number: ['number'],
      clientName: ['client'],
      issueDate: ['issueDate'],
      dueDate: ['dueDate'],
      status: ['status'],
      currency: ['currency'],
      amount: ['amount'],
      taxAmount: ['tax'],
      netAmount: ['net'],
      paid: ['paid'],
      balance: ['balance'],
      poNumber: ['poNumber'],
      description: ['description'],
    },
    dateOrder: 'ymd',
    decimal: '.',
    source: 'ClientCheck’s own invoice export (lib/billing/export-csv.ts, INVOICE_CSV_COLUMNS)',
    sample: [
      ['number', 'client', 'issueDate', 'serviceDate', 'dueDate', 'status', 'currency', 'amount', 'tax', 'net', 'paid', 'balance', 'daysLate', 'poNumber', 'description'],
      ['F2026-031', 'Studio Orme', '2026-09-15', '', '2026-10-15', 'sent', 'EUR', '1800.00', '300.00', '1500.00', '0.00', '1800.00', '12', 'PO-7781', 'Design sprint'],
    ],
  },
  {
    id: 'invoice-ninja',
    columns: {
      number: ['Number', 'Invoice Number', 'invoice.number', 'number'],
      clientName: ['Client', 'Client Name', 'client.name', 'client'],
      clientEmail: ['Email', 'Contact Email', 'client.email'],
      clientVat: ['VAT Number', 'client.vat_number'],
      issueDate: ['Date', 'Invoice Date', 'invoice.date', 'date'],
      dueDate: ['Due Date', 'invoice.due_date', 'due_date'],
      amount: ['Amount', 'invoice.amount', 'amount'],
      taxAmount: ['Total Taxes', 'invoice.total_taxes', 'total_taxes'],
      balance: ['Balance', 'invoice.balance', 'balance'],
      paid: ['Paid to Date', 'invoice.paid_to_date', 'paid_to_date'],
      poNumber: ['PO Number', 'invoice.po_number', 'po_number'],
      status: ['Status', 'invoice.status', 'status'],
      currency: ['Currency', 'invoice.currency_id', 'currency_id'],
    },
    dateOrder: 'ymd',
    decimal: '.',
    source:
      'Invoice Ninja v5, Reports › Invoices › Export CSV: the report keys of app/Export/CSV/InvoiceExport.php (number, client, date, due_date, amount, balance, paid_to_date, po_number, status, total_taxes, currency_id), headed by their English labels or by the keys themselves',
    sample: [
      ['Number', 'Client', 'Date', 'Due Date', 'Amount', 'Balance', 'Paid to Date', 'PO Number', 'Status', 'Total Taxes', 'Currency'],
      ['INV-0042', 'Northwind Design Ltd', '2026-08-03', '2026-09-02', '2400.00', '1400.00', '1000.00', 'NW-2209', 'Partial', '400.00', 'GBP'],
    ],
  },
  {
    id: 'spreadsheet-fr',
    columns: {
      number: ['N° facture', 'Numéro', 'Numéro de facture', 'Facture'],
      clientName: ['Client', 'Nom du client', 'Raison sociale'],
      clientEmail: ['Email', 'E-mail', 'Courriel'],
      clientSiren: ['SIREN', 'SIRET', 'SIREN/SIRET'],
      clientVat: ['N° TVA', 'TVA intracommunautaire', 'Numéro de TVA'],
      issueDate: ['Date', 'Date de facture', "Date d'émission", 'Date facture'],
      dueDate: ['Échéance', 'Date d’échéance', "Date d'échéance"],
      terms: ['Conditions de paiement', 'Délai de paiement'],
      netAmount: ['Total HT', 'Montant HT', 'HT'],
      taxAmount: ['TVA', 'Montant TVA'],
      amount: ['Total TTC', 'Montant TTC', 'TTC'],
      paid: ['Payé', 'Montant payé', 'Réglé'],
      balance: ['Reste à payer', 'Solde'],
      status: ['Statut', 'État'],
      currency: ['Devise'],
      poNumber: ['Bon de commande', 'N° de commande'],
    },
    dateOrder: 'dmy',
    decimal: ',',
    source:
      'The columns French invoicing tools and accountants use in a spreadsheet (Code de commerce L441-9 mentions: number, date, client, totals HT and TTC, VAT, due date), with ; separators and decimal commas as French Excel saves them',
    sample: [
      ['N° facture', 'Client', 'SIREN', 'Email', 'Date', 'Échéance', 'Conditions de paiement', 'Total HT', 'TVA', 'Total TTC', 'Payé', 'Statut'],
      ['2026-118', 'Atelier Lumière SARL', '526143987', 'compta@atelier-lumiere.example', '02/09/2026', '', '30 jours fin de mois', '2 500,00', '500,00', '3 000,00', '0,00', 'Envoyée'],
    ],
  },
  {
    id: 'spreadsheet-en',
    columns: {
      number: ['Invoice', 'Invoice #', 'Invoice No', 'Invoice Number', 'Number'],
      clientName: ['Customer', 'Client', 'Customer Name', 'Bill To'],
      clientEmail: ['Email', 'Customer Email'],
      clientVat: ['VAT Number', 'Tax ID'],
      issueDate: ['Invoice Date', 'Date', 'Issue Date'],
      dueDate: ['Due Date', 'Due'],
      terms: ['Terms', 'Payment Terms'],
      netAmount: ['Subtotal', 'Net'],
      taxAmount: ['Tax', 'VAT', 'Sales Tax'],
      amount: ['Total', 'Amount', 'Invoice Total'],
      paid: ['Paid', 'Amount Paid', 'Payments'],
      balance: ['Balance', 'Amount Due', 'Balance Due', 'Open Balance'],
      status: ['Status'],
      currency: ['Currency'],
      poNumber: ['PO', 'PO Number', 'P.O. Number'],
    },
    dateOrder: 'mdy',
    decimal: '.',
    source:
      'The column names of invoice lists in English-language accounting tools and spreadsheets (invoice number, customer, invoice and due dates, terms, subtotal, tax, total, amount paid, balance due), dates month first as US exports write them',
    sample: [
      ['Invoice #', 'Customer', 'Email', 'Invoice Date', 'Due Date', 'Terms', 'Subtotal', 'Tax', 'Total', 'Amount Paid', 'Balance Due', 'Status', 'Currency'],
      ['1087', 'Harbor & Pine LLC', 'ap@harborpine.example', '08/14/2026', '09/13/2026', 'Net 30', '3200.00', '0.00', '3200.00', '0.00', '3200.00', 'Sent', 'USD'],
    ],
  },
];

/** Headers compared as a person reads them: case, accents, spaces and punctuation ignored. */
export const headerKey = (header: string): string =>
  lowerWithoutAccents(header).replace(/[^a-z0-9#]/g, '');

export interface CsvMapping {
  /** The header of the column each field is read from. */
  columns: Partial<Record<CsvField, string>>;
  dateOrder: DateOrder;
  decimal: DecimalMark;
  /** For files without a currency column. */
  currency?: string;
}

/** The preset's columns found in this header, as a mapping. */
export const mappingFromPreset = (preset: CsvPreset, header: readonly string[]): CsvMapping => {
  const byKey = new Map(header.map((h) => [headerKey(h), h]));
  const columns: Partial<Record<CsvField, string>> = {};
  for (const field of CSV_FIELDS) {
    const found = preset.columns[field]?.map((name) => byKey.get(headerKey(name))).find((h) => h !== undefined);
    if (found !== undefined && !Object.values(columns).includes(found)) columns[field] = found;
  }
  return { columns, dateOrder: preset.dateOrder, decimal: preset.decimal };
};

/** The preset whose columns this header matches best, when it has at least the required ones. */
export const detectPreset = (header: readonly string[]): CsvPreset | undefined => {
  let best: { preset: CsvPreset; score: number } | undefined;
  for (const preset of CSV_PRESETS) {
    const mapping = mappingFromPreset(preset, header);
    if (!REQUIRED_CSV_FIELDS.every((f) => mapping.columns[f])) continue;
    const score = Object.keys(mapping.columns).length;
    if (!best || score > best.score) best = { preset, score };
  }
  return best?.preset;
};

/** A remembered mapping still fits a file when every column it names is in the header. */
export const mappingFits = (mapping: CsvMapping, header: readonly string[]): boolean =>
  Object.values(mapping.columns).every((h) => header.includes(h!)) && REQUIRED_CSV_FIELDS.every((f) => mapping.columns[f]);
