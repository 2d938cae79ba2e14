import type { Agreement, Contact, Invoice, PaymentPlan } from '../../lib/model/billing';
import type { Client } from '../../lib/model/client';
import type { Money } from '../../lib/model/common';
import type { Settings } from '../../lib/model/settings';
import type { ClientSnapshot } from '../../lib/model/snapshot';

/**
 * The records unit tests are built from: each builder gives a valid record with plain defaults, and a
 * test overrides only the fields it is about.
 */

const CREATED = '2026-01-05T09:00:00.000Z';

/** An amount in minor units (cents): `usd(1_250)` is US$12.50. */
export const usd = (amount: number): Money => ({ amount, currency: 'USD' });
export const eur = (amount: number): Money => ({ amount, currency: 'EUR' });

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
  createdAt: CREATED,
  updatedAt: CREATED,
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

/** A page capture as the content scripts send it: an Upwork job page with nothing read; each test adds what it is about. */
export const makeSnapshot = (overrides: Partial<ClientSnapshot> = {}): ClientSnapshot => ({
  platform: 'upwork',
  pageKind: 'job',
  url: 'https://www.upwork.com/jobs/~021',
  capturedAt: '2026-03-15T09:00:00.000Z',
  client: {},
  signals: {},
  redFlags: [],
  fieldSources: {},
  ...overrides,
});

export const makeInvoice = (overrides: Partial<Invoice> = {}): Invoice => ({
  id: 'inv-1',
  clientId: 'client-1',
  number: '2026-001',
  issueDate: '2026-01-10',
  dueDate: '2026-02-09',
  amount: 1_200_00,
  taxAmount: 200_00,
  currency: 'EUR',
  status: 'sent',
  payments: [],
  chase: { stepsDone: [] },
  createdAt: CREATED,
  updatedAt: CREATED,
  ...overrides,
});

export const makeAgreement = (overrides: Partial<Agreement> = {}): Agreement => ({
  id: 'agr-1',
  clientId: 'client-1',
  title: 'Website redesign',
  pricing: { model: 'fixed', amount: 4_500_00, currency: 'EUR' },
  paymentTerms: { days: 30, endOfMonth: false },
  lateInterest: { basis: 'statutory' },
  jurisdiction: 'FR',
  signedByFreelancerOn: '2026-01-06',
  signedByClientOn: '2026-01-07',
  startsOn: '2026-01-08',
  invoiceRequirements: {},
  status: 'signed',
  createdAt: CREATED,
  updatedAt: CREATED,
  ...overrides,
});

export const makeContact = (overrides: Partial<Contact> = {}): Contact => ({
  id: 'contact-1',
  clientId: 'client-1',
  invoiceId: 'inv-1',
  on: '2026-02-10',
  channel: 'call',
  summary: 'Called about the invoice',
  ...overrides,
});

export const makePlan = (overrides: Partial<PaymentPlan> = {}): PaymentPlan => ({
  id: 'plan-1',
  clientId: 'client-1',
  invoiceIds: ['inv-1'],
  instalments: [
    { dueDate: '2026-03-01', amount: 400_00 },
    { dueDate: '2026-04-01', amount: 400_00 },
    { dueDate: '2026-05-01', amount: 400_00 },
  ],
  currency: 'EUR',
  signedByBothOn: '2026-02-20',
  createdAt: CREATED,
  ...overrides,
});

export const freelancer = (overrides: Partial<Settings['freelancer']> = {}): Settings['freelancer'] => ({
  name: 'Camille Martin',
  address: { street: '12 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'FR' },
  siren: '732829320',
  vat: 'FR44732829320',
  microEntrepreneur: false,
  ...overrides,
});
