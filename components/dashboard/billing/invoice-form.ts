import { agreedDueDate, type AgreedDueDate } from '@/lib/billing/due-date';
import { decimalAmount } from '@/lib/billing/export-csv';
import { checkInvoiceNumber, type NumberingCheck } from '@/lib/billing/numbering';
import { isCalendarDate } from '@/lib/calendar-date';
import { dateErrorKey } from '../../form';
import { parseAmountInput } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n/messages';
import { invoice as invoiceSchema, type Agreement, type Invoice, type InvoiceStatus, type PaymentTerms } from '@/lib/model';

/**
 * The invoice editor's fields as typed, and the way to and from an `Invoice`. The due date is the one the
 * agreement's terms give unless the user set another (`dueDate` holds that override, empty otherwise).
 */

export interface InvoiceForm {
  clientId: string;
  agreementId: string;
  number: string;
  issueDate: string;
  serviceDate: string;
  /** An override of the agreed due date; empty when the agreed one applies. */
  dueDate: string;
  amount: string;
  tax: string;
  currency: string;
  poNumber: string;
  description: string;
  status: InvoiceStatus;
}

export type InvoiceField = keyof InvoiceForm;

export interface FieldError {
  key: MessageKey;
  params?: string[];
}

type InvoiceAgreement = Pick<Agreement, 'id' | 'paymentTerms' | 'pricing' | 'invoiceRequirements'>;

export const blankInvoiceForm = (input: {
  clientId: string;
  agreement?: InvoiceAgreement;
  number: string;
  today: string;
  defaultCurrency: string;
}): InvoiceForm => ({
  clientId: input.clientId,
  agreementId: input.agreement?.id ?? '',
  number: input.number,
  issueDate: input.today,
  serviceDate: '',
  dueDate: '',
  amount: '',
  tax: '0',
  currency: input.agreement?.pricing.currency ?? input.defaultCurrency,
  poNumber: input.agreement?.invoiceRequirements.poNumber ?? '',
  description: '',
  // Most invoices are recorded as they go out; a draft is chosen to run the checklist before sending.
  status: 'sent',
});

/** What choosing an agreement brings into the form: its currency and its PO number, where the form has none. */
export const withAgreement = (form: InvoiceForm, agreement: InvoiceAgreement | undefined): InvoiceForm => ({
  ...form,
  agreementId: agreement?.id ?? '',
  currency: agreement && !form.amount.trim() ? agreement.pricing.currency : form.currency,
  poNumber: form.poNumber.trim() ? form.poNumber : (agreement?.invoiceRequirements.poNumber ?? ''),
});

/** The due date the terms give for the dates in the form, or undefined while the issue date is not a date. */
export const agreedDueDateOfForm = (
  form: Pick<InvoiceForm, 'issueDate' | 'serviceDate'>,
  agreement: Pick<Agreement, 'paymentTerms'> | undefined,
  defaultTerms: PaymentTerms,
): AgreedDueDate | undefined =>
  isCalendarDate(form.issueDate)
    ? agreedDueDate(
        { issueDate: form.issueDate, ...(isCalendarDate(form.serviceDate) ? { serviceDate: form.serviceDate } : {}) },
        agreement,
        defaultTerms,
      )
    : undefined;

export const formFromInvoice = (
  invoice: Invoice,
  agreement: Pick<Agreement, 'paymentTerms'> | undefined,
  defaultTerms: PaymentTerms,
): InvoiceForm => {
  const agreed = agreedDueDate(invoice, agreement, defaultTerms);
  return {
    clientId: invoice.clientId,
    agreementId: invoice.agreementId ?? '',
    number: invoice.number,
    issueDate: invoice.issueDate,
    serviceDate: invoice.serviceDate ?? '',
    dueDate: invoice.dueDate === agreed.dueDate ? '' : invoice.dueDate,
    amount: decimalAmount(invoice.amount, invoice.currency),
    tax: decimalAmount(invoice.taxAmount, invoice.currency),
    currency: invoice.currency,
    poNumber: invoice.poNumber ?? '',
    description: invoice.description ?? '',
    status: invoice.status,
  };
};

