import { describe, expect, it } from 'vitest';
import { checkSeller, indexClients, matchClient, nameKey, type ClientLike } from '../../../lib/import/match';
import { planImport, summarise, writesOf, type PlanInput } from '../../../lib/import/plan';
import type { ImportedInvoice } from '../../../lib/import/types';
import { defaultSettings } from '../../../lib/model/settings';
import { invoice as invoiceSchema, client as clientSchema } from '../../../lib/model';
import { makeAgreement, makeInvoice } from '../builders';

const ORME: ClientLike = { id: 'orme', displayName: 'Studio Orme', legalName: 'Studio Orme SAS', emails: ['compta@studio-orme.example'], identifiers: { siren: '841723653' } };
const NORTHWIND: ClientLike = { id: 'nw', displayName: 'Northwind Design Ltd', emails: ['ap@northwind.example'], identifiers: { vat: 'GB123456782' } };
const BYNAME: ClientLike = { id: 'byname', displayName: 'Atelier Lumière', emails: [], identifiers: {} };

const imported = (overrides: Partial<ImportedInvoice> = {}): ImportedInvoice => ({
  file: 'a.pdf',
  format: 'factur-x',
  position: 'invoice 1',
  kind: 'invoice',
  number: 'F-1',
  issueDate: '2026-09-01',
  currency: 'EUR',
  netAmount: 100_000,
  taxAmount: 20_000,
  amount: 120_000,
  seller: { name: 'Camille Martin EI', siren: '732829320' },
  buyer: { name: 'Someone New SARL' },
  problems: [],
  ...overrides,
});

const settings = { ...defaultSettings(), freelancer: { name: 'Camille Martin EI', siret: '73282932000074', microEntrepreneur: false } };
const input = (invoices: ImportedInvoice[], extra: Partial<PlanInput> = {}): PlanInput => ({
  invoices: invoices.map((inv, i) => ({ key: `k${i}`, file: { name: inv.file, sha256: 'a'.repeat(64), format: inv.format }, imported: inv })),
  clients: [ORME, NORTHWIND, BYNAME],
  invoicesOnRecord: [],
  agreements: [],
  settings,
  edits: {},
  today: '2026-12-01',
  ...extra,
});

describe('matching an invoice to a client', () => {
  const index = indexClients([ORME, NORTHWIND, BYNAME]);
  it('by SIRET or SIREN first, then VAT, then email, then name', () => {
    expect(matchClient({ siret: '84172365300017', siren: '841723653', name: 'Other' }, index)).toMatchObject({ client: { id: 'orme' }, reason: 'siren' });
    expect(matchClient({ vat: 'FR41841723653' }, index)).toMatchObject({ client: { id: 'orme' }, reason: 'siren' });
    expect(matchClient({ vat: 'gb 123 456 782', name: 'Studio Orme' }, index)).toMatchObject({ client: { id: 'nw' }, reason: 'vat' });
    expect(matchClient({ email: 'AP@northwind.example', name: 'Studio Orme' }, index)).toMatchObject({ client: { id: 'nw' }, reason: 'email' });
    expect(matchClient({ name: 'ATELIER LUMIERE SARL' }, index)).toMatchObject({ client: { id: 'byname' }, reason: 'name' });
    expect(matchClient({ name: 'Nobody', siren: '526143987' }, index)).toBeUndefined();
  });

  it('compares names without case, accents or legal form', () => {
    expect(nameKey('Studio Orme S.A.S.')).toBe(nameKey('studio orme'));
    expect(nameKey('Atelier Lumière SARL')).toBe('atelier lumiere');
  });

  it('checks the seller against the identity in Settings', () => {
    expect(checkSeller({ siret: '73282932000074' }, settings.freelancer)).toBe('you');
    expect(checkSeller({ siren: '841723653', name: 'Camille Martin EI' }, settings.freelancer)).toBe('not-you');
    expect(checkSeller({ name: 'camille martin' }, { name: 'Camille Martin EI', microEntrepreneur: false })).toBe('you');
    expect(checkSeller({ vat: 'FR44732829320' }, { vat: 'FR 44 732829320', microEntrepreneur: false })).toBe('you');
    expect(checkSeller({ name: 'X' }, { microEntrepreneur: false })).toBe('unchecked');
    expect(checkSeller({}, settings.freelancer)).toBe('unknown');
  });
});

