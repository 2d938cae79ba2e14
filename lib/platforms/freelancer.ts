/**
 * Freelancer.com (and freelancer.fr): the employer of a project, from the "About the client" card
 * (`app-employer-info`) and the project details. Verifications are read as text lines ("Payment
 * verified", "Deposit made"), in English and French, because their classes carry no meaning.
 */
import type { ClientSnapshot, JobBudget } from '../model/snapshot';
import { allOf, attrOf, blockText, first, hrefOf, linesOf, placeOf, rowWhere, textOf, type Selectors } from './parse/dom';
import { parseDate } from './parse/dates';
import { SnapshotDraft } from './parse/draft';
import { parseRate } from './parse/money';
import { parseRating } from './parse/numbers';
import { flagJobDescription } from './parse/red-flags';
import { FREELANCER_HOSTS } from './hosts';
import { onPlatformHost } from './parse/url';

/**
 * Markup of the Angular app. PLATFORMS.md (2025–2026) and public scrapers; our reconstruction is
 * tests/fixtures/freelancer/project-page.html.
 */
export const FREELANCER_SELECTORS = {
  employerCard: [
    'app-employer-info', // project page, public scrapers 2025
    'app-project-view-employer-info', // older name of the same card
  ],
  cardBody: [
    '.CardBody', // PLATFORMS.md: fl-list-item rows inside
  ],
  cardRows: [
    'fl-list-item', // PLATFORMS.md
    'li',
  ],
  countryFlag: [
    'fl-flag img[title]', // public scrapers 2025: title is the country name
    'fl-flag img[alt]', // alt reads "Flag of France"
  ],
  locationIcon: [
    'fl-icon[name*="location" i]', // a pin instead of the flag (the same row, "Lyon, France" beside it)
    '[aria-label*="location" i]',
  ],
  rating: [
    'fl-rating', // star widget; the numeric value is text beside it
  ],
  profileLink: [
    'a[href^="/u/"]', // employer's public profile, /u/<username>
    'a[href*="freelancer.com/u/"]',
  ],
  title: [
    'app-project-view-details h1', // project page header
    'h1',
  ],
  budget: [
    '.ProjectViewDetails-budget', // public scrapers 2025: "$250.00 – 750.00 USD"
    '[data-ui-name="project-budget"]',
  ],
  description: [
    'app-project-details-description .ProjectDescription', // public scrapers 2025
    '.ProjectDescription',
    'app-project-details-description', // the component itself, whatever its inner classes
  ],
  projectDetails: [
    'app-project-view-details', // the project's column: title, budget, description, footer
  ],
  skills: [
    'fl-tag[fltrackinglabel="ProjectSkillTag"] a', // public scrapers 2025
  ],
  footer: [
    '.ProjectDetailsFooter-left', // "Project ID: 38123456"
  ],
} as const satisfies Record<string, Selectors>;

const S = FREELANCER_SELECTORS;

export const matches = (url: URL): boolean => onPlatformHost(url, FREELANCER_HOSTS);

/** Verification lines: the signal they set, the words that say yes, the words that say no. */
const VERIFICATIONS = [
  { signal: 'paymentVerified', yes: /^(?:payment verified|paiement v[ée]rifi[ée])$/i, no: /^(?:payment (?:not verified|unverified)|paiement non v[ée]rifi[ée])$/i },
  { signal: 'identityVerified', yes: /^(?:identity verified|identit[ée] v[ée]rifi[ée]e)$/i, no: /^(?:identity (?:not verified|unverified)|identit[ée] non v[ée]rifi[ée]e)$/i },
  { signal: 'emailVerified', yes: /^(?:e-?mail (?:address )?verified|e-?mail v[ée]rifi[ée]e?)$/i, no: /^(?:e-?mail (?:not verified|unverified)|e-?mail non v[ée]rifi[ée]e?)$/i },
  { signal: 'phoneVerified', yes: /^(?:phone (?:number )?verified|t[ée]l[ée]phone v[ée]rifi[ée])$/i, no: /^(?:phone (?:not verified|unverified)|t[ée]l[ée]phone non v[ée]rifi[ée])$/i },
  { signal: 'depositMade', yes: /^(?:deposit made|d[ée]p[ôo]t effectu[ée])$/i, no: /^(?:no deposit(?: made)?|deposit not made|aucun d[ée]p[ôo]t)$/i },
] as const;

/** "Lyon, France": a row holding only a place. */
const PLACE_LINE = /^\p{L}[\p{L} .'-]*, \p{L}[\p{L} .'-]*$/u;

const BUDGET_LINE = /^[$€£]?\s?\d[\d.,]*(?:\s*[-–]\s*[$€£]?\s?\d[\d.,]*)?\s*(?:[A-Z]{3})?(?:\s*\/\s*(?:hr|hour))?$/;

