import type { CalendarDate, PostalAddress } from '../model/common';
import { debtorKindOf } from './debtor';
import { legalStatusOf, type LegalStatusRule } from './rules/legal-status';
import type { Agreement, Invoice, Jurisdiction } from '../model/billing';
import type { Client } from '../model/client';
import type { Settings } from '../model/settings';
import { halfYearOf } from '../calendar';
import { recoveryFee } from './late-interest';
import { LATE_PAYMENT_RULES, type LatePaymentRules } from './rules/late-payment';
import {
  EU_MEMBER_STATES,
  INVOICE_MENTIONS,
  type InvoiceMention,
  type InvoiceMentionSets,
  type MentionCheck,
  type MentionCondition,
} from './rules/invoice-mentions';
import { REFERENCE_RATES, referenceRateFor, type ReferenceRateTables } from './rules/reference-rates';

/**
 * Does an invoice carry what the law asks of it? Each mention of the jurisdiction's list (rules/invoice-mentions)
 * comes back as `ok`, `missing` (ClientCheck's own data shows it is absent), or `to-confirm` (only the user can
 * tell: they tick it). Mentions that do not apply to this invoice (a PO number nobody asked for, a billing address
 * equal to the company address) are left out of the result.
 *
 * A tick turns `to-confirm` into `ok` but never overrides `missing`: a missing due date or SIREN has to be fixed
 * where it is recorded.
 */

export type ComplianceState = 'ok' | 'missing' | 'to-confirm';

/** A localisable explanation: the UI formats `key` from `_locales` with `params`. */
export interface ComplianceDetail {
  key: string;
  params?: Record<string, string | number>;
}

export interface MentionResult {
  mention: InvoiceMention;
  state: ComplianceState;
  detail?: ComplianceDetail;
}

export interface ComplianceInput {
  invoice: Pick<Invoice, 'number' | 'issueDate' | 'serviceDate' | 'dueDate' | 'amount' | 'taxAmount' | 'currency' | 'poNumber'>;
  agreement?: Pick<Agreement, 'invoiceRequirements' | 'lateInterest' | 'paymentTerms' | 'fixedRecoveryFee'>;
  client?: Pick<Client, 'kind' | 'displayName' | 'legalName' | 'address' | 'billingAddress' | 'identifiers'>;
  freelancer: Settings['freelancer'];
  jurisdiction: Jurisdiction;
  /** Ids of the mentions the user has confirmed are on the invoice. */
  ticked: ReadonlySet<string>;
}

export interface ComplianceOptions {
  mentions?: InvoiceMentionSets;
  rules?: LatePaymentRules;
  rates?: ReferenceRateTables;
}

type Applicability = 'yes' | 'no' | 'unknown';
interface CheckOutcome {
  state: ComplianceState;
  detail?: ComplianceDetail;
}

/** Where the freelancer works when the settings hold no address. */
const HOME_COUNTRY: Readonly<Record<Jurisdiction, string | undefined>> = {
  FR: 'FR',
  DE: 'DE',
  UK: 'GB',
  US: 'US',
  EU: undefined,
};

const hasText = (value: string | undefined): value is string => !!value && value.trim() !== '';

/** Street and city: enough to write an address on an invoice (some countries have no postal codes). */
const addressKnown = (address: PostalAddress | undefined): boolean =>
  !!address && hasText(address.street) && hasText(address.city);

