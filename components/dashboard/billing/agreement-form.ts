import { isHttpUrl } from '@/lib/text';
import { decimalAmount } from '@/lib/billing/export-csv';
import { parseAmountInput } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n/messages';
import { isCalendarDate } from '@/lib/calendar';
import { dateErrorKey } from '../../form';
import {
  agreement as agreementSchema,
  type Agreement,
  type Delivery,
  type DeliveryAcceptance,
  type Jurisdiction,
  type Money,
  type PostalAddress,
} from '@/lib/model';
import type { Settings } from '@/lib/model/settings';

/**
 * The agreement editor's fields as typed (strings and ticks), and the way to and from an `Agreement`. Kept out
 * of the component so that the parsing rules are tested without a DOM.
 */

export type PricingModel = Agreement['pricing']['model'];
export type AgreementStatus = Agreement['status'];
export type InterestBasis = Agreement['lateInterest']['basis'];

export interface AgreementForm {
  title: string;
  status: AgreementStatus;
  jurisdiction: Jurisdiction;
  pricingModel: PricingModel;
  pricingAmount: string;
  /** Whether the price is before VAT (`excl`, as freelancers quote) or includes it. */
  pricingVat: 'excl' | 'incl';
  currency: string;
  deposit: string;
  termsDays: string;
  endOfMonth: boolean;
  interestBasis: InterestBasis;
  contractRate: string;
  recoveryFee: string;
  recoveryFeeCurrency: string;
  startsOn: string;
  signedByFreelancerOn: string;
  signedByClientOn: string;
  documentUrl: string;
  billingStreet: string;
  billingPostalCode: string;
  billingCity: string;
  billingCountry: string;
  poNumberRequired: boolean;
  poNumber: string;
  clientVatNumber: string;
  invoiceEmail: string;
  portal: string;
  reference: string;
  requirementNotes: string;
  notes: string;
  scope: string;
  /** One deliverable per line. */
  deliverables: string;
  revisionRounds: string;
  acceptanceCriteria: string;
}

export type AgreementField = keyof AgreementForm;
export type FormErrors<F extends string> = Partial<Record<F, MessageKey>>;

const amountText = (money: Money | undefined): string => (money ? decimalAmount(money.amount, money.currency) : '');

export const blankAgreementForm = (settings: Pick<Settings, 'homeJurisdiction' | 'defaultCurrency' | 'defaultTerms'>): AgreementForm => ({
  title: '',
  status: 'draft',
  jurisdiction: settings.homeJurisdiction,
  pricingModel: 'fixed',
  pricingAmount: '',
  pricingVat: 'excl',
  currency: settings.defaultCurrency,
  deposit: '',
  termsDays: String(settings.defaultTerms.days),
  endOfMonth: settings.defaultTerms.endOfMonth,
  interestBasis: 'statutory',
  contractRate: '',
  recoveryFee: '',
  recoveryFeeCurrency: settings.defaultCurrency,
  startsOn: '',
  signedByFreelancerOn: '',
  signedByClientOn: '',
  documentUrl: '',
  billingStreet: '',
  billingPostalCode: '',
  billingCity: '',
  billingCountry: '',
  poNumberRequired: false,
  poNumber: '',
  clientVatNumber: '',
  invoiceEmail: '',
  portal: '',
  reference: '',
  requirementNotes: '',
  notes: '',
  scope: '',
  deliverables: '',
  revisionRounds: '',
  acceptanceCriteria: '',
});

/**
 * An agreement both parties signed is no longer a draft or merely sent: it is signed. An ended one stays ended,
 * and a signed one whose dates are cleared keeps the status the user chose.
 */
export const statusAfterSignatures = (
  status: AgreementStatus,
  signedByFreelancerOn: string | undefined,
  signedByClientOn: string | undefined,
): AgreementStatus => (signedByFreelancerOn && signedByClientOn && (status === 'draft' || status === 'sent') ? 'signed' : status);