function projectId(url: URL, footer: string): string | undefined {
  const fromFooter = /(?:project id|id du projet)\s*:?\s*#?(\d{5,12})/i.exec(footer)?.[1];
  if (fromFooter) return fromFooter;
  return /^\/projects\/[^/]+\/([^/?#]+)/.exec(url.pathname)?.[1];
}

function readBudget(text: string): JobBudget | undefined {
  if (!text) return undefined;
  const rate = parseRate(text);
  const type = rate?.per === 'hour' || /\b(?:per hour|\/\s*hr|par heure)\b/i.test(text) ? 'hourly' : 'fixed';
  return rate ? { type, min: rate.min, max: rate.max } : undefined;
}

function readFreelancer(doc: Document, url: URL): ClientSnapshot | null {
  const card = first(doc, S.employerCard);
  const isProject = /^\/projects\//.test(url.pathname);
  if (!card && !isProject) return null;
  const draft = new SnapshotDraft('freelancer', isProject ? 'project' : 'page', url);
  const where = (field: string): string => `About the client › ${field}`;

  if (card) {
    // One line per list row: custom elements carry no line breaks of their own.
    const rows = allOf(first(card, S.cardBody) ?? card, S.cardRows, 100).map((row) => textOf(row, 300));
    const lines = rows.length > 0 ? rows : linesOf(card, { maxChars: 5_000 });
    for (const v of VERIFICATIONS) {
      draft.setSignal(v.signal, where('client verification'), () => {
        if (lines.some((l) => v.yes.test(l))) return true;
        if (lines.some((l) => v.no.test(l))) return false;
        return undefined;
      });
    }
    const flag = first(card, S.countryFlag);
    draft.setClient('countryName', where('flag'), () => attrOf(flag, 'title', 100) || attrOf(flag, 'alt', 120).replace(/^flag of\s+/i, ''));
    // The location row reads "Lyon, France" (city first) next to the flag, or next to a pin in its place.
    const locationRow =
      (flag ?? first(card, S.locationIcon))?.closest('fl-list-item, li') ?? rowWhere(card, (t) => PLACE_LINE.test(t), 'fl-list-item, li');
    draft.setClient('countryName', where('location'), () => placeOf(textOf(locationRow, 200)).country);
    draft.setClient('city', where('location'), () => {
      const row = textOf(locationRow, 200);
      const country = draft.client.countryName;
      const parts = row.split(',').map((p) => p.trim()).filter(Boolean);
      const city = parts.find((p) => p !== country);
      return city && city.length <= 80 && !/\d/.test(city) ? city : undefined;
    });
    const ratingRow = first(card, S.rating)?.closest('fl-list-item, li');
    const rating = parseRating(textOf(ratingRow ?? first(card, S.rating), 200));
    draft.setSignal('rating', where('rating'), () => rating?.rating);
    draft.setSignal('reviewsCount', where('reviews'), () => rating?.reviews);
    // "4.6 (12 reviews)" as a line of the card, when the star widget is gone.
    const ratingLine = parseRating(lines.find((l) => /\d\s*(?:\(|reviews?|avis)/i.test(l) && /\d[.,]\d/.test(l)));
    draft.setSignal('rating', where('text'), () => ratingLine?.rating);
    draft.setSignal('reviewsCount', where('text'), () => ratingLine?.reviews);
    draft.setSignal('memberSince', where('member since'), () =>
      parseDate(lines.find((l) => /member since|membre depuis/i.test(l)), url.hostname.endsWith('.fr') ? 'fr' : 'en-US'),
    );
    const profile = first(card, S.profileLink);
    draft.setClient('profileUrl', where('profile link'), () => hrefOf(profile, url));
    draft.setClient('externalId', where('profile link'), () => /\/u\/([^/?#]+)/.exec(hrefOf(profile, url))?.[1]);
    draft.setClient('displayName', where('profile link'), () => textOf(profile, 300).replace(/^@/, ''));
  }

  // "Project ID: 38123456", in the footer or, once its classes change, anywhere in the project's column.
  const footer = textOf(first(doc, S.footer), 200) || textOf(first(doc, S.projectDetails), 20_000);
  draft.setJob('externalId', 'Project details › project id', () => projectId(url, footer));
  const title = textOf(first(doc, S.title), 500);
  draft.setJob('title', 'Project details › title', () => title);
  draft.setJob('budget', 'Project details › budget', () => readBudget(textOf(first(doc, S.budget), 200)));
  // "$250.00 – 750.00 USD" on a line of its own, when the budget's classes change.
  draft.setJob('budget', 'Project details › budget (text)', () =>
    readBudget(linesOf(first(doc, S.projectDetails), { maxChars: 20_000 }).find((l) => l.length < 60 && BUDGET_LINE.test(l)) ?? ''),
  );
  const description = blockText(first(doc, S.description), { maxChars: 20_000 });
  draft.setJob('description', 'Project details › description', () => description);
  draft.setJob('skills', 'Project details › skills', () => allOf(doc, S.skills, 100).map((a) => textOf(a, 200)));
  // A project address alone, before the app has rendered the project, holds no client yet.
  return card || title ? draft.build() : null;
}

/**
 * The employer of the Freelancer.com project (or profile card) on this page, as the content script sends
 * it: red flags are left to the background, which scans the description. Null when there is none.
 */
export function captureFreelancer(doc: Document, url: URL): ClientSnapshot | null {
  // Field reads are guarded one by one; this only catches what nothing else did, so the page never sees an error.
  try {
    return readFreelancer(doc, url);
  } catch {
    return null;
  }
}

/** The employer of the Freelancer.com project on this page, red flags in its description included. */
export const extractFreelancer = (doc: Document, url: URL): ClientSnapshot | null => {
  const captured = captureFreelancer(doc, url);
  return captured && flagJobDescription(captured);
};
