import { PdfDocument } from './document';
import { PdfError, PdfRef, PdfString, isDict, isStream, type PdfDict, type PdfValue } from './objects';

/**
 * The invoice XML inside a Factur-X / ZUGFeRD / XRechnung PDF. The file is attached as an embedded file,
 * listed in the catalog's `/Names /EmbeddedFiles` name tree and, in PDF/A-3, in the catalog's `/AF` array
 * (associated files); either is enough to find it. Nothing else of the PDF is read.
 */

/** The names the specifications give the attachment (Factur-X 1.0, ZUGFeRD 1 and 2, XRechnung in a PDF). */
export const INVOICE_ATTACHMENT_NAMES = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml', 'zugferd_invoice.xml'] as const;

export interface EmbeddedInvoice {
  /** The attachment's name as the PDF gives it. */
  name: string;
  xml: Uint8Array;
  /** Every attachment's name, to explain a file whose XML was not found. */
  attachments: string[];
}

export interface EmbeddedInvoiceLimits {
  maxXmlBytes: number;
}

interface FileSpec {
  name: string;
  ref: PdfValue | undefined;
}

/** Name trees are shallow in practice; these bounds stop a hostile loop of /Kids. */
const MAX_TREE_DEPTH = 16;
const MAX_FILES = 500;

const stringOf = (v: PdfValue | undefined): string | undefined => (v instanceof PdfString ? v.text() : undefined);

const fileSpecOf = async (doc: PdfDocument, value: PdfValue | undefined): Promise<FileSpec | undefined> => {
  const spec = await doc.resolve(value);
  if (!isDict(spec)) return undefined;
  const ef = await doc.resolve(spec.get('EF'));
  const name = stringOf(await doc.resolve(spec.get('UF'))) ?? stringOf(await doc.resolve(spec.get('F'))) ?? '';
  if (!isDict(ef)) return undefined;
  return { name, ref: ef.get('UF') ?? ef.get('F') };
};

const walkNameTree = async (doc: PdfDocument, node: PdfValue | undefined, out: FileSpec[], depth: number, seen: Set<number>): Promise<void> => {
  if (depth > MAX_TREE_DEPTH || out.length >= MAX_FILES) return;
  if (node instanceof PdfRef) {
    if (seen.has(node.num)) return;
    seen.add(node.num);
  }
  const dict = await doc.resolve(node);
  if (!isDict(dict)) return;
  const names = await doc.resolve(dict.get('Names'));
  if (Array.isArray(names)) {
    for (let i = 1; i < names.length && out.length < MAX_FILES; i += 2) {
      const spec = await fileSpecOf(doc, names[i]);
      const key = stringOf(await doc.resolve(names[i - 1]));
      if (spec) out.push({ ...spec, name: spec.name || key || '' });
    }
  }
  const kids = await doc.resolve(dict.get('Kids'));
  if (Array.isArray(kids)) for (const kid of kids) await walkNameTree(doc, kid, out, depth + 1, seen);
};

/** Every embedded file the catalog lists, by the name tree and by `/AF`, without duplicates. */
export const listEmbeddedFiles = async (doc: PdfDocument): Promise<FileSpec[]> => {
  const catalog = (await doc.resolve(doc.trailer.get('Root'))) as PdfDict | undefined;
  if (!isDict(catalog)) throw new PdfError('damaged', 'no document catalog');
  const found: FileSpec[] = [];
  const names = await doc.resolve(catalog.get('Names'));
  if (isDict(names)) await walkNameTree(doc, names.get('EmbeddedFiles'), found, 0, new Set());
  const associated = await doc.resolve(catalog.get('AF'));
  if (Array.isArray(associated)) {
    for (const item of associated.slice(0, MAX_FILES)) {
      const spec = await fileSpecOf(doc, item);
      if (spec) found.push(spec);
    }
  }
  const unique = new Map<string, FileSpec>();
  for (const spec of found) {
    const key = spec.ref instanceof PdfRef ? `ref:${spec.ref.num}` : `name:${spec.name}`;
    if (!unique.has(key)) unique.set(key, spec);
  }
  return [...unique.values()];
};

/** The invoice XML a hybrid PDF carries; a `PdfError` or `NoInvoiceError` says what is wrong. */
export const readEmbeddedInvoice = async (data: Uint8Array, limits: EmbeddedInvoiceLimits): Promise<EmbeddedInvoice> => {
  // Object and cross-reference streams of a large PDF can pass the XML's limit; 16 MB covers them.
  const doc = await PdfDocument.open(data, { maxStreamBytes: Math.max(limits.maxXmlBytes, 16 * 1024 * 1024) });
  const files = await listEmbeddedFiles(doc);
  const attachments = files.map((f) => f.name);
  const lower = (s: string) => s.toLowerCase().split(/[\\/]/).pop() ?? '';
  // The specified names first; then any XML attachment, since some writers rename it.
  const chosen =
    files.find((f) => (INVOICE_ATTACHMENT_NAMES as readonly string[]).includes(lower(f.name))) ??
    files.find((f) => lower(f.name).endsWith('.xml'));
  if (!chosen) throw new NoInvoiceError(attachments);
  const stream = await doc.resolve(chosen.ref);
  if (!isStream(stream)) throw new PdfError('damaged', `attachment ${chosen.name} has no data`);
  const params = await doc.resolve(stream.dict.get('Params'));
  const declared = isDict(params) ? await doc.resolve(params.get('Size')) : undefined;
  if (typeof declared === 'number' && declared > limits.maxXmlBytes) throw new PdfError('too-large', 'the invoice XML is past the size limit');
  const xml = await doc.decode(stream, limits.maxXmlBytes);
  if (xml.length > limits.maxXmlBytes) throw new PdfError('too-large', 'the invoice XML is past the size limit');
  return { name: chosen.name, xml, attachments };
};

/** A readable PDF with no invoice XML in it: a plain PDF invoice, not a Factur-X one. */
export class NoInvoiceError extends Error {
  constructor(readonly attachments: string[]) {
    super('no invoice XML attached');
  }
}
