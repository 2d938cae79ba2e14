import { describe, expect, it } from 'vitest';
import {
  checkEmail,
  checkIban,
  checkPhone,
  checkSiren,
  checkSiret,
  checkUkCompanyNumber,
  checkVatNumber,
  findIban,
  runAutomaticChecks,
  type CheckResult,
} from '../../../lib/vetting/checks';
import { classifyEmailDomain, registrableDomain, sameOrganisation, websiteHost } from '../../../lib/vetting/email';
import { frenchCompany, makeAgreement, makeClient, makeSnapshot } from '../builders';

const pick = (results: CheckResult[], check: CheckResult['check']) => results.filter((r) => r.check === check);
const only = (results: CheckResult[], check: CheckResult['check']) => {
  const found = pick(results, check);
  expect(found, `one ${check} result`).toHaveLength(1);
  return found[0];
};

describe('checkPhone', () => {
  it.each([
    ['+33 6 12 34 56 78', undefined, '+33612345678', 'FR'],
    ['06 12 34 56 78', 'FR', '+33612345678', 'FR'],
    ['0033 6 12 34 56 78', undefined, '+33612345678', 'FR'],
    ['+44 20 7946 0000', undefined, '+442079460000', 'GB'],
    ['020 7946 0000', 'GB', '+442079460000', 'GB'],
    ['+1 650 253 0000', undefined, '+16502530000', 'US'],
    ['(650) 253-0000', 'US', '+16502530000', 'US'],
    ['+49 30 12345678', undefined, '+493012345678', 'DE'],
    ['030 12345678', 'DE', '+493012345678', 'DE'],
    ['+39 02 1234 5678', undefined, '+390212345678', 'IT'],
    ['02 1234 5678', 'IT', '+390212345678', 'IT'],
  ])('accepts %s (client in %s) as %s from %s', (raw, country, e164, phoneCountry) => {
    const format = only(checkPhone(raw, country), 'phone-format');
    expect(format).toMatchObject({ item: 'phone-valid', state: 'done', proves: 'format-valid', value: e164 });
    expect(format.evidenceParams).toEqual([e164, phoneCountry]);
  });

  it('fails a number too short for its country', () => {
    expect(only(checkPhone('+33 6 12 34'), 'phone-format')).toMatchObject({ state: 'failed', evidenceKey: 'evidence_phoneInvalid' });
    expect(only(checkPhone('12345', 'FR'), 'phone-format').state).toBe('failed');
  });

  it('asks for the country code instead of failing a national number of unknown country', () => {
    const [result] = checkPhone('06 12 34 56 78');
    expect(result).toMatchObject({ state: 'todo', evidenceKey: 'evidence_phoneNeedsCountry', evidenceParams: ['06 12 34 56 78'] });
  });

  it('flags a number from another country than the client', () => {
    const country = only(checkPhone('+44 20 7946 0000', 'FR'), 'phone-country');
    expect(country).toMatchObject({ state: 'failed', proves: 'consistent', evidenceKey: 'evidence_phoneCountryMismatch' });
    expect(country.evidenceParams).toEqual(['+442079460000', 'GB', 'FR']);
    expect(only(checkPhone('+39 02 1234 5678', 'IT'), 'phone-country').state).toBe('done');
  });

  it('does not tell apart countries that share a calling code', () => {
    // Toronto for a client who says United States; Jersey for a client who says United Kingdom.
    expect(only(checkPhone('+1 416 555 0199', 'US'), 'phone-country').state).toBe('done');
    expect(only(checkPhone('+44 1534 123456', 'GB'), 'phone-country').state).toBe('done');
  });
});

describe('email domains', () => {
  it.each([
    ['gmail.com', 'webmail'],
    ['googlemail.com', 'webmail'],
    ['yahoo.fr', 'webmail'],
    ['yahoo.co.uk', 'webmail'],
    ['hotmail.it', 'webmail'],
    ['outlook.com', 'webmail'],
    ['gmx.de', 'webmail'],
    ['orange.fr', 'webmail'],
    ['wanadoo.fr', 'webmail'],
    ['libero.it', 'webmail'],
    ['proton.me', 'webmail'],
    ['mailinator.com', 'disposable'],
    ['yopmail.com', 'disposable'],
    ['guerrillamail.com', 'disposable'],
    ['inbox.mailinator.com', 'disposable'],
    ['atelier-dupont.fr', 'company'],
    ['yahoo.acme.com', 'company'],
    ['outlook.agency', 'company'],
  ])('%s is %s', (domain, kind) => {
    expect(classifyEmailDomain(domain)).toBe(kind);
  });

  it('reads registered domains and website hosts the way companies write them', () => {
    expect(registrableDomain('mail.acme.co.uk')).toBe('acme.co.uk');
    expect(registrableDomain('www.acme.fr')).toBe('acme.fr');
    expect(websiteHost('acme.fr/contact')).toBe('acme.fr');
    expect(websiteHost('https://www.acme.fr')).toBe('acme.fr');
    expect(websiteHost('javascript:alert(1)')).toBeUndefined();
    expect(sameOrganisation('eu.acme.com', 'acme.com')).toBe(true);
    expect(sameOrganisation('acme.com', 'acme.fr')).toBe(true);
    expect(sameOrganisation('acme-billing.com', 'acme.fr')).toBe(false);
  });
});

