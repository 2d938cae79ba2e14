/**
 * What any page says about a business in a form that survives redesigns: schema.org JSON-LD
 * (Organization, LocalBusiness, Person, a JobPosting's hiringOrganization, @graph arrays), mailto:/tel:
 * links, and legal-notice text ("Mentions légales", "Impressum", "Legal notice") with SIRET, RCS, VAT,
 * "au capital de".
 */
import { parseAddress, type ParsedAddress } from './address';
import { emailFromMailto, findEmails, findPhoneCandidates, phoneFromTel } from './contact';
import { jsonLdScripts, linkHrefs } from './dom';
import { findSiren, findSiret, findUkCompanyNumbers, findVatNumbers, normaliseVat, vatFormatValid } from './identifiers';
import { cleanText } from './text';

export interface LdEntity {
  kind: 'organization' | 'person';
  name?: string;
  legalName?: string;
  emails: string[];
  phones: string[];
  url?: string;
  address?: ParsedAddress;
  countryName?: string;
  vat?: string;
  siret?: string;
  siren?: string;
  description?: string;
}

const MAX_NODES = 500;

const ORGANIZATION_TYPES = /^(?:Organization|Corporation|LocalBusiness|OnlineBusiness|OnlineStore|ProfessionalService|NGO|NewsMediaOrganization|EducationalOrganization|GovernmentOrganization|MedicalOrganization|SportsOrganization|Store|Restaurant|LegalService|AccountingService|FinancialService|EmploymentAgency|RealEstateAgent|TravelAgency|HomeAndConstructionBusiness|AutomotiveBusiness|FoodEstablishment|LodgingBusiness|Airline|Consortium|FundingScheme|ResearchOrganization|WorkersUnion|PerformingGroup|LibrarySystem)$|(?:Organization|Business)$/;

const typesOf = (node: Record<string, unknown>): string[] => {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
};

const str = (v: unknown, max = 500): string | undefined => {
  if (typeof v === 'string' || typeof v === 'number') return cleanText(String(v), max) || undefined;
  if (Array.isArray(v)) return str(v[0], max);
  if (v && typeof v === 'object' && 'name' in v) return str((v as { name: unknown }).name, max);
  return undefined;
};

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

function addressOf(v: unknown): { address?: ParsedAddress; countryName?: string } {
  if (typeof v === 'string') {
    const parsed = parseAddress(v);
    return parsed ? { address: parsed } : {};
  }
  if (!v || typeof v !== 'object') return {};
  const a = (Array.isArray(v) ? v[0] : v) as Record<string, unknown>;
  if (!a || typeof a !== 'object') return {};
  const country = str(a.addressCountry, 100);
  const out: ParsedAddress = {};
  const street = str(a.streetAddress, 500);
  if (street) out.street = street;
  const postalCode = str(a.postalCode, 32);
  if (postalCode) out.postalCode = postalCode;
  const city = str(a.addressLocality, 200);
  if (city) out.city = city;
  if (country && /^[A-Za-z]{2}$/.test(country)) out.country = country.toUpperCase();
  return {
    ...(Object.keys(out).length > 0 ? { address: out } : {}),
    ...(country && !/^[A-Za-z]{2}$/.test(country) ? { countryName: country } : {}),
  };
}

