import { describe, expect, it } from 'vitest';
import {
  checkInvoiceCompliance,
  checkNumberChronology,
  checkNumberSequence,
  type ComplianceInput,
  type MentionResult,
} from '../../../lib/billing/compliance';
import type { Client } from '../../../lib/model/client';
import { freelancer, makeAgreement, makeInvoice } from '../builders';

type ComplianceClient = NonNullable<ComplianceInput['client']>;

const frenchClient = (overrides: Partial<Client> = {}): ComplianceClient => ({
  kind: 'company',
  displayName: 'Atelier Dupont',
  legalName: 'Atelier Dupont SAS',
  address: { street: '3 quai Saint-Antoine', postalCode: '69002', city: 'Lyon', country: 'FR' },
  identifiers: { siren: '552100554' },
  ...overrides,
});

const baseInput = (overrides: Partial<ComplianceInput> = {}): ComplianceInput => ({
  invoice: makeInvoice({ serviceDate: '2026-01-09' }),
  agreement: makeAgreement(),
  client: frenchClient(),
  freelancer: freelancer({ status: 'fr-ei', name: 'Camille Martin EI' }),
  jurisdiction: 'FR',
  ticked: new Set(),
  ...overrides,
});

const states = (results: MentionResult[]): Record<string, string> =>
  Object.fromEntries(results.map((r) => [r.mention.id, r.state]));

const find = (results: MentionResult[], id: string): MentionResult | undefined => results.find((r) => r.mention.id === id);

