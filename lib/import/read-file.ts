import { MEASURES, timed } from '../timing';
import { readCii } from './cii';
import { decodeCsv, parseCsv, type CsvEncoding, type ParsedCsv } from './csv';
import type { PdfErrorCode } from './pdf/objects';
import { IMPORT_LIMITS, type ImportedInvoice, type ImportProblem, type ProblemCode, type SourceFormat } from './types';
import { readUbl } from './ubl';
import { NS, XmlRefused, decodeXml, parseXml } from './xml';

/**
 * One dropped file, read as far as it can be without the user: a PDF's embedded XML, an XML invoice, or a CSV
 * table waiting for its column mapping. The PDF reader is loaded only when a PDF arrives.
 */

export interface CsvTable {
  parsed: ParsedCsv;
  encoding: CsvEncoding;
}

export interface FileRead {
  name: string;
  sha256: string;
  format?: SourceFormat;
  invoices: ImportedInvoice[];
  problems: ImportProblem[];
  /** For a CSV: its table, which the mapping turns into invoices. */
  csv?: CsvTable;
}

export interface FileInput {
  name: string;
  bytes: Uint8Array;
}

export const sha256Hex = async (bytes: Uint8Array): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
};

const PDF_PROBLEM: Record<PdfErrorCode, ProblemCode> = {
  'not-pdf': 'not-pdf',
  damaged: 'pdf-damaged',
  encrypted: 'pdf-encrypted',
  'unsupported-filter': 'pdf-unsupported',
  'too-large': 'too-large',
};

const XML_PROBLEM: Record<XmlRefused['reason'], ProblemCode> = {
  'too-large': 'too-large',
  doctype: 'xml-doctype',
  invalid: 'xml-invalid',
};

const startsWith = (bytes: Uint8Array, text: string, from = 0): boolean => [...text].every((c, i) => bytes[from + i] === c.charCodeAt(0));

const looksLikeXml = (bytes: Uint8Array): boolean => {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes[2] === 0x3c && bytes[3] === 0;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes[2] === 0 && bytes[3] === 0x3c;
  while (i < bytes.length && i < 64 && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)) i++;
  return bytes[i] === 0x3c; // <
};

/** An invoice from XML text: CII (Factur-X, ZUGFeRD, XRechnung CII) or UBL (Invoice, CreditNote). */
export const readInvoiceXml = (text: string, file: string, format: 'factur-x' | 'xml'): { invoice?: ImportedInvoice; problem?: ImportProblem } => {
  try {
    const doc = parseXml(text, IMPORT_LIMITS.maxXmlBytes);
    const root = doc.documentElement;
    if (root.namespaceURI === NS.rsm && root.localName === 'CrossIndustryInvoice') {
      return { invoice: readCii(doc, file, format === 'factur-x' ? 'factur-x' : 'cii') };
    }
    if ((root.namespaceURI === NS.ublInvoice && root.localName === 'Invoice') || (root.namespaceURI === NS.ublCreditNote && root.localName === 'CreditNote')) {
      return { invoice: readUbl(doc, file) };
    }
    return { problem: { code: 'xml-unknown', severity: 'error', file, field: 'file', params: [root.localName] } };
  } catch (error) {
    if (error instanceof XmlRefused) return { problem: { code: XML_PROBLEM[error.reason], severity: 'error', file, field: 'file' } };
    throw error;
  }
};

const fileProblem = (file: string, code: ProblemCode, params?: string[]): ImportProblem => ({
  code,
  severity: 'error',
  file,
  field: 'file',
  ...(params ? { params } : {}),
});

export const readImportFile = async (input: FileInput): Promise<FileRead> => {
  const { name, bytes } = input;
  const sha256 = await sha256Hex(bytes);
  const read: FileRead = { name, sha256, invoices: [], problems: [] };
  const fail = (code: ProblemCode, params?: string[]) => {
    read.problems.push(fileProblem(name, code, params));
    return read;
  };
  if (startsWith(bytes, '%PDF-') || /\.pdf$/i.test(name)) {
    read.format = 'factur-x';
    if (bytes.length > IMPORT_LIMITS.maxPdfBytes) return fail('too-large');
    // Loaded on demand: the PDF reader ships in its own chunk, fetched the first time a PDF is dropped.
    const [{ readEmbeddedInvoice, NoInvoiceError }, { PdfError }] = await timed(MEASURES.importPdfReaderLoad, () =>
      Promise.all([import('./pdf/embedded-invoice'), import('./pdf/objects')]),
    );
    try {
      const embedded = await readEmbeddedInvoice(bytes, { maxXmlBytes: IMPORT_LIMITS.maxXmlBytes });
      const { invoice, problem } = readInvoiceXml(decodeXml(embedded.xml), name, 'factur-x');
      if (invoice) read.invoices.push(invoice);
      if (problem) read.problems.push(problem);
    } catch (error) {
      if (error instanceof NoInvoiceError) return fail('no-invoice-xml', error.attachments.length ? [error.attachments.join(', ')] : undefined);
      if (error instanceof PdfError) return fail(PDF_PROBLEM[error.code]);
      throw error;
    }
    return read;
  }
  if (looksLikeXml(bytes) || /\.xml$/i.test(name)) {
    if (bytes.length > IMPORT_LIMITS.maxXmlBytes) return fail('too-large');
    const { invoice, problem } = readInvoiceXml(decodeXml(bytes), name, 'xml');
    read.format = invoice?.format;
    if (invoice) read.invoices.push(invoice);
    if (problem) read.problems.push(problem);
    return read;
  }
  if (/\.(csv|tsv|txt)$/i.test(name)) {
    read.format = 'csv';
    if (bytes.length > IMPORT_LIMITS.maxCsvBytes) return fail('too-large');
    const { text, encoding } = decodeCsv(bytes);
    const parsed = parseCsv(text, { maxRows: IMPORT_LIMITS.maxCsvRows });
    if (parsed.header.length === 0 || parsed.rows.length === 0) return fail('csv-empty');
    if (parsed.truncated) read.problems.push({ ...fileProblem(name, 'csv-too-many-rows', [String(IMPORT_LIMITS.maxCsvRows)]), severity: 'warning' });
    read.csv = { parsed, encoding };
    return read;
  }
  return fail('unsupported-file');
};
