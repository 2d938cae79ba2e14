/**
 * Upwork: the client behind a job (job page, job details slider, public job page, apply page, the tile
 * of the job a list URL points to) or a messages room.
 *
 * Lists: a feed or search URL without a selected job (`/nx/find-work/most-recent`, `/nx/search/jobs/?q=`)
 * holds many clients and no choice between them, so `extractUpwork` returns null there; with a selected
 * job (`.../details/~02<id>`) it reads the open slider, or that job's tile while the slider is loading.
 * `extractUpworkTiles` gives one snapshot per tile for callers that annotate a whole list. A job page
 * whose client block is missing (cut-down or still loading) still gives the job: title, id, description.
 *
 * `extractUpwork` scans the description for red flags; `captureUpwork` leaves that to the background and
 * keeps the phrase lists out of the content script (lib/capture/complete-capture.ts).
 */
import type { ClientSnapshot, JobBudget, JobHistoryItem, PlatformSignals } from '../model/snapshot';
import { allOf, attrOf, blockText, first, linesOf, one, placeOf, rowWhere, sectionByHeading, textOf, type Selectors } from './parse/dom';
import { parseDate } from './parse/dates';
import { SnapshotDraft } from './parse/draft';
import { parseMoney, parseRange } from './parse/money';
import { countBefore, parsePercent, parseRating } from './parse/numbers';
import { flagJobDescription } from './parse/red-flags';
import { UPWORK_HOSTS } from './hosts';
import { onPlatformHost, queryParam } from './parse/url';

/**
 * Where things are on Upwork pages, best alternative first. Dates say when the markup was seen;
 * "slider fixture" is tests/fixtures/upwork/job-details-slider.html (Dec 2025).
 */
