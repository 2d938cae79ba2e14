import { describe, expect, it } from 'vitest';
import {
  EU_VAT_PREFIXES,
  digitsOnly,
  findSiren,
  findSiret,
  findUkCompanyNumbers,
  findVatNumbers,
  frenchVatFromSiren,
  isValidEuVat,
  isValidFrenchVat,
  isValidSiren,
  isValidSiret,
  isValidUkCompanyNumber,
  luhnValid,
  normaliseVat,
} from '../../../../lib/platforms/parse/identifiers';

// Public test vectors: the SIREN/SIRET/VAT examples of RULES.md and the brief, and numbers published by
// python-stdnum's test suite (tests/test_fr_siret.doctest, tests/test_eu_vat.doctest, LGPL), which
// collects VAT numbers businesses print on their sites. Personal numbers (ES DNI, RO CNP) are left out,
// except the textbook DNI 12345678Z and NIE X1234567L.

describe('SIREN and SIRET', () => {
  it.each(['732829320', '552100554', '732 829 320'])('accepts the valid SIREN %j (Luhn)', (siren) => {
    expect(isValidSiren(siren)).toBe(true);
  });

  it.each(['73282932000074', '732 829 320 00074', '314 901 323 00043', '329.338.88300153'])('accepts the valid SIRET %j (Luhn)', (siret) => {
    expect(isValidSiret(siret)).toBe(true);
  });

  // A wrong check digit, a wrong length, letters.
  it.each(['732829321', '73282932', '73282932O'])('refuses the SIREN %j', (siren) => {
    expect(isValidSiren(siren)).toBe(false);
  });

  it.each(['73282932000075', '7328293200007', '', undefined])('refuses the SIRET %j', (siret) => {
    expect(isValidSiret(siret)).toBe(false);
  });

  it('applies the La Poste exception: digit sum a multiple of 5, except the head office (Luhn)', () => {
    expect(luhnValid('35600000000048')).toBe(true);
    expect(isValidSiret('35600000000048')).toBe(true);
    // Digit sum 3+5+6+1+2+3+4+1 = 25, not a Luhn number.
    expect(luhnValid('35600000012341')).toBe(false);
    expect(isValidSiret('35600000012341')).toBe(true);
    // Digit sum 29.
    expect(isValidSiret('35600000012345')).toBe(false);
    expect(isValidSiret('356 000 000 09075')).toBe(true);
    expect(isValidSiret('35600000049837')).toBe(true);
    expect(isValidSiret('35600000049838')).toBe(false);
  });

  it('offers the digits of an identifier', () => {
    expect(digitsOnly('SIRET : 732 829 320 00074')).toBe('73282932000074');
    expect(digitsOnly(undefined)).toBe('');
  });
});

describe('French VAT', () => {
  it('derives the key from the SIREN: (12 + 3 × (SIREN mod 97)) mod 97', () => {
    expect(frenchVatFromSiren('732829320')).toBe('FR44732829320');
    expect(frenchVatFromSiren('552100554')).toBe('FR96552100554');
    expect(frenchVatFromSiren('732829321')).toBeUndefined();
  });

  it.each([
    ['FR44732829320', true],
    ['FR 44 732 829 320', true],
    ['fr44732829320', true],
    ['Fr 40 303 265 045', true],
    ['FR 84 323 140 392', true],
    ['FR 84 323 140 391', false],
    ['FR45732829320', false],
    // Monaco businesses registered for French VAT have no SIREN (the digits start 000).
    ['FR16000063601', true],
    // A letter key cannot be checked this way.
    ['FR K 7399859412', false],
  ])('checks the key of %j against the SIREN (valid: %s)', (vat, valid) => {
    expect(isValidFrenchVat(vat)).toBe(valid);
  });
});

describe('normaliseVat', () => {
  it('upper-cases, drops separators and writes Greece EL', () => {
    expect(normaliseVat(' fr 44.732-829 320 ')).toBe('FR44732829320');
    expect(normaliseVat('GR 094012834')).toBe('EL094012834');
    expect(normaliseVat('BE (0)468.561.072')).toBe('BE0468561072');
    expect(normaliseVat(null)).toBe('');
  });
});

