import type { Agreement, Contact, Invoice, PaymentPlan } from '../../../lib/model/billing';
import type { Settings } from '../../../lib/model/settings';

const CREATED = '2026-01-05T09:00:00.000Z';

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
