import { describe, expect, it } from 'vitest';
import {
  agreementFromForm,
  agreementWithDelivery,
  agreementWithoutDelivery,
  deliveryFormOf,
  blankAgreementForm,
  blankDeliveryForm,
  formFromAgreement,
  parseDeliverables,
  parsePercent,
  parseRevisionRounds,
  statusAfterSignatures,
  termsOfForm,
} from '../../../components/dashboard/billing/agreement-form';
import { defaultSettings } from '../../../lib/model/settings';
import { makeAgreement } from '../builders';

const IDENTITY = { id: 'agr-9', clientId: 'client-1', createdAt: '2026-01-05T09:00:00.000Z' };
const NOW = '2026-01-06T10:00:00.000Z';

describe('agreement form', () => {
  it('round-trips every field of an agreement', () => {
    const agreement = makeAgreement({
      id: 'agr-9',
      createdAt: IDENTITY.createdAt,
      updatedAt: NOW,
      pricing: { model: 'daily', amount: 550_00, currency: 'EUR', vat: 'incl' },
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
      scope: 'A five-page site.\nNot included: hosting.',
      deliverables: ['Wireframes', 'Final site'],
      revisionRounds: 2,
      acceptanceCriteria: 'Pages load in under 2 s.',
      deliveries: [{ on: '2026-02-01', what: 'Wireframes', acceptedOn: '2026-02-03', acceptance: 'written', note: 'By email' }],
    });
    expect(agreementFromForm(formFromAgreement(agreement), IDENTITY, NOW, agreement)).toEqual({ agreement, errors: {} });
  });

  it('reads the scope fields: one deliverable a line, revision rounds from 0 to 50', () => {
    const form = {
      ...blankAgreementForm(defaultSettings()),
      title: 'Audit',
      pricingAmount: '900',
      scope: '  Audit of the shop  ',
      deliverables: ' Report \r\n\n  Slides\n',
      revisionRounds: ' 0 ',
      acceptanceCriteria: ' ',
    };
    const { agreement } = agreementFromForm(form, IDENTITY, NOW);
    expect(agreement).toMatchObject({ scope: 'Audit of the shop', deliverables: ['Report', 'Slides'], revisionRounds: 0 });
    expect(agreement).not.toHaveProperty('acceptanceCriteria');
    expect(agreement).not.toHaveProperty('deliveries');
    expect(parseDeliverables('\n \n')).toEqual([]);
    expect(parseRevisionRounds('50')).toBe(50);
    expect(parseRevisionRounds('51')).toBeUndefined();
    expect(parseRevisionRounds('1.5')).toBeUndefined();
    expect(parseRevisionRounds('-1')).toBeUndefined();
  });

  it('names the scope fields to correct', () => {
    const base = { ...blankAgreementForm(defaultSettings()), title: 'Audit', pricingAmount: '900' };
    expect(agreementFromForm({ ...base, revisionRounds: 'two' }, IDENTITY, NOW).errors).toEqual({ revisionRounds: 'billing_error_revisions' });
    const many = Array.from({ length: 51 }, (_, i) => `Item ${i}`).join('\n');
    expect(agreementFromForm({ ...base, deliverables: many }, IDENTITY, NOW).errors).toEqual({ deliverables: 'billing_error_deliverables' });
    expect(agreementFromForm({ ...base, deliverables: 'x'.repeat(301) }, IDENTITY, NOW).errors).toEqual({ deliverables: 'billing_error_deliverables' });
    expect(agreementFromForm({ ...base, acceptanceCriteria: 'x'.repeat(2001) }, IDENTITY, NOW).errors).toEqual({ acceptanceCriteria: 'billing_error_invalid' });
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

describe('recording a delivery', () => {
  const agreement = makeAgreement({ deliveries: [{ on: '2026-02-10', what: 'Wireframes' }] });

  it('appends it in date order, leaving out what is empty', () => {
    const form = { ...blankDeliveryForm('2026-02-01'), what: ' Brief ', note: ' ' };
    const { agreement: next, errors } = agreementWithDelivery(agreement, form, NOW);
    expect(errors).toEqual({});
    expect(next!.deliveries).toEqual([{ on: '2026-02-01', what: 'Brief' }, { on: '2026-02-10', what: 'Wireframes' }]);
    expect(next!.updatedAt).toBe(NOW);
    const accepted = { on: '2026-03-01', what: 'Site', acceptedOn: '2026-03-04', acceptance: 'payment' as const, note: 'Paid the balance' };
    expect(agreementWithDelivery(next!, accepted, NOW).agreement!.deliveries!.at(-1)).toEqual(accepted);
  });

  it('starts a list on an agreement that has none', () => {
    const { agreement: next } = agreementWithDelivery(makeAgreement(), { ...blankDeliveryForm('2026-02-01'), what: 'Logo' }, NOW);
    expect(next!.deliveries).toEqual([{ on: '2026-02-01', what: 'Logo' }]);
  });

  it('names the fields to correct', () => {
    expect(agreementWithDelivery(agreement, { ...blankDeliveryForm(''), acceptedOn: '2026-02-30' }, NOW).errors).toEqual({
      on: 'required',
      what: 'required',
      acceptedOn: 'billing_error_date',
    });
    expect(agreementWithDelivery(agreement, { ...blankDeliveryForm('2026-02-10'), what: 'Site', acceptedOn: '2026-02-09' }, NOW).errors).toEqual({
      acceptedOn: 'billing_error_accepted_before',
    });
    const full = makeAgreement({ deliveries: Array.from({ length: 100 }, () => ({ on: '2026-01-01', what: 'Part' })) });
    expect(agreementWithDelivery(full, { ...blankDeliveryForm('2026-02-10'), what: 'One more' }, NOW).errors).toEqual({ what: 'billing_error_deliveries_full' });
    // Correcting one of a full list is not adding one.
    expect(agreementWithDelivery(full, { ...deliveryFormOf(full.deliveries![3]), what: 'Part 4' }, NOW, 3).errors).toEqual({});
  });

  it('corrects a delivery in place, back in date order if its date moved, and removes one', () => {
    const two = makeAgreement({
      deliveries: [
        { on: '2026-02-01', what: 'Brief' },
        { on: '2026-02-10', what: 'Wireframes' },
      ],
    });
    const form = deliveryFormOf(two.deliveries![0]);
    expect(form).toEqual({ on: '2026-02-01', what: 'Brief', acceptedOn: '', acceptance: '', note: '' });
    const accepted = agreementWithDelivery(two, { ...form, acceptedOn: '2026-02-03', acceptance: 'written' }, NOW, 0).agreement!;
    expect(accepted.deliveries).toEqual([
      { on: '2026-02-01', what: 'Brief', acceptedOn: '2026-02-03', acceptance: 'written' },
      { on: '2026-02-10', what: 'Wireframes' },
    ]);
    const moved = agreementWithDelivery(two, { ...form, on: '2026-02-20' }, NOW, 0).agreement!;
    expect(moved.deliveries!.map((d) => d.what)).toEqual(['Wireframes', 'Brief']);

    const removed = agreementWithoutDelivery(two, 1, NOW);
    expect(removed.deliveries).toEqual([{ on: '2026-02-01', what: 'Brief' }]);
    expect(removed.updatedAt).toBe(NOW);
    expect(agreementWithoutDelivery(removed, 0, NOW)).not.toHaveProperty('deliveries');
  });
});

describe('an agreement signed by both parties', () => {
  it('is no longer a draft or merely sent, unless ended', () => {
    expect(statusAfterSignatures('draft', '2026-03-01', '2026-03-02')).toBe('signed');
    expect(statusAfterSignatures('sent', '2026-03-01', '2026-03-02')).toBe('signed');
    expect(statusAfterSignatures('ended', '2026-03-01', '2026-03-02')).toBe('ended');
    expect(statusAfterSignatures('draft', '2026-03-01', undefined)).toBe('draft');
    expect(statusAfterSignatures('sent', undefined, '2026-03-02')).toBe('sent');
  });
});
