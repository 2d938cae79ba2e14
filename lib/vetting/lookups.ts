import { isHttpUrl } from '../text';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Client } from '../model/client';
import type { SearchEngine } from '../model/settings';
import { digitsOnly, isValidSiren, isValidUkCompanyNumber, normaliseVat } from '../platforms/parse/identifiers';
import { toE164 } from '../platforms/parse/phone';
import { clientCountry, countryOfVatPrefix, isEuCountry, vatPrefixOf } from './country';
import { classifyEmailDomain, emailDomainOf, websiteHost } from './email';

/**
 * One-click look-ups (RULES.md, "Checking a client"): search-engine queries, company registries and
 * LinkedIn, built from what is known of the client. The user opens each one and records what it
 * showed (a `Lookup` row); nothing here touches the network.
 */
export type LookupGroup = 'search' | 'registry' | 'social';

export type RegistryProvider =
  | 'annuaire-entreprises'
  | 'pappers'
  | 'societe-com'
  | 'bodacc'
  | 'pagesjaunes'
  | 'companies-house'
  | 'vies'
  | 'northdata'
  | 'kvk'
  | 'opencorporates';
export type LookupProvider = SearchEngine | RegistryProvider | 'linkedin';

export interface LookupPlan {
  /** Stable within one client's plans: `search:scam-fr`, `search:phone:+33612345678`, `registry:pappers`. */
  id: string;
  provider: LookupProvider;
  /** i18n key of the button label, with `labelParams` for its placeholders. */
  labelKey: string;
  labelParams: string[];
  /** What is searched for, shown beside the button and saved with the look-up. */
  query: string;
  url: string;
  group: LookupGroup;
}

interface Provider {
  /** Proper name, the same in every language. */
  name: string;
  group: LookupGroup;
}

export const LOOKUP_PROVIDERS: Readonly<Record<LookupProvider, Provider>> = {
  google: { name: 'Google', group: 'search' },
  duckduckgo: { name: 'DuckDuckGo', group: 'search' },
  bing: { name: 'Bing', group: 'search' },
  qwant: { name: 'Qwant', group: 'search' },
  ecosia: { name: 'Ecosia', group: 'search' },
  startpage: { name: 'Startpage', group: 'search' },
  'annuaire-entreprises': { name: 'Annuaire des Entreprises', group: 'registry' },
  pappers: { name: 'Pappers', group: 'registry' },
  'societe-com': { name: 'Societe.com', group: 'registry' },
  bodacc: { name: 'BODACC', group: 'registry' },
  pagesjaunes: { name: 'PagesJaunes', group: 'registry' },
  'companies-house': { name: 'Companies House', group: 'registry' },
  vies: { name: 'VIES', group: 'registry' },
  northdata: { name: 'North Data', group: 'registry' },
  kvk: { name: 'KVK', group: 'registry' },
  opencorporates: { name: 'OpenCorporates', group: 'registry' },
  linkedin: { name: 'LinkedIn', group: 'social' },
};

/** The group of a saved look-up's provider; undefined for a provider this version does not know. */
export const providerGroup = (provider: string): LookupGroup | undefined =>
  Object.hasOwn(LOOKUP_PROVIDERS, provider) ? LOOKUP_PROVIDERS[provider as LookupProvider].group : undefined;

/** An address with its query parameters encoded by URLSearchParams (accents, quotes, `&`, `+`). */
const withParams = (base: string, params: Record<string, string>): string => {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
};

const SEARCH_URLS: Readonly<Record<SearchEngine, (query: string) => string>> = {
  google: (q) => withParams('https://www.google.com/search', { q }),
  duckduckgo: (q) => withParams('https://duckduckgo.com/', { q }),
  bing: (q) => withParams('https://www.bing.com/search', { q }),
  qwant: (q) => withParams('https://www.qwant.com/', { q }),
  ecosia: (q) => withParams('https://www.ecosia.org/search', { q }),
  // Startpage's own search form submits to /sp/search with `query`.
  startpage: (query) => withParams('https://www.startpage.com/sp/search', { query }),
};

