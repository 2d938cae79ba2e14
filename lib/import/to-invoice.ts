import { computeDueDate } from '../billing/due-date';
import type { CalendarDate, Client, Invoice, InvoiceSource, InvoiceStatus, Payment, PaymentTerms } from '../model';
import type { ImportedInvoice, ImportedParty } from './types';

/**
 * The one place where an imported invoice becomes ClientCheck's invoice and client. The invoice model holds
 * the total including tax (`amount`) and the VAT (`taxAmount`); the amount excluding tax is their difference.
 * When the model gains fields (amount excluding VAT, rates, lines), they are mapped here and nowhere else.
 */

/** The fields the preview shows and the user can correct, after the file and the user's edits. */
export interface InvoiceFields {
  number?: string;
  issueDate?: CalendarDate;
  dueDate?: CalendarDate;
  serviceDate?: CalendarDate;
  currency?: string;
  amount?: number;
  taxAmount?: number;
  netAmount?: number;
  paid?: number;
  poNumber?: string;
  description?: string;
  status: InvoiceStatus;
}

/** Where the due date came from: the file's date, the file's terms, or the terms the freelancer agreed or set. */
export type DueDateFrom = 'file' | 'file-terms' | 'agreement-terms' | 'settings-terms' | 'edited';

export interface DueDateChoice {
  dueDate?: CalendarDate;
  from?: DueDateFrom;
  terms?: PaymentTerms;
}

/** The file's due date, else one computed from the file's terms, else from the client's agreement or Settings. */
export const dueDateOf = (
  invoice: Pick<ImportedInvoice, 'dueDate' | 'terms'>,
  issueDate: CalendarDate | undefined,
  fallback: { terms: PaymentTerms; from: 'agreement-terms' | 'settings-terms' },
): DueDateChoice => {
  if (invoice.dueDate) return { dueDate: invoice.dueDate, from: 'file' };
  if (!issueDate) return {};
  const [terms, from] = invoice.terms ? [invoice.terms, 'file-terms' as const] : [fallback.terms, fallback.from];
  return { dueDate: computeDueDate(issueDate, terms).dueDate, from, terms };
};

/** What is still owed decides the status: a file that says it is all paid is imported as paid. */
export const statusOf = (invoice: Pick<ImportedInvoice, 'status'>, amount: number | undefined, paid: number | undefined): InvoiceStatus => {
  if (invoice.status === 'draft' || invoice.status === 'disputed') return invoice.status;
  if (amount !== undefined && paid !== undefined && paid >= amount && amount > 0) return 'paid';
  return invoice.status === 'written-off' ? 'written-off' : 'sent';
};

/**
 * Payments the file records. Factur-X's TotalPrepaidAmount (and UBL's PrepaidAmount) is money received before
 * the invoice, such as a deposit: dated on the issue date. A spreadsheet's "paid" column has no date of its own:
 * the due date when it has passed (the usual case for a settled invoice), else the issue date.
 */
export const paymentsOf = (paid: number | undefined, fields: Pick<InvoiceFields, 'issueDate' | 'dueDate'>, format: ImportedInvoice['format'], today: CalendarDate): Payment[] => {
  if (!paid || paid <= 0 || !fields.issueDate) return [];
  const date = format === 'csv' && fields.dueDate && fields.dueDate <= today ? fields.dueDate : fields.issueDate;
  return [{ date, amount: paid }];
};

/** How much the file says was paid: the prepaid amount, or the total less what is still due. */
export const paidOf = (invoice: Pick<ImportedInvoice, 'paid' | 'duePayable' | 'amount'>): number | undefined => {
  if (invoice.paid !== undefined) return invoice.paid;
  if (invoice.duePayable !== undefined && invoice.amount !== undefined && invoice.duePayable < invoice.amount) return invoice.amount - invoice.duePayable;
  return undefined;
};

export const fieldsFromImport = (invoice: ImportedInvoice): Omit<InvoiceFields, 'dueDate'> => ({
  number: invoice.number,
  issueDate: invoice.issueDate,
  serviceDate: invoice.serviceDate,
  currency: invoice.currency,
  amount: invoice.amount,
  taxAmount: invoice.taxAmount ?? (invoice.amount !== undefined && invoice.netAmount !== undefined ? invoice.amount - invoice.netAmount : undefined),
  netAmount: invoice.netAmount,
  paid: paidOf(invoice),
  poNumber: invoice.poNumber,
  description: invoice.description,
  status: statusOf(invoice, invoice.amount, paidOf(invoice)),
});

export interface InvoiceContext {
  id: string;
  clientId: string;
  source: InvoiceSource;
  now: string;
  today: CalendarDate;
  /** When replacing an invoice already recorded: its id, creation and chase history are kept. */
  replacing?: Pick<Invoice, 'id' | 'createdAt' | 'chase' | 'agreementId' | 'confirmedMentions'>;
}

/** The invoice to store; fields must be complete (the preview makes sure of it). */
export const invoiceFromFields = (fields: InvoiceFields, format: ImportedInvoice['format'], context: InvoiceContext): Invoice => ({
  id: context.replacing?.id ?? context.id,
  clientId: context.clientId,
  ...(context.replacing?.agreementId ? { agreementId: context.replacing.agreementId } : {}),
  number: fields.number!,
  issueDate: fields.issueDate!,
  ...(fields.serviceDate ? { serviceDate: fields.serviceDate } : {}),
  dueDate: fields.dueDate!,
  amount: fields.amount!,
  taxAmount: fields.taxAmount ?? 0,
  currency: fields.currency!,
  ...(fields.poNumber ? { poNumber: fields.poNumber } : {}),
  ...(fields.description ? { description: fields.description } : {}),
  status: statusOf({ status: fields.status }, fields.amount, fields.paid),
  payments: paymentsOf(fields.paid, fields, format, context.today),
  chase: context.replacing?.chase ?? { stepsDone: [] },
  ...(context.replacing?.confirmedMentions ? { confirmedMentions: context.replacing.confirmedMentions } : {}),
  source: context.source,
  createdAt: context.replacing?.createdAt ?? context.now,
  updatedAt: context.now,
});

/** A new client from the buyer an invoice names: a company when it has registration or VAT numbers. */
export const clientFromParty = (party: ImportedParty, name: string, id: string, now: string): Client => ({
  id,
  kind: party.siren || party.siret || party.vat ? 'company' : 'unknown',
  displayName: name,
  ...(party.name && party.name !== name ? { legalName: party.name } : {}),
  ...(party.contactName ? { contactName: party.contactName } : {}),
  emails: party.email ? [party.email.toLowerCase()] : [],
  phones: [],
  ...(party.address ? { address: party.address } : {}),
  identifiers: {
    ...(party.siren ? { siren: party.siren } : {}),
    ...(party.siret ? { siret: party.siret } : {}),
    ...(party.vat ? { vat: party.vat } : {}),
  },
  platformProfiles: [],
  decision: { status: 'pending' },
  createdAt: now,
  updatedAt: now,
});
