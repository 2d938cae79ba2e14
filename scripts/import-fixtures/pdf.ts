import { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, rgb } from 'pdf-lib';
import { deflateSync } from 'node:zlib';
import { facturXXmp, type Profile } from './cii';

/**
 * A Factur-X PDF as the specification lays it out: a page, the invoice XML as an embedded file (FlateDecode,
 * /Subtype text/xml, /Params /Size), its file specification with /AFRelationship /Data listed in the catalog's
 * /Names /EmbeddedFiles and /AF, and the Factur-X XMP metadata. pdf-lib writes the PDF; fonts are not embedded,
 * so the files are not validated PDF/A-3, which the import does not need.
 */

export const FIXED_DATE = new Date('2026-10-01T09:00:00Z');
export type XrefKind = 'table' | 'stream';
export type AttachWhere = 'names' | 'af' | 'both';

export const buildPdf = async (
  xml: string | undefined,
  options: { title: string; profile?: Profile; xref: XrefKind; where?: AttachWhere; attachmentName?: string; compress?: boolean },
): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(options.title);
  pdf.setProducer('ClientCheck test fixtures (pdf-lib)');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  page.drawText(options.title, { x: 56, y: 780, size: 16, font, color: rgb(0.1, 0.1, 0.1) });
  page.drawText('Test fixture: invented parties, arbitrary identifiers.', { x: 56, y: 756, size: 10, font });
  if (xml !== undefined) {
    const bytes = new TextEncoder().encode(xml);
    const name = options.attachmentName ?? 'factur-x.xml';
    const data = options.compress === false ? bytes : deflateSync(bytes);
    const file = pdf.context.stream(data, {
      Type: 'EmbeddedFile',
      Subtype: 'text/xml',
      ...(options.compress === false ? {} : { Filter: 'FlateDecode' }),
      Params: { Size: bytes.length, ModDate: PDFString.fromDate(FIXED_DATE) },
    });
    const fileRef = pdf.context.register(file);
    const spec = pdf.context.obj({
      Type: 'Filespec',
      F: PDFString.of(name),
      UF: PDFHexString.fromText(name),
      EF: { F: fileRef, UF: fileRef },
      Desc: PDFString.of('Factur-X invoice'),
      AFRelationship: 'Data',
    });
    const specRef = pdf.context.register(spec);
    const where = options.where ?? 'both';
    if (where !== 'af') pdf.catalog.set(PDFName.of('Names'), pdf.context.obj({ EmbeddedFiles: { Names: [PDFHexString.fromText(name), specRef] } }));
    if (where !== 'names') pdf.catalog.set(PDFName.of('AF'), pdf.context.obj([specRef]));
  }
  if (options.profile) {
    const xmp = new TextEncoder().encode(facturXXmp(options.profile, options.title));
    pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(pdf.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
  }
  return pdf.save({ useObjectStreams: options.xref === 'stream', addDefaultPage: false });
};

