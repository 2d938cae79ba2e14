import { z } from 'zod';
import {
  MAX_LONG_TEXT,
  calendarDate,
  currencyCode,
  httpUrl,
  id,
  instant,
  money,
  postalAddress,
  text,
} from './common';

/** Jurisdictions whose rules RULES.md encodes. */
export const jurisdiction = z.enum(['FR', 'EU', 'DE', 'UK', 'US']);
export type Jurisdiction = z.infer<typeof jurisdiction>;

export const paymentTerms = z.object({
  days: z.number().int().min(0).max(365),
  /** "45 days end of month": the term runs to the end of the month first (or after, see billing/due-date). */
  endOfMonth: z.boolean(),
});
export type PaymentTerms = z.infer<typeof paymentTerms>;

export const invoiceRequirements = z.object({
  billingAddress: postalAddress.optional(),
  poNumberRequired: z.boolean().optional(),
  poNumber: text(100).optional(),
  clientVatNumber: text(32).optional(),
  invoiceEmail: text(320).optional(),
  portal: text(500).optional(),
  reference: text(200).optional(),
  notes: text().optional(),
});
export type InvoiceRequirements = z.infer<typeof invoiceRequirements>;

export const agreementStatus = z.enum(['draft', 'sent', 'signed', 'ended']);

/** How the client accepted a delivery: in writing, on the platform, by paying for it, or by saying nothing in time. */
export const deliveryAcceptance = z.enum(['written', 'platform', 'payment', 'silence']);
export type DeliveryAcceptance = z.infer<typeof deliveryAcceptance>;

/** One thing handed over under the agreement, with the client's acceptance when there was one. */
export const delivery = z.object({
  on: calendarDate,
  what: text(),
  acceptedOn: calendarDate.optional(),
  acceptance: deliveryAcceptance.optional(),
  note: text().optional(),
});
export type Delivery = z.infer<typeof delivery>;

export const agreement = z.object({
  id,
  clientId: id,
  title: text(300).min(1, 'an agreement needs a title'),
  pricing: z.object({
    model: z.enum(['fixed', 'hourly', 'daily']),
    amount: z.number().int().nonnegative(),
    currency: currencyCode,
    /** Whether `amount` is before VAT (`excl`) or includes it; unset reads as `excl`, as freelancers quote. */
    vat: z.enum(['excl', 'incl']).optional(),
  }),
  deposit: money.optional(),
  paymentTerms: paymentTerms,
  lateInterest: z.object({
    basis: z.enum(['statutory', 'contract']),
    ratePercent: z.number().min(0).max(100).optional(),
  }),
  fixedRecoveryFee: money.optional(),
  jurisdiction: jurisdiction,
  startsOn: calendarDate.optional(),
  signedByFreelancerOn: calendarDate.optional(),
  signedByClientOn: calendarDate.optional(),
  documentUrl: httpUrl.optional(),
  invoiceRequirements: invoiceRequirements,
  status: agreementStatus,
  notes: text(MAX_LONG_TEXT).optional(),
  // Scope and delivery: what a dispute over "the work was not done" turns on.
  scope: text(MAX_LONG_TEXT).optional(),
  deliverables: z.array(text(300)).max(50).optional(),
  revisionRounds: z.number().int().min(0).max(50).optional(),
  acceptanceCriteria: text().optional(),
  deliveries: z.array(delivery).max(100).optional(),
  createdAt: instant,
  updatedAt: instant,
});
export type Agreement = z.infer<typeof agreement>;

export const invoiceStatus = z.enum(['draft', 'sent', 'paid', 'disputed', 'written-off']);
export type InvoiceStatus = z.infer<typeof invoiceStatus>;

export const payment = z.object({
  date: calendarDate,
  /** Minor units, in the invoice's currency. */
  amount: z.number().int().positive(),
  note: text(300).optional(),
});
export type Payment = z.infer<typeof payment>;

export const contactChannel = z.enum(['call', 'email', 'letter', 'registered-letter', 'platform']);
export type ContactChannel = z.infer<typeof contactChannel>;