describe('checkEmail', () => {
  it('fails free webmail for a company, questions it for an unknown kind, accepts it for a private person', () => {
    expect(only(checkEmail('ceo.acme@gmail.com', 'company'), 'email-webmail')).toMatchObject({ state: 'failed', evidenceKey: 'evidence_emailWebmailCompany' });
    expect(only(checkEmail('ceo.acme@gmail.com', 'unknown'), 'email-webmail')).toMatchObject({ state: 'todo', evidenceKey: 'evidence_emailWebmailUnknown' });
    expect(only(checkEmail('jean.martin@orange.fr', 'individual'), 'email-webmail')).toMatchObject({ state: 'done', evidenceKey: 'evidence_emailWebmailPrivate' });
  });

  it('fails a disposable address whoever the client is', () => {
    for (const kind of ['company', 'individual', 'unknown'] as const) {
      expect(only(checkEmail('boss@yopmail.com', kind), 'email-disposable')).toMatchObject({ state: 'failed', evidenceParams: ['boss@yopmail.com', 'yopmail.com'] });
    }
  });

  it('compares a company domain with the website', () => {
    const matching = checkEmail('claire@atelier-dupont.fr', 'company', 'https://www.atelier-dupont.fr');
    expect(only(matching, 'email-company-domain').state).toBe('done');
    expect(only(matching, 'email-website')).toMatchObject({ state: 'done', evidenceParams: ['atelier-dupont.fr', 'atelier-dupont.fr'] });

    const unlike = only(checkEmail('billing@dupont-payments.com', 'company', 'atelier-dupont.fr'), 'email-website');
    expect(unlike).toMatchObject({ state: 'failed', evidenceKey: 'evidence_emailUnlikeWebsite', evidenceParams: ['dupont-payments.com', 'atelier-dupont.fr'] });

    // No website: nothing to compare, which is not a failure.
    expect(pick(checkEmail('claire@atelier-dupont.fr', 'company'), 'email-website')).toEqual([]);
  });

  it('fails what is not an address', () => {
    expect(only(checkEmail('claire at atelier-dupont', 'company'), 'email-format').state).toBe('failed');
  });
});

describe('company numbers', () => {
  it('checks SIREN and SIRET checksums, La Poste included', () => {
    expect(checkSiren('732 829 320')).toMatchObject({ state: 'done', proves: 'format-valid', evidenceParams: ['732829320'] });
    expect(checkSiren('732 829 321')).toMatchObject({ state: 'failed', evidenceKey: 'evidence_sirenInvalid' });
    expect(only(checkSiret('732 829 320 00074'), 'siret').state).toBe('done');
    expect(only(checkSiret('73282932000075'), 'siret').state).toBe('failed');
    // La Poste establishments pass on a digit sum that is a multiple of 5 (here 45), not on Luhn.
    expect(only(checkSiret('35600000049837'), 'siret').state).toBe('done');
    expect(only(checkSiret('35600000000005'), 'siret').state).toBe('failed');
  });

  it('fails a SIRET whose first nine digits are not the SIREN given', () => {
    const results = checkSiret('73282932000074', '552100554');
    expect(only(results, 'siret').state).toBe('done');
    expect(only(results, 'siret-siren')).toMatchObject({ state: 'failed', proves: 'consistent', evidenceParams: ['73282932000074', '552100554'] });
  });

  it('checks the French VAT key against the SIREN', () => {
    const results = checkVatNumber('FR 44 732 829 320', { siren: '732829320' });
    expect(only(results, 'vat')).toMatchObject({ state: 'done', evidenceKey: 'evidence_vatValid', evidenceParams: ['FR44732829320', 'FR'] });
    expect(only(results, 'vat-siren').state).toBe('done');

    // Key for 552100554: (12 + 3 × (552100554 mod 97)) mod 97 = 96.
    const otherCompany = checkVatNumber('FR44732829320', { siren: '552100554' });
    expect(only(otherCompany, 'vat-siren')).toMatchObject({ state: 'failed', evidenceParams: ['FR44732829320', '552100554', 'FR96552100554'] });
    expect(only(checkVatNumber('FR45732829320'), 'vat').state).toBe('failed');
  });

  it('checks EU VAT numbers by country, with or without a checksum', () => {
    expect(only(checkVatNumber('DE136695976'), 'vat')).toMatchObject({ state: 'done', evidenceKey: 'evidence_vatValid', evidenceParams: ['DE136695976', 'DE'] });
    expect(only(checkVatNumber('DE136695978'), 'vat').state).toBe('failed');
    // Austria: format only.
    expect(only(checkVatNumber('ATU12345678'), 'vat')).toMatchObject({ state: 'done', evidenceKey: 'evidence_vatFormatOnly', evidenceParams: ['ATU12345678', 'AT'] });
    // Greece is EL in VAT numbers, GR as a country.
    expect(only(checkVatNumber('EL123456789'), 'vat').evidenceParams).toEqual(['EL123456789', 'GR']);
    expect(only(checkVatNumber('IT123'), 'vat').state).toBe('failed');
  });

  it('leaves a non-EU VAT number unchecked instead of failing it', () => {
    expect(only(checkVatNumber('GB123456789'), 'vat')).toMatchObject({ state: 'todo', evidenceKey: 'evidence_vatNotChecked' });
  });

  it('notes a VAT number from another country than the address', () => {
    const results = checkVatNumber('DE136695976', { statedCountry: 'FR' });
    expect(only(results, 'vat-country')).toMatchObject({ state: 'todo', evidenceParams: ['DE136695976', 'DE', 'FR'] });
  });

  it('checks UK company numbers', () => {
    expect(checkUkCompanyNumber('SC123456')).toMatchObject({ state: 'done', evidenceParams: ['SC123456'] });
    expect(checkUkCompanyNumber('01234567').state).toBe('done');
    expect(checkUkCompanyNumber('1234').state).toBe('failed');
  });
});

