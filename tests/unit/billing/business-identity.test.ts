import { describe, expect, it } from 'vitest';
import {
  businessFieldsFor,
  businessFormOf,
  businessFromForm,
  checkOwnIdentifiers,
  isValidGermanTaxNumber,
  isValidUkVat,
  type BusinessForm,
} from '../../../lib/billing/business-identity';
import { LEGAL_STATUS_RULES } from '../../../lib/billing/rules/legal-status';

const blank = (overrides: Partial<BusinessForm> = {}): BusinessForm => ({ ...businessFormOf({}), ...overrides });

describe('own identifiers are checked as a client’s are', () => {
  it('a SIRET failing its Luhn checksum is refused with the client’s sentence', () => {
    expect(checkOwnIdentifiers({ siret: '73282932000075' }, LEGAL_STATUS_RULES['fr-micro'])).toEqual({
      siret: { key: 'evidence_siretInvalid', params: ['73282932000075'] },
    });
    expect(checkOwnIdentifiers({ siret: '732 829 320 00074' }, LEGAL_STATUS_RULES['fr-micro'])).toEqual({});
  });

  it('La Poste’s head office 35600000000048 passes by Luhn; its establishments by the digit-sum-of-5 rule', () => {
    expect(checkOwnIdentifiers({ siret: '35600000000048' }, LEGAL_STATUS_RULES['fr-company'])).toEqual({});
    // 3+5+6+4+9+8+3+7 = 45, a multiple of 5, though Luhn fails.
    expect(checkOwnIdentifiers({ siret: '35600000049837' }, LEGAL_STATUS_RULES['fr-company'])).toEqual({});
    expect(checkOwnIdentifiers({ siret: '35600000000049' }, LEGAL_STATUS_RULES['fr-company']).siret?.key).toBe('evidence_siretInvalid');
  });

  it('a SIRET must start with the SIREN given', () => {
    expect(checkOwnIdentifiers({ siren: '552100554', siret: '73282932000074' }, LEGAL_STATUS_RULES['fr-ei']).siret).toEqual({
      key: 'evidence_siretUnlikeSiren',
      params: ['73282932000074', '552100554'],
    });
  });

  it('a French VAT number’s key is checked against the SIREN (typed, or the SIRET’s first nine digits)', () => {
    const rule = LEGAL_STATUS_RULES['fr-ei'];
    expect(checkOwnIdentifiers({ siret: '73282932000074', vat: 'FR44 732 829 320' }, rule)).toEqual({});
    // FR96552100554 is a valid number, but another company's: (12 + 3 × (732829320 mod 97)) mod 97 = 44.
    expect(checkOwnIdentifiers({ siret: '73282932000074', vat: 'FR96552100554' }, rule).vat).toEqual({
      key: 'evidence_vatUnlikeSiren',
      params: ['FR96552100554', '732829320', 'FR44732829320'],
    });
    expect(checkOwnIdentifiers({ vat: 'FR45732829320' }, rule).vat?.key).toBe('evidence_vatInvalid');
  });

  it('UK: company numbers by Companies House format, VAT numbers by HMRC’s modulus 97', () => {
    const rule = LEGAL_STATUS_RULES['uk-limited'];
    expect(checkOwnIdentifiers({ companyNumber: 'SC123456', vat: 'GB 980 7806 84' }, rule)).toEqual({});
    expect(checkOwnIdentifiers({ companyNumber: '1234' }, rule).companyNumber?.key).toBe('evidence_ukCompanyNumberInvalid');
    expect(checkOwnIdentifiers({ vat: 'GB980780685' }, rule).vat).toEqual({ key: 'business_error_uk_vat', params: ['GB980780685'] });
    // 9×8+8×7+0×6+7×5+8×4+0×3+6×2 = 207; +84 = 291 = 3 × 97.
    expect(isValidUkVat('GB980780684')).toBe(true);
    expect(isValidUkVat('GBGD001')).toBe(true);
  });

  it('Germany: USt-IdNr by its checksum, Steuernummer by its length', () => {
    const rule = LEGAL_STATUS_RULES['de-regular'];
    expect(checkOwnIdentifiers({ vat: 'DE136695976', taxNumber: '12/345/67890' }, rule)).toEqual({});
    expect(checkOwnIdentifiers({ vat: 'DE136695977' }, rule).vat?.key).toBe('evidence_vatInvalid');
    expect(checkOwnIdentifiers({ taxNumber: '12/345' }, rule).taxNumber).toEqual({ key: 'business_error_tax_number', params: ['12/345'] });
    expect(isValidGermanTaxNumber('2181508150')).toBe(true);
    expect(isValidGermanTaxNumber('9181081508155')).toBe(true);
    expect(isValidGermanTaxNumber('12-345-67890')).toBe(false);
  });

  it('a non-EU VAT number is refused for a French business but left alone for "other"', () => {
    expect(checkOwnIdentifiers({ vat: 'CHE123456789' }, LEGAL_STATUS_RULES['fr-company']).vat?.key).toBe('evidence_vatInvalid');
    expect(checkOwnIdentifiers({ vat: 'CHE123456789' }, LEGAL_STATUS_RULES.other)).toEqual({});
  });
});