describe('checkInvoiceCompliance — France', () => {
  it('sorts every French mention into ok / to-confirm and leaves out those that do not apply', () => {
    expect(states(checkInvoiceCompliance(baseInput()))).toEqual({
      'seller-identity': 'ok',
      'seller-ei': 'ok',
      'client-identity': 'ok',
      'seller-siren': 'ok',
      'seller-vat-number': 'ok',
      'issue-date': 'ok',
      'invoice-number': 'ok',
      'service-date': 'ok',
      description: 'to-confirm',
      discounts: 'to-confirm',
      'vat-rate-and-amount': 'to-confirm',
      totals: 'ok',
      'due-date': 'ok',
      'early-payment-discount': 'to-confirm',
      'late-penalty-rate': 'ok',
      'recovery-fee': 'ok',
      // Not listed: billing address (same as the company's), PO number (none asked), client VAT number and
      // reverse charge (client in France), 293 B (not a micro-entrepreneur), company details (a sole trader),
      // e-invoicing mentions (before Sep 2027).
    });
  });

  it('gives the penalty rate for the due date’s half-year and the EUR 40 to print', () => {
    const results = checkInvoiceCompliance(baseInput());
    // Due 9 Feb 2026: ECB 2.15 + 10 = 12.15 %.
    expect(find(results, 'late-penalty-rate')?.detail).toEqual({
      key: 'compliance_detail_statutory_rate',
      params: { referencePercent: 2.15, points: 10, ratePercent: 12.15, halfYear: '2026-H1' },
    });
    expect(find(results, 'recovery-fee')?.detail?.params).toEqual({ amount: 40_00, currency: 'EUR' });
  });

  it('a higher contract recovery fee replaces the EUR 40; a lower one does not', () => {
    const higher = checkInvoiceCompliance(baseInput({ agreement: makeAgreement({ fixedRecoveryFee: { amount: 100_00, currency: 'EUR' } }) }));
    expect(find(higher, 'recovery-fee')?.detail?.params).toEqual({ amount: 100_00, currency: 'EUR' });
    const lower = checkInvoiceCompliance(baseInput({ agreement: makeAgreement({ fixedRecoveryFee: { amount: 10_00, currency: 'EUR' } }) }));
    expect(find(lower, 'recovery-fee')?.detail?.params).toEqual({ amount: 40_00, currency: 'EUR' });
  });

  it('a contract rate under the floor, or no rate at all, is a missing penalty rate', () => {
    const below = checkInvoiceCompliance(baseInput({ agreement: makeAgreement({ lateInterest: { basis: 'contract', ratePercent: 5 } }) }));
    expect(find(below, 'late-penalty-rate')).toMatchObject({ state: 'missing', detail: { params: { floorPercent: 7.86 } } });
    const none = checkInvoiceCompliance(baseInput({ agreement: makeAgreement({ lateInterest: { basis: 'contract' } }) }));
    expect(find(none, 'late-penalty-rate')?.state).toBe('missing');
    const fine = checkInvoiceCompliance(baseInput({ agreement: makeAgreement({ lateInterest: { basis: 'contract', ratePercent: 15 } }) }));
    expect(find(fine, 'late-penalty-rate')).toMatchObject({ state: 'ok', detail: { params: { ratePercent: 15 } } });
  });

  it('micro-entrepreneur: "TVA non applicable, art. 293 B du CGI" instead of a VAT number and VAT lines', () => {
    const results = checkInvoiceCompliance(baseInput({ freelancer: freelancer({ status: 'fr-micro', vat: undefined }), invoice: makeInvoice({ taxAmount: 0 }) }));
    const ids = results.map((r) => r.mention.id);
    expect(ids).toContain('vat-exemption-293b');
    expect(ids).not.toContain('seller-vat-number');
    expect(ids).not.toContain('vat-rate-and-amount');
    expect(find(results, 'vat-exemption-293b')).toMatchObject({
      state: 'ok',
      detail: { params: { wording: 'TVA non applicable, art. 293 B du CGI' } },
    });
  });

  it('a profile saved with the old micro-entrepreneur flag reads as the franchise', () => {
    const ids = checkInvoiceCompliance(baseInput({ freelancer: freelancer({ microEntrepreneur: true }), invoice: makeInvoice({ taxAmount: 0 }) })).map((r) => r.mention.id);
    expect(ids).toContain('vat-exemption-293b');
    expect(ids).not.toContain('vat-rate-and-amount');
  });

  it('micro-entrepreneur charging VAT contradicts the 293 B mention', () => {
    const results = checkInvoiceCompliance(baseInput({ freelancer: freelancer({ status: 'fr-micro' }), invoice: makeInvoice({ taxAmount: 200_00 }) }));
    expect(find(results, 'vat-exemption-293b')).toMatchObject({ state: 'missing', detail: { key: 'compliance_detail_vat_charged_despite_exemption' } });
  });

  it('reads the seller’s SIREN and identity from the settings', () => {
    const results = checkInvoiceCompliance(baseInput({ freelancer: freelancer({ siren: undefined, siret: undefined, address: undefined }) }));
    expect(find(results, 'seller-siren')?.state).toBe('missing');
    expect(find(results, 'seller-identity')).toMatchObject({ state: 'missing', detail: { key: 'compliance_detail_seller_address_missing' } });
  });

  it('purchase order: required by the agreement and absent → missing; present → ok; another number → to confirm', () => {
    const agreement = makeAgreement({ invoiceRequirements: { poNumberRequired: true, poNumber: 'PO-7781' } });
    const absent = checkInvoiceCompliance(baseInput({ agreement }));
    expect(find(absent, 'po-number')).toMatchObject({ state: 'missing', detail: { params: { expected: 'PO-7781' } } });
    const present = checkInvoiceCompliance(baseInput({ agreement, invoice: makeInvoice({ poNumber: 'po-7781' }) }));
    expect(find(present, 'po-number')?.state).toBe('ok');
    const other = checkInvoiceCompliance(baseInput({ agreement, invoice: makeInvoice({ poNumber: 'PO-9000' }) }));
    expect(find(other, 'po-number')).toMatchObject({ state: 'to-confirm', detail: { params: { expected: 'PO-7781', actual: 'PO-9000' } } });
  });

  it('without an agreement nobody knows whether a PO was issued: to confirm, and a tick settles it', () => {
    const unknown = checkInvoiceCompliance(baseInput({ agreement: undefined }));
    expect(find(unknown, 'po-number')).toMatchObject({ state: 'to-confirm', detail: { key: 'compliance_detail_applicability_unknown' } });
    const ticked = checkInvoiceCompliance(baseInput({ agreement: undefined, ticked: new Set(['po-number']) }));
    expect(find(ticked, 'po-number')?.state).toBe('ok');
  });

  it('billing address: listed only when it differs from the company address, with the address to print', () => {
    const differs = makeAgreement({ invoiceRequirements: { billingAddress: { street: 'BP 42', postalCode: '75008', city: 'Paris', country: 'FR' } } });
    expect(find(checkInvoiceCompliance(baseInput({ agreement: differs })), 'billing-address')).toMatchObject({
      state: 'ok',
      detail: { params: { address: 'BP 42, 75008 Paris, FR' } },
    });
    const same = makeAgreement({ invoiceRequirements: { billingAddress: { street: '3  Quai Saint-Antoine', postalCode: '69002', city: 'LYON', country: 'FR' } } });
    expect(find(checkInvoiceCompliance(baseInput({ agreement: same })), 'billing-address')).toBeUndefined();
  });

  it('intra-EU business client: its VAT number and "Autoliquidation"', () => {
    const german = frenchClient({ address: { street: 'Torstraße 1', postalCode: '10119', city: 'Berlin', country: 'DE' }, identifiers: { vat: 'DE123456789' } });
    const results = checkInvoiceCompliance(baseInput({ client: german }));
    expect(find(results, 'client-vat-number')).toMatchObject({ state: 'ok', detail: { params: { vat: 'DE123456789' } } });
    expect(find(results, 'reverse-charge')).toMatchObject({ state: 'to-confirm', detail: { params: { wording: 'Autoliquidation' } } });
    const ticked = checkInvoiceCompliance(baseInput({ client: german, ticked: new Set(['reverse-charge']) }));
    expect(find(ticked, 'reverse-charge')?.state).toBe('ok');
    const noVat = checkInvoiceCompliance(baseInput({ client: { ...german, identifiers: {} } }));
    expect(find(noVat, 'client-vat-number')?.state).toBe('missing');
    // A private person abroad: no reverse charge.
    const person = checkInvoiceCompliance(baseInput({ client: { ...german, kind: 'individual' } }));
    expect(find(person, 'client-vat-number')).toBeUndefined();
  });

  it('a client whose country is unknown cannot be placed: its VAT mentions are to confirm', () => {
    const results = checkInvoiceCompliance(baseInput({ client: frenchClient({ address: { street: '1 rue X', city: 'Lyon' } }) }));
    expect(find(results, 'client-vat-number')).toMatchObject({ state: 'to-confirm', detail: { key: 'compliance_detail_applicability_unknown' } });
  });

  it('e-invoicing mentions from 1 Sep 2027: the client’s SIREN', () => {
    const before = checkInvoiceCompliance(baseInput({ invoice: makeInvoice({ issueDate: '2027-08-31' }) }));
    expect(find(before, 'client-siren')).toBeUndefined();
    const after = checkInvoiceCompliance(baseInput({ invoice: makeInvoice({ issueDate: '2027-09-01' }) }));
    expect(find(after, 'client-siren')).toMatchObject({ state: 'ok', detail: { params: { siren: '552100554' } } });
    expect(find(after, 'operation-nature')?.state).toBe('to-confirm');
    const noSiren = checkInvoiceCompliance(baseInput({ invoice: makeInvoice({ issueDate: '2027-09-01' }), client: frenchClient({ identifiers: {} }) }));
    expect(find(noSiren, 'client-siren')?.state).toBe('missing');
  });

  it('a tick never overrides what the data shows missing', () => {
    const results = checkInvoiceCompliance(baseInput({ invoice: makeInvoice({ serviceDate: undefined }), ticked: new Set(['service-date', 'description']) }));
    expect(find(results, 'service-date')?.state).toBe('missing');
    expect(find(results, 'description')?.state).toBe('ok');
  });
});