describe('isValidEuVat', () => {
  it('covers the 27 member states and Northern Ireland', () => {
    expect(EU_VAT_PREFIXES).toHaveLength(28);
    expect(EU_VAT_PREFIXES).toContain('EL');
    expect(EU_VAT_PREFIXES).toContain('XI');
    expect(EU_VAT_PREFIXES).not.toContain('GR');
  });

  // Valid numbers: checksum verified for FR, DE, IT, BE, NL, ES; format only for the others.
  it.each([
    ['FR44732829320', 'FR', 'valid'],
    ['FR 13 393 892 815', 'FR', 'valid'],
    ['FR K 7399859412', 'FR', 'not-checked'],
    ['DE 118619592', 'DE', 'valid'],
    ['DE 181 207 708', 'DE', 'valid'],
    ['DE - 113866163', 'DE', 'valid'],
    ['DE136308783', 'DE', 'valid'],
    ['IT 00118439991', 'IT', 'valid'],
    ['IT - 01404480202', 'IT', 'valid'],
    ['IT00743110157', 'IT', 'valid'],
    ['BE 0202.239.951', 'BE', 'valid'],
    ['BE0428759497', 'BE', 'valid'],
    ['BE 444.503.092', 'BE', 'valid'],
    ['NL 806753742B01', 'NL', 'valid'],
    ['NL001162938B28', 'NL', 'valid'],
    ['NL.8186.43.778.B.01', 'NL', 'valid'],
    ['ES A-28184661', 'ES', 'valid'],
    ['ES B-58378431', 'ES', 'valid'],
    ['ES Q-2818015-F', 'ES', 'valid'],
    ['ES W4003922D', 'ES', 'valid'],
    ['ES 12345678Z', 'ES', 'valid'],
    ['ES X1234567L', 'ES', 'valid'],
    ['ATU 142 43 102', 'AT', 'not-checked'],
    ['BG 175074752', 'BG', 'not-checked'],
    ['CY 10246672X', 'CY', 'not-checked'],
    ['CZ 25123891', 'CZ', 'not-checked'],
    ['DK 10 50 32 80', 'DK', 'not-checked'],
    ['EE 100 931 558', 'EE', 'not-checked'],
    ['EL 094012834', 'GR', 'not-checked'],
    ['GR 094012834', 'GR', 'not-checked'],
    ['FI 02459042', 'FI', 'not-checked'],
    ['HR 12345678901', 'HR', 'not-checked'],
    ['HU 10672101', 'HU', 'not-checked'],
    ['IE 6433435F', 'IE', 'not-checked'],
    ['IE8D79739I', 'IE', 'not-checked'],
    ['LT 119511515', 'LT', 'not-checked'],
    ['LU 10059929', 'LU', 'not-checked'],
    ['LV 40003189718', 'LV', 'not-checked'],
    ['MT 17025737', 'MT', 'not-checked'],
    ['PL 5211355116', 'PL', 'not-checked'],
    ['PT 500 019 720', 'PT', 'not-checked'],
    ['RO 11358544', 'RO', 'not-checked'],
    ['SE 556058115801', 'SE', 'not-checked'],
    ['SI 26808498', 'SI', 'not-checked'],
    ['SK 2020257679', 'SK', 'not-checked'],
    ['XI 123456789', 'GB', 'not-checked'],
    ['XI GD123', 'GB', 'not-checked'],
  ])('%s', (vat, country, checksum) => {
    expect(isValidEuVat(vat)).toEqual({ formatValid: true, checksum, country });
  });

  it.each([
    'BE 0406.139.583',
    'BE 456.973.432',
    'DE 125014855',
    'DE 246 495 415',
    'ES K-2814015-F',
    'Es-a48951310',
    'FR 04409414264',
    'FR 21 326 565 603',
    'IT 00687129980',
    'NL 806753743B01',
  ])('%s has a wrong check digit', (vat) => {
    expect(isValidEuVat(vat)).toMatchObject({ formatValid: true, checksum: 'invalid' });
  });

  it.each(['ATU 1515B209', 'DE 011125440', 'NL 001241643801', 'NL 009122746B00', 'SK 012 274 96 19', 'FR000076090', 'ES B-583784312', 'GB123456789', 'QQ 124567', '', 'FR'])(
    '%s is not an EU VAT number',
    (vat) => {
      expect(isValidEuVat(vat)).toMatchObject({ formatValid: false, checksum: 'not-checked' });
    },
  );
});

