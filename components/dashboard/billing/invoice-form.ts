import { agreedDueDate, type AgreedDueDate } from '@/lib/billing/due-date';
import { decimalAmount } from '@/lib/billing/export-csv';
import { exactRateOf, totalsFromLines, totalsFromNet, type InvoiceTotals } from '@/lib/billing/invoice-totals';
import { checkInvoiceNumber, type NumberingCheck } from '@/lib/billing/numbering';
import { isCalendarDate } from '@/lib/calendar';
import { dateErrorKey } from '../../form';
import { parseAmountInput } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n/messages';
import { invoice as invoiceSchema, type Agreement, type Invoice, type InvoiceLine, type InvoiceStatus, type PaymentTerms } from '@/lib/model';

/**
 * The invoice editor's fields as typed, and the way to and from an `Invoice`. The due date is the one the
 * agreement's terms give unless the user set another (`dueDate` holds that override, empty otherwise).
 *
 * The amount is entered as freelancers think: before VAT, with a rate (`entry: 'net'`), or as lines of quantity ×
 * unit price, each with its rate (`entry: 'lines'`); VAT and the total are computed (lib/billing/invoice-totals).
 * Under a VAT franchise no rate is asked and no VAT charged. An invoice stored only as a total and a VAT amount
 * whose rate cannot be derived exactly (older or imported) keeps those figures as entered (`entry: 'as-entered'`).
 * The stored `amount` and `taxAmount` stay the totals every other module reads.
 */

export type AmountEntry = 'net' | 'lines' | 'as-entered';

export interface LineForm {
  description: string;
  quantity: string;
  unitPrice: string;
  /** The rate in percent as typed or chosen; empty under the franchise. */
  vatRate: string;
}

export interface InvoiceForm {
  clientId: string;
  agreementId: string;
  number: string;
  issueDate: string;
  serviceDate: string;
  /** An override of the agreed due date; empty when the agreed one applies. */
  dueDate: string;
  entry: AmountEntry;
  /** The amount before VAT (`entry: 'net'`). */
  net: string;
  /** The VAT rate in percent (`entry: 'net'`); empty under the franchise. */
  vatRate: string;
  lines: LineForm[];
  /** Total including VAT and VAT amount, as entered (`entry: 'as-entered'`). */
  amount: string;
  tax: string;
  currency: string;
  poNumber: string;
  description: string;
  status: InvoiceStatus;
}

export type InvoiceField = Exclude<keyof InvoiceForm, 'lines' | 'entry'> | `line${number}.${keyof LineForm}`;

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
  /** The rate offered first (the standard rate), or undefined under the franchise. */
  defaultRate?: number;
}): InvoiceForm => ({
  clientId: input.clientId,
  agreementId: input.agreement?.id ?? '',
  number: input.number,
  issueDate: input.today,
  serviceDate: '',
  dueDate: '',
  entry: 'net',
  net: '',
  vatRate: input.defaultRate === undefined ? '' : String(input.defaultRate),
  lines: [],
  amount: '',
  tax: '0',
  currency: input.agreement?.pricing.currency ?? input.defaultCurrency,
  poNumber: input.agreement?.invoiceRequirements.poNumber ?? '',
  description: '',
  // A new invoice is a draft: "Mark as sent" runs the before-sending check.
  status: 'draft',
});

export const blankLine = (vatRate: string): LineForm => ({ description: '', quantity: '1', unitPrice: '', vatRate });

/** What choosing an agreement brings into the form: its currency and its PO number, where the form has none. */
export const withAgreement = (form: InvoiceForm, agreement: InvoiceAgreement | undefined): InvoiceForm => ({
  ...form,
  agreementId: agreement?.id ?? '',
  currency: agreement && !form.amount.trim() && !form.net.trim() && form.lines.length === 0 ? agreement.pricing.currency : form.currency,
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

/** A rate as the form holds it: "20", "5.5". */
const rateText = (rate: number | undefined): string => (rate === undefined ? '' : String(rate));

/** "1.5" for 1,500 thousandths. */
const quantityText = (thousandths: number): string => String(thousandths / 1000);

/**
 * How an invoice's amounts open in the editor: its lines, or its amount before VAT and rate, or, for one stored
 * only as totals, the rate those totals were computed at when one of `rates` gives them exactly (no VAT at all
 * reads as the franchise, or 0 % when that is offered); otherwise the figures as entered.
 */
const amountsOfInvoice = (
  invoice: Invoice,
  rates: readonly number[],
  vatFranchise: boolean,
): Pick<InvoiceForm, 'entry' | 'net' | 'vatRate' | 'lines'> => {
  const net = decimalAmount(invoice.amount - invoice.taxAmount, invoice.currency);
  if (invoice.lines && invoice.lines.length > 0) {
    return {
      entry: 'lines',
      net: '',
      vatRate: '',
      lines: invoice.lines.map((line) => ({
        description: line.description,
        quantity: quantityText(line.quantityThousandths),
        unitPrice: decimalAmount(line.unitPrice, invoice.currency),
        vatRate: rateText(line.vatRatePercent),
      })),
    };
  }
  const stored = invoice.vatRatePercent;
  if (stored !== undefined && totalsFromNet(invoice.amount - invoice.taxAmount, stored).vat === invoice.taxAmount) {
    return { entry: 'net', net, vatRate: rateText(stored), lines: [] };
  }
  if (invoice.taxAmount === 0 && (vatFranchise || rates.includes(0))) {
    return { entry: 'net', net, vatRate: vatFranchise ? '' : '0', lines: [] };
  }
  const exact = vatFranchise ? undefined : exactRateOf(invoice.amount, invoice.taxAmount, rates);
  return exact === undefined ? { entry: 'as-entered', net: '', vatRate: '', lines: [] } : { entry: 'net', net, vatRate: rateText(exact), lines: [] };
};

export const formFromInvoice = (
  invoice: Invoice,
  agreement: Pick<Agreement, 'paymentTerms'> | undefined,
  defaultTerms: PaymentTerms,
  vat: { rates: readonly number[]; vatFranchise: boolean } = { rates: [], vatFranchise: false },
): InvoiceForm => {
  const agreed = agreedDueDate(invoice, agreement, defaultTerms);
  return {
    ...amountsOfInvoice(invoice, vat.rates, vat.vatFranchise),
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
  /** No VAT is charged (legalStatusOf(settings.freelancer)?.vatFranchise). */
  vatFranchise?: boolean;
}

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

export const numberingOfForm = (form: InvoiceForm, others: InvoiceContext['others']): NumberingCheck =>
  checkInvoiceNumber(form.number, isCalendarDate(form.issueDate) ? form.issueDate : '9999-12-31', others);

/** A rate as typed: "20", "5,5", "5.5 %". */
export const parseRate = (input: string): number | undefined => {
  const cleaned = input.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,3})?$/.test(cleaned)) return undefined;
  const rate = Number(cleaned);
  return rate <= 100 ? rate : undefined;
};