describe('checkIban', () => {
  it.each([
    ['FR7630006000011234567890189', 'FR', 'FR76 3000 6000 0112 3456 7890 189'],
    ['DE89370400440532013000', 'DE', 'DE89 3704 0044 0532 0130 00'],
    ['GB82WEST12345698765432', 'GB', 'GB82 WEST 1234 5698 7654 32'],
    ['nl91 abna 0417 1643 00', 'NL', 'NL91 ABNA 0417 1643 00'],
    ['BE68 5390 0754 7034', 'BE', 'BE68 5390 0754 7034'],
  ])('accepts %s from %s', (raw, country, friendly) => {
    expect(checkIban(raw, country)).toMatchObject({ item: 'bank-details-valid', state: 'done', evidenceKey: 'evidence_ibanValid', evidenceParams: [friendly, country] });
  });

  it.each([
    ['FR7630006000011234567890188', 'wrong check digits'],
    ['DE89370400440532013001', 'wrong check digits'],
    ['GB82WEST1234569876543', 'one character short for the UK'],
    ['XX82WEST12345698765432', 'no such country'],
    ['', 'empty'],
  ])('fails %s (%s)', (raw) => {
    expect(checkIban(raw)).toMatchObject({ state: 'failed', evidenceKey: 'evidence_ibanInvalid' });
  });

  it('notes an account held abroad without failing it', () => {
    expect(checkIban('DE89370400440532013000', 'FR')).toMatchObject({ state: 'done', evidenceKey: 'evidence_ibanValidOtherCountry', evidenceParams: ['DE89 3704 0044 0532 0130 00', 'DE', 'FR'] });
  });

  it('finds an IBAN in a free note', () => {
    expect(findIban('IBAN: FR76 3000 6000 0112 3456 7890 189 (BNP)')).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(findIban('paid by card')).toBeUndefined();
  });
});

