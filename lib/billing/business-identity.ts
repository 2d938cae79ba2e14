import { isHttpUrl } from '../text';
import { amountInputText, parseAmountInput } from '../format';
import type { LegalStatusId } from '../model/legal-status';
import type { Settings } from '../model/settings';
import { digitsOnly, normaliseVat } from '../platforms/parse/identifiers';
import { checkSiren, checkSiret, checkUkCompanyNumber, checkVatNumber, type CheckResult } from '../vetting/checks';
import { LEGAL_STATUS_RULES, type LegalStatusRule } from './rules/legal-status';

/**
 * Who the freelancer is, as typed in Settings › Your business: which fields a legal status asks for, and the
 * freelancer's own identifiers checked exactly as a client's are (lib/vetting/checks: SIREN/SIRET Luhn with La
 * Poste's rule, the French VAT key against the SIREN, EU VAT formats and checksums, UK company numbers). A
 * number that fails is refused with the sentence the client's would get; nothing else typed is lost.
 */

export type Freelancer = Settings['freelancer'];

export type BusinessField =
  | 'name'
  | 'tradeName'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'siren'
  | 'siret'
  | 'vat'
  | 'taxNumber'
  | 'companyNumber'
  | 'legalForm'
  | 'shareCapital'
  | 'registration'
  | 'mediatorName'
  | 'mediatorUrl';

/** What the form holds: the text as typed. */
export type BusinessForm = { status: LegalStatusId | '' } & Record<BusinessField, string>;

/** A localisable reason shown beside the field: a catalogue key and its placeholders, in order. */
export interface FieldProblem {
  key: string;
  params: string[];
}
export type BusinessErrors = Partial<Record<BusinessField, FieldProblem>>;

const ALWAYS: readonly BusinessField[] = ['name', 'tradeName', 'street', 'postalCode', 'city'];
const MEDIATOR: readonly BusinessField[] = ['mediatorName', 'mediatorUrl'];
const COMPANY: readonly BusinessField[] = ['legalForm', 'shareCapital', 'registration'];

/**
 * The fields a status asks for, in the order the form shows them. France: SIREN/SIRET, a VAT number unless under
 * the franchise, a company's form, capital and RCS/RM. UK: a limited company's number and place of registration.
 * Germany: Steuernummer or USt-IdNr. With no status yet, every identifier is offered.
 */
export const businessFieldsFor = (rule: LegalStatusRule | undefined): readonly BusinessField[] => {
  const vat: readonly BusinessField[] = rule?.vatFranchise ? [] : ['vat'];
  switch (rule?.country) {
    case 'FR':
      return [...ALWAYS, 'siren', 'siret', ...vat, ...(rule.company ? COMPANY : []), ...MEDIATOR];
    case 'UK':
      return [...ALWAYS, ...(rule.company ? (['companyNumber', 'legalForm', 'registration'] as const) : []), ...vat, ...MEDIATOR];
    case 'DE':
      return [...ALWAYS, 'taxNumber', ...(rule.vatFranchise ? (['vat'] as const) : vat), ...MEDIATOR];
    default:
      return [...ALWAYS, 'siren', 'siret', 'vat', 'companyNumber', 'legalForm', 'registration', ...MEDIATOR];
  }
};

/** Where a status holds its share capital: the currency of its country, else the user's default. */
export const capitalCurrencyFor = (rule: LegalStatusRule | undefined, fallback: string): string =>
  rule?.country === 'UK' ? 'GBP' : rule?.country === 'FR' || rule?.country === 'DE' ? 'EUR' : fallback;

const firstFailure = (results: readonly CheckResult[]): FieldProblem | undefined => {
  const failed = results.find((r) => r.state === 'failed');
  return failed ? { key: failed.evidenceKey, params: failed.evidenceParams } : undefined;
};

