import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools';
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { todayIn } from '../calendar';
import type { Agreement } from '../model/billing';
import type { Client, Lookup } from '../model/client';
import type { CalendarDate, PlatformId } from '../model/common';
import type { ClientSnapshot, PlatformSignals } from '../model/snapshot';
import {
  EU_VAT_PREFIXES,
  digitsOnly,
  frenchVatFromSiren,
  isValidEuVat,
  isValidSiren,
  isValidSiret,
  isValidUkCompanyNumber,
  normaliseVat,
} from '../platforms/parse/identifiers';
import { toE164 } from '../platforms/parse/phone';
import { applicableItems, type ChecklistItemId } from './checklist';
import { clientCountry, countryOfVatPrefix } from './country';
import { classifyEmailDomain, emailDomainOf, sameOrganisation, websiteHost } from './email';
import { LOOKUP_PROVIDERS, knownSiren, providerGroup, type LookupProvider } from './lookups';
import { PLATFORM_NAMES } from './platform-names';

/**
 * Automatic checks: what can be told from the data alone. A valid format is not a registry entry:
 * a SIRET can pass its checksum and belong to someone else, or to nobody. So each result says what it
 * proves, and only a look-up the user opened and judged can prove `found-in-registry`.
 */
export type CheckProof =
  | 'obtained'
  | 'format-valid'
  | 'consistent'
  | 'found-in-registry'
  | 'platform-verified'
  | 'search-clean'
  | 'signed'
  | 'document-seen';

export type AutomaticCheckId =
  | 'phone-given'
  | 'phone-format'
  | 'phone-country'
  | 'legal-name-given'
  | 'address-given'
  | 'email-format'
  | 'email-disposable'
  | 'email-webmail'
  | 'email-company-domain'
  | 'email-website'
  | 'company-number-given'
  | 'siren'
  | 'siret'
  | 'siret-siren'
  | 'uk-company-number'
  | 'vat-given'
  | 'vat'
  | 'vat-siren'
  | 'vat-country'
  | 'iban'
  | 'payment-verified'
  | 'identity-document'
  | 'agreement-signed'
  | 'invoice-requirements-given'
  | 'registry-look-up'
  | 'search-look-up';

export interface CheckResult {
  /** The checklist item this result fills. Several results can fill one item (SIREN and SIRET). */
  item: ChecklistItemId;
  check: AutomaticCheckId;
  state: 'done' | 'failed' | 'todo';
  proves: CheckProof;
  /** i18n key of the sentence shown as evidence, and its placeholders in order. */
  evidenceKey: string;
  evidenceParams: string[];
  /** The value that was checked, as the client gave it. */
  value?: string;
}

const result = (
  item: ChecklistItemId,
  check: AutomaticCheckId,
  state: CheckResult['state'],
  proves: CheckProof,
  evidenceKey: string,
  evidenceParams: string[] = [],
  value?: string,
): CheckResult => ({ item, check, state, proves, evidenceKey, evidenceParams, ...(value === undefined ? {} : { value }) });

// ─── Phone ───────────────────────────────────────────────────────────────────────────────────────

const sharesCallingCode = (country: string, callingCode: string): boolean =>
  isSupportedCountry(country) && getCountryCallingCode(country) === callingCode;

/**
 * A phone number is valid for its country, and that country is the client's. Numbers sharing a
 * calling code (+1 for the US and Canada, +44 for the UK and Jersey) count as the same country: the
 * digits cannot tell them apart reliably.
 */
export const checkPhone = (raw: string, country?: string): CheckResult[] => {
  const given = raw.trim();
  const e164 = toE164(given, country);
  if (!e164) {
    const international = /^\s*(\+|00)/.test(given);
    return international || country
      ? [result('phone-valid', 'phone-format', 'failed', 'format-valid', 'evidence_phoneInvalid', [given], given)]
      : [result('phone-valid', 'phone-format', 'todo', 'format-valid', 'evidence_phoneNeedsCountry', [given], given)];
  }
  // toE164 only returns numbers it validated, so this parse succeeds; it gives the country back.
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return [result('phone-valid', 'phone-format', 'failed', 'format-valid', 'evidence_phoneInvalid', [given], given)];
  const phoneCountry = parsed.country ?? `+${parsed.countryCallingCode}`;
  const results = [result('phone-valid', 'phone-format', 'done', 'format-valid', 'evidence_phoneValid', [e164, phoneCountry], e164)];
  if (country) {
    const same = parsed.country === country || sharesCallingCode(country, parsed.countryCallingCode);
    const mismatch = [e164, phoneCountry, country];
    results.push(
      same
        ? result('phone-valid', 'phone-country', 'done', 'consistent', 'evidence_phoneCountryMatches', [e164, country], e164)
        : result('phone-valid', 'phone-country', 'failed', 'consistent', 'evidence_phoneCountryMismatch', mismatch, e164),
    );
  }
  return results;
};