export interface InvoiceContext {
  /** The invoice being edited, or the id and creation time a new one gets. */
  base: Pick<Invoice, 'id' | 'createdAt'> & Partial<Pick<Invoice, 'payments' | 'chase' | 'confirmedMentions'>>;
  agreement?: Pick<Agreement, 'id' | 'paymentTerms' | 'invoiceRequirements'>;
  defaultTerms: PaymentTerms;
  /** Every other invoice's number and date, for the duplicate check. */
  others: readonly Pick<Invoice, 'number' | 'issueDate'>[];
  now: string;
}

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

export const numberingOfForm = (form: InvoiceForm, others: InvoiceContext['others']): NumberingCheck =>
  checkInvoiceNumber(form.number, isCalendarDate(form.issueDate) ? form.issueDate : '9999-12-31', others);

/** The invoice the form describes, or the fields to correct. */
export const invoiceFromForm = (
  form: InvoiceForm,
  context: InvoiceContext,
): { invoice?: Invoice; errors: Partial<Record<InvoiceField, FieldError>> } => {
  const errors: Partial<Record<InvoiceField, FieldError>> = {};
  const currency = form.currency.trim().toUpperCase();
  if (!form.clientId) errors.clientId = { key: 'required' };
  const number = form.number.trim();
  if (!number) errors.number = { key: 'required' };
  else {
    const duplicate = checkInvoiceNumber(number, form.issueDate, context.others).duplicateOf;
    if (duplicate) errors.number = { key: 'billing_error_number_used', params: [duplicate.number] };
  }
  if (!isCalendarDate(form.issueDate)) errors.issueDate = { key: dateErrorKey(form.issueDate)! };
  if (form.serviceDate && !isCalendarDate(form.serviceDate)) errors.serviceDate = { key: dateErrorKey(form.serviceDate)! };
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = { key: 'billing_error_currency' };
  const amount = parseAmountInput(form.amount, currency);
  const tax = parseAmountInput(form.tax.trim() || '0', currency);
  if (amount === undefined) errors.amount = { key: 'invoiceBadAmount' };
  if (tax === undefined) errors.tax = { key: 'invoiceBadAmount' };
  else if (amount !== undefined && tax > amount) errors.tax = { key: 'invoiceTaxAboveAmount' };
  const agreed = agreedDueDateOfForm(form, context.agreement, context.defaultTerms);
  const dueDate = optional(form.dueDate) ?? agreed?.dueDate;
  if (form.dueDate && !isCalendarDate(form.dueDate)) errors.dueDate = { key: dateErrorKey(form.dueDate)! };
  else if (dueDate && isCalendarDate(form.issueDate) && dueDate < form.issueDate) errors.dueDate = { key: 'invoiceDueBeforeIssue' };
  const poNumber = optional(form.poNumber);
  if (!poNumber && context.agreement?.invoiceRequirements.poNumberRequired) errors.poNumber = { key: 'billing_error_po_required' };
  if (Object.keys(errors).length > 0 || !dueDate) return { errors };

  const candidate: Invoice = {
    id: context.base.id,
    clientId: form.clientId,
    ...(form.agreementId ? { agreementId: form.agreementId } : {}),
    number,
    issueDate: form.issueDate,
    ...(optional(form.serviceDate) ? { serviceDate: form.serviceDate } : {}),
    dueDate,
    amount: amount!,
    taxAmount: tax!,
    currency,
    ...(poNumber ? { poNumber } : {}),
    ...(optional(form.description) ? { description: form.description.trim() } : {}),
    status: form.status,
    payments: context.base.payments ?? [],
    chase: context.base.chase ?? { stepsDone: [] },
    ...(context.base.confirmedMentions ? { confirmedMentions: context.base.confirmedMentions } : {}),
    createdAt: context.base.createdAt,
    updatedAt: context.now,
  };
  const checked = invoiceSchema.safeParse(candidate);
  if (!checked.success) {
    const field = String(checked.error.issues[0]?.path[0] ?? 'number');
    const known: InvoiceField = field in form ? (field as InvoiceField) : field === 'taxAmount' ? 'tax' : 'number';
    return { errors: { [known]: { key: 'billing_error_invalid' } } };
  }
  return { invoice: checked.data, errors: {} };
};