/**
 * A UK VAT number: GB and 9 digits (or 12, a branch), checked by HMRC's weighted modulus 97 (the older and the
 * 2010 "9755" series), or a government department (GD) or health authority (HA) number.
 */
export const isValidUkVat = (raw: string): boolean => {
  const vat = normaliseVat(raw);
  if (/^GB(GD[0-4]\d{2}|HA[5-9]\d{2})$/.test(vat)) return true;
  const m = /^GB(\d{9})(\d{3})?$/.exec(vat);
  if (!m) return false;
  const digits = m[1]!;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  sum += Number(digits.slice(7));
  return sum % 97 === 0 || (sum + 55) % 97 === 0;
};

/** A German Steuernummer: 10 or 11 digits as the tax office writes them (12/345/67890), or the 13-digit federal form. */
export const isValidGermanTaxNumber = (raw: string): boolean => {
  const compact = raw.trim();
  if (!/^[\d\s/]+$/.test(compact)) return false;
  const length = digitsOnly(compact).length;
  return length === 10 || length === 11 || length === 13;
};

/**
 * The freelancer's own identifiers, each checked as a client's would be. Only what is typed is checked: a number
 * left empty is for the invoice check to ask for, not a reason to refuse the rest.
 */
export const checkOwnIdentifiers = (
  values: Pick<Freelancer, 'siren' | 'siret' | 'vat' | 'companyNumber' | 'taxNumber'>,
  rule: LegalStatusRule | undefined,
): BusinessErrors => {
  const errors: BusinessErrors = {};
  const { siren, siret, vat, companyNumber, taxNumber } = values;
  if (siren) {
    const problem = firstFailure([checkSiren(siren)]);
    if (problem) errors.siren = problem;
  }
  if (siret) {
    const problem = firstFailure(checkSiret(siret, siren && !errors.siren ? siren : undefined));
    if (problem) errors.siret = problem;
  }
  if (vat) {
    const prefix = normaliseVat(vat).slice(0, 2);
    if (prefix === 'GB' || prefix === 'XI') {
      if (!isValidUkVat(vat.replace(/^\s*XI/i, 'GB'))) errors.vat = { key: 'business_error_uk_vat', params: [vat.trim()] };
    } else {
      // The French key is checked against the SIREN typed, or the one the SIRET starts with.
      const ownSiren = !errors.siren && siren ? siren : !errors.siret && siret ? digitsOnly(siret).slice(0, 9) : undefined;
      const problem = firstFailure(checkVatNumber(vat, { siren: ownSiren }));
      if (problem) errors.vat = problem;
      else if (rule?.country && checkVatNumber(vat).some((r) => r.check === 'vat' && r.state === 'todo')) {
        // A French, German or British business has an EU or UK number; anything else is a slip.
        errors.vat = { key: 'evidence_vatInvalid', params: [vat.trim()] };
      }
    }
  }
  if (companyNumber && rule?.country === 'UK') {
    const problem = firstFailure([checkUkCompanyNumber(companyNumber)]);
    if (problem) errors.companyNumber = problem;
  }
  if (taxNumber && !isValidGermanTaxNumber(taxNumber)) {
    errors.taxNumber = { key: 'business_error_tax_number', params: [taxNumber.trim()] };
  }
  return errors;
};

/** The form for what is saved: every field as text, an unset status as ''. */
export const businessFormOf = (freelancer: Freelancer): BusinessForm => ({
  status: freelancer.status ?? (freelancer.microEntrepreneur ? 'fr-micro' : ''),
  name: freelancer.name ?? '',
  tradeName: freelancer.tradeName ?? '',
  street: freelancer.address?.street ?? '',
  postalCode: freelancer.address?.postalCode ?? '',
  city: freelancer.address?.city ?? '',
  siren: freelancer.siren ?? '',
  siret: freelancer.siret ?? '',
  vat: freelancer.vat ?? '',
  taxNumber: freelancer.taxNumber ?? '',
  companyNumber: freelancer.companyNumber ?? '',
  legalForm: freelancer.legalForm ?? '',
  shareCapital: freelancer.shareCapital ? amountInputText(freelancer.shareCapital.amount, freelancer.shareCapital.currency) : '',
  registration: freelancer.registration ?? '',
  mediatorName: freelancer.consumerMediator?.name ?? '',
  mediatorUrl: freelancer.consumerMediator?.url ?? '',
});

