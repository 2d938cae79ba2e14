import { summarizeChase, type ChaseRecords } from '../../../lib/chase/invoice-chase';
import type { Client } from '../../../lib/model/client';
import type { Settings } from '../../../lib/model/settings';
import { makeAgreement, makeClient as savedClient, makeInvoice } from '../builders';

/** The client chased in these tests: the sample data's French company, with what a letter and a case file name. */
export const makeClient = (overrides: Partial<Client> = {}): Client =>
  savedClient({
    displayName: 'Atelier Lumière',
    legalName: 'Atelier Lumière SAS',
    contactName: 'Camille Durand',
    emails: ['camille@atelier-lumiere.example'],
    phones: ['+33155550123'],
    address: { street: '12 rue des Exemples', postalCode: '75011', city: 'Paris', country: 'FR' },
    identifiers: { siren: '123456782' },
    decision: { status: 'go' },
    ...overrides,
  });

export const SETTINGS: Pick<Settings, 'homeJurisdiction' | 'chase'> = { homeJurisdiction: 'FR' };

/**
 * The French ladder for an invoice due on 10 March 2026, looked at every day and each step done the day it comes up:
 * the days it names, the same whether the ladder is walked itself or through the popup's list of steps due.
 */
export const FR_STEPS_FOR_DUE_10_MARCH = [
  '2026-03-07 courtesy-due-soon',
  '2026-03-11 friendly-reminder',
  '2026-03-17 second-reminder',
  '2026-03-25 final-reminder',
  '2026-04-09 formal-notice',
  '2026-04-24 collection',
];

/**
 * EUR 5,000.00 due 31 Jan 2026, EUR 2,000.00 paid on 20 Feb, looked at on 31 Mar 2026 (see late-interest.test.ts):
 * interest 71.57 (1–19 Feb on 5,000 and 20 Feb–31 Mar on 3,000 at 12.15 %), fixed fee 40.00.
 */
export const worked = (overrides: Partial<ChaseRecords> = {}, today = '2026-03-31', settings = SETTINGS) =>
  summarizeChase(
    {
      invoice: makeInvoice({
        number: 'F2026-007',
        issueDate: '2026-01-01',
        dueDate: '2026-01-31',
        amount: 5_000_00,
        taxAmount: 833_33,
        payments: [{ date: '2026-02-20', amount: 2_000_00 }],
        poNumber: 'PO-77',
        agreementId: 'agr-1',
      }),
      client: makeClient(),
      agreement: makeAgreement(),
      contacts: [],
      plans: [],
      ...overrides,
    },
    settings,
    today,
  );
