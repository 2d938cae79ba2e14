import { describe, expect, it } from 'vitest';
import {
  agreementFromForm,
  blankAgreementForm,
  formFromAgreement,
  parsePercent,
  termsOfForm,
} from '../../../components/dashboard/billing/agreement-form';
import { defaultSettings } from '../../../lib/model/settings';
import { makeAgreement } from './factories';

const IDENTITY = { id: 'agr-9', clientId: 'client-1', createdAt: '2026-01-05T09:00:00.000Z' };
const NOW = '2026-01-06T10:00:00.000Z';

describe('agreement form', () => {
  it('round-trips every field of an agreement', () => {
    const agreement = makeAgreement({
      id: 'agr-9',
      createdAt: IDENTITY.createdAt,
      updatedAt: NOW,
      pricing: { model: 'daily', amount: 550_00, currency: 'EUR' },
      deposit: { amount: 1_000_00, currency: 'EUR' },
      paymentTerms: { days: 45, endOfMonth: true },
      lateInterest: { basis: 'contract', ratePercent: 12.5 },
      fixedRecoveryFee: { amount: 40_00, currency: 'EUR' },
      documentUrl: 'https://drive.example/contract.pdf',
      invoiceRequirements: {
        billingAddress: { street: '3 quai Ouest', postalCode: '69002', city: 'Lyon', country: 'FR' },
        poNumberRequired: true,
        poNumber: 'PO-118',
        clientVatNumber: 'FR44732829320',
        invoiceEmail: 'compta@client.example',
        portal: 'https://portal.example',
        reference: 'Projet Alpha',
        notes: 'PDF only',
      },
      notes: 'Two rounds of changes included.',
    });
    expect(agreementFromForm(formFromAgreement(agreement), IDENTITY, NOW)).toEqual({ agreement, errors: {} });
  });

  it('starts from the settings: jurisdiction, currency, default terms', () => {
    const form = blankAgreementForm({ ...defaultSettings(), homeJurisdiction: 'DE', defaultCurrency: 'CHF', defaultTerms: { days: 14, endOfMonth: false } });
    expect(form).toMatchObject({ jurisdiction: 'DE', currency: 'CHF', termsDays: '14', endOfMonth: false, status: 'draft' });
  });

  it('names each field to correct', () => {
    const form = {
      ...blankAgreementForm(defaultSettings()),
      pricingAmount: 'abc',
      currency: 'euro',
      termsDays: '400',
      interestBasis: 'contract' as const,
      contractRate: 'x',
      documentUrl: 'javascript:alert(1)',
      billingCountry: 'France',
      invoiceEmail: 'nobody',
    };
    expect(agreementFromForm(form, IDENTITY, NOW).errors).toEqual({
      title: 'required',
      currency: 'billing_error_currency',
      pricingAmount: 'billing_error_amount',
      termsDays: 'billing_error_days',
      contractRate: 'billing_error_percent',
      documentUrl: 'billing_error_url',
      billingCountry: 'billing_error_country',
      invoiceEmail: 'billing_error_email',
    });
  });

  it('leaves out what is empty, and upper-cases codes', () => {
    const form = { ...blankAgreementForm(defaultSettings()), title: ' Audit ', pricingAmount: '1 200,50', currency: 'gbp', clientVatNumber: 'fr44 732829320' };
    const { agreement } = agreementFromForm(form, IDENTITY, NOW);
    expect(agreement).toMatchObject({ title: 'Audit', pricing: { model: 'fixed', amount: 1_200_50, currency: 'GBP' }, invoiceRequirements: { clientVatNumber: 'FR44 732829320' } });
    expect(agreement).not.toHaveProperty('deposit');
    expect(agreement).not.toHaveProperty('signedByClientOn');
    expect(agreement!.invoiceRequirements).not.toHaveProperty('billingAddress');
  });

  it('reads a rate written the French way, and refuses above 100 %', () => {
    expect(parsePercent('12,15')).toBe(12.15);
    expect(parsePercent('10 %')).toBe(10);
    expect(parsePercent('101')).toBeUndefined();
    expect(parsePercent('')).toBeUndefined();
  });

  it('gives the warnings the terms as they are being typed', () => {
    const form = { ...blankAgreementForm(defaultSettings()), termsDays: '4', interestBasis: 'contract' as const, contractRate: '' };
    expect(termsOfForm({ ...form, termsDays: '' }, NOW).paymentTerms.days).toBe(0);
    expect(termsOfForm(form, NOW)).toMatchObject({ paymentTerms: { days: 4, endOfMonth: false }, lateInterest: { basis: 'contract' } });
    expect(termsOfForm(form, NOW).lateInterest).not.toHaveProperty('ratePercent');
  });
});
