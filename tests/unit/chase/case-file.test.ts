import { describe, expect, it } from 'vitest';
import { buildCaseFile, caseFileName } from '../../../lib/chase/case-file';
import { freelancer, makeContact, makePlan } from '../builders';
import { worked } from './helpers';

describe('case file', () => {
  const summary = worked({
    invoice: {
      ...worked().invoice,
      chase: {
        stepsDone: [
          { step: 'second-reminder', doneOn: '2026-02-07', channel: 'email' },
          { step: 'friendly-reminder', doneOn: '2026-02-01', channel: 'call' },
        ],
      },
    },
    contacts: [
      makeContact({ id: 'c2', on: '2026-02-09', summary: 'Second call', promisedDate: '2026-02-20', reasonGiven: 'Cash flow' }),
      makeContact({ id: 'c1', on: '2026-02-01', summary: 'First call' }),
      makeContact({ id: 'c3', invoiceId: 'other-invoice', on: '2026-02-05', summary: 'About another invoice' }),
      makeContact({ id: 'c4', invoiceId: undefined, on: '2026-02-06', summary: 'About everything they owe' }),
    ],
    plans: [makePlan({ invoiceIds: ['inv-1'] }), makePlan({ id: 'plan-other', invoiceIds: ['other-invoice'] })],
  });
  const file = buildCaseFile(summary, freelancer(), 'en');

  it('holds the parties, the invoice, the agreement and the claim to the cent', () => {
    expect(file).toMatchObject({
      format: 'clientcheck-case-file',
      version: 1,
      preparedOn: '2026-03-31',
      jurisdiction: 'FR',
      creditor: { name: 'Camille Martin', siren: '732829320' },
      debtor: { name: 'Atelier Lumière', legalName: 'Atelier Lumière SAS', emails: ['camille@atelier-lumiere.example'] },
      invoice: { number: 'F2026-007', amount: { amount: 5_000_00, currency: 'EUR' }, balance: { amount: 3_000_00, currency: 'EUR' }, daysLate: 59, poNumber: 'PO-77' },
      agreement: { title: 'Website redesign', signedByClientOn: '2026-01-07' },
      claim: { interest: { total: { amount: 7157, currency: 'EUR' } }, total: [{ amount: 3_111_57, currency: 'EUR' }] },
      limitation: { expiresOn: '2031-01-31', years: 5 },
    });
    expect(file.claim.interest.lines.map((l) => [l.from, l.to, l.days, l.balance, l.ratePercent, l.interest])).toEqual([
      ['2026-02-01', '2026-02-19', 19, 5_000_00, 12.15, 3162],
      ['2026-02-20', '2026-03-31', 40, 3_000_00, 12.15, 3995],
    ]);
    expect(file.claim.interest.explained).toContain('Total interest to 31 March 2026: €71.57');
  });

  it('lists every reminder and contact about this invoice in date order, and its plans', () => {
    expect(file.reminders).toEqual([
      { step: 'friendly-reminder', label: 'Friendly reminder and call', doneOn: '2026-02-01', channel: 'call' },
      { step: 'second-reminder', label: 'Second reminder: penalties and fixed fee', doneOn: '2026-02-07', channel: 'email' },
    ]);
    expect(file.contacts.map((c) => [c.on, c.summary, c.aboutThisInvoice])).toEqual([
      ['2026-02-01', 'First call', true],
      ['2026-02-06', 'About everything they owe', false],
      ['2026-02-09', 'Second call', true],
    ]);
    expect(file.contacts[2]).toMatchObject({ reasonGiven: 'Cash flow', promisedDate: '2026-02-20' });
    expect(file.paymentPlans).toHaveLength(1);
  });

  it('survives JSON as it is, with no empty or undefined field', () => {
    const json = JSON.stringify(file);
    expect(JSON.parse(json)).toEqual(file);
    expect(json).not.toMatch(/undefined|NaN|""/);
    expect(caseFileName(file)).toBe('case-file-F2026-007-2026-03-31.json');
    expect(caseFileName({ ...file, invoice: { ...file.invoice, number: 'F 2026/07' } })).toBe('case-file-F_2026_07-2026-03-31.json');
  });

  it('in French, the calculation reads as the letters do', () => {
    expect(buildCaseFile(summary, freelancer(), 'fr').claim.interest.explained.at(-2)).toBe('Total des pénalités au 31 mars 2026\u00a0: 71,57\u00a0€');
  });
});
