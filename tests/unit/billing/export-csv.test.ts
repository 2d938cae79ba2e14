import { describe, expect, it } from 'vitest';
import { CSV_CONVENTIONS, conventionDecimal, csvCell, csvConventionFor, decimalAmount, invoicesCsv, INVOICE_CSV_COLUMNS, toCsv } from '../../../lib/billing/export-csv';
import { makeInvoice } from '../builders';

const headings = Object.fromEntries(INVOICE_CSV_COLUMNS.map((c) => [c, c])) as Record<(typeof INVOICE_CSV_COLUMNS)[number], string>;

/** A minimal RFC 4180 reader, to check that what we write reads back to the same cells. */
const parseCsv = (text: string, separator = ','): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
};

describe('CSV cells', () => {
  it('leave plain text and numbers as they are', () => {
    expect(csvCell('Atelier Lumière')).toBe('Atelier Lumière');
    expect(csvCell(1200)).toBe('1200');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell({ decimal: '1200.50' })).toBe('1200.50');
  });

  it('quote commas, semicolons, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Dupont, Durand & Fils')).toBe('"Dupont, Durand & Fils"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('The "Studio"')).toBe('"The ""Studio"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it.each(['=1+2', '+33 1 55 55 01 23', '-5', '@SUM(A1:A2)', '\t=cmd', '\r=cmd'])(
    'keep %j from being run as a formula',
    (value) => {
      const cell = csvCell(value);
      const text = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(text).toBe(`'${value}`);
    },
  );

  it('guard a formula that also needs quotes', () => {
    expect(csvCell('=HYPERLINK("http://x.example","click")')).toBe('"\'=HYPERLINK(""http://x.example"",""click"")"');
  });

  it('never guard numbers: a negative amount stays a number', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell({ decimal: '-5.00' })).toBe('-5.00');
  });

  it('join rows with CRLF, a final CRLF included, and read back cell for cell', () => {
    const rows = [
      ['name', 'note'],
      ['Dupont, "Le Grand"', 'two\nlines'],
      ['=evil()', ''],
    ];
    const csv = toCsv(rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['name', 'note'],
      ['Dupont, "Le Grand"', 'two\nlines'],
      ["'=evil()", ''],
    ]);
  });
});

describe('decimal amounts', () => {
  it('write minor units with the currency’s decimals', () => {
    expect(decimalAmount(120050, 'EUR')).toBe('1200.50');
    expect(decimalAmount(5, 'EUR')).toBe('0.05');
    expect(decimalAmount(0, 'GBP')).toBe('0.00');
    expect(decimalAmount(1200, 'JPY')).toBe('1200');
    expect(decimalAmount(1234567, 'KWD')).toBe('1234.567');
    expect(decimalAmount(-150, 'EUR')).toBe('-1.50');
  });
});

describe('invoices as CSV', () => {
  it('write one line per invoice with amounts, what is paid and left, and days late', () => {
    const invoice = makeInvoice({
      number: '2026-001',
      poNumber: 'PO-7',
      description: 'Design, 3 days',
      payments: [{ date: '2026-02-01', amount: 200_00 }],
    });
    const csv = invoicesCsv(
      [{ invoice, clientName: '=Client, Inc' }],
      { headings, status: (s) => `status:${s}` },
      '2026-02-19',
    );
    const [header, line] = parseCsv(csv);
    expect(header).toEqual([...INVOICE_CSV_COLUMNS]);
    expect(line).toEqual([
      '2026-001',
      "'=Client, Inc",
      '2026-01-10',
      '',
      '2026-02-09',
      'status:sent',
      'EUR',
      '1200.00',
      '200.00',
      '1000.00',
      '200.00',
      '1000.00',
      '10',
      'PO-7',
      'Design, 3 days',
    ]);
  });

  it('count no days late for an invoice that is paid or not yet due', () => {
    const paid = makeInvoice({ status: 'paid', payments: [{ date: '2026-02-01', amount: 1_200_00 }] });
    const [, line] = parseCsv(invoicesCsv([{ invoice: paid, clientName: 'A' }], { headings, status: String }, '2026-03-01'));
    expect(line[INVOICE_CSV_COLUMNS.indexOf('daysLate')]).toBe('0');
    expect(line[INVOICE_CSV_COLUMNS.indexOf('balance')]).toBe('0.00');
  });
});

describe('CSV in the user’s convention', () => {
  it('follow the UI language: French gives ";" and decimal commas, any other "," and "."', () => {
    expect(csvConventionFor('fr')).toBe(CSV_CONVENTIONS.semicolon);
    expect(csvConventionFor('fr-FR')).toBe(CSV_CONVENTIONS.semicolon);
    expect(csvConventionFor('en')).toBe(CSV_CONVENTIONS.comma);
    expect(csvConventionFor('de')).toBe(CSV_CONVENTIONS.comma);
  });

  it('write amounts as "1 440,00" in the French convention and "1440.00" in the other', () => {
    expect(conventionDecimal('1440.00', CSV_CONVENTIONS.semicolon)).toBe('1 440,00');
    expect(conventionDecimal('1234567.89', CSV_CONVENTIONS.semicolon)).toBe('1 234 567,89');
    expect(conventionDecimal('-240.50', CSV_CONVENTIONS.semicolon)).toBe('-240,50');
    expect(conventionDecimal('999.99', CSV_CONVENTIONS.semicolon)).toBe('999,99');
    expect(conventionDecimal('1500', CSV_CONVENTIONS.semicolon)).toBe('1 500');
    expect(conventionDecimal('1440.00', CSV_CONVENTIONS.comma)).toBe('1440.00');
    expect(csvCell({ decimal: '1440.00' }, CSV_CONVENTIONS.semicolon)).toBe('1 440,00');
  });

  it('separate with semicolons, quote text holding either separator, and read back cell for cell', () => {
    const invoice = makeInvoice({ number: 'F-1', amount: 144_000, taxAmount: 24_000, currency: 'EUR', description: 'Design; phase 1, revised' });
    const csv = invoicesCsv([{ invoice, clientName: 'Dupont' }], { headings, status: (s) => s }, '2026-01-01', CSV_CONVENTIONS.semicolon);
    const [head, line] = parseCsv(csv, ';');
    expect(head).toEqual([...INVOICE_CSV_COLUMNS]);
    expect(line[INVOICE_CSV_COLUMNS.indexOf('amount')]).toBe('1 440,00');
    expect(line[INVOICE_CSV_COLUMNS.indexOf('tax')]).toBe('240,00');
    expect(line[INVOICE_CSV_COLUMNS.indexOf('net')]).toBe('1 200,00');
    expect(line[INVOICE_CSV_COLUMNS.indexOf('description')]).toBe('Design; phase 1, revised');
    expect(csv.split('\r\n')[1]).toContain(';"Design; phase 1, revised"');
  });

  it('keep the comma convention by default', () => {
    const invoice = makeInvoice({ number: 'F-1', amount: 144_000, taxAmount: 24_000, currency: 'EUR' });
    const [, line] = parseCsv(invoicesCsv([{ invoice, clientName: 'Dupont' }], { headings, status: (s) => s }, '2026-01-01'));
    expect(line[INVOICE_CSV_COLUMNS.indexOf('amount')]).toBe('1440.00');
  });
});
