// `npx tsx scripts/make-import-fixtures.ts`: writes the invoice files the import tests read, into
// tests/fixtures/import/. Factur-X PDFs at each profile (pdf-lib writes the PDF; the XML, its attachment and
// the catalog's /AF and /Metadata are set here, as Factur-X 1.07 lays them out), the same invoices as CII and
// UBL XML, the CSV presets' samples, and hostile files. Run it again after changing a builder; the output is
// byte-for-byte the same for the same input, so a clean `git status` means the committed files are current.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { CSV_PRESETS } from '../lib/import/csv-presets';
import { ciiXml, totals, type CiiInvoice, type Party, type Profile } from './import-fixtures/cii';
import { FIXED_DATE, buildPdf, type AttachWhere, type XrefKind } from './import-fixtures/pdf';
import { ublXml } from './import-fixtures/ubl';

const OUT = 'tests/fixtures/import';

/** Check digit making `base` Luhn-valid, so the invented SIREN and SIRET pass the format checks. */
const luhnComplete = (base: string): string => {
  for (let d = 0; d <= 9; d++) {
    const digits = base + d;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let n = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error('unreachable');
};
const frVat = (siren: string) => `FR${String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0')}${siren}`;

// The freelancer: SIREN 732 829 320 is INSEE's documentation example, used across ClientCheck's tests.
export const FREELANCER: Party = {
  name: 'Camille Martin EI',
  siren: '732829320',
  siret: '73282932000074',
  vat: 'FR44732829320',
  street: '12 rue des Lilas',
  postalCode: '69003',
  city: 'Lyon',
  country: 'FR',
  email: 'camille@martin-studio.example',
};
const ormeSiren = luhnComplete('84172365');
const STUDIO_ORME: Party = {
  name: 'Studio Orme SAS',
  siren: ormeSiren,
  siret: luhnComplete(`${ormeSiren}0001`),
  vat: frVat(ormeSiren),
  street: '4 quai des Célestins',
  postalCode: '69002',
  city: 'Lyon',
  country: 'FR',
  email: 'compta@studio-orme.example',
  contact: 'Inès Garnier',
};
const NORTHWIND: Party = {
  name: 'Northwind Design Ltd',
  vat: 'GB123456782',
  street: '20 Wharf Road',
  postalCode: 'N1 7GR',
  city: 'London',
  country: 'GB',
  email: 'accounts@northwind-design.example',
};

const LINES = [
  { name: 'Refonte du site — conception', quantity: 3, unitPrice: '650.00', vatRate: 20 },
  { name: 'Refonte du site — intégration', quantity: 2, unitPrice: '550.00', vatRate: 20 },
];

export const invoice = (profile: Profile, number: string, extra: Partial<CiiInvoice> = {}): CiiInvoice => ({
  profile,
  number,
  issueDate: '2026-09-01',
  currency: 'EUR',
  seller: FREELANCER,
  buyer: STUDIO_ORME,
  lines: LINES,
  ...extra,
});

/** One invoice per profile; MINIMUM carries no due date or terms, so the import computes them. */
export const PROFILE_INVOICES: Record<string, CiiInvoice> = {
  minimum: invoice('MINIMUM', 'F2026-101', { poNumber: 'PO-4410' }),
  'basic-wl': invoice('BASIC WL', 'F2026-102', { termsText: '45 jours fin de mois', serviceDate: '2026-08-29' }),
  basic: invoice('BASIC', 'F2026-103', { termsText: 'Paiement à 30 jours', dueDate: '2026-10-01' }),
  en16931: invoice('EN 16931', 'F2026-104', {
    termsText: 'Paiement à 30 jours',
    dueDate: '2026-10-01',
    poNumber: 'PO-4471',
    serviceDate: '2026-08-31',
  }),
  extended: invoice('EXTENDED', 'F2026-105', { dueDate: '2026-10-16', termsText: 'Net 45', prepaid: '1000.00', poNumber: 'PO-4502' }),
};

/** Appends an incremental update (ISO 32000-1 §7.5.6) that replaces object `num` with a new embedded file. */
const appendUpdate = (pdf: Uint8Array, xml: string): Uint8Array => {
  const text = Buffer.from(pdf).toString('latin1');
  const prevXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const trailer = /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(text)![1];
  const size = Number(/\/Size (\d+)/.exec(trailer)![1]);
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)![1];
  // The file's embedded-file stream is the object whose dictionary says /Type /EmbeddedFile.
  const at = text.indexOf('/Type /EmbeddedFile');
  const num = Number([...text.slice(0, at).matchAll(/(\d+) 0 obj/g)].at(-1)![1]);
  const body = deflateSync(Buffer.from(xml, 'utf8'));
  const object = Buffer.concat([
    Buffer.from(`${num} 0 obj\n<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length ${body.length} /Params << /Size ${Buffer.byteLength(xml)} >> >>\nstream\n`, 'latin1'),
    body,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
  const objectOffset = pdf.length + 1;
  const xrefOffset = objectOffset + object.length;
  const xref = `xref\n0 1\n0000000000 65535 f \n${num} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size} /Root ${root} /Prev ${prevXref} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(pdf), Buffer.from('\n', 'latin1'), object, Buffer.from(xref, 'latin1')]);
};

const write = (path: string, data: string | Uint8Array) => {
  mkdirSync(join(OUT, path, '..'), { recursive: true });
  writeFileSync(join(OUT, path), data);
};

const main = async () => {
  const xrefOf: Record<string, XrefKind> = { minimum: 'stream', 'basic-wl': 'table', basic: 'stream', en16931: 'stream', extended: 'table' };
  const whereOf: Record<string, AttachWhere> = { minimum: 'names', 'basic-wl': 'both', basic: 'af', en16931: 'both', extended: 'both' };
  for (const [key, inv] of Object.entries(PROFILE_INVOICES)) {
    const xml = ciiXml(inv);
    write(`cii/${key}.xml`, xml);
    write(
      `factur-x/${key}.pdf`,
      await buildPdf(xml, { title: `Facture ${inv.number} (Factur-X ${inv.profile})`, profile: inv.profile, xref: xrefOf[key], where: whereOf[key] }),
    );
  }
  // ZUGFeRD 2 names its attachment differently; the reader looks for both.
  const zugferd = invoice('EN 16931', 'RE-2026-0007', { buyer: NORTHWIND, currency: 'EUR', dueDate: '2026-10-31', lines: [{ name: 'UX audit', quantity: 4, unitPrice: '700.00', vatRate: 0 }] });
  write('factur-x/zugferd-name.pdf', await buildPdf(ciiXml(zugferd), { title: 'Rechnung RE-2026-0007', profile: 'EN 16931', xref: 'table', attachmentName: 'zugferd-invoice.xml', compress: false }));
  // An incremental update corrects the invoice: the reader must read the last version.
  const original = await buildPdf(ciiXml(PROFILE_INVOICES.en16931), { title: 'Facture F2026-104 (corrigée)', profile: 'EN 16931', xref: 'table' });
  const corrected = ciiXml({ ...PROFILE_INVOICES.en16931, poNumber: 'PO-4471-B' });
  write('factur-x/incremental-update.pdf', appendUpdate(original, corrected));

  // The same EN 16931 invoice as UBL, from the freelancer.
  write('ubl/invoice-freelancer.xml', ublXml({ ...PROFILE_INVOICES.en16931, number: 'F2026-110' }));

  // Hostile and broken files.
  write('hostile/no-xml.pdf', await buildPdf(undefined, { title: 'Facture sans XML', xref: 'stream' }));
  const en = readFileSync(join(OUT, 'factur-x/en16931.pdf'));
  write('hostile/truncated-half.pdf', en.subarray(0, Math.floor(en.length / 2)));
  // Only the cross-reference data is lost: the objects are whole, so recovery by scanning finds the XML.
  const table = readFileSync(join(OUT, 'factur-x/basic-wl.pdf'));
  const xrefAt = Buffer.from(table).lastIndexOf('xref');
  write('hostile/truncated-xref.pdf', table.subarray(0, xrefAt));
  write('hostile/not-a-pdf.pdf', 'This is a text file that was given a .pdf name.\n');
  write('hostile/encrypted.pdf', Buffer.from(Buffer.from(table).toString('latin1').replace(/trailer\s*<</, 'trailer\n<< /Encrypt << /Filter /Standard /V 2 /R 3 >>'), 'latin1'));
  // 64 MB of spaces deflate to about 64 KB: the reader must stop at its limit, not allocate it all.
  const bomb = Buffer.concat([Buffer.from('<?xml version="1.0"?><a>'), Buffer.alloc(64 * 1024 * 1024, 0x20), Buffer.from('</a>')]);
  const bombPdf = await PDFDocument.create({ updateMetadata: false });
  bombPdf.setCreationDate(FIXED_DATE);
  bombPdf.setModificationDate(FIXED_DATE);
  bombPdf.addPage([595, 842]);
  const bombFile = bombPdf.context.register(bombPdf.context.stream(deflateSync(bomb, { level: 9 }), { Type: 'EmbeddedFile', Filter: 'FlateDecode' }));
  const bombSpec = bombPdf.context.register(bombPdf.context.obj({ Type: 'Filespec', F: PDFString.of('factur-x.xml'), EF: { F: bombFile } }));
  bombPdf.catalog.set(PDFName.of('AF'), bombPdf.context.obj([bombSpec]));
  write('hostile/inflate-bomb.pdf', await bombPdf.save({ useObjectStreams: false }));
  write(
    'hostile/xml-bomb.xml',
    `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}\n]>\n<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">&lol9;</rsm:CrossIndustryInvoice>\n`,
  );
  write(
    'hostile/external-entity.xml',
    `<?xml version="1.0"?>\n<!DOCTYPE Invoice [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>&secret;</cbc:ID></Invoice>\n`,
  );
  write('hostile/not-an-invoice.xml', '<?xml version="1.0"?>\n<catalog><book id="1">Not an invoice</book></catalog>\n');

  // CSV: each preset's sample, as its tool writes it.
  for (const preset of CSV_PRESETS) {
    const separator = preset.decimal === ',' ? ';' : ',';
    const quote = (cell: string) => (/[",;\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const text = preset.sample.map((row) => row.map(quote).join(separator)).join('\r\n') + '\r\n';
    write(`csv/${preset.id}.csv`, preset.id === 'spreadsheet-fr' ? Buffer.from(text, 'latin1') : text);
  }
  // Encodings: the French sample as UTF-8 with a byte-order mark (LibreOffice, Google Sheets), and as UTF-16 (Excel "Unicode text").
  const frSample = CSV_PRESETS.find((p) => p.id === 'spreadsheet-fr')!.sample.map((r) => r.join(';')).join('\r\n') + '\r\n';
  write('csv/spreadsheet-fr-utf8-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(frSample, 'utf8')]));
  write('csv/spreadsheet-fr-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(frSample.replace(/;/g, '\t'), 'utf16le')]));

  console.log('fixtures written to', OUT, { totals: totals(PROFILE_INVOICES.en16931) });
};

// Run as a script, not when the bench imports the invoices above.
if (process.argv[1]?.endsWith('make-import-fixtures.ts')) await main();