const COUNTRY_OF_STATUS: Readonly<Record<'FR' | 'UK' | 'DE', string>> = { FR: 'FR', UK: 'GB', DE: 'DE' };

/**
 * What the form saves, or the fields to correct. Fields the status does not ask for are cleared, so that what the
 * invoice check reads is what the user sees; fields the form never edits (the address's region, the legacy flag's
 * meaning once a status is chosen) are kept from `previous`.
 */
export const businessFromForm = (
  form: BusinessForm,
  previous: Freelancer,
  defaultCurrency: string,
): { freelancer: Freelancer; errors: BusinessErrors } | { freelancer?: undefined; errors: BusinessErrors } => {
  const rule = form.status ? LEGAL_STATUS_RULES[form.status] : undefined;
  const shown = new Set(businessFieldsFor(rule));
  const take = (field: BusinessField): string | undefined => {
    const typed = form[field].trim();
    return shown.has(field) && typed !== '' ? typed : undefined;
  };
  const values = {
    siren: take('siren'),
    siret: take('siret'),
    vat: take('vat'),
    companyNumber: take('companyNumber'),
    taxNumber: take('taxNumber'),
  };
  const errors: BusinessErrors = checkOwnIdentifiers(values, rule);

  const capitalText = take('shareCapital');
  const capitalCurrency = capitalCurrencyFor(rule, defaultCurrency);
  const capital = capitalText === undefined ? undefined : parseAmountInput(capitalText, capitalCurrency);
  if (capitalText !== undefined && capital === undefined) errors.shareCapital = { key: 'business_error_share_capital', params: [capitalText] };

  const registration = take('registration');
  if (registration && rule?.country === 'FR' && !/^(RCS|RM|RNE)\s+\S/i.test(registration)) {
    errors.registration = { key: 'business_error_registration', params: [registration] };
  }

  const mediatorName = take('mediatorName');
  const mediatorUrl = take('mediatorUrl');
  if (mediatorUrl && !isHttpUrl(mediatorUrl)) errors.mediatorUrl = { key: 'business_error_mediator_url', params: [mediatorUrl] };
  if (mediatorUrl && !mediatorName) errors.mediatorName = { key: 'business_error_mediator_name', params: [] };

  if (Object.keys(errors).length > 0) return { errors };

  const { microEntrepreneur: _legacy, status: _status, ...kept } = previous;
  const address = {
    ...previous.address,
    street: take('street'),
    postalCode: take('postalCode'),
    city: take('city'),
    ...(rule?.country ? { country: COUNTRY_OF_STATUS[rule.country] } : {}),
  };
  const freelancer: Freelancer = {
    ...kept,
    ...(form.status ? { status: form.status } : previous.microEntrepreneur ? { microEntrepreneur: true } : {}),
    name: take('name'),
    tradeName: take('tradeName'),
    address: Object.fromEntries(Object.entries(address).filter(([, v]) => v !== undefined)),
    ...values,
    legalForm: take('legalForm'),
    shareCapital: capital === undefined ? undefined : { amount: capital, currency: capitalCurrency },
    registration,
    consumerMediator: mediatorName ? { name: mediatorName, ...(mediatorUrl ? { url: mediatorUrl } : {}) } : undefined,
  };
  const cleaned = Object.fromEntries(Object.entries(freelancer).filter(([, v]) => v !== undefined)) as Freelancer;
  if (cleaned.address && Object.keys(cleaned.address).length === 0) delete cleaned.address;
  return { freelancer: cleaned, errors };
};
