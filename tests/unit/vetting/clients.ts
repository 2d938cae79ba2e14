import type { Client } from '../../../lib/model/client';

/** A saved client with nothing known beyond its name; each test adds what it is about. */
export const makeClient = (overrides: Partial<Client> = {}): Client => ({
  id: 'client-1',
  kind: 'company',
  displayName: 'Acme',
  emails: [],
  phones: [],
  identifiers: {},
  platformProfiles: [],
  decision: { status: 'pending' },
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
  ...overrides,
});

/** A French company that gave everything: valid SIREN, SIRET and VAT, phone, address, own domain. */
export const frenchCompany = (overrides: Partial<Client> = {}): Client =>
  makeClient({
    displayName: 'Atelier Dupont',
    legalName: 'ATELIER DUPONT SAS',
    contactName: 'Claire Dupont',
    emails: ['claire@atelier-dupont.fr'],
    phones: ['+33612345678'],
    website: 'https://www.atelier-dupont.fr',
    address: { street: '12 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'FR' },
    // One company's numbers, consistent with each other: SIRET = SIREN + 00074, VAT key 44.
    identifiers: { siren: '732829320', siret: '73282932000074', vat: 'FR44732829320' },
    ...overrides,
  });