describe('checkInvoiceCompliance — other jurisdictions', () => {
  const german = frenchClient({ address: { street: 'Torstraße 1', postalCode: '10119', city: 'Berlin', country: 'DE' } });

  it('Germany: an invoice up to EUR 250 gross (§33 UStDV) needs fewer mentions', () => {
    const input = (amount: number) =>
      baseInput({ jurisdiction: 'DE', client: german, invoice: makeInvoice({ amount, taxAmount: 0, serviceDate: '2026-01-09' }) });
    const small = checkInvoiceCompliance(input(250_00)).map((r) => r.mention.id);
    expect(small).not.toContain('client-identity');
    expect(small).not.toContain('invoice-number');
    expect(small).not.toContain('seller-tax-number');
    const regular = checkInvoiceCompliance(input(250_01)).map((r) => r.mention.id);
    expect(regular).toEqual(expect.arrayContaining(['client-identity', 'invoice-number', 'seller-tax-number', 'service-date']));
  });

  it('Germany: a Steuernummer in Settings is enough', () => {
    const results = checkInvoiceCompliance(baseInput({ jurisdiction: 'DE', client: german, freelancer: freelancer({ status: 'de-regular', vat: undefined, taxNumber: '12/345/67890' }) }));
    expect(find(results, 'seller-tax-number')).toMatchObject({ state: 'ok', detail: { params: { number: '12/345/67890' } } });
  });

  it('Germany: without a Steuernummer or a VAT id the user confirms it', () => {
    const results = checkInvoiceCompliance(baseInput({ jurisdiction: 'DE', client: german, freelancer: freelancer({ vat: undefined }) }));
    expect(find(results, 'seller-tax-number')?.state).toBe('to-confirm');
    const ticked = checkInvoiceCompliance(baseInput({ jurisdiction: 'DE', client: german, freelancer: freelancer({ vat: undefined }), ticked: new Set(['seller-tax-number']) }));
    expect(find(ticked, 'seller-tax-number')?.state).toBe('ok');
  });

  it('Germany §19 small business: its exemption sentence', () => {
    const results = checkInvoiceCompliance(
      baseInput({ jurisdiction: 'DE', client: german, freelancer: freelancer({ status: 'de-kleinunternehmer', vat: undefined }), invoice: makeInvoice({ taxAmount: 0 }) }),
    );
    expect(find(results, 'vat-exemption-19')).toMatchObject({ state: 'ok', detail: { params: { wording: 'Kein Ausweis von Umsatzsteuer gemäß §19 UStG' } } });
    const ids = results.map((r) => r.mention.id);
    expect(ids).not.toContain('vat-rate-and-amount');
    expect(ids).not.toContain('net-amount-per-rate');
    // Charging VAT anyway contradicts the exemption.
    const charged = checkInvoiceCompliance(baseInput({ jurisdiction: 'DE', client: german, freelancer: freelancer({ status: 'de-kleinunternehmer' }), invoice: makeInvoice({ taxAmount: 190_00 }) }));
    expect(find(charged, 'vat-exemption-19')?.state).toBe('missing');
  });

  it('UK: a seller not registered for VAT has no VAT mentions', () => {
    const ids = checkInvoiceCompliance(baseInput({ jurisdiction: 'UK', invoice: makeInvoice({ currency: 'GBP' }), freelancer: freelancer({ vat: undefined }) })).map((r) => r.mention.id);
    expect(ids).not.toContain('seller-vat-number');
    expect(ids).not.toContain('vat-rate-and-amount');
    expect(ids).toContain('invoice-number');
  });

  it('UK: a simplified invoice up to £250 leaves out the customer and unit prices', () => {
    const ids = (amount: number) =>
      checkInvoiceCompliance(baseInput({ jurisdiction: 'UK', invoice: makeInvoice({ amount, currency: 'GBP' }), freelancer: freelancer({ vat: 'GB123456789' }) })).map((r) => r.mention.id);
    expect(ids(250_00)).not.toContain('client-identity');
    expect(ids(250_00)).not.toContain('quantity-unit-price');
    expect(ids(250_01)).toEqual(expect.arrayContaining(['client-identity', 'quantity-unit-price']));
  });

  it('US: usual mentions only; payment terms come from the agreement', () => {
    expect(find(checkInvoiceCompliance(baseInput({ jurisdiction: 'US' })), 'payment-terms')).toMatchObject({ state: 'ok', detail: { params: { days: 30, endOfMonth: 0 } } });
    expect(find(checkInvoiceCompliance(baseInput({ jurisdiction: 'US', agreement: undefined })), 'payment-terms')?.state).toBe('to-confirm');
  });

  it('without a client record the client’s identity is to confirm', () => {
    expect(find(checkInvoiceCompliance(baseInput({ jurisdiction: 'US', client: undefined })), 'client-identity')?.state).toBe('to-confirm');
  });
});

