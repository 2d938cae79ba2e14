import { describe, expect, it } from 'vitest';
import {
  amountsOfForm,
  blankInvoiceForm,
  blankLine,
  parseQuantity,
  parseRate,
  formFromInvoice,
  invoiceFromForm,
  withAgreement,
} from '../../../components/dashboard/billing/invoice-form';
import { makeAgreement, makeInvoice } from '../builders';

const DEFAULT_TERMS = { days: 30, endOfMonth: false };
const NOW = '2026-02-01T10:00:00.000Z';
const agreement = makeAgreement({
  paymentTerms: { days: 45, endOfMonth: true },
  pricing: { model: 'fixed', amount: 3_000_00, currency: 'GBP' },
  invoiceRequirements: { poNumberRequired: true, poNumber: 'PO-77' },
});
const context = (overrides = {}) => ({
  base: { id: 'new-1', createdAt: NOW },
  agreement,
  defaultTerms: DEFAULT_TERMS,
  others: [{ number: '2026-001', issueDate: '2026-01-05' }],
  now: NOW,
  ...overrides,
});

describe('invoice form', () => {
  it('takes the agreement’s currency and PO number, and its terms for the due date', () => {
    const form = { ...blankInvoiceForm({ clientId: 'client-1', agreement, number: '2026-002', today: '2026-01-15', defaultCurrency: 'EUR', defaultRate: 20 }), net: '1 200' };
    expect(form).toMatchObject({ currency: 'GBP', poNumber: 'PO-77', agreementId: 'agr-1', status: 'draft', dueDate: '', entry: 'net', vatRate: '20' });
    const { invoice, errors } = invoiceFromForm(form, context());
    expect(errors).toEqual({});
    // 15 Jan + 45 days = 1 Mar, end of month: 31 Mar.
    expect(invoice).toMatchObject({ number: '2026-002', dueDate: '2026-03-31', amount: 1_440_00, taxAmount: 240_00, vatRatePercent: 20, currency: 'GBP', poNumber: 'PO-77', status: 'draft' });
  });

  it('keeps a due date the user set', () => {
    const form = { ...blankInvoiceForm({ clientId: 'client-1', agreement, number: '2026-002', today: '2026-01-15', defaultCurrency: 'EUR', defaultRate: 20 }), net: '10', dueDate: '2026-02-15' };
    expect(invoiceFromForm(form, context()).invoice?.dueDate).toBe('2026-02-15');
  });

  it('refuses a used number, a missing PO number the agreement requires, tax above the amount, a due date before the issue date', () => {
    const form = {
      ...blankInvoiceForm({ clientId: 'client-1', agreement, number: '2026-1', today: '2026-01-15', defaultCurrency: 'EUR' }),
      entry: 'as-entered' as const,
      amount: '100',
      tax: '200',
      poNumber: '',
      dueDate: '2026-01-01',
    };
    expect(invoiceFromForm(form, context()).errors).toEqual({
      number: { key: 'billing_error_number_used', params: ['2026-001'] },
      tax: { key: 'invoiceTaxAboveAmount' },
      dueDate: { key: 'invoiceDueBeforeIssue' },
      poNumber: { key: 'billing_error_po_required' },
    });
  });

  it('falls back on the default terms without an agreement', () => {
    const form = { ...blankInvoiceForm({ clientId: 'client-1', number: '7', today: '2026-01-31', defaultCurrency: 'EUR', defaultRate: 0 }), net: '5' };
    expect(invoiceFromForm(form, context({ agreement: undefined })).invoice).toMatchObject({ dueDate: '2026-03-02', currency: 'EUR' });
  });

  it('edits an invoice without losing its payments, chase log or confirmed mentions', () => {
    const stored = makeInvoice({
      agreementId: 'agr-1',
      issueDate: '2026-01-15',
      dueDate: '2026-03-31',
      poNumber: 'PO-77',
      payments: [{ date: '2026-02-01', amount: 100_00 }],
      chase: { stepsDone: [{ step: 'friendly-reminder', doneOn: '2026-04-01', channel: 'email' }] },
      confirmedMentions: ['description'],
    });
    const form = formFromInvoice(stored, agreement, DEFAULT_TERMS);
    expect(form.dueDate).toBe('');
    const { invoice } = invoiceFromForm({ ...form, description: 'Logo' }, context({ base: stored, others: [] }));
    expect(invoice).toEqual({ ...stored, description: 'Logo', updatedAt: NOW });
  });

  it('shows a due date set by hand as an override', () => {
    const stored = makeInvoice({ agreementId: 'agr-1', issueDate: '2026-01-15', dueDate: '2026-02-20' });
    expect(formFromInvoice(stored, agreement, DEFAULT_TERMS).dueDate).toBe('2026-02-20');
  });

  it('keeps the currency typed once an amount is there', () => {
    const form = { ...blankInvoiceForm({ clientId: 'c', number: '1', today: '2026-01-15', defaultCurrency: 'EUR' }), amount: '10', currency: 'USD' };
    expect(withAgreement(form, agreement)).toMatchObject({ currency: 'USD', poNumber: 'PO-77', agreementId: 'agr-1' });
    expect(withAgreement({ ...form, poNumber: 'MINE' }, undefined)).toMatchObject({ agreementId: '', poNumber: 'MINE' });
  });
});

