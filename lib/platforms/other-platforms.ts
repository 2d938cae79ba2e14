/**
 * Fiverr, Malt, Codeur.com, PeopleperHour, Guru and ComeUp. No trustworthy public markup evidence exists
 * for them (PLATFORMS.md), so this reads what survives redesigns: the page address, the document title,
 * visible "Label: value" text in English and French, mailto:/tel: links and JSON-LD. The user corrects
 * and completes the captured card.
 */
import type { PlatformId } from '../model/common';
import type { ClientSnapshot, JobBudget } from '../model/snapshot';
import { applyContactLinks, applyJsonLd } from './generic';
import { parseAddress } from './parse/address';
import { domainOf, findEmails, findPhoneCandidates, findUrls } from './parse/contact';
import { parseDate } from './parse/dates';
import { blockText, first, jsonLdScripts, linkHrefs, type Selectors } from './parse/dom';
import { addRedFlags, attempt, SnapshotDraft } from './parse/draft';
import { parseRate } from './parse/money';
import { parseCount, parseRating } from './parse/numbers';
import { findRedFlags } from './parse/red-flags';
import { contactLinksOf, readJsonLdTexts } from './parse/structured';
import { capLength, foldText } from './parse/text';
import { OTHER_PLATFORM_HOSTS } from './hosts';
import { leftForBackground } from './parse/left';
import { onPlatformHost } from './parse/url';

export type OtherPlatform = Extract<PlatformId, 'fiverr' | 'malt' | 'codeur' | 'peopleperhour' | 'guru' | 'comeup'>;

const PLATFORMS: readonly OtherPlatform[] = ['fiverr', 'malt', 'codeur', 'peopleperhour', 'guru', 'comeup'];

export const OTHER_PLATFORM_SELECTORS = {
  content: ['main', '[role="main"]', 'body'],
} as const satisfies Record<string, Selectors>;

/** Which of these platforms the URL is on. */
export function otherPlatformOf(url: URL): OtherPlatform | undefined {
  return PLATFORMS.find((p) => onPlatformHost(url, OTHER_PLATFORM_HOSTS[p]));
}

export const matches = (url: URL): boolean => otherPlatformOf(url) !== undefined;

interface UrlShape {
  pattern: RegExp;
  pageKind: string;
  /** What the captured group is: the client's username or the project's id. */
  captures: 'client' | 'project';
}

/** Address shapes, from PLATFORMS.md and the platforms' public links. */
const URL_SHAPES: Readonly<Record<OtherPlatform, readonly UrlShape[]>> = {
  fiverr: [{ pattern: /^\/inbox\/([A-Za-z0-9_.-]{2,60})\/?$/, pageKind: 'messages', captures: 'client' }],
  malt: [
    { pattern: /^\/messages\/client-project-offer\/([A-Za-z0-9_-]{4,80})/, pageKind: 'project-offer', captures: 'project' },
    { pattern: /^\/messages(?:\/|$)/, pageKind: 'messages', captures: 'project' },
  ],
  codeur: [{ pattern: /^\/projects\/(\d{3,12})(?:-|\/|$)/, pageKind: 'project', captures: 'project' }],
  peopleperhour: [{ pattern: /^\/freelance-jobs\/.+-(\d{5,12})\/?$/, pageKind: 'project', captures: 'project' }],
  guru: [{ pattern: /^\/work\/detail\/(\d{4,12})/, pageKind: 'project', captures: 'project' }],
  comeup: [{ pattern: /^\/(?:[a-z]{2}\/)?(?:request|demande)s?\/([A-Za-z0-9_-]{3,80})/, pageKind: 'project', captures: 'project' }],
};

/** Site names appended to document titles ("Refonte de site - Codeur.com"). */
const TITLE_SUFFIX = /\s*[-|–—·]\s*(?:Fiverr|Malt|Codeur(?:\.com)?|PeoplePerHour|Guru(?:\.com)?|ComeUp)\b.*$/i;

type Label = 'company' | 'contact' | 'budget' | 'phone' | 'email' | 'website' | 'address' | 'country' | 'city' | 'memberSince' | 'rating' | 'projects' | 'description' | 'title';