function entityOf(node: Record<string, unknown>, kind: LdEntity['kind']): LdEntity {
  const e: LdEntity = { kind, emails: [], phones: [] };
  const name = str(node.name, 300);
  if (name) e.name = name;
  const legalName = str(node.legalName, 300);
  if (legalName) e.legalName = legalName;
  for (const v of list(node.email)) {
    const email = findEmails(String(v).replace(/^mailto:/i, ''))[0];
    if (email && !e.emails.includes(email)) e.emails.push(email);
  }
  for (const v of list(node.telephone)) {
    const phone = cleanText(String(v).replace(/^tel:/i, ''), 64);
    if (phone && /\d{6,}/.test(phone.replace(/\D/g, '')) && !e.phones.includes(phone)) e.phones.push(phone);
  }
  const url = str(node.url, 500);
  if (url && /^https?:\/\//i.test(url)) e.url = url;
  Object.assign(e, addressOf(node.address ?? node.location));
  for (const id of [node.vatID, node.taxID, ...list(node.identifier)]) {
    const value = str(id, 64);
    if (!value) continue;
    const digits = value.replace(/[\s.]/g, '');
    if (/^\d{14}$/.test(digits)) e.siret ??= digits;
    else if (/^\d{9}$/.test(digits)) e.siren ??= digits;
    else if (vatFormatValid(value)) e.vat ??= normaliseVat(value);
  }
  const description = str(node.description, 2_000);
  if (description) e.description = description;
  return e;
}

/** Organizations and persons described in JSON-LD scripts (their text), organizations first. */
export function readJsonLdTexts(scripts: readonly string[]): LdEntity[] {
  const found: LdEntity[] = [];
  let visited = 0;
  const walk = (node: unknown, depth: number): void => {
    if (depth > 8 || visited++ > MAX_NODES || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    const types = typesOf(obj);
    if (types.some((t) => ORGANIZATION_TYPES.test(t))) found.push(entityOf(obj, 'organization'));
    else if (types.includes('Person')) found.push(entityOf(obj, 'person'));
    for (const [key, value] of Object.entries(obj)) {
      if (key === '@context' || key === 'name' || key === 'description') continue;
      if (value && typeof value === 'object') walk(value, depth + 1);
    }
  };
  for (const raw of scripts) {
    try {
      walk(JSON.parse(raw), 0);
    } catch {
      // malformed JSON-LD is common; the rest of the page still counts
    }
  }
  return [...found.filter((e) => e.kind === 'organization'), ...found.filter((e) => e.kind === 'person')];
}

/** Organizations and persons described in the page's JSON-LD, organizations first. */
export const readJsonLd = (doc: Document): LdEntity[] => readJsonLdTexts(jsonLdScripts(doc));

export interface ContactLinks {
  emails: string[];
  phones: string[];
}

/** Addresses and numbers behind mailto: and tel: link addresses (at most 20 of each). */
export function contactLinksOf(hrefs: { mailto: readonly string[]; tel: readonly string[] }): ContactLinks {
  const emails: string[] = [];
  const phones: string[] = [];
  for (const href of hrefs.mailto) {
    const email = emailFromMailto(href);
    if (email && !emails.includes(email) && emails.length < 20) emails.push(email);
  }
  for (const href of hrefs.tel) {
    const phone = phoneFromTel(href);
    if (phone && !phones.includes(phone) && phones.length < 20) phones.push(phone);
  }
  return { emails, phones };
}

/** Addresses and numbers behind the mailto: and tel: links under `root` (at most 20 of each). */
export const contactLinks = (root: ParentNode | null | undefined): ContactLinks => contactLinksOf(linkHrefs(root));

export interface LegalNotice {
  legalName?: string;
  siren?: string;
  siret?: string;
  vat?: string;
  companyNumber?: string;
  address?: ParsedAddress;
  emails: string[];
  phones: string[];
}

/** Where a legal notice starts, in the languages clients' sites use. */
export const LEGAL_NOTICE_HEADING = /\b(?:mentions l[ée]gales|legal notice|legal information|impressum|informations l[ée]gales|[ée]diteur du site|company information|imprint)\b/i;

interface NoticePatterns {
  nameLabel: RegExp;
  publishedBy: RegExp;
  beforeCapital: RegExp;
}

let noticePatterns: NoticePatterns | undefined;

/** Built on first use, so that content scripts reading only JSON-LD and links do not carry them. */
function notice(): NoticePatterns {
  if (noticePatterns) return noticePatterns;
  // A company name: capitalised words, with the small words names contain ("Garage Martin & Fils").
  const name = String.raw`(?:[\p{Lu}\d][\p{L}\d&'’.-]*)(?:\s+(?:[\p{Lu}\d&][\p{L}\d&'’.-]*|de|du|des|la|le|et|and|of|&))*`;
  noticePatterns = {
    nameLabel: new RegExp(
      String.raw`(?:raison sociale|d[ée]nomination(?: sociale)?|nom de (?:la soci[ée]t[ée]|l['’]entreprise)|company name|registered name|firma|firmenname|[ée]diteur(?: du site)?|soci[ée]t[ée])\s*:\s*([^\n]{2,160})`,
      'iu',
    ),
    publishedBy: new RegExp(
      String.raw`(?<![\p{L}])(?:[ée]dit[ée] par|exploit[ée] par|operated by|published by|betrieben von)\s+(?:la soci[ée]t[ée]\s+|the company\s+|die\s+)?(${name})`,
      'u',
    ),
    // The company named right before "au capital de" ("Atelier Brume SAS, société par actions simplifiée au capital de").
    beforeCapital: new RegExp(
      String.raw`(${name})\s*,?\s*(?:\([^)]{1,40}\)\s*)?(?:soci[ée]t[ée] (?:par actions simplifi[ée]e(?: unipersonnelle)?|[àa] responsabilit[ée] limit[ée]e|anonyme|civile(?: immobili[èe]re)?|en nom collectif)\s*)?,?\s*$`,
      'u',
    ),
  };
  return noticePatterns;
}

const CAPITAL_ANCHOR = /au capital (?:social )?de\b/gi;
// "Northwind Studio Ltd is a company registered in England and Wales".
const BEFORE_REGISTERED = /([\p{Lu}][^\n,]{1,80}?\b(?:Ltd|Limited|LLP|PLC))\b[^\n]{0,30}$/u;
const REGISTERED_ANCHOR = /\b(?:registered in|is a company)\b/gi;

/**
 * A name written right before an anchor phrase. The name pattern only runs on a short window before each
 * anchor: run over a whole page, its open-ended start would cost quadratic time on long runs of letters.
 */
function nameBefore(text: string, anchor: RegExp, name: RegExp): string | undefined {
  anchor.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tries = 0;
  while ((m = anchor.exec(text)) !== null && tries++ < 20) {
    const window = text.slice(Math.max(0, m.index - 160), m.index);
    const found = name.exec(window)?.[1];
    if (found) return found;
  }
  return undefined;
}

const OFFICE = /(?:si[èe]ge(?: social)?|registered office|adresse(?: postale)?|address|sitz|anschrift)\s*:?\s*([^\n]{5,200}(?:\n[^\n]{2,80}){0,2})/i;

const trimName = (value: string): string =>
  cleanText(value.split(/,|\s[-–—|]\s|\s+au capital|\s+immatricul|\s+registered|\s+dont le si[èe]ge|\(/i)[0] ?? '', 300)
    .replace(/^(?:la|the)\s+(?:soci[ée]t[ée]|company)\s+/i, '')
    .replace(/[.;:]+$/, '');

/** Company identity written in a legal notice (or any text holding one). */
export function readLegalNotice(text: string): LegalNotice {
  const s = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const out: LegalNotice = { emails: findEmails(s, 10), phones: findPhoneCandidates(s, 10) };
  const { beforeCapital, publishedBy: published, nameLabel } = notice();
  const capital = nameBefore(s, CAPITAL_ANCHOR, beforeCapital);
  const publishedBy = published.exec(s)?.[1];
  const labelled = nameLabel.exec(s)?.[1];
  const uk = nameBefore(s, REGISTERED_ANCHOR, BEFORE_REGISTERED);
  const legalName = [capital, publishedBy, labelled, uk]
    .map((v) => (v ? trimName(v) : ''))
    .find((v) => v.length >= 2 && !/\d{5}/.test(v) && !/^(?:la|le|les|the)$/i.test(v));
  if (legalName) out.legalName = legalName;
  const siret = findSiret(s, 1)[0];
  if (siret) out.siret = siret;
  const siren = findSiren(s, 1)[0];
  if (siren) out.siren = siren;
  const vat = findVatNumbers(s, 1)[0];
  if (vat) out.vat = vat;
  const companyNumber = findUkCompanyNumbers(s, 1)[0];
  if (companyNumber) out.companyNumber = companyNumber;
  const office = OFFICE.exec(s)?.[1];
  const address = (office ? parseAddress(office) : undefined) ?? parseAddress(s);
  if (address) out.address = address;
  return out;
}