describe('the preview', () => {
  it('maps the totals and keeps the link to the file', () => {
    const [row] = planImport(input([imported({ buyer: { siren: '841723653', name: 'Studio Orme SAS' }, dueDate: '2026-10-01', poNumber: 'PO-1' })]));
    expect(row).toMatchObject({ action: 'import', importable: true, seller: 'you', client: { kind: 'existing', id: 'orme', reason: 'siren' }, dueFrom: 'file' });
    expect(row.fields).toMatchObject({ amount: 120_000, taxAmount: 20_000, netAmount: 100_000, dueDate: '2026-10-01', poNumber: 'PO-1', status: 'sent' });
    const { invoices, clients } = writesOf([row], input([]), { now: '2026-12-01T10:00:00.000Z', newId: () => 'new-id' });
    expect(clients).toEqual([]);
    expect(invoiceSchema.parse(invoices[0])).toMatchObject({
      id: 'new-id',
      clientId: 'orme',
      amount: 120_000,
      taxAmount: 20_000,
      source: { format: 'factur-x', fileName: 'a.pdf', sha256: 'a'.repeat(64), importedAt: '2026-12-01T10:00:00.000Z' },
    });
  });

  it('computes the due date from the file’s terms, else the agreement’s, else the default terms', () => {
    const rows = planImport(
      input(
        [
          imported({ terms: { days: 45, endOfMonth: true }, termsText: '45 jours fin de mois' }),
          imported({ number: 'F-2', buyer: { siren: '841723653' } }),
          imported({ number: 'F-3' }),
          imported({ number: 'F-4', termsText: 'selon contrat' }),
        ],
        { agreements: [makeAgreement({ clientId: 'orme', status: 'signed', paymentTerms: { days: 60, endOfMonth: false } })] },
      ),
    );
    expect(rows.map((r) => [r.fields.dueDate, r.dueFrom])).toEqual([
      ['2026-10-31', 'file-terms'],
      ['2026-10-31', 'agreement-terms'],
      ['2026-10-01', 'settings-terms'],
      ['2026-10-01', 'settings-terms'],
    ]);
    expect(rows[0].problems.map((p) => [p.code, p.severity, p.field, p.params])).toEqual([['due-from-terms', 'info', 'dueDate', ['45', 'eom', 'file-terms']]]);
    expect(rows[3].problems.map((p) => p.code)).toEqual(['due-from-terms', 'terms-unread']);
  });

  it('creates one client for two invoices to the same new buyer', () => {
    const rows = planImport(input([imported({ buyer: { name: 'Nouveau Client SAS', email: 'a@n.example' } }), imported({ number: 'F-2', buyer: { name: 'NOUVEAU CLIENT' } })]));
    expect(rows[1].client).toMatchObject({ kind: 'new', sameAsRow: 'k0' });
    expect(summarise(rows)).toMatchObject({ toImport: 2, newClients: 1 });
    const writes = writesOf(rows, input([]), { now: '2026-12-01T10:00:00.000Z', newId: (() => { let n = 0; return () => `id-${n++}`; })() });
    expect(writes.clients).toHaveLength(1);
    expect(clientSchema.parse(writes.clients[0])).toMatchObject({ displayName: 'Nouveau Client SAS', emails: ['a@n.example'] });
    expect(writes.invoices.map((i) => i.clientId)).toEqual([writes.clients[0].id, writes.clients[0].id]);
  });

  it('marks a duplicate of an invoice on record, skips it, and replaces it only when asked, keeping its history', () => {
    const recorded = makeInvoice({ id: 'old', clientId: 'orme', number: 'f-1', chase: { stepsDone: [{ step: 'friendly-reminder', doneOn: '2026-10-02', channel: 'email' }] } });
    const base = input([imported({ buyer: { siren: '841723653' } })], { invoicesOnRecord: [recorded] });
    const [row] = planImport(base);
    expect(row).toMatchObject({ action: 'skip', duplicateOf: { id: 'old' } });
    const [replaced] = planImport({ ...base, edits: { k0: { action: 'replace' } } });
    expect(replaced.action).toBe('replace');
    const { invoices } = writesOf([replaced], base, { now: '2026-12-01T10:00:00.000Z', newId: () => 'unused' });
    expect(invoices[0]).toMatchObject({ id: 'old', createdAt: recorded.createdAt, chase: recorded.chase, amount: 120_000 });
  });

  it('skips the second copy of an invoice dropped twice', () => {
    const rows = planImport(input([imported(), imported()]));
    expect(rows.map((r) => r.action)).toEqual(['import', 'skip']);
    expect(rows[1]).toMatchObject({ duplicateOfRow: 'k0' });
  });

  it('says when the seller is not you, and leaves that invoice out unless chosen', () => {
    const rows = planImport(input([imported({ seller: { name: 'De Koksmaat', vat: 'NL820098395B01' } })]));
    expect(rows[0].problems.map((p) => [p.code, p.severity, p.params])).toContainEqual(['seller-not-you', 'warning', ['De Koksmaat']]);
    expect(rows[0].action).toBe('skip');
    expect(planImport({ ...input([imported({ seller: { name: 'De Koksmaat' } })]), edits: { k0: { action: 'import' } } })[0].action).toBe('import');
  });

  it('never imports a credit note or an invoice with an error, until the error is corrected', () => {
    const rows = planImport(
      input([
        imported({ kind: 'credit-note', problems: [{ code: 'credit-note', severity: 'warning', file: 'a.pdf', invoice: 'F-1', field: 'file' }] }),
        imported({ number: 'F-2', issueDate: undefined, problems: [{ code: 'missing', severity: 'error', file: 'a.pdf', invoice: 'F-2', field: 'issueDate' }] }),
      ]),
    );
    expect(rows.map((r) => [r.importable, r.action])).toEqual([
      [false, 'skip'],
      [false, 'skip'],
    ]);
    const [, fixed] = planImport({ ...input(rows.map((r) => r.imported)), edits: { k1: { issueDate: '2026-09-03' } } });
    expect(fixed).toMatchObject({ importable: true, action: 'import', fields: { issueDate: '2026-09-03', dueDate: '2026-10-03' } });
  });

  it('names what the database would refuse before anything is written', () => {
    const [row] = planImport(input([imported({ number: 'N'.repeat(80) })]));
    expect(row.importable).toBe(false);
    expect(row.problems.map((p) => [p.code, p.field, p.invoice])).toContainEqual(['validation', 'number', 'N'.repeat(80)]);
  });

  it('takes a deposit from the file as a payment on the issue date, and a fully paid invoice as paid', () => {
    const [deposit, paid] = planImport(input([imported({ paid: 20_000, duePayable: 100_000 }), imported({ number: 'F-2', duePayable: 0 })]));
    const { invoices } = writesOf([deposit, paid], input([]), { now: '2026-12-01T10:00:00.000Z', newId: () => crypto.randomUUID() });
    expect(invoices[0]).toMatchObject({ status: 'sent', payments: [{ date: '2026-09-01', amount: 20_000 }] });
    expect(invoices[1]).toMatchObject({ status: 'paid', payments: [{ date: '2026-09-01', amount: 120_000 }] });
  });
});
