import type { InvoiceStatus, PaymentTerms, PostalAddress } from '../model';

/** What a file can be: a Factur-X / ZUGFeRD PDF, a CII or UBL XML file, or a spreadsheet export. */
export type SourceFormat = 'factur-x' | 'cii' | 'ubl' | 'csv';

/** A party as an invoice names it: the seller (the freelancer) or the buyer (the client). */
export interface ImportedParty {
  name?: string;
  siren?: string;
  siret?: string;
  vat?: string;
  email?: string;
  contactName?: string;
  address?: PostalAddress;
}

/** The fields a problem can name; the preview and its messages use the same names. */
export const IMPORT_FIELDS = ['file', 'number', 'issueDate', 'dueDate', 'currency', 'amount', 'taxAmount', 'netAmount', 'paid', 'buyer', 'seller', 'status', 'poNumber'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const PROBLEM_CODES = [
  'not-pdf',
  'pdf-damaged',
  'pdf-encrypted',
  'pdf-unsupported',
  'too-large',
  'no-invoice-xml',
  'xml-invalid',
  'xml-doctype',
  'xml-unknown',
  'csv-empty',
  'csv-too-many-rows',
  'unsupported-file',
  'missing',
  'bad-date',
  'bad-amount',
  'bad-currency',
  'negative-amount',
  'totals-disagree',
  'credit-note',
  'cancelled',
  'seller-not-you',
  'seller-unchecked',
  'duplicate-in-files',
  'due-from-terms',
  'terms-unread',
  'validation',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** `error`: the invoice cannot be imported until fixed; `warning`: it can, but look; `info`: what was done for you. */
export type Severity = 'error' | 'warning' | 'info';

export interface ImportProblem {
  code: ProblemCode;
  severity: Severity;
  file: string;
  /** The invoice's number, or its place in the file ("row 12") when it has none. */
  invoice?: string;
  field: ImportField;
  /** Values for the message: the text found, the limit passed, the other name. */
  params?: string[];
}

/** One invoice as a file gives it, before it is matched to a client or checked against the database. */
export interface ImportedInvoice {
  file: string;
  format: SourceFormat;
  /** "row 12" in a CSV, "invoice 1" elsewhere: how to find it in the file when it has no number. */
  position: string;
  /** Factur-X / EN 16931 profile, when the file names one. */
  profile?: string;
  kind: 'invoice' | 'credit-note';
  number?: string;
  issueDate?: string;
  dueDate?: string;
  serviceDate?: string;
  /** Payment terms as written ("30 jours fin de mois"), and as read when they could be. */
  termsText?: string;
  terms?: PaymentTerms;
  currency?: string;
  /** Minor units. */
  netAmount?: number;
  taxAmount?: number;
  amount?: number;
  /** Already paid (deposit, prepaid), minor units. */
  paid?: number;
  /** Still to pay, as the file says. */
  duePayable?: number;
  /** When a spreadsheet says the invoice is paid, on which day. */
  status?: InvoiceStatus;
  paidOn?: string;
  poNumber?: string;
  description?: string;
  seller: ImportedParty;
  buyer: ImportedParty;
  problems: ImportProblem[];
}

/** A file that was read, with its invoices or what stopped it. */
export interface ReadFile {
  name: string;
  sha256: string;
  format?: SourceFormat;
  invoices: ImportedInvoice[];
  problems: ImportProblem[];
}

/** Size limits: a hostile or mistaken file is refused before it is parsed. */
export const IMPORT_LIMITS = {
  /** A Factur-X PDF is a page or three plus fonts; scanned annexes rarely pass 20 MB. */
  maxPdfBytes: 30 * 1024 * 1024,
  /** The largest EN 16931 examples are a few hundred KB; EXTENDED with thousands of lines stays under 5 MB. */
  maxXmlBytes: 5 * 1024 * 1024,
  maxCsvBytes: 20 * 1024 * 1024,
  maxCsvRows: 20_000,
  maxFiles: 500,
} as const;