describe('the fields each status asks for', () => {
  it('micro-entrepreneur: SIREN/SIRET, no VAT number, no company fields', () => {
    const fields = businessFieldsFor(LEGAL_STATUS_RULES['fr-micro']);
    expect(fields).toContain('siret');
    expect(fields).not.toContain('vat');
    expect(fields).not.toContain('shareCapital');
  });

  it('French company: legal form, share capital, RCS; UK limited: company number and place of registration', () => {
    expect(businessFieldsFor(LEGAL_STATUS_RULES['fr-company'])).toEqual(expect.arrayContaining(['vat', 'legalForm', 'shareCapital', 'registration']));
    const uk = businessFieldsFor(LEGAL_STATUS_RULES['uk-limited']);
    expect(uk).toEqual(expect.arrayContaining(['companyNumber', 'registration', 'vat']));
    expect(uk).not.toContain('siret');
    expect(businessFieldsFor(LEGAL_STATUS_RULES['uk-sole-trader'])).not.toContain('companyNumber');
  });

  it('Kleinunternehmer: Steuernummer, and the USt-IdNr it may hold', () => {
    expect(businessFieldsFor(LEGAL_STATUS_RULES['de-kleinunternehmer'])).toEqual(expect.arrayContaining(['taxNumber', 'vat']));
  });
});

describe('saving Settings › Your business', () => {
  it('an invalid own SIRET is refused and nothing is written; the typed form is untouched', () => {
    const form = blank({ status: 'fr-micro', name: 'Camille Martin', siret: '73282932000075', city: 'Lyon' });
    const outcome = businessFromForm(form, {}, 'EUR');
    expect(outcome.freelancer).toBeUndefined();
    expect(outcome.errors).toEqual({ siret: { key: 'evidence_siretInvalid', params: ['73282932000075'] } });
    expect(form.name).toBe('Camille Martin');
  });

  it('a French company: share capital in euros, RCS and city, the country from the status', () => {
    const form = blank({
      status: 'fr-company',
      name: 'Studio Orme',
      street: '3 quai Saint-Antoine',
      postalCode: '69002',
      city: 'Lyon',
      siret: '73282932000074',
      vat: 'FR44732829320',
      legalForm: 'SASU',
      shareCapital: '10 000',
      registration: 'RCS Lyon',
    });
    const { freelancer } = businessFromForm(form, {}, 'USD');
    expect(freelancer).toEqual({
      status: 'fr-company',
      name: 'Studio Orme',
      address: { street: '3 quai Saint-Antoine', postalCode: '69002', city: 'Lyon', country: 'FR' },
      siret: '73282932000074',
      vat: 'FR44732829320',
      legalForm: 'SASU',
      shareCapital: { amount: 10_000_00, currency: 'EUR' },
      registration: 'RCS Lyon',
    });
  });

  it('refuses a registry without RCS/RM, a capital that is no amount, a mediator address that is no web address', () => {
    const { errors } = businessFromForm(
      blank({ status: 'fr-company', shareCapital: 'ten thousand', registration: 'Lyon', mediatorName: 'CM2C', mediatorUrl: 'cm2c.net' }),
      {},
      'EUR',
    );
    expect(Object.keys(errors).sort()).toEqual(['mediatorUrl', 'registration', 'shareCapital']);
  });

  it('choosing the franchise clears the VAT number the form no longer shows, and the legacy flag gives way to the status', () => {
    const previous = { microEntrepreneur: true, vat: 'FR44732829320', siret: '73282932000074' };
    expect(businessFormOf(previous).status).toBe('fr-micro');
    const { freelancer } = businessFromForm({ ...businessFormOf(previous), status: 'fr-micro' }, previous, 'EUR');
    expect(freelancer).toEqual({ status: 'fr-micro', siret: '73282932000074', address: { country: 'FR' } });
  });

  it('keeps what the form does not edit', () => {
    const previous = { address: { region: 'Rhône', city: 'Lyon' }, consumerMediator: { name: 'CM2C', url: 'https://www.cm2c.net' } };
    const { freelancer } = businessFromForm({ ...businessFormOf(previous), status: 'fr-ei' }, previous, 'EUR');
    expect(freelancer?.address).toEqual({ region: 'Rhône', city: 'Lyon', country: 'FR' });
    expect(freelancer?.consumerMediator).toEqual({ name: 'CM2C', url: 'https://www.cm2c.net' });
  });
});
