import { describe, expect, it } from 'vitest';
import {
  blankInvoiceForm,
  formFromInvoice,
  invoiceFromForm,
  withAgreement,
} from '../../../components/dashboard/billing/invoice-form';
import { makeAgreement, makeInvoice } from './factories';

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
    const form = { ...blankInvoiceForm({ clientId: 'client-1', agreement, number: '2026-002', today: '2026-01-15', defaultCurrency: 'EUR' }), amount: '1 200' };
    expect(form).toMatchObject({ currency: 'GBP', poNumber: 'PO-77', agreementId: 'agr-1', status: 'sent', dueDate: '' });
    const { invoice, errors } = invoiceFromForm(form, context());
    expect(errors).toEqual({});
    // 15 Jan + 45 days = 1 Mar, end of month: 31 Mar.
    expect(invoice).toMatchObject({ number: '2026-002', dueDate: '2026-03-31', amount: 1_200_00, taxAmount: 0, currency: 'GBP', poNumber: 'PO-77' });
  });

  it('keeps a due date the user set', () => {
    const form = { ...blankInvoiceForm({ clientId: 'client-1', agreement, number: '2026-002', today: '2026-01-15', defaultCurrency: 'EUR' }), amount: '10', dueDate: '2026-02-15' };
    expect(invoiceFromForm(form, context()).invoice?.dueDate).toBe('2026-02-15');
  });

  it('refuses a used number, a missing PO number the agreement requires, tax above the amount, a due date before the issue date', () => {
    const form = {
      ...blankInvoiceForm({ clientId: 'client-1', agreement, number: '2026-1', today: '2026-01-15', defaultCurrency: 'EUR' }),
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
    const form = { ...blankInvoiceForm({ clientId: 'client-1', number: '7', today: '2026-01-31', defaultCurrency: 'EUR' }), amount: '5' };
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
