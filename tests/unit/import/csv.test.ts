import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvInvoices } from '../../../lib/import/csv-invoices';
import { CSV_FIELDS, CSV_PRESETS, detectPreset, mappingFits, mappingFromPreset } from '../../../lib/import/csv-presets';
import { decodeCsv, detectSeparator, parseCsv } from '../../../lib/import/csv';
import { readImportFile } from '../../../lib/import/read-file';
import { IMPORT_LIMITS } from '../../../lib/import/types';
import { settings } from '../../../lib/model/settings';

const bytes = (path: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${path}`));

describe('CSV text', () => {
  it('reads quoted cells with separators, quotes and line breaks, and CRLF or LF line ends', () => {
    const parsed = parseCsv('number,client,note\r\n"F-1","Dupont, Fils","He said ""pay""\nnow"\nF-2,Orme,\n\n');
    expect(parsed.header).toEqual(['number', 'client', 'note']);
    expect(parsed.rows).toEqual([
      ['F-1', 'Dupont, Fils', 'He said "pay"\nnow'],
      ['F-2', 'Orme', ''],
    ]);
  });

  it('finds the separator from the header line, outside quotes', () => {
    expect(detectSeparator('a;b;c\n1,2;3;4')).toBe(';');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('"a;b",c,d')).toBe(',');
  });

  it('tells UTF-8 (with or without BOM), UTF-16 and Windows-1252 apart', () => {
    const cp1252 = decodeCsv(bytes('csv/spreadsheet-fr.csv'));
    expect(cp1252.encoding).toBe('windows-1252');
    expect(cp1252.text).toContain('Échéance');
    expect(cp1252.text).toContain('Atelier Lumière SARL');
    const bom = decodeCsv(bytes('csv/spreadsheet-fr-utf8-bom.csv'));
    expect(bom.encoding).toBe('utf-8');
    expect(bom.text.startsWith('N° facture')).toBe(true);
    const utf16 = decodeCsv(bytes('csv/spreadsheet-fr-utf16.txt'));
    expect(utf16.encoding).toBe('utf-16le');
    expect(parseCsv(utf16.text).separator).toBe('\t');
    expect(decodeCsv(new TextEncoder().encode('Client\nCafé')).encoding).toBe('utf-8');
  });

  it('stops at the row limit and says so', () => {
    const text = ['n,c'].concat(Array.from({ length: 30 }, (_, i) => `${i},x`)).join('\n');
    const parsed = parseCsv(text, { maxRows: 10 });
    expect(parsed.rows).toHaveLength(10);
    expect(parsed.truncated).toBe(true);
  });
});

describe('presets', () => {
  it.each(CSV_PRESETS.map((p) => [p.id, p] as const))('%s: its sample is recognised and maps to one clean invoice', async (id, preset) => {
    const file = await readImportFile({ name: `${id}.csv`, bytes: bytes(`csv/${id}.csv`) });
    expect(file.problems).toEqual([]);
    const header = file.csv!.parsed.header;
    expect(detectPreset(header)?.id).toBe(id);
    const mapping = mappingFromPreset(preset, header);
    expect(mappingFits(mapping, header)).toBe(true);
    const [invoice] = csvInvoices(file.csv!.parsed, mapping, `${id}.csv`, 'EUR');
    expect(invoice.problems).toEqual([]);
    expect(invoice.number).toBe(preset.sample[1][preset.sample[0].indexOf(preset.sample[0].find((h) => preset.columns.number!.includes(h))!)]);
    expect(invoice.buyer.name).toBeTruthy();
    expect(invoice.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(invoice.amount).toBeGreaterThan(0);
  });

  it('reads the French sample: decimal commas, day-first dates, terms in words, SIREN', async () => {
    const file = await readImportFile({ name: 'fr.csv', bytes: bytes('csv/spreadsheet-fr.csv') });
    const preset = CSV_PRESETS.find((p) => p.id === 'spreadsheet-fr')!;
    const [invoice] = csvInvoices(file.csv!.parsed, mappingFromPreset(preset, file.csv!.parsed.header), 'fr.csv', 'EUR');
    expect(invoice).toMatchObject({
      number: '2026-118',
      issueDate: '2026-09-02',
      netAmount: 250_000,
      taxAmount: 50_000,
      amount: 300_000,
      terms: { days: 30, endOfMonth: true },
      status: 'sent',
      buyer: { name: 'Atelier Lumière SARL', siren: '526143987', email: 'compta@atelier-lumiere.example' },
    });
    expect(invoice.dueDate).toBeUndefined();
  });

  it('reads Invoice Ninja’s partial payment as paid to date', async () => {
    const file = await readImportFile({ name: 'in.csv', bytes: bytes('csv/invoice-ninja.csv') });
    const [invoice] = csvInvoices(file.csv!.parsed, mappingFromPreset(CSV_PRESETS[1], file.csv!.parsed.header), 'in.csv', 'EUR');
    expect(invoice).toMatchObject({ currency: 'GBP', amount: 240_000, paid: 100_000, taxAmount: 40_000, dueDate: '2026-09-02', poNumber: 'NW-2209' });
  });

  it('keeps the settings schema’s field and preset names equal to the presets’', () => {
    const mapping = { columns: Object.fromEntries(CSV_FIELDS.map((f) => [f, f])), dateOrder: 'dmy', decimal: 'auto' };
    const stored = settings.parse({ import: { csvMappings: Object.fromEntries([...CSV_PRESETS.map((p) => p.id), 'custom'].map((id) => [id, mapping])) } });
    expect(Object.keys(stored.import!.csvMappings!).sort()).toEqual([...CSV_PRESETS.map((p) => p.id), 'custom'].sort());
    expect(() => settings.parse({ import: { csvMappings: { other: mapping } } })).toThrow();
  });
});

describe('rows to invoices', () => {
  const mapping = { columns: { number: 'n', clientName: 'c', issueDate: 'd', amount: 'a', status: 's', balance: 'b' }, dateOrder: 'ymd' as const, decimal: '.' as const };

  it('names each problem with its file, its invoice (or row) and its field', () => {
    const parsed = parseCsv('n,c,d,a,s,b\nF-1,Orme,2026-02-30,12.00,sent,\n,Orme,2026-02-01,abc,sent,\nF-3,,2026-02-01,-5,Annulée,\n');
    const [a, b, c] = csvInvoices(parsed, mapping, 'list.csv', 'EUR');
    expect(a.problems).toEqual([{ code: 'bad-date', severity: 'error', file: 'list.csv', invoice: 'F-1', field: 'issueDate', params: ['2026-02-30'] }]);
    expect(b.problems.map((p) => [p.invoice, p.field, p.code])).toEqual([
      ['row 3', 'number', 'missing'],
      ['row 3', 'amount', 'bad-amount'],
    ]);
    expect(c.problems.map((p) => [p.field, p.code])).toEqual([
      ['buyer', 'missing'],
      ['status', 'cancelled'],
      ['amount', 'negative-amount'],
    ]);
  });

  it('turns a balance into what was paid, and a paid status into a full payment', () => {
    const parsed = parseCsv('n,c,d,a,s,b\nF-1,Orme,2026-02-01,100.00,sent,40.00\nF-2,Orme,2026-02-01,100.00,Payée,\n');
    const [partial, paid] = csvInvoices(parsed, mapping, 'list.csv', 'EUR');
    expect(partial.paid).toBe(6_000);
    expect(paid).toMatchObject({ status: 'paid', paid: 10_000 });
  });

  it('takes a cell our own export guarded against formulas back to its text', () => {
    const parsed = parseCsv("n,c,d,a\nF-1,'=HYPERLINK(x),2026-02-01,1\n");
    expect(csvInvoices(parsed, mapping, 'list.csv', 'EUR')[0].buyer.name).toBe('=HYPERLINK(x)');
  });

  it('reads 10,000 invoices in one file, and stops at the limit past it', async () => {
    const lines = ['number,client,issueDate,dueDate,amount,tax,currency'];
    for (let i = 0; i < 10_000; i++) lines.push(`F-${i},Client ${i % 250},2026-01-${String((i % 28) + 1).padStart(2, '0')},2026-03-01,${(i % 900) + 100}.50,20.00,EUR`);
    const file = await readImportFile({ name: 'big.csv', bytes: new TextEncoder().encode(lines.join('\n')) });
    const invoices = csvInvoices(file.csv!.parsed, mappingFromPreset(CSV_PRESETS[0], file.csv!.parsed.header), 'big.csv', 'EUR');
    expect(invoices).toHaveLength(10_000);
    expect(invoices.every((i) => i.problems.length === 0)).toBe(true);
    expect(invoices[9_999]).toMatchObject({ number: 'F-9999', amount: 19_950, currency: 'EUR' });

    const tooMany = lines.concat(Array.from({ length: IMPORT_LIMITS.maxCsvRows }, (_, i) => `G-${i},X,2026-01-01,2026-02-01,1,0,EUR`));
    const capped = await readImportFile({ name: 'huge.csv', bytes: new TextEncoder().encode(tooMany.join('\n')) });
    expect(capped.csv!.parsed.rows).toHaveLength(IMPORT_LIMITS.maxCsvRows);
    expect(capped.problems.map((p) => [p.code, p.severity])).toEqual([['csv-too-many-rows', 'warning']]);
    // 30,000 rows parsed twice: seconds on a busy machine (`npm run bench` times the import itself).
  }, 30_000);
});