describe('UK company numbers', () => {
  it('accepts 8 digits or a register prefix and 6 digits', () => {
    for (const n of ['01234567', 'SC123456', 'NI012345', 'OC301234', 'SO300123', 'NC001234', 'LP012345', 'R0000123', 'sc123456'])
      expect(isValidUkCompanyNumber(n), n).toBe(true);
  });

  it('refuses other shapes', () => {
    for (const n of ['1234567', '123456789', 'XX123456', 'SC12345', '00000000', ''])
      expect(isValidUkCompanyNumber(n), n).toBe(false);
  });
});

describe('finders', () => {
  const notice =
    'Atelier Brume SAS au capital de 10 000 €, RCS Paris B 732 829 320. SIRET : 732 829 320 00074. ' +
    'N° TVA intracommunautaire : FR 44 732829320. USt-IdNr.: DE 136 308 783; tva: fr44732829320, EL094012834.\n' +
    'Northwind Ltd, registered in England and Wales No. 1234567. Company number: SC123456.';

  it('finds SIRETs, labelled or in their printed grouping', () => {
    expect(findSiret('SIRET : 123 456 789 00012')).toEqual(['12345678900012']);
    expect(findSiret(notice)).toEqual(['73282932000074']);
    expect(findSiret('Siret: 73282932000074 and again 732 829 320 00074')).toEqual(['73282932000074']);
    // An unlabelled 14-digit number counts only with a valid checksum.
    expect(findSiret('order 12345678901234')).toEqual([]);
  });

  it('finds SIRENs after SIREN, RCS, RM labels and inside SIRETs and VAT numbers', () => {
    expect(findSiren('RCS Paris 123 456 789')).toEqual(['123456789']);
    expect(findSiren('R.C.S. Lyon B 552 100 554')).toEqual(['552100554']);
    expect(findSiren('SIREN : 552100554')).toEqual(['552100554']);
    expect(findSiren(notice)).toEqual(['732829320']);
    expect(findSiren('TVA FR96552100554')).toEqual(['552100554']);
    expect(findSiren('invoice 552 100 554')).toEqual([]);
  });

  it('finds EU VAT numbers, normalised', () => {
    expect(findVatNumbers('N° TVA FR 12 345678901')).toEqual(['FR12345678901']);
    expect(findVatNumbers(notice)).toEqual(['FR44732829320', 'DE136308783', 'EL094012834']);
    expect(findVatNumbers('VAT: GR 094012834.')).toEqual(['EL094012834']);
    expect(findVatNumbers('Belgian VAT BE 0428.759.497, then text')).toEqual(['BE0428759497']);
    expect(findVatNumbers('BTW NL806753742B01')).toEqual(['NL806753742B01']);
    expect(findVatNumbers('call DE 12 for details')).toEqual([]);
    expect(findVatNumbers('fr44732829320 without a label')).toEqual([]);
  });

  it('finds UK company numbers after a label, padded to 8', () => {
    expect(findUkCompanyNumbers(notice)).toEqual(['01234567', 'SC123456']);
    expect(findUkCompanyNumbers('Companies House 09876543')).toEqual(['09876543']);
    expect(findUkCompanyNumbers('order number 12345678')).toEqual([]);
  });

  it('survives nasty input', () => {
    const huge = '1'.repeat(1_000_000);
    expect(findSiret(huge)).toEqual([]);
    expect(findVatNumbers('FR'.repeat(100_000))).toEqual([]);
    expect(findSiren(null)).toEqual([]);
    expect(findUkCompanyNumbers('')).toEqual([]);
  });
});
