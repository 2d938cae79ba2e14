/**
 * "Check this client" from the context menu: a snapshot from the text the user selected, or from the link
 * they right-clicked (mailto:, tel:, a client's profile on a known platform, a company website).
 */
import type { PlatformId } from '../model/common';
import type { ClientSnapshot } from '../model/snapshot';
import { findAddresses } from './parse/address';
import { domainOf, emailFromMailto, findEmails, findPhoneCandidates, findUrls, phoneFromTel } from './parse/contact';
import { addRedFlags, SnapshotDraft } from './parse/draft';
import { findSiren, findSiret, findUkCompanyNumbers, findVatNumbers } from './parse/identifiers';
import { detectLegalForm, looksLikeCompany } from './parse/legal-form';
import { findRedFlags } from './parse/red-flags';
import { looksLikePersonName, parseSignature } from './parse/signature';
import { cleanBlock, cleanText } from './parse/text';
import { COMEUP_HOSTS, FIVERR_HOSTS, FREELANCER_HOSTS, MALT_HOSTS, UPWORK_HOSTS } from './hosts';
import { onPlatformHost } from './parse/url';

const MAX_SELECTION = 20_000;

const toUrl = (value: URL | string): URL | undefined => {
  try {
    return typeof value === 'string' ? new URL(value) : value;
  } catch {
    return undefined;
  }
};

/** Client profile addresses of the platforms we know: the username or id they carry. */
const PROFILE_SHAPES: ReadonlyArray<{ platform: PlatformId; hosts: readonly string[]; pattern: RegExp }> = [
  { platform: 'freelancer', hosts: FREELANCER_HOSTS, pattern: /^\/u\/([A-Za-z0-9_.-]{2,60})\/?$/ },
  { platform: 'upwork', hosts: UPWORK_HOSTS, pattern: /^\/(?:companies|agencies|freelancers)\/(~[0-9a-z]{10,40})\/?/i },
  // Fiverr usernames sit at the root, beside the site's own sections.
  { platform: 'fiverr', hosts: FIVERR_HOSTS, pattern: /^\/(?:inbox\/)?(?!(?:categories|search|pro|support|start_selling|login|join|gigs|resources|business|levels|cp|terms_of_service|privacy-policy)\/?$)([A-Za-z0-9_.-]{2,60})\/?$/ },
  { platform: 'malt', hosts: MALT_HOSTS, pattern: /^\/profile\/([A-Za-z0-9_-]{2,80})\/?$/ },
  { platform: 'comeup', hosts: COMEUP_HOSTS, pattern: /^\/(?:[a-z]{2}\/)?@([A-Za-z0-9_.-]{2,60})\/?$/ },
];

function readSelection(text: string | null | undefined, pageUrl: URL | string): ClientSnapshot | null {
  const url = toUrl(pageUrl);
  const selection = cleanBlock(text ?? '', MAX_SELECTION);
  if (!url || !selection) return null;
  const draft = new SnapshotDraft('selection', 'selection', url);
  const source = 'Selected text';
  const lines = selection.split('\n').filter(Boolean);
  const single = lines.length === 1 ? lines[0]! : undefined;

  // One short line is usually a name: the company's or the person's.
  if (single && single.length <= 120 && findEmails(single).length === 0 && findPhoneCandidates(single).length === 0) {
    if (detectLegalForm(single) || looksLikeCompany(single)) {
      draft.setClient('legalName', source, () => (detectLegalForm(single) ? single : undefined));
      draft.setClient('displayName', source, () => single);
    } else if (looksLikePersonName(single)) {
      draft.setClient('contactName', source, () => single);
      draft.setClient('displayName', source, () => single);
    }
  }

  const signature = parseSignature(selection);
  draft.setClient('contactName', source, () => signature.name);
  draft.setClient('legalName', source, () => (signature.company && detectLegalForm(signature.company) ? signature.company : undefined));
  // A line carrying a legal form ("Atelier Brume SAS") names the company, wherever it sits in the selection.
  const companyLine = lines.find((line) => line.length <= 120 && detectLegalForm(line) && findEmails(line).length === 0);
  draft.setClient('legalName', source, () => companyLine);
  draft.setClient('displayName', source, () => draft.client.legalName ?? signature.company ?? signature.name);
  draft.setClient('emails', source, () => findEmails(selection));
  draft.setClient('phones', source, () => findPhoneCandidates(selection));
  const urls = findUrls(selection);
  draft.setClient('website', source, () => urls.find((u) => !profileOf(new URL(u))));
  const profile = urls.map((u) => profileOf(new URL(u))).find((p) => p !== undefined);
  draft.setClient('profileUrl', source, () => profile?.url);
  draft.setClient('externalId', source, () => profile?.id);
  const address = findAddresses(selection, 1)[0];
  draft.setClient('street', source, () => address?.street);
  draft.setClient('postalCode', source, () => address?.postalCode);
  draft.setClient('city', source, () => address?.city);
  draft.setClient('country', source, () => address?.country);
  draft.setClient('siret', source, () => findSiret(selection, 1)[0]);
  draft.setClient('siren', source, () => findSiren(selection, 1)[0]);
  draft.setClient('vat', source, () => findVatNumbers(selection, 1)[0]);
  draft.setClient('companyNumber', source, () => findUkCompanyNumbers(selection, 1)[0]);
  addRedFlags(draft, source, () => findRedFlags(selection));
  // Nothing recognised: the first line is still what the user pointed at, kept as the name to complete.
  draft.setClient('displayName', source, () => (draft.hasClientData ? undefined : cleanText(lines[0], 300)));
  return draft.build();
}

