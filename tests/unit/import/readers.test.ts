// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../lib/import/read-file';

// happy-dom, the tests' DOM, cannot parse an XML declaration written with single quotes (browsers can), as in
// one EN 16931 example: the declaration's quotes are swapped before its parser sees them.
const HappyDomParser = globalThis.DOMParser;
globalThis.DOMParser = class extends HappyDomParser {
  override parseFromString(text: string, type: DOMParserSupportedType): Document {
    return super.parseFromString(text.replace(/^\s*<\?xml[^?]*\?>/, (d) => d.replace(/'/g, '"')), type);
  }
};

const read = (path: string) => readImportFile({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(`tests/fixtures/import/${path}`)) });

describe('Factur-X PDFs, one per profile', () => {
  it('MINIMUM: totals, parties and PO, no due date or terms', async () => {
    const file = await read('factur-x/minimum.pdf');
    expect(file.problems).toEqual([]);
    expect(file.format).toBe('factur-x');
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [invoice] = file.invoices;
    expect(invoice).toMatchObject({
      format: 'factur-x',
      profile: 'MINIMUM',
      kind: 'invoice',
      number: 'F2026-101',
      issueDate: '2026-09-01',
      currency: 'EUR',
      netAmount: 305_000,
      taxAmount: 61_000,
      amount: 366_000,
      duePayable: 366_000,
      poNumber: 'PO-4410',
      seller: { name: 'Camille Martin EI', siret: '73282932000074', siren: '732829320', vat: 'FR44732829320' },
      buyer: { name: 'Studio Orme SAS', siren: '841723653' },
    });
    expect(invoice.dueDate).toBeUndefined();
    expect(invoice.terms).toBeUndefined();
    expect(invoice.buyer.email).toBeUndefined();
    expect(invoice.problems).toEqual([]);
  });

  it('BASIC WL: address, email, VAT, terms in words', async () => {
    const [invoice] = (await read('factur-x/basic-wl.pdf')).invoices;
    expect(invoice).toMatchObject({
      profile: 'BASIC WL',
      termsText: '45 jours fin de mois',
      terms: { days: 45, endOfMonth: true },
      serviceDate: '2026-08-29',
      buyer: {
        name: 'Studio Orme SAS',
        email: 'compta@studio-orme.example',
        vat: 'FR41841723653',
        contactName: 'Inès Garnier',
        address: { street: '4 quai des Célestins', postalCode: '69002', city: 'Lyon', country: 'FR' },
      },
    });
    expect(invoice.dueDate).toBeUndefined();
  });

  it.each([
    ['basic', 'BASIC', '2026-10-01', undefined],
    ['en16931', 'EN 16931', '2026-10-01', undefined],
    ['extended', 'EXTENDED', '2026-10-16', 100_000],
  ])('%s: due date given, payments already made read', async (name, profile, dueDate, paid) => {
    const [invoice] = (await read(`factur-x/${name}.pdf`)).invoices;
    expect(invoice.profile).toBe(profile);
    expect(invoice.dueDate).toBe(dueDate);
    expect(invoice.paid).toBe(paid);
    expect(invoice.amount).toBe(366_000);
    if (paid) expect(invoice.duePayable).toBe(366_000 - paid);
  });
});

describe('UBL and CII from the EN 16931 example set', () => {
  it('CII example 1: Dutch invoice, two VAT rates, due date', async () => {
    const file = await read('en16931/CII_example1.xml');
    expect(file.format).toBe('cii');
    expect(file.invoices[0]).toMatchObject({
      number: '12115118',
      issueDate: '2015-01-09',
      dueDate: '2015-01-09',
      currency: 'EUR',
      netAmount: 22_960,
      taxAmount: 2_073,
      amount: 25_033,
      seller: { name: 'De Koksmaat', vat: 'NL820098395B01' },
      buyer: { name: 'ODIN 59', contactName: 'Dhr. J BLOKKER', address: { city: 'HEEMSKERK', country: 'NL' } },
    });
  });

  it('UBL example 2: Norwegian kroner, order reference, terms', async () => {
    const [invoice] = (await read('en16931/ubl-tc434-example2.xml')).invoices;
    expect(invoice).toMatchObject({ format: 'ubl', number: 'TOSL108', issueDate: '2013-06-30', dueDate: '2013-07-20', currency: 'NOK', poNumber: '123' });
    expect(invoice.amount).toBeGreaterThan(0);
    expect(invoice.buyer.name).toBeTruthy();
  });

  it('UBL credit note: read, and named as a credit note rather than an invoice to chase', async () => {
    const [invoice] = (await read('en16931/ubl-tc434-creditnote1.xml')).invoices;
    expect(invoice.kind).toBe('credit-note');
    expect(invoice.problems.map((p) => p.code)).toContain('credit-note');
  });

  it('a hand-built UBL invoice from the freelancer maps like its Factur-X twin', async () => {
    const [ubl] = (await read('ubl/invoice-freelancer.xml')).invoices;
    const [cii] = (await read('cii/en16931.xml')).invoices;
    for (const key of ['issueDate', 'dueDate', 'currency', 'amount', 'taxAmount', 'netAmount', 'poNumber', 'termsText', 'serviceDate'] as const) {
      expect(ubl[key], key).toEqual(cii[key]);
    }
    expect(ubl.buyer).toEqual(cii.buyer);
    expect({ ...ubl.seller }).toMatchObject({ siret: cii.seller.siret, vat: cii.seller.vat });
  });
});

describe('hostile files', () => {
  it.each([
    ['hostile/no-xml.pdf', 'no-invoice-xml'],
    ['hostile/not-a-pdf.pdf', 'not-pdf'],
    ['hostile/encrypted.pdf', 'pdf-encrypted'],
    ['hostile/inflate-bomb.pdf', 'too-large'],
    ['hostile/xml-bomb.xml', 'xml-doctype'],
    ['hostile/external-entity.xml', 'xml-doctype'],
    ['hostile/not-an-invoice.xml', 'xml-unknown'],
  ])('%s is refused: %s', async (path, code) => {
    const file = await read(path);
    expect(file.invoices).toEqual([]);
    expect(file.problems.map((p) => [p.code, p.severity, p.file, p.field])).toEqual([[code, 'error', path.split('/').pop(), 'file']]);
  });

  it('a PDF cut in half is named damaged or without its XML, never a crash', async () => {
    const file = await read('hostile/truncated-half.pdf');
    expect(file.invoices).toEqual([]);
    expect(['pdf-damaged', 'no-invoice-xml']).toContain(file.problems[0].code);
  });

  it('refuses an XML file past the size limit before parsing it', async () => {
    const big = new TextEncoder().encode(`<a>${' '.repeat(6 * 1024 * 1024)}</a>`);
    const file = await readImportFile({ name: 'big.xml', bytes: big });
    expect(file.problems[0].code).toBe('too-large');
  });

  it('names a file type it does not read', async () => {
    const file = await readImportFile({ name: 'photo.jpg', bytes: Uint8Array.from([0xff, 0xd8, 0xff]) });
    expect(file.problems[0].code).toBe('unsupported-file');
  });
});