describe('runAutomaticChecks', () => {
  const states = (results: CheckResult[]) => Object.fromEntries(results.map((r) => [`${r.item}/${r.check}`, r.state]));

  it('fills every data-backed item of a complete French company', () => {
    const results = runAutomaticChecks(frenchCompany(), undefined, { today: '2026-02-01' });
    expect(states(results)).toEqual({
      'phone-obtained/phone-given': 'done',
      'phone-valid/phone-format': 'done',
      'phone-valid/phone-country': 'done',
      'legal-name/legal-name-given': 'done',
      'company-address/address-given': 'done',
      'email-domain-consistent/email-company-domain': 'done',
      'email-domain-consistent/email-website': 'done',
      'company-number-valid/siren': 'done',
      'company-number-valid/siret': 'done',
      'company-number-valid/siret-siren': 'done',
      'vat-number-valid/vat': 'done',
      'vat-number-valid/vat-siren': 'done',
    });
    // Format checks never claim a registry entry: only a look-up can.
    expect(results.some((r) => r.proves === 'found-in-registry')).toBe(false);
  });

  it('lists what a bare company has not given yet', () => {
    const results = runAutomaticChecks(makeClient({ address: { country: 'FR' } }));
    expect(states(results)).toEqual({
      'phone-obtained/phone-given': 'todo',
      'legal-name/legal-name-given': 'todo',
      'company-address/address-given': 'todo',
      'company-number-valid/company-number-given': 'todo',
      'vat-number-valid/vat-given': 'todo',
    });
  });

  it('reads the payment badge from the latest capture', () => {
    const snapshot = makeSnapshot({ capturedAt: '2026-01-05T09:00:00.000Z', signals: { paymentVerified: false } });
    const [payment] = pick(runAutomaticChecks(makeClient(), snapshot), 'payment-verified');
    expect(payment).toMatchObject({ item: 'platform-payment-verified', state: 'failed', evidenceParams: ['Upwork'] });
  });

  it('checks an identity document seen for a private person, and its expiry', () => {
    const person = makeClient({ kind: 'individual', displayName: 'Jean Martin', identitySeen: { type: 'passport', seenOn: '2026-01-10', expiresOn: '2030-05-01' } });
    expect(only(runAutomaticChecks(person, undefined, { today: '2026-02-01' }), 'identity-document')).toMatchObject({ state: 'done', evidenceParams: ['2026-01-10'], value: 'passport' });
    const expired = { ...person, identitySeen: { type: 'id-card' as const, seenOn: '2026-01-10', expiresOn: '2025-12-31' } };
    expect(only(runAutomaticChecks(expired, undefined, { today: '2026-02-01' }), 'identity-document')).toMatchObject({ state: 'failed', evidenceKey: 'evidence_identityExpired', evidenceParams: ['2025-12-31'], value: 'id-card' });
  });

  it('fills terms and invoice requirements from a signed agreement', () => {
    const agreement = makeAgreement({
      title: 'Site redesign',
      signedByFreelancerOn: '2026-01-12',
      signedByClientOn: '2026-01-14',
      invoiceRequirements: { poNumberRequired: true, invoiceEmail: 'ap@atelier-dupont.fr' },
    });
    const results = runAutomaticChecks(frenchCompany(), undefined, { agreements: [agreement] });
    expect(only(results, 'agreement-signed')).toMatchObject({ state: 'done', evidenceParams: ['Site redesign', '2026-01-14'] });
    expect(only(results, 'invoice-requirements-given').state).toBe('done');

    const unsigned = runAutomaticChecks(frenchCompany(), undefined, { agreements: [{ ...agreement, signedByClientOn: undefined, invoiceRequirements: {} }] });
    expect(only(unsigned, 'agreement-signed')).toMatchObject({ state: 'todo', evidenceKey: 'evidence_termsNotSigned' });
    expect(only(unsigned, 'invoice-requirements-given').state).toBe('todo');
  });

  it('turns judged look-ups into registry and search results, a red flag winning', () => {
    const lookups = [
      { provider: 'pappers', outcome: 'confirmed' as const, query: '732829320', url: 'https://www.pappers.fr/recherche?q=732829320' },
      { provider: 'duckduckgo', outcome: 'nothing-found' as const, query: '"Atelier Dupont" arnaque', url: 'https://duckduckgo.com/?q=x' },
      { provider: 'google', query: '"Atelier Dupont" scam', url: 'https://www.google.com/search?q=x' },
    ];
    const results = runAutomaticChecks(frenchCompany(), undefined, { lookups });
    expect(only(results, 'registry-look-up')).toMatchObject({ state: 'done', proves: 'found-in-registry', evidenceParams: ['Pappers', '732829320'] });
    // The unjudged Google look-up proves nothing.
    expect(only(results, 'search-look-up')).toMatchObject({ state: 'done', evidenceParams: ['1'] });

    const closed = runAutomaticChecks(frenchCompany(), undefined, {
      lookups: [...lookups, { provider: 'annuaire-entreprises', outcome: 'red-flag', note: 'Cessée le 01/03/2025', query: '732829320', url: 'https://annuaire-entreprises.data.gouv.fr/entreprise/732829320' }],
    });
    expect(only(closed, 'registry-look-up')).toMatchObject({ state: 'failed', evidenceParams: ['Annuaire des Entreprises', 'Cessée le 01/03/2025'] });
  });

  it('checks an IBAN found in the notes on identifiers', () => {
    const client = frenchCompany({ identifiers: { siren: '732829320', other: 'IBAN FR76 3000 6000 0112 3456 7890 189' } });
    expect(only(runAutomaticChecks(client), 'iban')).toMatchObject({ item: 'bank-details-valid', state: 'done', evidenceParams: ['FR76 3000 6000 0112 3456 7890 189', 'FR'] });
  });

  it('keeps results to the items that apply: no VAT check for a US client', () => {
    const results = runAutomaticChecks(makeClient({ address: { country: 'US' }, identifiers: { vat: 'DE136695976' } }));
    expect(results.some((r) => r.item === 'vat-number-valid')).toBe(false);
  });
});