export const searchUrl = (engine: SearchEngine, query: string): string => SEARCH_URLS[engine](query);

/** An exact-phrase term. Inner quotes would end the phrase early, so they become spaces. */
export const quoted = (phrase: string): string | undefined => {
  const clean = phrase.replace(/["“”„«»]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean ? `"${clean}"` : undefined;
};

const clean = (value: string | undefined): string | undefined => {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
};

/** The SIREN, from the SIREN itself, a SIRET's first 9 digits or a French VAT number; only when valid. */
export const knownSiren = (identifiers: Client['identifiers']): string | undefined => {
  const candidates = [
    digitsOnly(identifiers.siren),
    digitsOnly(identifiers.siret).slice(0, 9),
    vatPrefixOf(identifiers.vat) === 'FR' ? digitsOnly(normaliseVat(identifiers.vat)).slice(-9) : '',
  ];
  return candidates.find((candidate) => candidate.length === 9 && isValidSiren(candidate));
};

interface PhoneSpellings {
  e164: string;
  spellings: string[];
  /** Digits as dialled in France (`0612345678`), for the reverse directory; French numbers only. */
  national?: string;
}

/** The ways a number is written on web pages: `06 12 34 56 78`, `+33 6 12 34 56 78`, `+33612345678`. */
const phoneSpellings = (raw: string, country: string | undefined): PhoneSpellings | undefined => {
  const e164 = toE164(raw, country);
  if (!e164) return undefined;
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return { e164, spellings: [e164] };
  const spellings = [...new Set([parsed.formatNational(), parsed.formatInternational(), e164])];
  return { e164, spellings, national: parsed.country === 'FR' ? digitsOnly(parsed.formatNational()) : undefined };
};

/** Distinct, non-empty values, at most `max` of them: one button per phone, not twenty. */
const distinct = (values: readonly string[], max: number): string[] =>
  [...new Set(values.map((value) => value.trim()).filter(Boolean))].slice(0, max);

const MAX_PER_KIND = 3;

/** The domain to search for: the website's, else a company email domain (never gmail.com). */
const companyDomain = (client: Pick<Client, 'website' | 'emails'>): string | undefined => {
  const fromWebsite = client.website ? websiteHost(client.website) : undefined;
  if (fromWebsite) return fromWebsite;
  for (const email of client.emails) {
    const domain = emailDomainOf(email);
    if (domain && classifyEmailDomain(domain) === 'company') return domain;
  }
  return undefined;
};

const searchPlans = (client: Client, engine: SearchEngine, country: string | undefined): LookupPlan[] => {
  const plans: LookupPlan[] = [];
  const engineName = LOOKUP_PROVIDERS[engine].name;
  const add = (id: string, labelKey: string, query: string | undefined, extraParams: string[] = []) => {
    if (!query) return;
    plans.push({
      id: `search:${id}`,
      provider: engine,
      labelKey,
      labelParams: [engineName, ...extraParams],
      query,
      url: searchUrl(engine, query),
      group: 'search',
    });
  };

  const isPerson = client.kind === 'individual';
  // Search engines: the name people know the client by; registries below use the legal name.
  const name = quoted(isPerson ? (clean(client.contactName) ?? client.displayName) : client.displayName);
  const legalName = clean(client.legalName);
  const contact = clean(client.contactName);

  if (name) {
    add('scam-fr', 'lookup_searchScamFr', `${name} arnaque OR escroquerie OR impayé`);
    add('scam-en', 'lookup_searchScamEn', `${name} scam OR fraud OR "never paid"`);
    if (!isPerson) add('reviews', 'lookup_searchReviews', `${name} avis OR reviews`);
    add('reddit', 'lookup_searchReddit', `${name} site:reddit.com`);
  }
  if (!isPerson && contact) {
    const company = quoted(legalName ?? client.displayName);
    const person = quoted(contact);
    if (company && person && company !== person) add('name-company', 'lookup_searchNameCompany', `${person} ${company}`);
  }
  for (const raw of distinct(client.phones, MAX_PER_KIND)) {
    const phone = phoneSpellings(raw, country);
    // A number that could not be normalised is still searched as written, if it looks like one.
    if (!phone && digitsOnly(raw).length < 6) continue;
    const terms = (phone?.spellings ?? [raw]).map(quoted).filter(Boolean);
    const shown = phone?.e164 ?? raw;
    if (terms.length > 0) add(`phone:${shown}`, 'lookup_searchPhone', terms.join(' OR '), [shown]);
  }
  for (const email of distinct(client.emails, MAX_PER_KIND)) {
    if (emailDomainOf(email)) add(`email:${email.toLowerCase()}`, 'lookup_searchEmail', quoted(email), [email]);
  }
  const domain = companyDomain(client);
  // What others write about the domain, leaving out the site's own pages.
  if (domain) add('domain', 'lookup_searchDomain', `${quoted(domain)} -site:${domain}`, [domain]);
  return plans;
};

const registryPlan = (provider: RegistryProvider, labelKey: string, query: string, url: string, idSuffix = ''): LookupPlan => ({
  id: `registry:${provider}${idSuffix}`,
  provider,
  labelKey,
  labelParams: [LOOKUP_PROVIDERS[provider].name],
  query,
  url,
  group: 'registry',
});

const frenchRegistries = (
  client: Client,
  siren: string | undefined,
  name: string | undefined,
  country: string | undefined,
): LookupPlan[] => {
  const plans: LookupPlan[] = [];
  const term = siren ?? name;
  if (term) {
    plans.push(
      registryPlan(
        'annuaire-entreprises',
        'lookup_registry',
        term,
        siren
          ? `https://annuaire-entreprises.data.gouv.fr/entreprise/${encodeURIComponent(siren)}`
          : withParams('https://annuaire-entreprises.data.gouv.fr/rechercher', { terme: term }),
      ),
      registryPlan('pappers', 'lookup_registry', term, withParams('https://www.pappers.fr/recherche', { q: term })),
      registryPlan('societe-com', 'lookup_registry', term, withParams('https://www.societe.com/cgi-bin/search', { champs: term })),
      // Insolvency and closure notices; the SIREN form is the one annuaire-entreprises links to.
      registryPlan(
        'bodacc',
        'lookup_insolvencyNotices',
        term,
        siren
          ? withParams('https://www.bodacc.fr/pages/annonces-commerciales/', { 'q.registre': `registre:${siren}` })
          : withParams('https://www.bodacc.fr/pages/annonces-commerciales/', { q: term }),
      ),
    );
  }
  if (name) {
    const url = withParams('https://www.pagesjaunes.fr/annuaire/chercherlespros', { quoiqui: name });
    plans.push(registryPlan('pagesjaunes', 'lookup_registry', name, url));
  }
  // Reverse directory: who the French number belongs to.
  for (const raw of distinct(client.phones, MAX_PER_KIND)) {
    const national = phoneSpellings(raw, country)?.national;
    if (national) {
      const url = withParams('https://www.pagesjaunes.fr/annuaireinverse/recherche', { quoiqui: national });
      plans.push(registryPlan('pagesjaunes', 'lookup_reversePhone', national, url, `:phone:${national}`));
    }
  }
  return plans;
};

const COMPANIES_HOUSE = 'https://find-and-update.company-information.service.gov.uk';

const registryPlans = (client: Client, country: string | undefined): LookupPlan[] => {
  const siren = knownSiren(client.identifiers);
  const hasIdentifiers = Boolean(siren || clean(client.identifiers.companyNumber) || clean(client.identifiers.vat));
  // A private person is in no company registry, unless they gave a business number (a sole trader).
  if (client.kind === 'individual' && !hasIdentifiers) return [];

  const name = clean(client.legalName) ?? clean(client.displayName);
  const plans: LookupPlan[] = [];

  if (country === 'FR' || siren) plans.push(...frenchRegistries(client, siren, name, country));

  if (country === 'GB') {
    const number = clean(client.identifiers.companyNumber)?.replace(/\s/g, '').toUpperCase();
    if (number && isValidUkCompanyNumber(number)) {
      plans.push(registryPlan('companies-house', 'lookup_registry', number, `${COMPANIES_HOUSE}/company/${encodeURIComponent(number)}`));
    } else if (name) {
      plans.push(registryPlan('companies-house', 'lookup_registry', name, withParams(`${COMPANIES_HOUSE}/search`, { q: name })));
    }
  }

  // North Data also takes `https://www.northdata.com/{name}`, but that path resolves one company
  // by exact name; `?query=` is its search page, which lists near matches too.
  if (country === 'DE' && name) {
    plans.push(registryPlan('northdata', 'lookup_registry', name, withParams('https://www.northdata.com/', { query: name })));
  }

  if (country === 'NL' && name) {
    plans.push(registryPlan('kvk', 'lookup_registry', name, withParams('https://www.kvk.nl/zoeken/', { source: 'all', q: name })));
  }

  if (!['FR', 'GB', 'DE', 'NL'].includes(country ?? '') && !siren && name) {
    // US companies are registered by state (`us_de`): without the state, search every jurisdiction.
    const params: Record<string, string> = { q: name };
    if (country && country !== 'US') params.jurisdiction_code = country.toLowerCase();
    plans.push(registryPlan('opencorporates', 'lookup_registry', name, withParams('https://opencorporates.com/companies', params)));
  }

  // VIES has no query address: the button opens the form, the number is shown to paste.
  const vat = clean(client.identifiers.vat) ? normaliseVat(client.identifiers.vat ?? '') : undefined;
  const vatPrefix = vatPrefixOf(vat);
  if (vat && vatPrefix && (isEuCountry(countryOfVatPrefix(vatPrefix)) || vatPrefix === 'XI')) {
    plans.push(registryPlan('vies', 'lookup_vatCheck', vat, 'https://ec.europa.eu/taxation_customs/vies/'));
  }
  return plans;
};

const socialPlans = (client: Client): LookupPlan[] => {
  const plans: LookupPlan[] = [];
  const company = client.kind === 'individual' ? undefined : (clean(client.legalName) ?? clean(client.displayName));
  if (company) {
    plans.push({
      id: 'social:linkedin-company',
      provider: 'linkedin',
      labelKey: 'lookup_linkedinCompany',
      labelParams: [LOOKUP_PROVIDERS.linkedin.name],
      query: company,
      url: withParams('https://www.linkedin.com/search/results/companies/', { keywords: company }),
      group: 'social',
    });
  }
  const person = clean(client.contactName) ?? (client.kind === 'individual' ? clean(client.displayName) : undefined);
  if (person) {
    const keywords = company ? `${person} ${company}` : person;
    plans.push({
      id: 'social:linkedin-person',
      provider: 'linkedin',
      labelKey: 'lookup_linkedinPerson',
      labelParams: [LOOKUP_PROVIDERS.linkedin.name],
      query: keywords,
      url: withParams('https://www.linkedin.com/search/results/people/', { keywords }),
      group: 'social',
    });
  }
  return plans;
};

/**
 * Every look-up worth one click for this client, in the user's search engine. A look-up needs its
 * data: no phone, no phone search; no name and no number, no registry.
 */
export const buildLookups = (client: Client, engine: SearchEngine): LookupPlan[] => {
  const country = clientCountry(client);
  const plans = [...searchPlans(client, engine, country), ...registryPlans(client, country), ...socialPlans(client)];
  // Every address is built here from fixed https bases; the filter keeps that true if one is added carelessly.
  return plans.filter((plan) => isHttpUrl(plan.url));
};