describe('invoice amounts as freelancers enter them', () => {
  const blank = (defaultRate?: number) =>
    blankInvoiceForm({ clientId: 'client-1', number: '2026-002', today: '2026-01-15', defaultCurrency: 'EUR', defaultRate });

  it('compute VAT and the total from the amount excl. VAT and the rate: 1,200.00 at 20 % is 240.00 and 1,440.00', () => {
    const result = amountsOfForm({ ...blank(20), net: '1,200.00' }, 'EUR', false);
    expect(result).toMatchObject({ amount: 1_440_00, taxAmount: 240_00, vatRatePercent: 20, errors: {} });
    expect(amountsOfForm({ ...blank(20), net: '1 200,00', vatRate: '5,5' }, 'EUR', false)).toMatchObject({ amount: 1_266_00, taxAmount: 66_00 });
  });

  it('ask no rate and charge no VAT under the franchise', () => {
    const result = amountsOfForm({ ...blank(), net: '1500' }, 'EUR', true);
    expect(result).toMatchObject({ amount: 1_500_00, taxAmount: 0, errors: {} });
    expect(result.vatRatePercent).toBeUndefined();
    // A rate left in the form from before is ignored.
    expect(amountsOfForm({ ...blank(20), net: '1500' }, 'EUR', true)).toMatchObject({ amount: 1_500_00, taxAmount: 0 });
  });

  it('refuse a missing or impossible rate, naming the field', () => {
    expect(amountsOfForm({ ...blank(), net: '100' }, 'EUR', false).errors).toEqual({ vatRate: { key: 'billing_error_vat_rate' } });
    expect(amountsOfForm({ ...blank(), net: '100', vatRate: '120' }, 'EUR', false).errors).toEqual({ vatRate: { key: 'billing_error_vat_rate' } });
    expect(amountsOfForm({ ...blank(20), net: 'abc' }, 'EUR', false).errors).toEqual({ net: { key: 'invoiceBadAmount' } });
  });

  it('take lines instead of the single amount, and store them', () => {
    const form = {
      ...blank(20),
      entry: 'lines' as const,
      lines: [
        { description: 'Design', quantity: '2,5', unitPrice: '400', vatRate: '20' },
        { description: 'Book', quantity: '1', unitPrice: '45.99', vatRate: '5.5' },
      ],
    };
    const result = amountsOfForm(form, 'EUR', false);
    expect(result).toMatchObject({ amount: 1_248_52, taxAmount: 202_53, errors: {} });
    expect(result.lines).toEqual([
      { description: 'Design', quantityThousandths: 2_500, unitPrice: 400_00, vatRatePercent: 20 },
      { description: 'Book', quantityThousandths: 1_000, unitPrice: 45_99, vatRatePercent: 5.5 },
    ]);
    const { invoice } = invoiceFromForm(form, context({ agreement: undefined }));
    expect(invoice).toMatchObject({ amount: 1_248_52, taxAmount: 202_53, lines: result.lines });
    expect(invoice?.vatRatePercent).toBeUndefined();
  });

  it('name the line field to correct', () => {
    const form = { ...blank(20), entry: 'lines' as const, lines: [{ ...blankLine('20'), description: '', quantity: '0', unitPrice: 'x' }] };
    expect(amountsOfForm(form, 'EUR', false).errors).toEqual({
      'line0.description': { key: 'required' },
      'line0.quantity': { key: 'billing_error_quantity' },
      'line0.unitPrice': { key: 'invoiceBadAmount' },
    });
    expect(amountsOfForm({ ...blank(20), entry: 'lines' as const, lines: [] }, 'EUR', false).errors).toEqual({ net: { key: 'billing_error_no_lines' } });
  });

  it('read rates and quantities as people type them', () => {
    expect(parseRate('5,5')).toBe(5.5);
    expect(parseRate('20 %')).toBe(20);
    expect(parseRate('')).toBeUndefined();
    expect(parseQuantity('0,25')).toBe(250);
    expect(parseQuantity('3')).toBe(3_000);
    expect(parseQuantity('0')).toBeUndefined();
    expect(parseQuantity('1.2345')).toBeUndefined();
  });
});

describe('an invoice stored as totals only (older or imported)', () => {
  const vat = { rates: [20, 10, 5.5, 2.1, 0], vatFranchise: false };

  it('opens as an amount excl. VAT and a rate when the rate is exact', () => {
    const stored = makeInvoice({ amount: 1_440_00, taxAmount: 240_00 });
    expect(formFromInvoice(stored, undefined, DEFAULT_TERMS, vat)).toMatchObject({ entry: 'net', net: '1200.00', vatRate: '20' });
  });

  it('keeps the VAT amount as entered when no rate gives it exactly, and saves the same figures', () => {
    const stored = makeInvoice({ amount: 1_440_00, taxAmount: 239_99 });
    const form = formFromInvoice(stored, undefined, DEFAULT_TERMS, vat);
    expect(form).toMatchObject({ entry: 'as-entered', amount: '1440.00', tax: '239.99' });
    const { invoice } = invoiceFromForm(form, context({ base: stored, agreement: undefined, others: [] }));
    expect(invoice).toMatchObject({ amount: 1_440_00, taxAmount: 239_99 });
  });

  it('opens one without VAT at 0 %, or with no rate under the franchise', () => {
    const stored = makeInvoice({ amount: 900_00, taxAmount: 0 });
    expect(formFromInvoice(stored, undefined, DEFAULT_TERMS, vat)).toMatchObject({ entry: 'net', net: '900.00', vatRate: '0' });
    expect(formFromInvoice(stored, undefined, DEFAULT_TERMS, { rates: [], vatFranchise: true })).toMatchObject({ entry: 'net', vatRate: '' });
  });
});
