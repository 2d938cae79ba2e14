/**
 * Picks the extractor for a page by its address and isolates it: an extractor that throws is logged once
 * and the capture returns null, so one platform's markup change never breaks another platform or the page.
 * Content scripts import their own platform's module directly; this dispatcher serves the context menu
 * ("Check this client" on any page) and tests.
 */
import type { ClientSnapshot } from '../model/snapshot';
import { extractFreelancer, matches as onFreelancer } from './freelancer';
import { extractGeneric, matches as onAnyWebPage } from './generic';
import { extractGmail, matches as onGmail } from './gmail';
import { extractOtherPlatform, matches as onOtherPlatform } from './other-platforms';
import { extractOutlook, matches as onOutlook } from './outlook';
import { extractUpwork, matches as onUpwork } from './upwork';

export type Extract = (doc: Document, url: URL) => ClientSnapshot | null;

export interface Extractor {
  /** For logs: which extractor failed. */
  name: string;
  matches: (url: URL) => boolean;
  extract: Extract;
}

/** Most specific first; the generic reader takes any other http(s) page. */
export const EXTRACTORS: readonly Extractor[] = [
  { name: 'upwork', matches: onUpwork, extract: extractUpwork },
  { name: 'freelancer', matches: onFreelancer, extract: extractFreelancer },
  { name: 'gmail', matches: onGmail, extract: extractGmail },
  { name: 'outlook', matches: onOutlook, extract: extractOutlook },
  { name: 'other-platforms', matches: onOtherPlatform, extract: extractOtherPlatform },
  { name: 'generic', matches: onAnyWebPage, extract: extractGeneric },
];

const reported = new Set<string>();

function reportOnce(name: string, error: unknown): void {
  if (reported.has(name)) return;
  reported.add(name);
  const message = error instanceof Error ? error.message : String(error);
  console.warn(`ClientCheck: the ${name} reader failed on this page (${message.slice(0, 200)})`);
}

/** The extractor for `url`: the first whose `matches` accepts it (a throwing predicate counts as no). */
export function extractorFor(url: URL, extractors: readonly Extractor[] = EXTRACTORS): Extractor | undefined {
  return extractors.find((e) => {
    try {
      return e.matches(url);
    } catch {
      return false;
    }
  });
}

/** The client on this page, or null when there is none or its reader failed. Never throws. */
export function extractClient(doc: Document, url: URL | string, extractors: readonly Extractor[] = EXTRACTORS): ClientSnapshot | null {
  let pageUrl: URL;
  try {
    pageUrl = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  const extractor = extractorFor(pageUrl, extractors);
  if (!extractor) return null;
  try {
    return extractor.extract(doc, pageUrl) ?? null;
  } catch (error) {
    reportOnce(extractor.name, error);
    return null;
  }
}