export const formFromAgreement = (a: Agreement): AgreementForm => {
  const r = a.invoiceRequirements;
  return {
    title: a.title,
    status: a.status,
    jurisdiction: a.jurisdiction,
    pricingModel: a.pricing.model,
    pricingAmount: decimalAmount(a.pricing.amount, a.pricing.currency),
    pricingVat: a.pricing.vat ?? 'excl',
    currency: a.pricing.currency,
    deposit: amountText(a.deposit),
    termsDays: String(a.paymentTerms.days),
    endOfMonth: a.paymentTerms.endOfMonth,
    interestBasis: a.lateInterest.basis,
    contractRate: a.lateInterest.ratePercent === undefined ? '' : String(a.lateInterest.ratePercent),
    recoveryFee: amountText(a.fixedRecoveryFee),
    recoveryFeeCurrency: a.fixedRecoveryFee?.currency ?? a.pricing.currency,
    startsOn: a.startsOn ?? '',
    signedByFreelancerOn: a.signedByFreelancerOn ?? '',
    signedByClientOn: a.signedByClientOn ?? '',
    documentUrl: a.documentUrl ?? '',
    billingStreet: r.billingAddress?.street ?? '',
    billingPostalCode: r.billingAddress?.postalCode ?? '',
    billingCity: r.billingAddress?.city ?? '',
    billingCountry: r.billingAddress?.country ?? '',
    poNumberRequired: r.poNumberRequired ?? false,
    poNumber: r.poNumber ?? '',
    clientVatNumber: r.clientVatNumber ?? '',
    invoiceEmail: r.invoiceEmail ?? '',
    portal: r.portal ?? '',
    reference: r.reference ?? '',
    requirementNotes: r.notes ?? '',
    notes: a.notes ?? '',
    scope: a.scope ?? '',
    deliverables: (a.deliverables ?? []).join('\n'),
    revisionRounds: a.revisionRounds === undefined ? '' : String(a.revisionRounds),
    acceptanceCriteria: a.acceptanceCriteria ?? '',
  };
};