/** Where an imported invoice came from: the file's name and SHA-256, never the file itself (lib/import). */
export const invoiceSource = z.object({
  format: z.enum(['factur-x', 'cii', 'ubl', 'csv']),
  fileName: text(260).min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 as 64 hex digits'),
  importedAt: instant,
});
export type InvoiceSource = z.infer<typeof invoiceSource>;

/** One line of an invoice as the freelancer wrote it; amounts in minor units, before VAT. */
export const invoiceLine = z.object({
  description: text(500).min(1, 'a line needs a description'),
  /** Thousandths allow "1.5 days" and "0.25 h" without floating-point drift. */
  quantityThousandths: z.number().int().positive().max(1_000_000_000),
  unitPrice: z.number().int().nonnegative(),
  /** VAT rate in percent (20, 5.5); absent when no VAT is charged (franchise, reverse charge, outside scope). */
  vatRatePercent: z.number().min(0).max(100).optional(),
});
export type InvoiceLine = z.infer<typeof invoiceLine>;

export const invoice = z.object({
  id,
  clientId: id,
  agreementId: id.optional(),
  number: text(64).min(1, 'an invoice needs a number'),
  issueDate: calendarDate,
  serviceDate: calendarDate.optional(),
  dueDate: calendarDate,
  /** Total including tax, minor units. Computed from `lines` or from the amount before VAT and its rate when entered so. */
  amount: z.number().int().nonnegative(),
  taxAmount: z.number().int().nonnegative(),
  /** The VAT rate when the invoice was entered as one amount before VAT; lines carry their own. */
  vatRatePercent: z.number().min(0).max(100).optional(),
  lines: z.array(invoiceLine).max(200).optional(),
  currency: currencyCode,
  poNumber: text(100).optional(),
  description: text().optional(),
  status: invoiceStatus,
  payments: z.array(payment).max(500),
  chase: z.object({
    pausedReason: text().optional(),
    stepsDone: z
      .array(z.object({ step: text(64), doneOn: calendarDate, channel: contactChannel }))
      .max(100),
  }),
  /** Mentions (lib/billing/rules/invoice-mentions ids) the user confirmed are printed on the invoice. */
  confirmedMentions: z.array(text(64)).max(100).optional(),
  /** Set when the invoice was imported from a Factur-X, UBL, CII or CSV file. */
  source: invoiceSource.optional(),
  createdAt: instant,
  updatedAt: instant,
}).superRefine((row, ctx) => {
  // The tax is part of the total, and an overpayment is refunded, not recorded: either would make
  // the balance, the badge and late interest wrong.
  if (row.taxAmount > row.amount) {
    ctx.addIssue({ code: 'custom', path: ['taxAmount'], message: 'the tax amount is more than the invoice amount' });
  }
  const paid = row.payments.reduce((sum, p) => sum + p.amount, 0);
  if (paid > row.amount) {
    ctx.addIssue({ code: 'custom', path: ['payments'], message: 'the payments add up to more than the invoice amount' });
  }
});
export type Invoice = z.infer<typeof invoice>;

export const paymentPlan = z.object({
  id,
  clientId: id,
  invoiceIds: z.array(id).min(1).max(100),
  instalments: z
    .array(z.object({ dueDate: calendarDate, amount: z.number().int().positive(), paidOn: calendarDate.optional() }))
    .min(1)
    .max(120),
  currency: currencyCode,
  signedByBothOn: calendarDate.optional(),
  documentUrl: httpUrl.optional(),
  createdAt: instant,
});
export type PaymentPlan = z.infer<typeof paymentPlan>;

/** The chase log: calls and messages with the reason given and the date promised. */
export const contact = z.object({
  id,
  clientId: id,
  invoiceId: id.optional(),
  on: calendarDate,
  channel: contactChannel,
  summary: text(),
  reasonGiven: text().optional(),
  promisedDate: calendarDate.optional(),
});
export type Contact = z.infer<typeof contact>;