/** Labels as the platforms write them, English and French, accents folded. */
const LABELS: ReadonlyArray<readonly [RegExp, Label]> = [
  [/^(?:client|company|entreprise|societe|organisation|organization|employer|employeur|donneur d'ordre)$/, 'company'],
  [/^(?:contact|nom|name|publie par|poste par|posted by|buyer|acheteur)$/, 'contact'],
  [/^(?:budget|budget estime|estimated budget|tarif|prix|price|tjm)$/, 'budget'],
  [/^(?:telephone|tel|phone|mobile|portable)$/, 'phone'],
  [/^(?:e-?mail|courriel|adresse e-?mail)$/, 'email'],
  [/^(?:site|site web|site internet|website|web)$/, 'website'],
  [/^(?:adresse|address|adresse postale)$/, 'address'],
  [/^(?:pays|country)$/, 'country'],
  [/^(?:ville|city|localisation|location|lieu)$/, 'city'],
  [/^(?:membre depuis|member since|inscrit depuis|inscrit le|on \w+ since|sur \w+ depuis)$/, 'memberSince'],
  [/^(?:avis|reviews|note|rating|evaluation|evaluations)$/, 'rating'],
  [/^(?:projets publies|projects posted|jobs posted|projets)$/, 'projects'],
  [/^(?:description|description du projet|project description|details du projet|details)$/, 'description'],
  [/^(?:projet|project|titre|title|mission)$/, 'title'],
];

const labelOf = (raw: string): Label | undefined => {
  const key = foldText(raw).replace(/[\s:：]+$/, '').trim();
  return LABELS.find(([re]) => re.test(key))?.[1];
};

/** "Label : value" on one line, or a label line followed by its value line (dt/dd, two blocks). */
export function labelledValues(lines: readonly string[]): Map<Label, string> {
  const out = new Map<Label, string>();
  for (let i = 0; i < lines.length && i < 5_000; i++) {
    const line = lines[i]!;
    const inline = /^([^:：]{2,40}?)\s*[:：]\s*(.+)$/.exec(line);
    const inlineLabel = inline ? labelOf(inline[1]!) : undefined;
    if (inline && inlineLabel) {
      if (!out.has(inlineLabel)) out.set(inlineLabel, inline[2]!.trim());
      continue;
    }
    const label = line.length <= 40 ? labelOf(line) : undefined;
    const next = lines[i + 1];
    if (label && next && !labelOf(next) && !out.has(label)) {
      // A description runs over several lines: until the next label.
      if (label === 'description') {
        const parts: string[] = [];
        for (let j = i + 1; j < lines.length && j < i + 200 && !labelOf(lines[j]!); j++) parts.push(lines[j]!);
        out.set(label, parts.join('\n'));
      } else out.set(label, next);
      i++;
    }
  }
  return out;
}

function budgetOf(value: string | undefined): JobBudget | undefined {
  const rate = parseRate(value ?? '', 'EUR');
  if (!rate) return undefined;
  if (rate.per === 'hour') return { type: 'hourly', min: rate.min, max: rate.max };
  if (rate.per === 'day') return { type: 'daily', min: rate.min, max: rate.max };
  // Per week or per month: no freelancer minimum to weigh it against; left to the user.
  if (rate.per) return undefined;
  return { type: 'fixed', min: rate.min, max: rate.max };
}

interface OtherPlatformRead {
  draft: SnapshotDraft;
  /** The client's own words, for the red-flag scan, and where they were read. */
  flagSource: string;
  flagText: string;
}

/** What the content script sends of one of these pages, unparsed: the background reads it (`snapshot.page`). */
export type PendingPage = NonNullable<ClientSnapshot['page']>;

/** The page as the content script reads it: DOM reads only, every parser left to the background. */
export function pageOf(doc: Document): PendingPage {
  const content = first(doc, OTHER_PLATFORM_SELECTORS.content);
  return {
    title: capLength(attempt(() => doc.title) ?? '', 2_000),
    text: blockText(content, { maxChars: 100_000 }),
    jsonLd: jsonLdScripts(doc),
    ...linkHrefs(content),
  };
}

function readOtherPlatform(page: PendingPage, url: URL): OtherPlatformRead | null {
  const platform = otherPlatformOf(url);
  if (!platform) return null;
  const shape = URL_SHAPES[platform].find((s) => s.pattern.test(url.pathname));
  const draft = new SnapshotDraft(platform, shape?.pageKind ?? 'page', url);
  const captured = shape ? shape.pattern.exec(url.pathname)?.[1] : undefined;
  if (shape?.captures === 'client') {
    draft.setClient('externalId', 'Page address', () => captured);
    draft.setClient('displayName', 'Page address', () => captured);
  } else {
    draft.setJob('externalId', 'Page address', () => captured);
  }

  const text = page.text;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const values = labelledValues(lines);
  const where = (label: string): string => `Page text › "${label}"`;
  const fr = url.hostname.endsWith('.fr') || platform === 'codeur' || platform === 'comeup';

  draft.setClient('displayName', where('client'), () => values.get('company') ?? values.get('contact'));
  draft.setClient('contactName', where('contact'), () => values.get('contact'));
  draft.setClient('phones', where('phone'), () => findPhoneCandidates(values.get('phone')));
  draft.setClient('emails', where('email'), () => findEmails(values.get('email')));
  draft.setClient('website', where('website'), () => findUrls(values.get('website'))[0]);
  const address = parseAddress(values.get('address'));
  draft.setClient('street', where('address'), () => address?.street);
  draft.setClient('postalCode', where('address'), () => address?.postalCode);
  draft.setClient('city', where('address'), () => address?.city);
  draft.setClient('country', where('address'), () => address?.country);
  draft.setClient('countryName', where('country'), () => values.get('country'));
  const location = values.get('city');
  draft.setClient('city', where('location'), () => location?.split(',')[0]?.trim());
  draft.setClient('countryName', where('location'), () => (location?.includes(',') ? location.split(',').pop()?.trim() : undefined));
  draft.setSignal('memberSince', where('member since'), () => parseDate(values.get('memberSince'), fr ? 'fr' : 'en-US'));
  const rating = parseRating(values.get('rating'));
  draft.setSignal('rating', where('rating'), () => rating?.rating);
  draft.setSignal('reviewsCount', where('reviews'), () => rating?.reviews);
  draft.setSignal('jobsPosted', where('projects'), () => parseCount(values.get('projects')));

  draft.setJob('title', where('project'), () => values.get('title'));
  if (shape?.captures === 'project') {
    draft.setJob('title', 'Document title', () => page.title.replace(TITLE_SUFFIX, ''));
  }
  draft.setJob('budget', where('budget'), () => budgetOf(values.get('budget')));
  const description = values.get('description');
  draft.setJob('description', where('description'), () => description);

  for (const entity of readJsonLdTexts(page.jsonLd)) applyJsonLd(draft, entity);
  // The platform's own support addresses are not the client's.
  const platformDomain = domainOf(url.hostname);
  applyContactLinks(draft, contactLinksOf(page), (email) => domainOf(email) === platformDomain);
  // A project's description, else the conversation on a messages page: both are the client's words.
  return { draft, flagSource: description ? where('description') : 'Page text', flagText: description ?? text };
}

/**
 * The snapshot of what `page` says, red flags included: in the project description or, on a messages
 * page, the conversation. Null when it says nothing of a client or a project; red flags alone do not
 * make a capture (help pages quote the very phrases they warn about).
 */
function readPage(page: PendingPage, url: URL): ClientSnapshot | null {
  // Field reads are guarded one by one; this only catches what nothing else did.
  try {
    const read = readOtherPlatform(page, url);
    if (!read?.draft.hasAnything) return null;
    addRedFlags(read.draft, read.flagSource, () => findRedFlags(read.flagText));
    return read.draft.build();
  } catch {
    return null;
  }
}

/**
 * What the content script of Fiverr, Malt, Codeur.com, PeoplePerHour, Guru and ComeUp sends: the page
 * itself, left in `snapshot.page` for the background to read (readLeftPage). Null on any other site.
 */
export function captureOtherPlatform(doc: Document, url: URL): ClientSnapshot | null {
  // Never throws into the page.
  try {
    const platform = otherPlatformOf(url);
    if (!platform) return null;
    return leftForBackground(platform, 'page', url, { page: pageOf(doc) });
  } catch {
    return null;
  }
}

/** Reads the page a capture left in `snapshot.page`, then drops it: it is never stored. Null when it names no client. */
export function readLeftPage(snapshot: ClientSnapshot): ClientSnapshot | null {
  if (!snapshot.page) return snapshot;
  const read = readPage(snapshot.page, new URL(snapshot.url));
  return read && { ...read, capturedAt: snapshot.capturedAt };
}

/** The client on a Fiverr, Malt, Codeur.com, PeoplePerHour, Guru or ComeUp page, red flags included; null when none shows. */
export function extractOtherPlatform(doc: Document, url: URL): ClientSnapshot | null {
  try {
    return otherPlatformOf(url) ? readPage(pageOf(doc), url) : null;
  } catch {
    return null;
  }
}