/** A snapshot of the client described in the selected text; null for an empty selection. */
export function snapshotFromSelection(text: string | null | undefined, pageUrl: URL | string): ClientSnapshot | null {
  try {
    return readSelection(text, pageUrl);
  } catch {
    return null;
  }
}

function profileOf(url: URL): { platform: PlatformId; url: string; id: string } | undefined {
  for (const shape of PROFILE_SHAPES) {
    if (!onPlatformHost(url, shape.hosts)) continue;
    const id = shape.pattern.exec(url.pathname)?.[1];
    if (id) return { platform: shape.platform, url: `${url.origin}${url.pathname}`, id };
  }
  return undefined;
}

function readLink(href: string | null | undefined, pageUrl: URL | string): ClientSnapshot | null {
  const page = toUrl(pageUrl);
  if (!page || !href) return null;
  const raw = href.trim().slice(0, 2_000);
  const source = 'Link';
  if (/^mailto:/i.test(raw)) {
    const email = emailFromMailto(raw);
    if (!email) return null;
    const draft = new SnapshotDraft('selection', 'link', page);
    draft.setClient('emails', `${source} (mailto:)`, () => [email]);
    return draft.build();
  }
  if (/^tel:/i.test(raw)) {
    const phone = phoneFromTel(raw);
    if (!phone) return null;
    const draft = new SnapshotDraft('selection', 'link', page);
    draft.setClient('phones', `${source} (tel:)`, () => [phone]);
    return draft.build();
  }
  let link: URL;
  try {
    link = new URL(raw, page);
  } catch {
    return null;
  }
  if (link.protocol !== 'https:' && link.protocol !== 'http:') return null;
  const profile = profileOf(link);
  if (profile) {
    const draft = new SnapshotDraft(profile.platform, 'profile-link', page);
    draft.setClient('profileUrl', `${source} (platform profile)`, () => profile.url);
    draft.setClient('externalId', `${source} (platform profile)`, () => profile.id);
    draft.setClient('displayName', `${source} (platform profile)`, () => (profile.id.startsWith('~') ? undefined : profile.id));
    return draft.build();
  }
  const draft = new SnapshotDraft('selection', 'link', page);
  draft.setClient('website', `${source} (web address)`, () => `${link.origin}${link.pathname === '/' ? '/' : link.pathname}`);
  draft.setClient('displayName', `${source} (domain)`, () => domainOf(link.hostname));
  return draft.build();
}

/**
 * A snapshot from a right-clicked link: `mailto:` (the address), `tel:` (the number), a client profile on
 * a known platform, or any other web address taken as the client's website. Null for other schemes.
 */
export function snapshotFromLink(href: string | null | undefined, pageUrl: URL | string): ClientSnapshot | null {
  try {
    return readLink(href, pageUrl);
  } catch {
    return null;
  }
}