/** "12,15" or "12.15" → 12.15; undefined when it is not a percentage. */
export const parsePercent = (input: string): number | undefined => {
  const cleaned = input.replace(/[\s%\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return value <= 100 ? value : undefined;
};

const parseDays = (input: string): number | undefined => {
  const trimmed = input.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const days = Number(trimmed);
  return days <= 365 ? days : undefined;
};

const MAX_DELIVERABLES = 50;
const MAX_DELIVERABLE_LENGTH = 300;
const MAX_DELIVERIES = 100;

/** "2" → 2; undefined when it is not a whole number of rounds from 0 to 50. */
export const parseRevisionRounds = (input: string): number | undefined => {
  const trimmed = input.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return undefined;
  const rounds = Number(trimmed);
  return rounds <= 50 ? rounds : undefined;
};

/** One deliverable per non-blank line, trimmed. */
export const parseDeliverables = (input: string): string[] =>
  input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** The part of the form `termWarnings` reads, parsed leniently so warnings follow the typing. */
export const termsOfForm = (
  form: AgreementForm,
  createdAt: string,
): Pick<Agreement, 'paymentTerms' | 'lateInterest' | 'signedByFreelancerOn' | 'signedByClientOn' | 'startsOn' | 'createdAt' | 'jurisdiction'> => {
  const rate = parsePercent(form.contractRate);
  return {
    paymentTerms: { days: parseDays(form.termsDays) ?? 0, endOfMonth: form.endOfMonth },
    lateInterest: { basis: form.interestBasis, ...(form.interestBasis === 'contract' && rate !== undefined ? { ratePercent: rate } : {}) },
    signedByFreelancerOn: optional(form.signedByFreelancerOn),
    signedByClientOn: optional(form.signedByClientOn),
    startsOn: optional(form.startsOn),
    createdAt,
    jurisdiction: form.jurisdiction,
  };
};

const FIELD_OF_PATH: Readonly<Record<string, AgreementField>> = {
  title: 'title',
  notes: 'notes',
  scope: 'scope',
  acceptanceCriteria: 'acceptanceCriteria',
  documentUrl: 'documentUrl',
  poNumber: 'poNumber',
  clientVatNumber: 'clientVatNumber',
  invoiceEmail: 'invoiceEmail',
  portal: 'portal',
  reference: 'reference',
  street: 'billingStreet',
  postalCode: 'billingPostalCode',
  city: 'billingCity',
};

const fieldOfPath = (path: readonly PropertyKey[]): AgreementField => {
  const names = path.map(String);
  if (names[0] === 'invoiceRequirements' && names[1] === 'notes') return 'requirementNotes';
  if (names[0] === 'deliverables') return 'deliverables';
  return FIELD_OF_PATH[names.at(-1) ?? ''] ?? 'title';
};

export interface AgreementIdentity {
  id: string;
  clientId: string;
  createdAt: string;
}

/**
 * The agreement the form describes, or the fields to correct (each with the message to show under it). What the
 * form does not edit (the deliveries, recorded from the agreement's card) is kept from `previous`.
 */
export const agreementFromForm = (
  form: AgreementForm,
  identity: AgreementIdentity,
  now: string,
  previous?: Pick<Agreement, 'deliveries'>,
): { agreement?: Agreement; errors: FormErrors<AgreementField> } => {
  const errors: FormErrors<AgreementField> = {};
  const currency = form.currency.trim().toUpperCase();
  const feeCurrency = form.recoveryFeeCurrency.trim().toUpperCase() || currency;
  if (!form.title.trim()) errors.title = 'required';
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = 'billing_error_currency';
  if (!/^[A-Z]{3}$/.test(feeCurrency)) errors.recoveryFeeCurrency = 'billing_error_currency';
  const amount = parseAmountInput(form.pricingAmount, currency);
  if (amount === undefined) errors.pricingAmount = 'billing_error_amount';
  const deposit = optional(form.deposit) === undefined ? undefined : parseAmountInput(form.deposit, currency);
  if (optional(form.deposit) !== undefined && deposit === undefined) errors.deposit = 'billing_error_amount';
  const fee = optional(form.recoveryFee) === undefined ? undefined : parseAmountInput(form.recoveryFee, feeCurrency);
  if (optional(form.recoveryFee) !== undefined && fee === undefined) errors.recoveryFee = 'billing_error_amount';
  const days = parseDays(form.termsDays);
  if (days === undefined) errors.termsDays = 'billing_error_days';
  const rate = optional(form.contractRate) === undefined ? undefined : parsePercent(form.contractRate);
  if (form.interestBasis === 'contract' && optional(form.contractRate) !== undefined && rate === undefined) {
    errors.contractRate = 'billing_error_percent';
  }
  const documentUrl = optional(form.documentUrl);
  if (documentUrl && !isHttpUrl(documentUrl)) errors.documentUrl = 'billing_error_url';
  const country = form.billingCountry.trim().toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country)) errors.billingCountry = 'billing_error_country';
  const email = optional(form.invoiceEmail);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.invoiceEmail = 'billing_error_email';
  const revisionRounds = optional(form.revisionRounds) === undefined ? undefined : parseRevisionRounds(form.revisionRounds);
  if (optional(form.revisionRounds) !== undefined && revisionRounds === undefined) errors.revisionRounds = 'billing_error_revisions';
  const deliverables = parseDeliverables(form.deliverables);
  if (deliverables.length > MAX_DELIVERABLES || deliverables.some((d) => d.length > MAX_DELIVERABLE_LENGTH)) {
    errors.deliverables = 'billing_error_deliverables';
  }
  for (const field of ['startsOn', 'signedByFreelancerOn', 'signedByClientOn'] as const) {
    const typed = optional(form[field]);
    if (typed && !isCalendarDate(typed)) errors[field] = dateErrorKey(typed)!;
  }
  if (Object.keys(errors).length > 0) return { errors };

  const billingAddress: PostalAddress = {
    ...(optional(form.billingStreet) ? { street: form.billingStreet.trim() } : {}),
    ...(optional(form.billingPostalCode) ? { postalCode: form.billingPostalCode.trim() } : {}),
    ...(optional(form.billingCity) ? { city: form.billingCity.trim() } : {}),
    ...(country ? { country } : {}),
  };
  const candidate: Agreement = {
    id: identity.id,
    clientId: identity.clientId,
    title: form.title.trim(),
    pricing: { model: form.pricingModel, amount: amount!, currency, vat: form.pricingVat },
    ...(deposit !== undefined ? { deposit: { amount: deposit, currency } } : {}),
    paymentTerms: { days: days!, endOfMonth: form.endOfMonth },
    lateInterest: { basis: form.interestBasis, ...(form.interestBasis === 'contract' && rate !== undefined ? { ratePercent: rate } : {}) },
    ...(fee !== undefined ? { fixedRecoveryFee: { amount: fee, currency: feeCurrency } } : {}),
    jurisdiction: form.jurisdiction,
    ...(optional(form.startsOn) ? { startsOn: form.startsOn } : {}),
    ...(optional(form.signedByFreelancerOn) ? { signedByFreelancerOn: form.signedByFreelancerOn } : {}),
    ...(optional(form.signedByClientOn) ? { signedByClientOn: form.signedByClientOn } : {}),
    ...(documentUrl ? { documentUrl } : {}),
    invoiceRequirements: {
      ...(Object.keys(billingAddress).length > 0 ? { billingAddress } : {}),
      ...(form.poNumberRequired ? { poNumberRequired: true } : {}),
      ...(optional(form.poNumber) ? { poNumber: form.poNumber.trim() } : {}),
      ...(optional(form.clientVatNumber) ? { clientVatNumber: form.clientVatNumber.trim().toUpperCase() } : {}),
      ...(email ? { invoiceEmail: email } : {}),
      ...(optional(form.portal) ? { portal: form.portal.trim() } : {}),
      ...(optional(form.reference) ? { reference: form.reference.trim() } : {}),
      ...(optional(form.requirementNotes) ? { notes: form.requirementNotes.trim() } : {}),
    },
    status: statusAfterSignatures(form.status, optional(form.signedByFreelancerOn), optional(form.signedByClientOn)),
    ...(optional(form.notes) ? { notes: form.notes.trim() } : {}),
    ...(optional(form.scope) ? { scope: form.scope.trim() } : {}),
    ...(deliverables.length > 0 ? { deliverables } : {}),
    ...(revisionRounds !== undefined ? { revisionRounds } : {}),
    ...(optional(form.acceptanceCriteria) ? { acceptanceCriteria: form.acceptanceCriteria.trim() } : {}),
    ...(previous?.deliveries?.length ? { deliveries: previous.deliveries } : {}),
    createdAt: identity.createdAt,
    updatedAt: now,
  };
  const checked = agreementSchema.safeParse(candidate);
  if (!checked.success) {
    // Lengths the fields above do not check (a 400-character title): shown under the field concerned.
    return { errors: { [fieldOfPath(checked.error.issues[0]?.path ?? [])]: 'billing_error_invalid' } };
  }
  return { agreement: checked.data, errors: {} };
};

