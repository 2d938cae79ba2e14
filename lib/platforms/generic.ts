/**
 * Any web page the user runs "Check this client" on: a client's own site, its legal notice, a directory
 * entry. Reads schema.org JSON-LD, mailto:/tel: links and legal-notice text (SIRET, RCS, VAT,
 * "au capital de", registered office). Returns null when the page says nothing about a business or person.
 */
import type { ClientSnapshot } from '../model/snapshot';
import { blockText, attrOf, first, textOf } from './parse/dom';
import { SnapshotDraft } from './parse/draft';
import { contactLinks, LEGAL_NOTICE_HEADING, readJsonLd, readLegalNotice, type ContactLinks, type LdEntity } from './parse/structured';

export const GENERIC_SELECTORS = {
  content: ['main', '[role="main"]', 'body'],
  siteName: ['meta[property="og:site_name"]'],
  heading: ['h1'],
} as const;

/** Any http(s) page. */
export const matches = (url: URL): boolean => url.protocol === 'https:' || url.protocol === 'http:';

/** Copies one JSON-LD entity into the draft (the first entity found for a field wins). */
export function applyJsonLd(draft: SnapshotDraft, entity: LdEntity): void {
  const source = `schema.org ${entity.kind === 'organization' ? 'Organization' : 'Person'} (JSON-LD)`;
  if (entity.kind === 'organization') {
    draft.setClient('displayName', source, () => entity.name ?? entity.legalName);
    draft.setClient('legalName', source, () => entity.legalName);
  } else {
    draft.setClient('contactName', source, () => entity.name);
    draft.setClient('displayName', source, () => entity.name);
  }
  draft.setClient('emails', source, () => entity.emails);
  draft.setClient('phones', source, () => entity.phones);
  draft.setClient('website', source, () => entity.url);
  draft.setClient('street', source, () => entity.address?.street);
  draft.setClient('postalCode', source, () => entity.address?.postalCode);
  draft.setClient('city', source, () => entity.address?.city);
  draft.setClient('country', source, () => entity.address?.country);
  draft.setClient('countryName', source, () => entity.countryName);
  draft.setClient('siret', source, () => entity.siret);
  draft.setClient('siren', source, () => entity.siren ?? entity.siret?.slice(0, 9));
  draft.setClient('vat', source, () => entity.vat);
}

/** Copies the addresses and numbers of mailto:/tel: links, except the addresses `skip` rejects. */
export function applyContactLinks(draft: SnapshotDraft, links: ContactLinks, skip: (value: string) => boolean = () => false): void {
  draft.setClient('emails', 'mailto: links', () => links.emails.filter((e) => !skip(e)));
  draft.setClient('phones', 'tel: links', () => links.phones);
}

/** Copies what a legal notice (or text shaped like one) says: company name, ids, registered office. */
export function applyLegalNotice(draft: SnapshotDraft, text: string): void {
  const notice = readLegalNotice(text);
  const source = LEGAL_NOTICE_HEADING.test(text) ? 'Legal notice' : 'Page text';
  draft.setClient('legalName', source, () => notice.legalName);
  draft.setClient('siret', source, () => notice.siret);
  draft.setClient('siren', source, () => notice.siren);
  draft.setClient('vat', source, () => notice.vat);
  draft.setClient('companyNumber', source, () => notice.companyNumber);
  draft.setClient('street', source, () => notice.address?.street);
  draft.setClient('postalCode', source, () => notice.address?.postalCode);
  draft.setClient('city', source, () => notice.address?.city);
  draft.setClient('country', source, () => notice.address?.country);
  // Addresses and numbers written in a legal notice are the business's own.
  if (source === 'Legal notice') {
    draft.setClient('emails', source, () => notice.emails);
    draft.setClient('phones', source, () => notice.phones);
  }
}

function readGeneric(doc: Document, url: URL): ClientSnapshot | null {
  const text = blockText(first(doc, GENERIC_SELECTORS.content), { maxChars: 100_000 });
  const entities = readJsonLd(doc);
  const isNotice = LEGAL_NOTICE_HEADING.test(`${doc.title ?? ''}\n${textOf(first(doc, GENERIC_SELECTORS.heading), 200)}\n${url.pathname}`);
  const draft = new SnapshotDraft('web', isNotice ? 'legal-notice' : 'page', url);
  for (const entity of entities) applyJsonLd(draft, entity);
  applyContactLinks(draft, contactLinks(doc));
  applyLegalNotice(draft, text);
  if (!draft.hasClientData) return null;
  draft.setClient('displayName', 'Company legal name', () => draft.client.legalName);
  draft.setClient('displayName', 'Site name (og:site_name)', () => attrOf(first(doc, GENERIC_SELECTORS.siteName), 'content', 300));
  // A page that describes a business (legal notice, Organization markup) is on that business's site.
  if (isNotice || entities.some((e) => e.kind === 'organization')) {
    draft.setClient('website', 'Page address', () => url.origin);
  }
  return draft.build();
}

/** What this page says about a business or person; null when it says nothing. */
export function extractGeneric(doc: Document, url: URL): ClientSnapshot | null {
  // Field reads are guarded one by one; this only catches what nothing else did, so the page never sees an error.
  try {
    return readGeneric(doc, url);
  } catch {
    return null;
  }
}