// ─── Email ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Who is behind an address. A company writes from its own domain, the one of its website; free
 * webmail is normal for a private person and a red flag for a "company"; a throwaway address is a
 * red flag for anyone.
 */
export const checkEmail = (email: string, kind: Client['kind'], website?: string): CheckResult[] => {
  const given = email.trim();
  const domain = emailDomainOf(given);
  const item = 'email-domain-consistent';
  if (!domain) return [result(item, 'email-format', 'failed', 'format-valid', 'evidence_emailInvalid', [given], given)];

  switch (classifyEmailDomain(domain)) {
    case 'disposable':
      return [result(item, 'email-disposable', 'failed', 'consistent', 'evidence_emailDisposable', [given, domain], given)];
    case 'webmail':
      if (kind === 'company') {
        return [result(item, 'email-webmail', 'failed', 'consistent', 'evidence_emailWebmailCompany', [given], given)];
      }
      if (kind === 'unknown') {
        return [result(item, 'email-webmail', 'todo', 'consistent', 'evidence_emailWebmailUnknown', [given], given)];
      }
      return [result(item, 'email-webmail', 'done', 'consistent', 'evidence_emailWebmailPrivate', [given], given)];
    case 'company': {
      const results = [result(item, 'email-company-domain', 'done', 'consistent', 'evidence_emailCompanyDomain', [given, domain], given)];
      const host = website ? websiteHost(website) : undefined;
      if (host) {
        results.push(
          sameOrganisation(domain, host)
            ? result(item, 'email-website', 'done', 'consistent', 'evidence_emailMatchesWebsite', [domain, host], given)
            : result(item, 'email-website', 'failed', 'consistent', 'evidence_emailUnlikeWebsite', [domain, host], given),
        );
      }
      return results;
    }
  }
};

// ─── Company numbers ─────────────────────────────────────────────────────────────────────────────

export const checkSiren = (raw: string): CheckResult => {
  const siren = digitsOnly(raw);
  return isValidSiren(siren)
    ? result('company-number-valid', 'siren', 'done', 'format-valid', 'evidence_sirenValid', [siren], raw)
    : result('company-number-valid', 'siren', 'failed', 'format-valid', 'evidence_sirenInvalid', [raw.trim()], raw);
};

/** A SIRET passes its checksum, and its first nine digits are the SIREN the client gave. */
export const checkSiret = (raw: string, sirenGiven?: string): CheckResult[] => {
  const siret = digitsOnly(raw);
  if (!isValidSiret(siret)) {
    return [result('company-number-valid', 'siret', 'failed', 'format-valid', 'evidence_siretInvalid', [raw.trim()], raw)];
  }
  const results = [result('company-number-valid', 'siret', 'done', 'format-valid', 'evidence_siretValid', [siret], raw)];
  const siren = sirenGiven ? digitsOnly(sirenGiven) : '';
  if (siren) {
    results.push(
      siret.startsWith(siren)
        ? result('company-number-valid', 'siret-siren', 'done', 'consistent', 'evidence_siretMatchesSiren', [siret, siren], raw)
        : result('company-number-valid', 'siret-siren', 'failed', 'consistent', 'evidence_siretUnlikeSiren', [siret, siren], raw),
    );
  }
  return results;
};

export const checkUkCompanyNumber = (raw: string): CheckResult => {
  const number = raw.replace(/\s/g, '').toUpperCase();
  return isValidUkCompanyNumber(number)
    ? result('company-number-valid', 'uk-company-number', 'done', 'format-valid', 'evidence_ukCompanyNumberValid', [number], raw)
    : result('company-number-valid', 'uk-company-number', 'failed', 'format-valid', 'evidence_ukCompanyNumberInvalid', [raw.trim()], raw);
};

