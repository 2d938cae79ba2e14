import { describe, expect, it } from 'vitest';
import { detectLegalForm, looksLikeCompany } from '../../../../lib/platforms/parse/legal-form';

describe('detectLegalForm', () => {
  it.each([
    ['Atelier Dupont SARL', 'SARL', 'FR'],
    ['S.A.S. Martin', 'SAS', 'FR'],
    ['Martin SASU', 'SASU', 'FR'],
    ['Dupont EURL', 'EURL', 'FR'],
    ['SCI Les Tilleuls', 'SCI', 'FR'],
    ['Dupont et Fils SNC', 'SNC', 'FR'],
    ['Acme Ltd', 'Ltd', 'GB'],
    ['Acme Limited', 'Ltd', 'GB'],
    ['Acme PLC', 'PLC', 'GB'],
    ['Müller GmbH & Co. KG', 'GmbH & Co. KG', 'DE'],
    ['Müller GmbH', 'GmbH', 'DE'],
    ['Nordlicht UG (haftungsbeschränkt)', 'UG (haftungsbeschränkt)', 'DE'],
    ['Globex LLC', 'LLC', 'US'],
    ['Acme Inc.', 'Inc', 'US'],
    ['Acme Corp', 'Corp', 'US'],
    ['Jansen BV', 'BV', 'NL'],
    ['Ibérica SL', 'SL', 'ES'],
    ['Rossi S.p.A.', 'SpA', 'IT'],
    ['Rossi S.r.l.', 'Srl', 'IT'],
    ['Polska sp. z o.o.', 'sp. z o.o.', 'PL'],
  ])('%s → %s', (name, form, country) => {
    expect(detectLegalForm(name)).toMatchObject({ form, country });
  });

  it('gives no country when the form is used in many', () => {
    expect(detectLegalForm('Nestlé SA')).toEqual({ form: 'SA' });
    expect(detectLegalForm('Zeta AG')).toEqual({ form: 'AG' });
  });

  it('marks sole-trader statuses', () => {
    expect(detectLegalForm('Marie Curie EI')).toEqual({ form: 'EI', country: 'FR', soleTrader: true });
    expect(detectLegalForm('Jean Martin, auto-entrepreneur')).toMatchObject({ form: 'micro-entreprise', soleTrader: true });
  });

  it('does not read ordinary words as forms', () => {
    expect(detectLegalForm('Jane Doe')).toBeUndefined();
    expect(detectLegalForm('ça va sa maison')).toBeUndefined();
    expect(detectLegalForm('')).toBeUndefined();
  });
});

describe('looksLikeCompany', () => {
  it('says yes for a legal form, a business word or "& Co"', () => {
    for (const name of ['Acme Ltd', 'Studio Lumen', 'Brightpeak Media', 'Dupont & Fils', 'Agence Horizon', 'acme.io'])
      expect(looksLikeCompany(name), name).toBe(true);
  });

  it('says no for people, sole traders and nothing', () => {
    for (const name of ['Jane Doe', 'Pierre Martin', 'Marie Curie EI', '', '   ']) expect(looksLikeCompany(name), name).toBe(false);
  });
});
