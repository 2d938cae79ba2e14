import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PdfDocument } from '../../../lib/import/pdf/document';
import { NoInvoiceError, readEmbeddedInvoice } from '../../../lib/import/pdf/embedded-invoice';
import { unpredictPng } from '../../../lib/import/pdf/filters';
import { Lexer, PdfError, PdfName, PdfRef, PdfString, isDict } from '../../../lib/import/pdf/objects';

const fixture = (path: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${path}`));
const LIMITS = { maxXmlBytes: 5 * 1024 * 1024 };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (error: unknown) => (error instanceof PdfError ? error.code : error instanceof NoInvoiceError ? 'no-invoice' : String(error)),
  );

describe('PDF objects', () => {
  it('reads names, strings, numbers, references and nested dictionaries', () => {
    const value = new Lexer(new TextEncoder().encode('<< /Type /Filespec /F (a\\(b\\)\\101.xml) /UF <FEFF0061> /N -1.5 /EF << /F 12 0 R >> /K [1 2 0 R] /S#20p true >>')).value();
    expect(isDict(value)).toBe(true);
    const dict = value as Map<string, unknown>;
    expect((dict.get('Type') as PdfName).name).toBe('Filespec');
    expect((dict.get('F') as PdfString).text()).toBe('a(b)A.xml');
    expect((dict.get('UF') as PdfString).text()).toBe('a');
    expect(dict.get('N')).toBe(-1.5);
    expect((dict.get('EF') as Map<string, unknown>).get('F')).toEqual(new PdfRef(12, 0));
    expect(dict.get('K')).toEqual([1, new PdfRef(2, 0)]);
    expect(dict.get('S p')).toBe(true);
  });

  it('refuses nesting deep enough to exhaust the stack', () => {
    expect(() => new Lexer(new TextEncoder().encode('['.repeat(10_000))).value()).toThrow(PdfError);
  });

  it('undoes the PNG Up predictor of cross-reference streams', () => {
    // Two rows of 3 bytes: the second row (filter 2, Up) adds the row above.
    expect([...unpredictPng(Uint8Array.from([0, 1, 2, 3, 2, 1, 1, 1]), 3, 1)]).toEqual([1, 2, 3, 2, 3, 4]);
  });
});

describe('the invoice XML inside a Factur-X PDF', () => {
  it.each([
    ['minimum', 'F2026-101', 'cross-reference stream, object streams, name tree only'],
    ['basic-wl', 'F2026-102', 'cross-reference table, name tree and /AF'],
    ['basic', 'F2026-103', 'cross-reference stream, /AF only'],
    ['en16931', 'F2026-104', 'cross-reference stream, both'],
    ['extended', 'F2026-105', 'cross-reference table, both'],
  ])('%s: finds factur-x.xml (%s → %s)', async (name, number) => {
    const found = await readEmbeddedInvoice(fixture(`factur-x/${name}.pdf`), LIMITS);
    expect(found.name).toBe('factur-x.xml');
    expect(text(found.xml)).toContain(`<ram:ID>${number}</ram:ID>`);
    expect(text(found.xml)).toBe(readFileSync(`tests/fixtures/import/cii/${name}.xml`, 'utf8'));
  });

  it('finds a ZUGFeRD attachment, stored uncompressed', async () => {
    const found = await readEmbeddedInvoice(fixture('factur-x/zugferd-name.pdf'), LIMITS);
    expect(found.name).toBe('zugferd-invoice.xml');
    expect(text(found.xml)).toContain('RE-2026-0007');
  });

  it('reads the last version of an incrementally updated file (/Prev)', async () => {
    const found = await readEmbeddedInvoice(fixture('factur-x/incremental-update.pdf'), LIMITS);
    expect(text(found.xml)).toContain('PO-4471-B');
  });

  it('recovers the XML by scanning objects when the cross-reference data is cut off', async () => {
    const found = await readEmbeddedInvoice(fixture('hostile/truncated-xref.pdf'), LIMITS);
    expect(text(found.xml)).toContain('F2026-102');
  });

  it('says a plain PDF has no invoice XML, and lists what it has', async () => {
    const error = await readEmbeddedInvoice(fixture('hostile/no-xml.pdf'), LIMITS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoInvoiceError);
    expect((error as NoInvoiceError).attachments).toEqual([]);
  });

  it('names each broken file for what it is', async () => {
    expect(await codeOf(readEmbeddedInvoice(fixture('hostile/not-a-pdf.pdf'), LIMITS))).toBe('not-pdf');
    expect(await codeOf(readEmbeddedInvoice(fixture('hostile/truncated-half.pdf'), LIMITS))).toMatch(/damaged|no-invoice/);
    expect(await codeOf(readEmbeddedInvoice(fixture('hostile/encrypted.pdf'), LIMITS))).toBe('encrypted');
  });

  it('stops inflating a stream at the size limit instead of allocating 64 MB', async () => {
    expect(await codeOf(readEmbeddedInvoice(fixture('hostile/inflate-bomb.pdf'), LIMITS))).toBe('too-large');
  }, 20_000);

  it('opens the catalog of every profile through its trailer', async () => {
    const doc = await PdfDocument.open(fixture('factur-x/minimum.pdf'), { maxStreamBytes: 1 << 20 });
    expect(isDict(await doc.resolve(doc.trailer.get('Root')))).toBe(true);
  });
});