/**
 * An EU VAT number: its country's format and, where one exists, its checksum. A French number must
 * also be the one derived from the client's SIREN. Whether it is active is VIES's answer, not ours.
 */
export const checkVatNumber = (raw: string, context: { siren?: string; statedCountry?: string } = {}): CheckResult[] => {
  const vat = normaliseVat(raw);
  const prefix = vat.slice(0, 2);
  // A UK, Swiss or Norwegian number is no EU number: nothing here can check it, which is not a failure.
  if (/^[A-Z]{2}$/.test(prefix) && !EU_VAT_PREFIXES.includes(prefix)) {
    return [result('vat-number-valid', 'vat', 'todo', 'format-valid', 'evidence_vatNotChecked', [vat, countryOfVatPrefix(prefix)], raw)];
  }
  const verdict = isValidEuVat(vat);
  const vatCountry = countryOfVatPrefix(verdict.country || prefix);
  if (!verdict.formatValid || verdict.checksum === 'invalid') {
    return [result('vat-number-valid', 'vat', 'failed', 'format-valid', 'evidence_vatInvalid', [raw.trim()], raw)];
  }
  const results = [
    verdict.checksum === 'valid'
      ? result('vat-number-valid', 'vat', 'done', 'format-valid', 'evidence_vatValid', [vat, vatCountry], raw)
      : result('vat-number-valid', 'vat', 'done', 'format-valid', 'evidence_vatFormatOnly', [vat, vatCountry], raw),
  ];
  const siren = digitsOnly(context.siren);
  const expected = vatCountry === 'FR' && siren ? frenchVatFromSiren(siren) : undefined;
  if (expected) {
    results.push(
      expected === vat
        ? result('vat-number-valid', 'vat-siren', 'done', 'consistent', 'evidence_vatMatchesSiren', [vat, siren], raw)
        : result('vat-number-valid', 'vat-siren', 'failed', 'consistent', 'evidence_vatUnlikeSiren', [vat, siren, expected], raw),
    );
  }
  // Registered for VAT elsewhere than the stated address: possible (a foreign branch), worth a look.
  const stated = context.statedCountry;
  if (stated && stated !== vatCountry) {
    const params = [vat, vatCountry, stated];
    results.push(result('vat-number-valid', 'vat-country', 'todo', 'consistent', 'evidence_vatCountryMismatch', params, raw));
  }
  return results;
};

// ─── Bank details ────────────────────────────────────────────────────────────────────────────────

/** IBAN-shaped text inside a free note: two letters, two check digits, then 11 to 30 letters or digits. */
const IBAN_IN_TEXT = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/i;

export const findIban = (text: string | undefined): string | undefined => IBAN_IN_TEXT.exec(text ?? '')?.[0];

/**
 * ISO 13616 (length for the country, mod 97 = 1). A valid IBAN says nothing about who holds the
 * account; an account abroad is common (online banks), so it is noted, not failed.
 */
export const checkIban = (raw: string, country?: string): CheckResult => {
  const iban = electronicFormatIBAN(raw) ?? '';
  if (!isValidIBAN(iban)) {
    return result('bank-details-valid', 'iban', 'failed', 'format-valid', 'evidence_ibanInvalid', [raw.trim()], raw);
  }
  const friendly = friendlyFormatIBAN(iban) ?? iban;
  const ibanCountry = iban.slice(0, 2);
  return country && country !== ibanCountry
    ? result('bank-details-valid', 'iban', 'done', 'format-valid', 'evidence_ibanValidOtherCountry', [friendly, ibanCountry, country], raw)
    : result('bank-details-valid', 'iban', 'done', 'format-valid', 'evidence_ibanValid', [friendly, ibanCountry], raw);
};

// ─── Identity, agreements, look-ups ──────────────────────────────────────────────────────────────

const checkIdentity = (client: Pick<Client, 'identitySeen'>, on: CalendarDate): CheckResult => {
  const seen = client.identitySeen;
  if (!seen) return result('identity-seen', 'identity-document', 'todo', 'document-seen', 'evidence_identityMissing');
  if (seen.expiresOn && seen.expiresOn < on) {
    return result('identity-seen', 'identity-document', 'failed', 'document-seen', 'evidence_identityExpired', [seen.expiresOn], seen.type);
  }
  return result('identity-seen', 'identity-document', 'done', 'document-seen', 'evidence_identitySeen', [seen.seenOn], seen.type);
};