/** The "Record a delivery" form on an agreement's card, as typed. */
export interface DeliveryForm {
  on: string;
  what: string;
  acceptedOn: string;
  acceptance: DeliveryAcceptance | '';
  note: string;
}

export type DeliveryField = keyof DeliveryForm;

export const blankDeliveryForm = (today: string): DeliveryForm => ({ on: today, what: '', acceptedOn: '', acceptance: '', note: '' });

/** A recorded delivery back in the form, to correct it. */
export const deliveryFormOf = (delivery: Delivery): DeliveryForm => ({
  on: delivery.on,
  what: delivery.what,
  acceptedOn: delivery.acceptedOn ?? '',
  acceptance: delivery.acceptance ?? '',
  note: delivery.note ?? '',
});

const byDeliveryDate = (a: Delivery, b: Delivery) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0);

/**
 * The agreement with the delivery the form describes appended, or put in place of the one at `replacing`
 * (deliveries kept in date order), or the fields to correct. `errors.what` also carries a full list, the one
 * field always shown.
 */
export const agreementWithDelivery = (
  agreement: Agreement,
  form: DeliveryForm,
  now: string,
  replacing?: number,
): { agreement?: Agreement; errors: FormErrors<DeliveryField> } => {
  const errors: FormErrors<DeliveryField> = {};
  const on = form.on.trim();
  const acceptedOn = form.acceptedOn.trim();
  const what = form.what.trim();
  const note = form.note.trim();
  if (!on) errors.on = 'required';
  else if (!isCalendarDate(on)) errors.on = dateErrorKey(on)!;
  if (!what) errors.what = 'required';
  else if (what.length > 2000) errors.what = 'billing_error_invalid';
  if (acceptedOn && !isCalendarDate(acceptedOn)) errors.acceptedOn = dateErrorKey(acceptedOn)!;
  else if (acceptedOn && !errors.on && acceptedOn < on) errors.acceptedOn = 'billing_error_accepted_before';
  if (note.length > 2000) errors.note = 'billing_error_invalid';
  const recorded = agreement.deliveries ?? [];
  const previous = replacing === undefined ? recorded : recorded.filter((_, i) => i !== replacing);
  if (!errors.what && previous.length >= MAX_DELIVERIES) errors.what = 'billing_error_deliveries_full';
  if (Object.keys(errors).length > 0) return { errors };

  const delivery: Delivery = {
    on,
    what,
    ...(acceptedOn ? { acceptedOn } : {}),
    ...(form.acceptance ? { acceptance: form.acceptance } : {}),
    ...(note ? { note } : {}),
  };
  // Stable sort: two deliveries on one day stay in the order they were recorded (a corrected one keeps its place).
  const deliveries =
    replacing === undefined || replacing >= recorded.length
      ? [...previous, delivery].sort(byDeliveryDate)
      : recorded.map((d, i) => (i === replacing ? delivery : d)).sort(byDeliveryDate);
  const checked = agreementSchema.safeParse({ ...agreement, deliveries, updatedAt: now });
  if (!checked.success) return { errors: { what: 'billing_error_invalid' } };
  return { agreement: checked.data, errors: {} };
};

/** The agreement without the delivery at `index` (recorded by mistake). */
export const agreementWithoutDelivery = (agreement: Agreement, index: number, now: string): Agreement => {
  const deliveries = (agreement.deliveries ?? []).filter((_, i) => i !== index);
  const { deliveries: _old, ...rest } = agreement;
  return { ...rest, ...(deliveries.length ? { deliveries } : {}), updatedAt: now };
};