export const UPWORK_SELECTORS = {
  /** The job details card of a job page, slider or apply page. */
  details: [
    '.job-details-card', // slider fixture; job page (job-page-truncated.html, Dec 2025)
    '[data-ev-sublocation="jobdetails"]', // job page wrapper (job-page-truncated.html)
  ],
  /** The card and its neighbours (client history sits beside the card). */
  detailsScope: [
    '.job-details-content', // slider fixture and job page
  ],
  aboutClient: [
    '[data-test~="about-client-container"]', // logged in, slider fixture; root since Oct 2025
    '[data-test~="AboutClientUser"]', // logged in, until Oct 2025 (alternated with the above in Sep 2025)
    '[data-test~="AboutClientVisitor"]', // logged out public job page, 2025
    '.cfe-about-client-v2', // logged out, same block by class, 2025
  ],
  paymentVerifiedIcon: [
    '.payment-verified', // slider fixture: icon before "Payment method verified"
  ],
  captionLines: [
    '.text-caption', // slider fixture: "Payment method verified"; phone verification shows the same way
  ],
  ratingExact: [
    '[data-testid="buyer-rating"] span.nowrap', // slider fixture: "4.28 of 7 reviews"
  ],
  ratingRounded: [
    '[data-testid="buyer-rating"] .air3-rating-value-text', // slider fixture: "4.3"
    '[data-testid="buyer-rating"] .sr-only', // slider fixture: "Rating is 4.3 out of 5."
  ],
  location: [
    'li[data-qa="client-location"]', // slider fixture; logged-out page (2025)
    '[data-qa="client-location"]',
  ],
  country: [
    'li[data-qa="client-location"] > strong', // slider fixture: "Italy"
    '[data-qa="client-location"] strong',
  ],
  locationLines: [
    '[data-qa="client-location"] span.nowrap', // slider fixture: "Milano", "11:03 AM"
  ],
  localTime: [
    '[data-test="LocalTime"]', // logged-out page (2025)
  ],
  jobPostingStats: [
    '[data-qa="client-job-posting-stats"]', // slider fixture: "28 jobs posted" + "68% hire rate, 1 open job"
  ],
  totalSpent: [
    '[data-qa="client-spend"]', // slider fixture: "$11K total spent"
  ],
  hires: [
    '[data-qa="client-hires"]', // slider fixture: "19 hires, 7 active"
  ],
  avgHourlyRate: [
    '[data-qa="client-hourly-rate"]', // slider fixture: "$5.00 /hr avg hourly rate paid"
  ],
  hours: [
    '[data-qa="client-hours"]', // slider fixture: "157 hours"
  ],
  industry: [
    '[data-qa="client-company-profile-industry"]', // public scrapers, 2025 (empty in the slider fixture)
  ],
  companySize: [
    '[data-qa="client-company-profile-size"]', // public scrapers, 2025
  ],
  memberSince: [
    '[data-qa="client-contract-date"] small', // slider fixture: "Member since Jul 7, 2014"
    '[data-qa="client-contract-date"]',
  ],
  smallLines: [
    'small', // logged-out block: "<small>Member since Jul 3, 2025</small>" without data-qa (2025)
  ],
  jobTitle: [
    '.job-details-card h4 span.flex-1', // slider fixture and job page
    '.job-details-card h4', // same header, spans renamed
    '.job-details-content h4', // the card's classes renamed: its column's first header
  ],
  description: [
    '[data-test="Description"] p', // slider fixture and job page: "Summary" heading, then the text
    '[data-test="Description"]',
  ],
  skills: [
    '.skills-list a[href*="ontology_skill_uid"]', // slider fixture: the link text is the skill
    '.skills-list .air3-badge', // same badges without the search link
  ],
  budgetFixed: [
    '[data-cy="fixed-price"]', // slider fixture: icon in the li holding "$300.00" and "Fixed-price"
  ],
  budgetHourlyRange: [
    '[data-cy="clock-timelog"]', // public scrapers, 2025: icon in the li holding two [data-test="BudgetAmount"]
  ],
  budgetHourly: [
    '[data-cy="clock-hourly"]', // public scrapers, 2025: hours per week of an hourly job
  ],
  jobUid: [
    '[job-uid]', // slider fixture: save-job button wrapper carries the opening uid
    '[data-ev-opening_uid]', // job page wrapper (job-page-truncated.html)
  ],
  historyTitle: [
    '[data-cy="work-history-title"]', // slider fixture: "Client's recent history (17)"
  ],
  historyItems: [
    '[data-cy="jobs"] [data-cy="job"]', // slider fixture: "Client's recent history"
    '[data-cy="job"]',
  ],
  historyJobTitle: ['[data-cy="job-title"]'], // slider fixture: a link, or a span for private jobs
  historyDates: ['[data-cy="date"]'], // slider fixture: period and the stats below it
  historyStats: ['[data-cy="stats"]'], // slider fixture: "Fixed-price $625.00" or "157 hrs @ $5.00/hr Billed: $786.66"
  historyFeedbackBlocks: ['.main > div'], // slider fixture: the freelancer's feedback, then "To freelancer: ..."
  historyComment: ['[id^="air3-truncation-"]', '.air3-truncation'], // slider fixture
  ratingPopper: ['.air3-popper-content'], // slider fixture: "1.00 stars"
  ratingHidden: ['.air3-rating .sr-only'], // slider fixture: "Rating is 1.0 out of 5."
  ratingShown: ['.air3-rating-value-text'], // slider fixture: "1.0"

  /** Feed tiles ("Most recent", "Best matches"). find-work-feed.html, Dec 2025. */
  feedTile: ['section[data-ev-opening_uid]'],
  feedTitle: ['.job-tile-title a', 'h3 a'],
  feedPayment: ['[data-test="payment-verification-status"]'],
  feedSpent: ['[data-test="client-spendings"] [data-test="formatted-amount"]', '[data-test="client-spendings"]'],
  feedCountry: ['[data-test="client-country"]'],
  feedRating: ['[data-test="js-feedback"]'],
  feedJobType: ['[data-test="job-type"]'],
  feedBudget: ['[data-test="budget"]'],
  feedDescription: ['[data-test="job-description-text"]'],
  feedSkills: ['[data-test="attr-item"]'],

  /** Search tiles. search-results.html, early 2026. */
  searchTile: ['article[data-ev-job-uid]'],
  searchTitle: ['[data-test="job-tile-title-link"]', '.job-tile-title a'],
  searchPayment: ['li[data-test="payment-verified"]'],
  searchRating: ['li[data-test="total-feedback"]'],
  searchRatingDetail: ['li[data-test="total-feedback"] .air3-popper-content'], // "4.69 Stars, based on 4 feedbacks"
  searchSpent: ['li[data-test="total-spent"] strong', 'li[data-test="total-spent"]'],
  searchLocation: ['li[data-test="location"]'], // "Location Paraguay": a screen-reader prefix to strip
  searchJobType: ['[data-test="job-type-label"]'],
  searchBudget: ['[data-test="is-fixed-price"]'],
  searchDescription: ['.air3-line-clamp p', 'p'],
  searchSkills: ['[data-test="token"]'],
} as const satisfies Record<string, Selectors>;