const hasInvoiceRequirements = (agreement: Agreement): boolean =>
  Object.values(agreement.invoiceRequirements).some((value) => value !== undefined && value !== '' && value !== false);

const checkAgreements = (agreements: readonly Agreement[]): CheckResult[] => {
  const signed = agreements
    .filter((agreement) => agreement.signedByClientOn && agreement.signedByFreelancerOn)
    .sort((a, b) => ((a.signedByClientOn ?? '') < (b.signedByClientOn ?? '') ? 1 : -1));
  const latest = signed[0];
  // Signed once both have signed: the later of the two dates.
  const signedOn = latest ? [latest.signedByClientOn ?? '', latest.signedByFreelancerOn ?? ''].sort()[1] : '';
  const noneSignedKey = agreements.length > 0 ? 'evidence_termsNotSigned' : 'evidence_noAgreement';
  const withRequirements = agreements.find(hasInvoiceRequirements);
  return [
    latest
      ? result('terms-signed', 'agreement-signed', 'done', 'signed', 'evidence_termsSigned', [latest.title, signedOn])
      : result('terms-signed', 'agreement-signed', 'todo', 'signed', noneSignedKey),
    withRequirements
      ? result('invoice-requirements', 'invoice-requirements-given', 'done', 'obtained', 'evidence_invoiceRequirementsKnown', [
          withRequirements.title,
        ])
      : result('invoice-requirements', 'invoice-requirements-given', 'todo', 'obtained', 'evidence_invoiceRequirementsMissing'),
  ];
};

type JudgedLookup = Pick<Lookup, 'provider' | 'outcome' | 'note' | 'query' | 'url'>;

const providerName = (provider: string): string =>
  Object.hasOwn(LOOKUP_PROVIDERS, provider) ? LOOKUP_PROVIDERS[provider as LookupProvider].name : provider;

/** What the user recorded after opening registry and search look-ups. Unjudged look-ups prove nothing. */
const checkLookups = (lookups: readonly JudgedLookup[]): CheckResult[] => {
  const results: CheckResult[] = [];
  const judged = lookups.filter((lookup) => lookup.outcome);
  const registry = (state: CheckResult['state'], key: string, lookup: JudgedLookup, detail: string) =>
    result('registry-found', 'registry-look-up', state, 'found-in-registry', key, [providerName(lookup.provider), detail], lookup.query);
  const registries = judged.filter((lookup) => providerGroup(lookup.provider) === 'registry');
  const redRegistry = registries.find((lookup) => lookup.outcome === 'red-flag');
  const confirmed = registries.find((lookup) => lookup.outcome === 'confirmed');
  if (redRegistry) results.push(registry('failed', 'evidence_registryRedFlag', redRegistry, redRegistry.note ?? ''));
  else if (confirmed) results.push(registry('done', 'evidence_registryConfirmed', confirmed, confirmed.query));
  else if (registries[0]) results.push(registry('todo', 'evidence_registryNothingFound', registries[0], registries[0].query));

  const searches = judged.filter((lookup) => providerGroup(lookup.provider) === 'search');
  const redSearch = searches.find((lookup) => lookup.outcome === 'red-flag');
  if (redSearch) {
    const { query, note } = redSearch;
    const params = [query, note ?? ''];
    results.push(result('search-engine-clean', 'search-look-up', 'failed', 'search-clean', 'evidence_searchRedFlag', params, query));
  } else if (searches.length > 0) {
    const params = [String(searches.length)];
    results.push(result('search-engine-clean', 'search-look-up', 'done', 'search-clean', 'evidence_searchClean', params));
  }
  return results;
};

// ─── All together ────────────────────────────────────────────────────────────────────────────────

const formatAddress = (address: NonNullable<Client['address']>): string =>
  [address.street, [address.postalCode, address.city].filter(Boolean).join(' '), address.country].filter(Boolean).join(', ');

/** Platform signals: the page being looked at, else the most recently captured profile. */
export const latestSignals = (
  client: Pick<Client, 'platformProfiles'>,
  snapshot?: Pick<ClientSnapshot, 'platform' | 'signals'>,
): { platform: PlatformId; signals: PlatformSignals } | undefined => {
  if (snapshot) return { platform: snapshot.platform, signals: snapshot.signals };
  const latest = [...client.platformProfiles].sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : -1))[0];
  return latest ? { platform: latest.platform, signals: latest.signals } : undefined;
};