const normalise = (value: string | undefined): string => (value ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

const sameAddress = (a: PostalAddress, b: PostalAddress): boolean =>
  normalise(a.street) === normalise(b.street) &&
  normalise(a.postalCode) === normalise(b.postalCode) &&
  normalise(a.city) === normalise(b.city) &&
  normalise(a.country) === normalise(b.country);

const formatAddress = (address: PostalAddress): string =>
  [address.street, [address.postalCode, address.city].filter(hasText).join(' '), address.country].filter(hasText).join(', ');

const billingAddressOf = (input: ComplianceInput): PostalAddress | undefined =>
  input.agreement?.invoiceRequirements.billingAddress ?? input.client?.billingAddress;

const expectedPoNumber = (input: ComplianceInput): string | undefined => input.agreement?.invoiceRequirements.poNumber;

const clientCountry = (input: ComplianceInput): string | undefined =>
  input.client?.address?.country ?? billingAddressOf(input)?.country;

const isSmallInvoice = (input: ComplianceInput, sets: InvoiceMentionSets): boolean => {
  const small = sets[input.jurisdiction].smallInvoice;
  return !!small && small.maxGross.currency === input.invoice.currency && input.invoice.amount <= small.maxGross.amount;
};

/**
 * A flag of the seller's legal status (rules/legal-status.ts). Before the user has said their status, `unsaid`
 * answers: a VAT number on file means VAT is charged; anything else is for the user to confirm.
 */
const statusFlag = (input: ComplianceInput, flag: (rule: LegalStatusRule) => boolean, unsaid: Applicability): Applicability => {
  const rule = legalStatusOf(input.freelancer);
  if (!rule) return unsaid;
  return flag(rule) ? 'yes' : 'no';
};

/** "EI" or "entrepreneur individuel" as a word of the name, as décret 2022-725 asks it printed. */
const EI_MENTION = /(^|[\s,(–-])(EI|E\.I\.|entrepreneur individuel|entrepreneuse individuelle)($|[\s,)–-])/i;

const condition = (name: MentionCondition, input: ComplianceInput, sets: InvoiceMentionSets): Applicability => {
  const yes = (value: boolean): Applicability => (value ? 'yes' : 'no');
  switch (name) {
    case 'seller-vat-franchise':
      return statusFlag(input, (rule) => rule.vatFranchise, hasText(input.freelancer.vat) ? 'no' : 'unknown');
    case 'seller-charges-vat':
      return statusFlag(input, (rule) => !rule.vatFranchise, hasText(input.freelancer.vat) ? 'yes' : 'unknown');
    case 'seller-sole-trader':
      return statusFlag(input, (rule) => rule.soleTrader, 'unknown');
    case 'seller-company':
      return statusFlag(input, (rule) => rule.company, 'unknown');
    case 'client-business':
      return yes(debtorKindOf(input.client) === 'business');
    case 'seller-vat-registered':
      return yes(hasText(input.freelancer.vat));
    case 'intra-eu-business-client': {
      if (input.client?.kind === 'individual') return 'no';
      const sellerCountry = input.freelancer.address?.country ?? HOME_COUNTRY[input.jurisdiction];
      const country = clientCountry(input);
      if (!country || !sellerCountry) return 'unknown';
      return yes(EU_MEMBER_STATES.has(country) && EU_MEMBER_STATES.has(sellerCountry) && country !== sellerCountry);
    }
    case 'client-french-business': {
      if (input.client?.kind === 'individual') return 'no';
      const country = clientCountry(input);
      return country ? yes(country === 'FR') : 'unknown';
    }
    case 'po-number-expected': {
      if (hasText(input.invoice.poNumber)) return 'yes';
      const requirements = input.agreement?.invoiceRequirements;
      if (!requirements) return 'unknown';
      return yes(!!requirements.poNumberRequired || hasText(requirements.poNumber));
    }
    case 'billing-address-differs': {
      const billing = billingAddressOf(input);
      if (!billing) return input.agreement || input.client ? 'no' : 'unknown';
      const main = input.client?.address;
      return yes(!main || !sameAddress(main, billing));
    }
    case 'vat-charged':
      return yes(input.invoice.taxAmount > 0);
    case 'no-vat-charged':
      return yes(input.invoice.taxAmount === 0);
    case 'not-small-invoice':
      return yes(!isSmallInvoice(input, sets));
  }
};

const ok = (key: string, params?: Record<string, string | number>): CheckOutcome => ({
  state: 'ok',
  detail: { key, ...(params ? { params } : {}) },
});
const missing = (key: string, params?: Record<string, string | number>): CheckOutcome => ({
  state: 'missing',
  detail: { key, ...(params ? { params } : {}) },
});
const toConfirm = (key: string, params?: Record<string, string | number>): CheckOutcome => ({
  state: 'to-confirm',
  detail: { key, ...(params ? { params } : {}) },
});

/** `ok` carrying the value when ClientCheck holds it, `missing` when it does not. */
const known = (value: string | undefined, param: string, okKey: string, missingKey: string): CheckOutcome =>
  hasText(value) ? ok(okKey, { [param]: value }) : missing(missingKey);

const runCheck = (
  check: MentionCheck,
  mention: InvoiceMention,
  input: ComplianceInput,
  options: Required<ComplianceOptions>,
): CheckOutcome => {
  const { invoice, freelancer, client, agreement } = input;
  switch (check) {
    case 'seller-identity':
      if (!hasText(freelancer.name)) return missing('compliance_detail_seller_name_missing');
      if (!addressKnown(freelancer.address)) return missing('compliance_detail_seller_address_missing');
      return ok('compliance_detail_from_settings');
    case 'client-identity': {
      if (!client) return toConfirm('compliance_detail_no_client');
      const name = client.legalName ?? client.displayName;
      if (!hasText(name)) return missing('compliance_detail_client_name_missing');
      if (!addressKnown(client.address) && !addressKnown(billingAddressOf(input))) {
        return missing('compliance_detail_client_address_missing');
      }
      return ok('compliance_detail_client_identity', { name });
    }
    case 'billing-address': {
      const billing = billingAddressOf(input);
      if (!billing) return toConfirm('compliance_detail_no_client');
      return ok('compliance_detail_billing_address', { address: formatAddress(billing) });
    }
    case 'seller-siren':
      return known(
        freelancer.siret ?? freelancer.siren,
        'siren',
        'compliance_detail_seller_siren',
        'compliance_detail_seller_siren_missing',
      );
    case 'seller-vat-number':
      return known(freelancer.vat, 'vat', 'compliance_detail_seller_vat', 'compliance_detail_seller_vat_missing');
    case 'seller-tax-number':
      // Steuernummer or USt-IdNr (UStG §14(4) Nr. 2): either will do.
      if (hasText(freelancer.taxNumber)) return ok('compliance_detail_seller_tax_number_given', { number: freelancer.taxNumber });
      if (!hasText(freelancer.vat)) return toConfirm('compliance_detail_seller_tax_number');
      return ok('compliance_detail_seller_vat', { vat: freelancer.vat });
    case 'seller-ei-mention': {
      if (!hasText(freelancer.name)) return missing('compliance_detail_seller_name_missing');
      if (EI_MENTION.test(freelancer.name)) return ok('compliance_detail_seller_ei', { name: freelancer.name });
      // Printed beside the name on the invoice is enough: the user confirms it.
      return toConfirm('compliance_detail_print_wording', { wording: `${freelancer.name} EI` });
    }
    case 'seller-company-details': {
      const { legalForm, shareCapital, registration } = freelancer;
      if (!hasText(legalForm)) return missing('compliance_detail_company_legal_form_missing');
      if (!shareCapital) return missing('compliance_detail_company_capital_missing');
      if (!hasText(registration)) return missing('compliance_detail_company_registration_missing');
      return ok('compliance_detail_company_details', {
        legalForm,
        amount: shareCapital.amount,
        currency: shareCapital.currency,
        registration,
      });
    }
    case 'seller-uk-company-details': {
      const { companyNumber, registration } = freelancer;
      if (!hasText(companyNumber)) return missing('compliance_detail_uk_company_number_missing');
      if (!addressKnown(freelancer.address)) return missing('compliance_detail_seller_address_missing');
      if (!hasText(registration)) return missing('compliance_detail_uk_registration_missing');
      return ok('compliance_detail_uk_company_details', { number: companyNumber, registration });
    }
    case 'vat-exemption-note':
      if (invoice.taxAmount > 0) {
        return missing('compliance_detail_vat_charged_despite_exemption', { taxAmount: invoice.taxAmount });
      }
      return ok('compliance_detail_print_wording', { wording: mention.wording ?? '' });
    case 'client-vat-number': {
      const vat = agreement?.invoiceRequirements.clientVatNumber ?? client?.identifiers.vat;
      return known(vat, 'vat', 'compliance_detail_client_vat', 'compliance_detail_client_vat_missing');
    }
    case 'client-siren': {
      if (!client) return toConfirm('compliance_detail_no_client');
      const id = client.identifiers.siret ?? client.identifiers.siren;
      return known(id, 'siren', 'compliance_detail_client_siren', 'compliance_detail_client_siren_missing');
    }
    case 'issue-date':
      return ok('compliance_detail_date', { date: invoice.issueDate });
    case 'invoice-number':
      return known(invoice.number, 'number', 'compliance_detail_number', 'compliance_detail_number_missing');
    case 'service-date':
      return known(invoice.serviceDate, 'date', 'compliance_detail_date', 'compliance_detail_service_date_missing');
    case 'totals':
      return ok('compliance_detail_totals', {
        net: invoice.amount - invoice.taxAmount,
        tax: invoice.taxAmount,
        gross: invoice.amount,
        currency: invoice.currency,
      });
    case 'po-number': {
      const expected = expectedPoNumber(input);
      if (!hasText(invoice.poNumber)) {
        return missing('compliance_detail_po_number_missing', expected ? { expected } : undefined);
      }
      if (hasText(expected) && normalise(expected) !== normalise(invoice.poNumber)) {
        // A client can issue a new order: a different number is worth a look, not a hard fail.
        return toConfirm('compliance_detail_po_number_differs', { expected, actual: invoice.poNumber });
      }
      return ok('compliance_detail_po_number', { poNumber: invoice.poNumber });
    }
    case 'due-date':
      return ok('compliance_detail_date', { date: invoice.dueDate });
    case 'payment-terms':
      if (!agreement) return toConfirm('compliance_detail_no_agreement');
      return ok('compliance_detail_payment_terms', {
        days: agreement.paymentTerms.days,
        endOfMonth: agreement.paymentTerms.endOfMonth ? 1 : 0,
      });
    case 'late-penalty-rate':
      return latePenaltyRate(input, invoice.dueDate, options);
    case 'recovery-fee': {
      const statutory = recoveryFee(input.jurisdiction, invoice.amount, invoice.currency, options.rules);
      const contract = agreement?.fixedRecoveryFee;
      // A contract may ask more than the statutory sum, never less.
      const contractApplies =
        !!contract &&
        (statutory.kind !== 'fixed' ||
          (contract.currency === statutory.fee.currency && contract.amount >= statutory.fee.amount));
      const fee = contractApplies ? contract : statutory.kind === 'fixed' ? statutory.fee : undefined;
      if (fee) return ok('compliance_detail_recovery_fee', { amount: fee.amount, currency: fee.currency });
      if (statutory.kind === 'needs-conversion') {
        return toConfirm('compliance_detail_recovery_fee_needs_conversion', { currency: statutory.bandCurrency });
      }
      return toConfirm('compliance_detail_no_statutory_fee');
    }
  }
};

/** The penalty rate the invoice should state: the contract's, or the statutory one for the due date's half-year. */
const latePenaltyRate = (
  input: ComplianceInput,
  dueDate: CalendarDate,
  options: Required<ComplianceOptions>,
): CheckOutcome => {
  const interest = options.rules[input.jurisdiction].lateInterest;
  const clause = input.agreement?.lateInterest;
  if (clause?.basis === 'contract') {
    if (clause.ratePercent === undefined) return missing('compliance_detail_contract_rate_missing');
    if (interest.kind === 'reference-plus' && interest.contractFloor) {
      const legal = referenceRateFor(options.rates[interest.contractFloor.table], halfYearOf(dueDate));
      const floor = Math.round(legal.ratePercent * interest.contractFloor.multiple * 100) / 100;
      if (clause.ratePercent < floor) {
        const params = { ratePercent: clause.ratePercent, floorPercent: floor };
        return missing('compliance_detail_contract_rate_below_floor', params);
      }
    }
    return ok('compliance_detail_contract_rate', { ratePercent: clause.ratePercent });
  }
  if (interest.kind === 'contract-only') return missing('compliance_detail_contract_rate_missing');
  const reference = referenceRateFor(options.rates[interest.table], halfYearOf(dueDate));
  return ok('compliance_detail_statutory_rate', {
    referencePercent: reference.ratePercent,
    points: interest.points,
    ratePercent: Math.round((reference.ratePercent + interest.points) * 100) / 100,
    halfYear: reference.halfYear,
  });
};

export const checkInvoiceCompliance = (input: ComplianceInput, options: ComplianceOptions = {}): MentionResult[] => {
  const resolved: Required<ComplianceOptions> = {
    mentions: options.mentions ?? INVOICE_MENTIONS,
    rules: options.rules ?? LATE_PAYMENT_RULES,
    rates: options.rates ?? REFERENCE_RATES,
  };
  const results: MentionResult[] = [];
  for (const mention of resolved.mentions[input.jurisdiction].mentions) {
    if (mention.appliesFrom && input.invoice.issueDate < mention.appliesFrom) continue;
    let applies: Applicability = 'yes';
    for (const name of mention.appliesWhen ?? []) {
      const value = condition(name, input, resolved.mentions);
      if (value === 'no') {
        applies = 'no';
        break;
      }
      if (value === 'unknown') applies = 'unknown';
    }
    if (applies === 'no') continue;

    const ticked = input.ticked.has(mention.id);
    let outcome: CheckOutcome;
    if (applies === 'unknown') {
      outcome = toConfirm('compliance_detail_applicability_unknown');
    } else if (mention.proof.kind === 'ticked') {
      outcome = mention.wording
        ? toConfirm('compliance_detail_print_wording', { wording: mention.wording })
        : { state: 'to-confirm' };
    } else {
      outcome = runCheck(mention.proof.check, mention, input, resolved);
    }
    if (outcome.state === 'to-confirm' && ticked) outcome = { ...outcome, state: 'ok' };
    results.push({ mention, state: outcome.state, ...(outcome.detail ? { detail: outcome.detail } : {}) });
  }
  return results;
};

export interface NumberSequenceReport {
  /** Numbers used more than once (compared by prefix and numeric value, so "2026-007" equals "2026-7"). */
  duplicates: { number: string; count: number }[];
  /** Runs of numbers missing inside a series, e.g. 2026-004 to 2026-006 between 2026-003 and 2026-007. */
  gaps: { prefix: string; from: string; to: string; count: number }[];
  /** Numbers without a numeric ending, which no sequence check can cover. */
  unparsed: string[];
}

const NUMBERED = /^(.*?)(\d+)$/;

/**
 * Duplicates and gaps in invoice numbers (French law wants one unbroken chronological sequence). A series is
 * the part before the final digits: "2026-001" and "2026-002" share "2026-", "F2026-0042" is in "F2026-", and
 * a sequence that restarts each year sits in a new series. Missing numbers are written with the padding of the
 * number just before the gap.
 */
export const checkNumberSequence = (numbers: readonly string[]): NumberSequenceReport => {
  const series = new Map<string, Map<number, { spelling: string; count: number; width: number }>>();
  const unparsed: string[] = [];
  for (const raw of numbers) {
    const number = raw.trim();
    const match = NUMBERED.exec(number);
    if (!match) {
      unparsed.push(raw);
      continue;
    }
    const [, prefix, digits] = match;
    const value = Number(digits);
    let seen = series.get(prefix);
    if (!seen) series.set(prefix, (seen = new Map()));
    const entry = seen.get(value);
    if (entry) entry.count += 1;
    else seen.set(value, { spelling: number, count: 1, width: digits.length });
  }

  const duplicates: NumberSequenceReport['duplicates'] = [];
  const gaps: NumberSequenceReport['gaps'] = [];
  for (const [prefix, seen] of series) {
    const values = [...seen.keys()].sort((a, b) => a - b);
    for (const value of values) {
      const entry = seen.get(value)!;
      if (entry.count > 1) duplicates.push({ number: entry.spelling, count: entry.count });
    }
    for (let i = 1; i < values.length; i++) {
      const before = values[i - 1];
      const after = values[i];
      if (after - before > 1) {
        const width = seen.get(before)!.width;
        const write = (n: number): string => `${prefix}${String(n).padStart(width, '0')}`;
        gaps.push({ prefix, from: write(before + 1), to: write(after - 1), count: after - before - 1 });
      }
    }
  }
  return { duplicates, gaps, unparsed };
};

/**
 * Invoices numbered out of date order within a series: a number lower than one issued earlier. Each pair is
 * reported by the later-numbered invoice it breaks against.
 */
export const checkNumberChronology = (
  invoices: readonly Pick<Invoice, 'number' | 'issueDate'>[],
): { number: string; issueDate: CalendarDate; after: string; afterIssueDate: CalendarDate }[] => {
  const bySeries = new Map<string, { value: number; number: string; issueDate: CalendarDate }[]>();
  for (const invoice of invoices) {
    const match = NUMBERED.exec(invoice.number.trim());
    if (!match) continue;
    const list = bySeries.get(match[1]) ?? [];
    list.push({ value: Number(match[2]), number: invoice.number, issueDate: invoice.issueDate });
    bySeries.set(match[1], list);
  }
  const problems: { number: string; issueDate: CalendarDate; after: string; afterIssueDate: CalendarDate }[] = [];
  for (const list of bySeries.values()) {
    list.sort((a, b) => a.value - b.value);
    let latest = list[0];
    for (const entry of list.slice(1)) {
      if (entry.issueDate < latest.issueDate) {
        problems.push({
          number: entry.number,
          issueDate: entry.issueDate,
          after: latest.number,
          afterIssueDate: latest.issueDate,
        });
      } else {
        latest = entry;
      }
    }
  }
  return problems;
};