describe('checkNumberSequence', () => {
  it('finds a duplicate and the numbers missing between the others', () => {
    expect(checkNumberSequence(['2026-001', '2026-002', '2026-004', '2026-004', '2026-007'])).toEqual({
      duplicates: [{ number: '2026-004', count: 2 }],
      gaps: [
        { prefix: '2026-', from: '2026-003', to: '2026-003', count: 1 },
        { prefix: '2026-', from: '2026-005', to: '2026-006', count: 2 },
      ],
      unparsed: [],
    });
  });

  it('keeps each prefix its own series, whatever the input order', () => {
    const report = checkNumberSequence(['INV-19', 'F2026-0043', '2026-001', 'INV-17', 'F2026-0042', '2025-120']);
    expect(report.gaps).toEqual([{ prefix: 'INV-', from: 'INV-18', to: 'INV-18', count: 1 }]);
    expect(report.duplicates).toEqual([]);
  });

  it('sees "2026-7" and "2026-007" as the same number', () => {
    expect(checkNumberSequence(['2026-007', '2026-7']).duplicates).toEqual([{ number: '2026-007', count: 2 }]);
  });

  it('reports a long gap as one range, not a list', () => {
    expect(checkNumberSequence(['A-1', 'A-100000']).gaps).toEqual([{ prefix: 'A-', from: 'A-2', to: 'A-99999', count: 99_998 }]);
  });

  it('lists numbers with no numeric ending apart', () => {
    expect(checkNumberSequence(['DRAFT', '2026-001', '2026-002']).unparsed).toEqual(['DRAFT']);
    expect(checkNumberSequence([])).toEqual({ duplicates: [], gaps: [], unparsed: [] });
  });
});