export interface AutomaticCheckContext {
  /** The client's agreements, for "terms signed" and "invoice requirements". */
  agreements?: readonly Agreement[];
  /** Look-ups the user opened and judged, for "found in registry" and "search engines clean". */
  lookups?: readonly JudgedLookup[];
  /** Today, for expired identity documents; defaults to the current date. */
  today?: CalendarDate;
}

/**
 * Every check the data allows, for the checklist items that apply to this client. An item with no
 * result is one the data cannot fill (yet): it stays to do.
 */
export const runAutomaticChecks = (client: Client, latestSnapshot?: ClientSnapshot, context: AutomaticCheckContext = {}): CheckResult[] => {
  const country = clientCountry(client);
  const results: CheckResult[] = [];

  const phones = client.phones.map((phone) => phone.trim()).filter(Boolean);
  results.push(
    phones.length > 0
      ? result('phone-obtained', 'phone-given', 'done', 'obtained', 'evidence_phoneGiven', [phones.join(', ')], phones[0])
      : result('phone-obtained', 'phone-given', 'todo', 'obtained', 'evidence_phoneMissing'),
  );
  for (const phone of phones) results.push(...checkPhone(phone, country));

  const legalName = client.legalName?.trim();
  results.push(
    legalName
      ? result('legal-name', 'legal-name-given', 'done', 'obtained', 'evidence_legalNameGiven', [legalName], legalName)
      : result('legal-name', 'legal-name-given', 'todo', 'obtained', 'evidence_legalNameMissing'),
  );

  const address = client.address;
  if (!address || !(address.street || address.postalCode || address.city)) {
    results.push(result('company-address', 'address-given', 'todo', 'obtained', 'evidence_addressMissing'));
  } else if (address.street && address.postalCode && address.city && address.country) {
    results.push(result('company-address', 'address-given', 'done', 'obtained', 'evidence_addressGiven', [formatAddress(address)]));
  } else {
    results.push(result('company-address', 'address-given', 'todo', 'obtained', 'evidence_addressIncomplete', [formatAddress(address)]));
  }

  for (const email of client.emails.map((e) => e.trim()).filter(Boolean)) results.push(...checkEmail(email, client.kind, client.website));

  const { siren, siret, vat, companyNumber, other } = client.identifiers;
  const companyNumberMissing = result('company-number-valid', 'company-number-given', 'todo', 'obtained', 'evidence_companyNumberMissing');
  if (country === 'FR') {
    if (siren?.trim()) results.push(checkSiren(siren));
    if (siret?.trim()) results.push(...checkSiret(siret, siren?.trim() ? siren : undefined));
    if (!siren?.trim() && !siret?.trim()) results.push(companyNumberMissing);
  } else if (country === 'GB') {
    results.push(companyNumber?.trim() ? checkUkCompanyNumber(companyNumber) : companyNumberMissing);
  }
  results.push(
    ...(vat?.trim()
      ? // The SIREN given on its own or inside the SIRET; not the one read back out of the VAT number itself.
        checkVatNumber(vat, { siren: knownSiren({ siren, siret }), statedCountry: client.address?.country })
      : [result('vat-number-valid', 'vat-given', 'todo', 'obtained', 'evidence_vatMissing')]),
  );

  const iban = findIban(other);
  if (iban) results.push(checkIban(iban, country));

  const platform = latestSignals(client, latestSnapshot);
  if (platform?.signals.paymentVerified !== undefined) {
    const name = PLATFORM_NAMES[platform.platform];
    results.push(
      platform.signals.paymentVerified
        ? result('platform-payment-verified', 'payment-verified', 'done', 'platform-verified', 'evidence_paymentVerified', [name])
        : result('platform-payment-verified', 'payment-verified', 'failed', 'platform-verified', 'evidence_paymentNotVerified', [name]),
    );
  }

  results.push(checkIdentity(client, context.today ?? todayIn()));
  if (context.agreements) results.push(...checkAgreements(context.agreements));
  if (context.lookups) results.push(...checkLookups(context.lookups));

  const applicable = new Set(applicableItems(client, latestSnapshot).map((item) => item.id));
  return results.filter((check) => applicable.has(check.item));
};
