import { addDays } from '../calendar';
import type { Backup } from '../db/backup';
import { BACKUP_FORMAT } from '../db/backup';
import { SCHEMA_VERSION } from '../db/database';
import type { Agreement, Client, Invoice } from '../model';
import type { CalendarDate } from '../model/common';

/**
 * Invented clients, agreements and invoices for a first look (`npm start`, Settings › sample data).
 * Dates are relative to `today` so that exactly two invoices are overdue whatever the day.
 * Every name, address and number here is made up; identifiers pass their checksums but belong to no one.
 */
export const sampleData = (today: CalendarDate, now = new Date().toISOString()): Backup => {
  const stamp = { createdAt: now, updatedAt: now };
  const clients: Client[] = [
    {
      id: 'demo-client-atelier',
      kind: 'company',
      displayName: 'Atelier Lumière',
      legalName: 'Atelier Lumière SAS',
      contactName: 'Camille Durand',
      emails: ['camille@atelier-lumiere.example'],
      phones: ['+33155550123'],
      website: 'https://atelier-lumiere.example',
      address: { street: '12 rue des Exemples', postalCode: '75011', city: 'Paris', country: 'FR' },
      identifiers: { siren: '123456782', vat: 'FR11123456782' },
      platformProfiles: [],
      decision: { status: 'go', reason: 'Registry and phone checked, terms signed.', decidedAt: now },
      ...stamp,
    },
    {
      id: 'demo-client-northwind',
      kind: 'company',
      displayName: 'Northwind Studio Ltd',
      contactName: 'Sam Taylor',
      emails: ['accounts@northwind-studio.example'],
      phones: [],
      address: { city: 'Leeds', country: 'GB' },
      identifiers: { companyNumber: '01234567' },
      platformProfiles: [
        {
          platform: 'upwork',
          url: 'https://www.upwork.com/jobs/~021000000000000000001',
          externalId: '~021000000000000000001',
          signals: { paymentVerified: true, rating: 4.6, reviewsCount: 12, hireRatePercent: 72 },
          capturedAt: now,
        },
      ],
      decision: { status: 'caution', reason: 'Pays late but pays.', decidedAt: now },
      ...stamp,
    },
    {
      id: 'demo-client-marco',
      kind: 'individual',
      displayName: 'Marco Bianchi',
      emails: ['marco.bianchi@mail.example'],
      phones: [],
      address: { country: 'IT' },
      identifiers: {},
      platformProfiles: [],
      decision: { status: 'pending' },
      ...stamp,
    },
  ];
  const agreements: Agreement[] = [
    {
      id: 'demo-agreement-atelier',
      clientId: 'demo-client-atelier',
      title: 'Website redesign',
      pricing: { model: 'daily', amount: 55000, currency: 'EUR' },
      paymentTerms: { days: 30, endOfMonth: false },
      lateInterest: { basis: 'statutory' },
      fixedRecoveryFee: { amount: 4000, currency: 'EUR' },
      jurisdiction: 'FR',
      signedByFreelancerOn: addDays(today, -90),
      signedByClientOn: addDays(today, -88),
      invoiceRequirements: { poNumberRequired: true, poNumber: 'PO-2026-118', invoiceEmail: 'compta@atelier-lumiere.example' },
      status: 'signed',
      ...stamp,
    },
    {
      id: 'demo-agreement-northwind',
      clientId: 'demo-client-northwind',
      title: 'Brand illustrations',
      pricing: { model: 'fixed', amount: 320000, currency: 'GBP' },
      paymentTerms: { days: 30, endOfMonth: false },
      lateInterest: { basis: 'statutory' },
      jurisdiction: 'UK',
      signedByFreelancerOn: addDays(today, -60),
      signedByClientOn: addDays(today, -59),
      invoiceRequirements: {},
      status: 'signed',
      ...stamp,
    },
  ];
  const invoice = (
    id: string,
    clientId: string,
    agreementId: string | undefined,
    number: string,
    issuedDaysAgo: number,
    termDays: number,
    amount: number,
    taxAmount: number,
    currency: string,
    status: Invoice['status'],
    extra: Partial<Invoice> = {},
  ): Invoice => ({
    id,
    clientId,
    agreementId,
    number,
    issueDate: addDays(today, -issuedDaysAgo),
    dueDate: addDays(today, -issuedDaysAgo + termDays),
    amount,
    taxAmount,
    currency,
    status,
    payments: [],
    chase: { stepsDone: [] },
    ...stamp,
    ...extra,
  });
  const invoices: Invoice[] = [
    // Overdue by 12 days.
    invoice('demo-invoice-1', 'demo-client-atelier', 'demo-agreement-atelier', 'F2026-014', 42, 30, 660000, 110000, 'EUR', 'sent', {
      poNumber: 'PO-2026-118',
    }),
    // Overdue by 3 days, partly paid.
    invoice('demo-invoice-2', 'demo-client-northwind', 'demo-agreement-northwind', 'F2026-015', 33, 30, 160000, 0, 'GBP', 'sent', {
      payments: [{ date: addDays(today, -10), amount: 40000 }],
    }),
    // Due in 4 days.
    invoice('demo-invoice-3', 'demo-client-atelier', 'demo-agreement-atelier', 'F2026-016', 26, 30, 330000, 55000, 'EUR', 'sent', {
      poNumber: 'PO-2026-118',
    }),
    // Paid on time, 25 days ago: a check-in with Northwind is due (14 days by default).
    invoice('demo-invoice-4', 'demo-client-northwind', 'demo-agreement-northwind', 'F2026-013', 50, 30, 160000, 0, 'GBP', 'paid', {
      payments: [{ date: addDays(today, -25), amount: 160000 }],
    }),
    // Not sent yet.
    invoice('demo-invoice-5', 'demo-client-marco', undefined, 'F2026-017', 0, 30, 90000, 0, 'EUR', 'draft'),
  ];
  return { format: BACKUP_FORMAT, version: SCHEMA_VERSION, exportedAt: now, clients, agreements, invoices };
};