const S = UPWORK_SELECTORS;

export const matches = (url: URL): boolean => onPlatformHost(url, UPWORK_HOSTS);

type UpworkPage = 'job' | 'job-slider' | 'apply' | 'feed' | 'search' | 'messages' | 'other';

export function upworkPageKind(url: URL): UpworkPage {
  const path = url.pathname;
  if (/^\/ab\/messages\/rooms\//.test(path)) return 'messages';
  if (/^\/nx\/proposals\/job\/~/.test(path)) return 'apply';
  if (/\/details\/~/.test(path)) return 'job-slider';
  if (/^\/jobs\/|^\/freelance-jobs\/apply\//.test(path)) return 'job';
  if (/^\/nx\/find-work(?:\/|$)/.test(path)) return 'feed';
  if (/^\/nx\/search\/jobs(?:\/|$)/.test(path)) return 'search';
  return 'other';
}

/** The job's cipher from the URL: "~021999055296412911573" (or the older "~01" hex form). */
export function upworkJobId(url: URL): string | undefined {
  const m = /~(0[12][0-9a-f]{10,30})(?![0-9a-f])/i.exec(url.pathname);
  return m ? `~${m[1]!.toLowerCase()}` : undefined;
}

/** The numeric opening uid tiles and buttons carry: "~021999055296412911573" → "1999055296412911573". */
const openingUid = (jobId: string | undefined): string | undefined => (jobId?.startsWith('~02') ? jobId.slice(3) : undefined);

const verifiedFrom = (text: string): boolean | undefined => {
  if (!text) return undefined;
  if (/\bnot verified\b|\bunverified\b/i.test(text)) return false;
  if (/\bverified\b/i.test(text)) return true;
  return undefined;
};

const TIME = /^\d{1,2}:\d{2}\s*(?:[AP]M)?$/i;
const TIME_IN = /\b\d{1,2}:\d{2}\s*(?:[AP]M\b)?/i;

/**
 * Where a block is found by what it says when its classes and data attributes change: the headings
 * and labels Upwork writes (English UI). Each is the last resort after the selectors above.
 */
const LABELS = {
  aboutClient: /^about the client$/i,
  summary: /^summary$/i,
  history: /recent history \((\d+)\)/i,
} as const;

interface AboutRow {
  selectors: Selectors;
  field: string;
  /** Sets the row's signal from `text()` unless already found. */
  apply: (draft: SnapshotDraft, text: () => string, source: string) => void;
}

const row = <K extends keyof PlatformSignals>(
  key: K,
  selectors: Selectors,
  field: string,
  read: (text: string) => PlatformSignals[K] | undefined,
): AboutRow => ({ selectors, field, apply: (draft, text, source) => draft.setSignal(key, source, () => read(text())) });

const ratingOfReviews = (t: string) => parseRating(/\d(?:[.,]\d+)? of \d[\d,]* reviews?/i.exec(t)?.[0]);

/**
 * The "About the client" numbers: where each is, and how to read it. The same reader works on its own
 * node and on the whole block's text, which is the fallback when a node is renamed.
 */
const ABOUT_ROWS: readonly AboutRow[] = [
  row('rating', S.ratingExact, 'rating', (t) => ratingOfReviews(t)?.rating),
  row('reviewsCount', S.ratingExact, 'reviews', (t) => ratingOfReviews(t)?.reviews),
  row('jobsPosted', S.jobPostingStats, 'jobs posted', (t) => countBefore(t, /jobs?\s+posted/)),
  row('hireRatePercent', S.jobPostingStats, 'hire rate', (t) => parsePercent(t, /hire rate/)),
  row('openJobs', S.jobPostingStats, 'open jobs', (t) => countBefore(t, /open\s+jobs?/)),
  row('totalSpent', S.totalSpent, 'total spent', (t) => parseMoney(/\S+\s*total spent/i.exec(t)?.[0])),
  row('hires', S.hires, 'hires', (t) => countBefore(t, /hires?\b/)),
  row('activeHires', S.hires, 'active hires', (t) => countBefore(t, /active\b/)),
  row('avgHourlyRate', S.avgHourlyRate, 'avg hourly rate paid', (t) => parseMoney(/\S+\s*\/\s*hr\b/i.exec(t)?.[0])),
  row('hoursBilled', S.hours, 'hours', (t) => countBefore(t, /hours?\b|hrs\b/)),
  row('memberSince', S.memberSince, 'member since', (t) => parseDate(/member since .{3,20}?\d{4}/i.exec(t)?.[0], 'en-US')),
];

function readAboutClient(draft: SnapshotDraft, about: Element, label: string): void {
  const where = (field: string): string => `${label} › ${field}`;
  // Payment and phone verification: every caption line, read as text.
  for (const line of allOf(about, S.captionLines).map((el) => textOf(el, 200))) {
    if (/payment/i.test(line)) draft.setSignal('paymentVerified', where('payment method'), () => verifiedFrom(line));
    if (/phone/i.test(line)) draft.setSignal('phoneVerified', where('phone number'), () => verifiedFrom(line));
  }
  draft.setSignal('paymentVerified', where('payment verified badge'), () => (first(about, S.paymentVerifiedIcon) ? true : undefined));

  // Several rows read the same node ("19 hires, 7 active"): each node's text is read once.
  const texts = new Map<Selectors, string>();
  const nodeText = (selectors: Selectors): string => {
    let text = texts.get(selectors);
    if (text === undefined) texts.set(selectors, (text = textOf(first(about, selectors), 300)));
    return text;
  };
  for (const r of ABOUT_ROWS) r.apply(draft, () => nodeText(r.selectors), where(r.field));
  // The block's text, for whatever the selectors missed after a markup change; read only if needed.
  let aboutText: string | undefined;
  const text = (): string => (aboutText ??= textOf(about, 5_000));
  // "4.28 of 7 reviews" wherever it sits is exacter than the rounded stars below.
  draft.setSignal('rating', where('text'), () => ratingOfReviews(text())?.rating);
  draft.setSignal('rating', where('rating (rounded)'), () => {
    const shown = textOf(first(about, S.ratingRounded), 100);
    return parseRating(/out of|\//i.test(shown) ? shown : `${shown} out of 5`)?.rating;
  });
  draft.setSignal('industry', where('industry'), () => textOf(first(about, S.industry), 200));
  draft.setSignal('companySize', where('company size'), () => textOf(first(about, S.companySize), 100));
  // Logged out, "Member since" is a plain <small> line.
  draft.setSignal('memberSince', where('member since'), () =>
    parseDate(allOf(about, S.smallLines).map((el) => textOf(el, 200)).find((l) => /member since/i.test(l)), 'en-US'),
  );

  // The location row: by its data attribute, else the row showing the client's local time.
  const location = first(about, S.location) ?? rowWhere(about, (t) => TIME_IN.test(t) && t.length < 120);
  draft.setClient('countryName', where('location'), () => textOf(first(about, S.country), 100));
  const lines = allOf(location, S.locationLines).map((el) => textOf(el, 100));
  draft.setClient('city', where('location'), () => lines.find((l) => l && !TIME.test(l)));
  draft.setSignal('localTime', where('local time'), () => textOf(first(about, S.localTime), 100) || lines.find((l) => TIME.test(l)));
  // The row as text: "Italy / Milano / 11:03 AM" (country first), or "Berlin, Germany" written out.
  const rowLines = linesOf(location, { maxChars: 300 }).flatMap((l) => l.split(TIME_IN)).map((l) => l.trim()).filter(Boolean);
  const place = rowLines.length === 1 || rowLines[0]?.includes(',') ? placeOf(rowLines[0] ?? '') : { country: rowLines[0], city: rowLines[1] };
  draft.setClient('countryName', where('location (text)'), () => place.country);
  draft.setClient('city', where('location (text)'), () => place.city);
  draft.setSignal('localTime', where('local time (text)'), () => TIME_IN.exec(textOf(location, 300))?.[0]);

  draft.setSignal('paymentVerified', where('text'), () => verifiedFrom(/payment (?:method )?(?:not )?verified|payment unverified/i.exec(text())?.[0] ?? ''));
  draft.setSignal('phoneVerified', where('text'), () => verifiedFrom(/phone (?:number )?(?:not )?verified|phone unverified/i.exec(text())?.[0] ?? ''));
  draft.setSignal('rating', where('text'), () => parseRating(/rating is \d(?:[.,]\d+)? out of 5/i.exec(text())?.[0])?.rating);
  draft.setSignal('companySize', where('text'), () => /\b[\w-]+ company \([\d,+–-]+ people\)/i.exec(text())?.[0]);
  for (const r of ABOUT_ROWS) r.apply(draft, text, where('text'));
}

function readBudget(scope: ParentNode): JobBudget | undefined {
  const fixed = first(scope, S.budgetFixed)?.closest('li');
  if (fixed) {
    const amount = parseMoney(textOf(one(fixed, 'strong') ?? fixed, 200));
    return amount ? { type: 'fixed', min: amount, max: amount } : { type: 'fixed' };
  }
  const range = first(scope, S.budgetHourlyRange)?.closest('li');
  if (range) {
    const rate = parseRange(textOf(range, 300));
    return rate ? { type: 'hourly', min: rate.min, max: rate.max } : { type: 'hourly' };
  }
  // The icons' attributes changed: the rows say "Fixed-price" or "Hourly" in words.
  const fixedRow = rowWhere(scope, (t) => /\bfixed[- ]price\b/i.test(t) && !!parseMoney(t));
  const amount = parseMoney(textOf(fixedRow, 200));
  if (amount) return { type: 'fixed', min: amount, max: amount };
  const hourly = parseRange(textOf(rowWhere(scope, (t) => /\bhourly\b/i.test(t) && !!parseRange(t)), 300));
  if (hourly) return { type: 'hourly', min: hourly.min, max: hourly.max };
  return first(scope, S.budgetHourly) ? { type: 'hourly' } : undefined;
}

function ratingIn(block: Element): number | undefined {
  const popper = textOf(first(block, S.ratingPopper), 100);
  const hidden = textOf(first(block, S.ratingHidden), 100);
  const shown = textOf(first(block, S.ratingShown), 20);
  if (!popper && !hidden && !shown) return undefined;
  return parseRating(popper)?.rating ?? parseRating(hidden)?.rating ?? parseRating(`${shown} out of 5`)?.rating;
}

function readHistoryItem(item: Element): JobHistoryItem {
  const out: JobHistoryItem = {};
  const title = textOf(first(item, S.historyJobTitle), 500);
  if (title) out.title = title;
  const dates = first(item, S.historyDates);
  const stats = first(item, S.historyStats);
  const period = textOf(dates?.firstElementChild !== stats ? dates?.firstElementChild : null, 200);
  if (period) out.period = period;
  const statsText = textOf(stats, 300);
  const billed = /billed:?\s*(\S+)/i.exec(statsText)?.[1];
  const paid = parseMoney(billed ?? statsText);
  if (paid) out.paid = paid;
  // The first feedback block holds what the freelancer said of the client; "To freelancer:" is the reverse.
  const feedback = allOf(item, S.historyFeedbackBlocks).find((b) => !/^to freelancer/i.test(textOf(b, 40)));
  if (feedback) {
    const rating = ratingIn(feedback);
    if (rating !== undefined) out.ratingByFreelancer = rating;
    const comment = textOf(first(feedback, S.historyComment), 2_000).replace(/\s*(?:more|less)$/i, '');
    if (comment && !/^no feedback given$/i.test(comment)) out.commentByFreelancer = comment;
  }
  return out;
}

function readJobDetails(draft: SnapshotDraft, doc: Document, scope: ParentNode, details: Element | null, jobId: string | undefined): void {
  const card = details ?? scope;
  draft.setJob('title', 'Job details › title', () => textOf(first(card, S.jobTitle), 500));
  // A job page's tab title is "<job> - Freelance Job in <category> - Upwork"; a list's is not the job's.
  if (draft.pageKind === 'job') {
    draft.setJob('title', 'Document title', () => doc.title.replace(/\s*-\s*Freelance Job\b.*$|\s*[-|]\s*Upwork\s*$/i, ''));
  }
  draft.setJob('externalId', 'Page address', () => jobId);
  draft.setJob('externalId', 'Job details › job uid', () => {
    const uid = attrOf(first(card, S.jobUid), 'job-uid') || attrOf(first(card, S.jobUid), 'data-ev-opening_uid');
    return /^\d{10,30}$/.test(uid) ? `~02${uid}` : undefined;
  });
  const descriptionBlock = first(card, S.description) ?? sectionByHeading(card, LABELS.summary);
  const description = blockText(descriptionBlock, { maxChars: 20_000 }).replace(/^Summary\s*\n/i, '');
  draft.setJob('description', 'Job details › summary', () => description);
  draft.setJob('skills', 'Job details › skills and expertise', () => allOf(card, S.skills, 100).map((el) => textOf(el, 200)));
  draft.setJob('budget', 'Job details › budget', () => readBudget(card));
  const history = allOf(scope, S.historyItems, 200).map(readHistoryItem);
  // The header counts every past job ("Client's recent history (17)"); the page lists only some of them.
  const total =
    /\((\d+)\)/.exec(textOf(first(scope, S.historyTitle), 200))?.[1] ?? LABELS.history.exec(textOf(sectionByHeading(scope, LABELS.history), 300))?.[1];
  const listed = total && Number(total) !== history.length ? ` (${history.length} listed of ${total})` : '';
  draft.setJob('history', `Client's recent history${listed}`, () => history);
  draft.setJob('historyTotal', "Client's recent history › count", () => (total ? Number(total) : undefined));
}

function detailsRootFor(doc: Document, jobId: string | undefined): { details: Element | null; scope: ParentNode | null } {
  const details = first(doc, S.details);
  if (!details) return { details: null, scope: doc };
  const uid = openingUid(jobId);
  const shownUid = attrOf(first(details, S.jobUid), 'job-uid') || attrOf(details.closest('[data-ev-opening_uid]'), 'data-ev-opening_uid');
  // A slider still showing the previous job while the SPA swaps content: not this job's client.
  if (uid && /^\d+$/.test(shownUid) && shownUid !== uid) return { details: null, scope: null };
  return { details, scope: details.closest(S.detailsScope[0]) ?? details.parentElement ?? doc };
}

function readFeedTile(draft: SnapshotDraft, tile: Element): void {
  const where = (field: string): string => `Job tile › ${field}`;
  draft.setSignal('paymentVerified', where('payment'), () => verifiedFrom(textOf(first(tile, S.feedPayment), 100)));
  draft.setSignal('totalSpent', where('spent'), () => parseMoney(textOf(first(tile, S.feedSpent), 100)));
  draft.setClient('countryName', where('country'), () => textOf(first(tile, S.feedCountry), 100));
  const feedback = textOf(first(tile, S.feedRating), 200);
  draft.setSignal('rating', where('client rating'), () => {
    const r = parseRating(feedback);
    return r?.rating === 0 ? undefined : r?.rating;
  });
  draft.setJob('title', where('title'), () => textOf(first(tile, S.feedTitle), 500));
  const jobType = textOf(first(tile, S.feedJobType), 200);
  draft.setJob('budget', where('budget'), () => tileBudget(jobType, textOf(first(tile, S.feedBudget), 100)));
  const description = textOf(first(tile, S.feedDescription), 20_000);
  draft.setJob('description', where('description'), () => description);
  draft.setJob('skills', where('skills'), () => allOf(tile, S.feedSkills, 100).map((el) => textOf(el, 200)));
}

function readSearchTile(draft: SnapshotDraft, tile: Element): void {
  const where = (field: string): string => `Search result › ${field}`;
  draft.setSignal('paymentVerified', where('payment'), () => verifiedFrom(textOf(first(tile, S.searchPayment), 100)));
  const detail = parseRating(textOf(first(tile, S.searchRatingDetail), 200));
  const summary = parseRating(textOf(first(tile, S.searchRating), 300));
  draft.setSignal('rating', where('client feedback'), () => detail?.rating ?? summary?.rating);
  draft.setSignal('reviewsCount', where('client feedback'), () => detail?.reviews ?? summary?.reviews);
  draft.setSignal('totalSpent', where('spent'), () => parseMoney(textOf(first(tile, S.searchSpent), 100)));
  draft.setClient('countryName', where('location'), () => textOf(first(tile, S.searchLocation), 120).replace(/^Location\s+/i, ''));
  draft.setJob('title', where('title'), () => textOf(first(tile, S.searchTitle), 500));
  const jobType = textOf(first(tile, S.searchJobType), 200);
  draft.setJob('budget', where('budget'), () => tileBudget(jobType, textOf(first(tile, S.searchBudget), 200)));
  const description = blockText(first(tile, S.searchDescription), { maxChars: 20_000 });
  draft.setJob('description', where('description'), () => description);
  draft.setJob('skills', where('skills'), () => allOf(tile, S.searchSkills, 100).map((el) => textOf(el, 200)));
}

/** "Fixed-price" + "$300", "Fixed price" + "Est. budget: $250.00", "Hourly: $25-$47". */
function tileBudget(jobType: string, budget: string): JobBudget | undefined {
  if (/hourly/i.test(jobType)) {
    const rate = parseRange(jobType);
    return rate ? { type: 'hourly', min: rate.min, max: rate.max } : { type: 'hourly' };
  }
  if (/fixed/i.test(jobType)) {
    const amount = parseMoney(budget) ?? parseMoney(jobType);
    return amount ? { type: 'fixed', min: amount, max: amount } : { type: 'fixed' };
  }
  return undefined;
}

function tileFor(doc: Document, uid: string): { tile: Element; kind: 'feed' | 'search' } | null {
  if (!/^\d+$/.test(uid)) return null;
  const search = one(doc, `article[data-ev-job-uid="${uid}"]`);
  if (search) return { tile: search, kind: 'search' };
  const feed = one(doc, `section[data-ev-opening_uid="${uid}"]`);
  return feed ? { tile: feed, kind: 'feed' } : null;
}

function tileSnapshot(tile: Element, kind: 'feed' | 'search', url: URL, jobId: string | undefined): ClientSnapshot {
  const draft = new SnapshotDraft('upwork', kind, url);
  draft.setJob('externalId', 'Job tile › uid', () => jobId);
  if (kind === 'search') readSearchTile(draft, tile);
  else readFeedTile(draft, tile);
  return draft.build();
}

function messagesSnapshot(url: URL): ClientSnapshot | null {
  const draft = new SnapshotDraft('upwork', 'messages', url);
  // The room name travels in the address: the client's or the contract's name as Upwork shows it.
  draft.setClient('displayName', 'Messages › room name (pageTitle)', () => queryParam(url, 'pageTitle'));
  draft.setClient('externalId', 'Messages › room id', () => /\/rooms\/(room_[0-9a-z]+)/i.exec(url.pathname)?.[1]);
  return draft.hasClientData ? draft.build() : null;
}

function readUpwork(doc: Document, url: URL): ClientSnapshot | null {
  const page = upworkPageKind(url);
  if (page === 'messages') return messagesSnapshot(url);
  const jobId = upworkJobId(url);
  if ((page === 'feed' || page === 'search') && !jobId) return null;

  const { details, scope } = detailsRootFor(doc, jobId);
  const about = scope ? (first(scope, S.aboutClient) ?? sectionByHeading(scope, LABELS.aboutClient)) : null;
  if (scope && (about || details)) {
    const kind = page === 'other' ? 'job' : page === 'feed' || page === 'search' ? 'job-slider' : page;
    const draft = new SnapshotDraft('upwork', kind, url);
    if (about) readAboutClient(draft, about, 'About the client');
    readJobDetails(draft, doc, scope, details, jobId);
    if (draft.hasAnything) return draft.build();
  }

  // The slider is not rendered yet (or shows another job): the selected job's tile, if the list holds it.
  const uid = openingUid(jobId);
  const tile = uid ? tileFor(doc, uid) : null;
  return tile ? tileSnapshot(tile.tile, tile.kind, url, jobId) : null;
}

/**
 * The client of the job (or the messages room) this Upwork page shows, as the content script sends it:
 * red flags are left to the background, which scans the job description. Null when there is none.
 */
export function captureUpwork(doc: Document, url: URL): ClientSnapshot | null {
  // Field reads are guarded one by one; this only catches what nothing else did, so the page never sees an error.
  try {
    return readUpwork(doc, url);
  } catch {
    return null;
  }
}

/** The client of the job this Upwork page shows, red flags in the job description included. */
export const extractUpwork = (doc: Document, url: URL): ClientSnapshot | null => {
  const captured = captureUpwork(doc, url);
  return captured && flagJobDescription(captured);
};

/** One snapshot per job tile on a feed or search page, in page order (at most 100), red flags included. */
export function extractUpworkTiles(doc: Document, url: URL): ClientSnapshot[] {
  try {
    const search = allOf(doc, S.searchTile, 100);
    const tiles = search.length > 0 ? search : allOf(doc, S.feedTile, 100);
    const kind = search.length > 0 ? 'search' : 'feed';
    return tiles.map((tile) => {
      const uid = attrOf(tile, kind === 'search' ? 'data-ev-job-uid' : 'data-ev-opening_uid', 40);
      return flagJobDescription(tileSnapshot(tile, kind, url, /^\d+$/.test(uid) ? `~02${uid}` : undefined));
    });
  } catch {
    return [];
  }
}