describe('checkNumberChronology', () => {
  it('flags a number issued before a lower number of the same series', () => {
    expect(
      checkNumberChronology([
        { number: '2026-001', issueDate: '2026-01-10' },
        { number: '2026-002', issueDate: '2026-01-05' },
        { number: '2026-003', issueDate: '2026-01-12' },
        { number: 'X-1', issueDate: '2020-01-01' },
      ]),
    ).toEqual([{ number: '2026-002', issueDate: '2026-01-05', after: '2026-001', afterIssueDate: '2026-01-10' }]);
  });
});

describe('checkInvoiceCompliance — who the freelancer is', () => {
  it('French sole trader: "EI" beside the name, proven when the name carries it, else printed and ticked', () => {
    const carried = checkInvoiceCompliance(baseInput({ freelancer: freelancer({ status: 'fr-ei', name: 'Camille Martin, entrepreneur individuel' }) }));
    expect(find(carried, 'seller-ei')).toMatchObject({ state: 'ok', detail: { key: 'compliance_detail_seller_ei' } });
    const bare = checkInvoiceCompliance(baseInput({ freelancer: freelancer({ status: 'fr-ei', name: 'Camille Martin' }) }));
    expect(find(bare, 'seller-ei')).toMatchObject({ state: 'to-confirm', detail: { params: { wording: 'Camille Martin EI' } } });
    expect(find(bare, 'seller-ei')?.mention.source.ref).toContain('2022-725');
    // "EI" inside a word is not the mention.
    const inside = checkInvoiceCompliance(baseInput({ freelancer: freelancer({ status: 'fr-ei', name: 'Studio Reiland' }) }));
    expect(find(inside, 'seller-ei')?.state).toBe('to-confirm');
  });

  it('micro-entrepreneur, worked example: EUR 1,200 with no VAT — 293 B to print, EI too, no VAT number, rate or amount', () => {
    const results = checkInvoiceCompliance(
      baseInput({ freelancer: freelancer({ status: 'fr-micro', name: 'Camille Martin EI', vat: undefined }), invoice: makeInvoice({ amount: 1_200_00, taxAmount: 0 }) }),
    );
    const ids = results.map((r) => r.mention.id);
    expect(ids).toEqual(expect.arrayContaining(['vat-exemption-293b', 'seller-ei']));
    expect(ids).not.toEqual(expect.arrayContaining(['seller-vat-number']));
    expect(ids.filter((id) => id.startsWith('vat-rate') || id === 'seller-vat-number' || id === 'vat-on-debits-option')).toEqual([]);
    expect(find(results, 'totals')?.detail?.params).toMatchObject({ net: 1_200_00, tax: 0, gross: 1_200_00 });
    // Autoliquidation is for sellers who charge VAT: a micro-entrepreneur's EU client gets none.
    const belgian = frenchClient({ address: { city: 'Bruxelles', country: 'BE' }, identifiers: { vat: 'BE0403170701' } });
    const eu = checkInvoiceCompliance(baseInput({ client: belgian, freelancer: freelancer({ status: 'fr-micro' }), invoice: makeInvoice({ taxAmount: 0 }) }));
    expect(eu.map((r) => r.mention.id)).not.toContain('reverse-charge');
  });

  it('French company: legal form, share capital, RCS and city; no "EI"', () => {
    const company = freelancer({
      status: 'fr-company',
      name: 'Studio Orme',
      legalForm: 'SASU',
      shareCapital: { amount: 10_000_00, currency: 'EUR' },
      registration: 'RCS Lyon',
    });
    const results = checkInvoiceCompliance(baseInput({ freelancer: company }));
    expect(find(results, 'seller-company-details')).toMatchObject({
      state: 'ok',
      detail: { key: 'compliance_detail_company_details', params: { legalForm: 'SASU', amount: 10_000_00, currency: 'EUR', registration: 'RCS Lyon' } },
    });
    expect(find(results, 'seller-ei')).toBeUndefined();
    const noCapital = checkInvoiceCompliance(baseInput({ freelancer: { ...company, shareCapital: undefined } }));
    expect(find(noCapital, 'seller-company-details')).toMatchObject({ state: 'missing', detail: { key: 'compliance_detail_company_capital_missing' } });
  });

  it('intra-EU business client of a VAT-registered seller: client VAT number and "Autoliquidation"', () => {
    const belgian = frenchClient({ address: { city: 'Bruxelles', country: 'BE' }, identifiers: { vat: 'BE0403170701' } });
    const results = checkInvoiceCompliance(baseInput({ client: belgian, invoice: makeInvoice({ taxAmount: 0 }) }));
    expect(find(results, 'reverse-charge')).toMatchObject({ state: 'to-confirm', detail: { params: { wording: 'Autoliquidation' } } });
    expect(find(results, 'client-vat-number')?.state).toBe('ok');
  });

  it('UK limited company: registered number, registered office and place of registration', () => {
    const ltd = freelancer({
      status: 'uk-limited',
      name: 'Orme Studio Ltd',
      address: { street: '1 Albion Street', postalCode: 'LS1 5ES', city: 'Leeds', country: 'GB' },
      companyNumber: '01234567',
      registration: 'England and Wales',
      vat: undefined,
    });
    const input = baseInput({ jurisdiction: 'UK', freelancer: ltd, invoice: makeInvoice({ currency: 'GBP' }) });
    expect(find(checkInvoiceCompliance(input), 'seller-uk-company-details')).toMatchObject({
      state: 'ok',
      detail: { params: { number: '01234567', registration: 'England and Wales' } },
    });
    const unplaced = checkInvoiceCompliance({ ...input, freelancer: { ...ltd, registration: undefined } });
    expect(find(unplaced, 'seller-uk-company-details')?.state).toBe('missing');
    const soleTrader = checkInvoiceCompliance({ ...input, freelancer: { ...ltd, status: 'uk-sole-trader' } });
    expect(find(soleTrader, 'seller-uk-company-details')).toBeUndefined();
  });

  it('no status said yet: the EI and company mentions are to confirm, never silently dropped', () => {
    const results = checkInvoiceCompliance(baseInput({ freelancer: freelancer() }));
    expect(find(results, 'seller-ei')).toMatchObject({ state: 'to-confirm', detail: { key: 'compliance_detail_applicability_unknown' } });
    expect(find(results, 'seller-company-details')?.state).toBe('to-confirm');
    // A VAT number on file reads as charging VAT; without one, the franchise is to confirm too.
    expect(find(results, 'vat-exemption-293b')).toBeUndefined();
    const none = checkInvoiceCompliance(baseInput({ freelancer: freelancer({ vat: undefined }) }));
    expect(find(none, 'vat-exemption-293b')?.detail?.key).toBe('compliance_detail_applicability_unknown');
  });
});

describe('checkInvoiceCompliance — who the client is', () => {
  it('a private person: no penalty rate, no EUR 40, no early-payment line (B2B rules, C. com. L441-9, L441-10, D441-5)', () => {
    const consumer = frenchClient({ kind: 'individual', legalName: undefined, displayName: 'Léa Martin', identifiers: {} });
    const results = checkInvoiceCompliance(baseInput({ client: consumer }));
    const ids = results.map((r) => r.mention.id);
    expect(ids).not.toContain('late-penalty-rate');
    expect(ids).not.toContain('recovery-fee');
    expect(ids).not.toContain('early-payment-discount');
    expect(ids).toEqual(expect.arrayContaining(['seller-identity', 'client-identity', 'due-date', 'totals']));
  });

  it('a business, or a client whose kind is unknown, keeps them', () => {
    for (const kind of ['company', 'unknown'] as const) {
      const ids = checkInvoiceCompliance(baseInput({ client: frenchClient({ kind }) })).map((r) => r.mention.id);
      expect(ids).toEqual(expect.arrayContaining(['late-penalty-rate', 'recovery-fee', 'early-payment-discount']));
    }
  });
});