/** A quantity as typed ("1.5", "0,25", "3") in thousandths, or undefined. */
export const parseQuantity = (input: string): number | undefined => {
  const cleaned = input.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,3})?$/.test(cleaned)) return undefined;
  const [whole, fraction = ''] = cleaned.split('.');
  const thousandths = Number(whole) * 1000 + Number(fraction.padEnd(3, '0'));
  return thousandths > 0 && Number.isSafeInteger(thousandths) ? thousandths : undefined;
};

interface FormAmounts {
  amount?: number;
  taxAmount?: number;
  vatRatePercent?: number;
  lines?: InvoiceLine[];
  totals?: InvoiceTotals;
  errors: Partial<Record<InvoiceField, FieldError>>;
}

/**
 * The totals the form's amounts give, or the fields to correct. Under the franchise rates are ignored: no VAT
 * is charged whatever was typed before the status was set.
 */
export const amountsOfForm = (
  form: Pick<InvoiceForm, 'entry' | 'net' | 'vatRate' | 'lines' | 'amount' | 'tax'>,
  currency: string,
  vatFranchise: boolean,
): FormAmounts => {
  const errors: FormAmounts['errors'] = {};
  const rateOf = (input: string, field: InvoiceField): number | undefined => {
    if (vatFranchise) return undefined;
    const rate = parseRate(input);
    if (rate === undefined) errors[field] = { key: 'billing_error_vat_rate' };
    return rate;
  };
  if (form.entry === 'as-entered') {
    const amount = parseAmountInput(form.amount, currency);
    const tax = parseAmountInput(form.tax.trim() || '0', currency);
    if (amount === undefined) errors.amount = { key: 'invoiceBadAmount' };
    if (tax === undefined) errors.tax = { key: 'invoiceBadAmount' };
    else if (amount !== undefined && tax > amount) errors.tax = { key: 'invoiceTaxAboveAmount' };
    return Object.keys(errors).length > 0 ? { errors } : { amount, taxAmount: tax, errors };
  }
  if (form.entry === 'lines') {
    if (form.lines.length === 0) errors.net = { key: 'billing_error_no_lines' };
    const lines: InvoiceLine[] = [];
    form.lines.forEach((line, i) => {
      const description = line.description.trim();
      const quantity = parseQuantity(line.quantity);
      const unitPrice = parseAmountInput(line.unitPrice, currency);
      const rate = rateOf(line.vatRate, `line${i}.vatRate`);
      if (!description) errors[`line${i}.description`] = { key: 'required' };
      if (quantity === undefined) errors[`line${i}.quantity`] = { key: 'billing_error_quantity' };
      if (unitPrice === undefined) errors[`line${i}.unitPrice`] = { key: 'invoiceBadAmount' };
      if (description && quantity !== undefined && unitPrice !== undefined) {
        lines.push({ description, quantityThousandths: quantity, unitPrice, ...(rate !== undefined ? { vatRatePercent: rate } : {}) });
      }
    });
    if (Object.keys(errors).length > 0) return { errors };
    const totals = totalsFromLines(lines);
    return { amount: totals.total, taxAmount: totals.vat, lines, totals, errors };
  }
  const net = parseAmountInput(form.net, currency);
  if (net === undefined) errors.net = { key: 'invoiceBadAmount' };
  const rate = rateOf(form.vatRate, 'vatRate');
  if (Object.keys(errors).length > 0) return { errors };
  const totals = totalsFromNet(net!, rate);
  return { amount: totals.total, taxAmount: totals.vat, ...(rate !== undefined ? { vatRatePercent: rate } : {}), totals, errors };
};

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
  const amounts = amountsOfForm(form, currency, !!context.vatFranchise);
  Object.assign(errors, amounts.errors);
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
    amount: amounts.amount!,
    taxAmount: amounts.taxAmount!,
    ...(amounts.vatRatePercent !== undefined ? { vatRatePercent: amounts.vatRatePercent } : {}),
    ...(amounts.lines ? { lines: amounts.lines } : {}),
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
    const amountField: InvoiceField = form.entry === 'as-entered' ? 'amount' : 'net';
    const known: InvoiceField =
      field === 'amount' || field === 'taxAmount' || field === 'lines' || field === 'vatRatePercent'
        ? amountField
        : field in form && field !== 'lines' && field !== 'entry'
          ? (field as InvoiceField)
          : 'number';
    const invalid: FieldError = { key: 'billing_error_invalid' };
    return { errors: { [known]: invalid } };
  }
  return { invoice: checked.data, errors: {} };
};
