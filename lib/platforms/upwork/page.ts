/**
 * Where things are on Upwork pages and which page an address is: shared by the reader that runs in the
 * page (read.ts) and the parser that runs in the background (parse.ts).
 */
import { UPWORK_HOSTS } from '../hosts';
import type { Selectors } from '../parse/dom';
import { onPlatformHost } from '../parse/url';

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

export const matches = (url: URL): boolean => onPlatformHost(url, UPWORK_HOSTS);

export type UpworkPage = 'job' | 'job-slider' | 'apply' | 'feed' | 'search' | 'messages' | 'other';

/** Which page an address is. String tests, not patterns: a pattern is compiled the first time a page runs it. */
export function upworkPageKind(url: URL): UpworkPage {
  const path = url.pathname;
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  if (path.startsWith('/ab/messages/rooms/')) return 'messages';
  if (path.startsWith('/nx/proposals/job/~')) return 'apply';
  if (path.includes('/details/~')) return 'job-slider';
  if (path.startsWith('/jobs/') || path.startsWith('/freelance-jobs/apply/')) return 'job';
  if (under('/nx/find-work')) return 'feed';
  if (under('/nx/search/jobs')) return 'search';
  return 'other';
}

/** The job's cipher from the URL: "~021999055296412911573" (or the older "~01" hex form). */
export function upworkJobId(url: URL): string | undefined {
  const m = /~(0[12][0-9a-f]{10,30})(?![0-9a-f])/i.exec(url.pathname);
  return m ? `~${m[1]!.toLowerCase()}` : undefined;
}

/** The numeric opening uid tiles and buttons carry: "~021999055296412911573" → "1999055296412911573". */
export const openingUid = (jobId: string | undefined): string | undefined => (jobId?.startsWith('~02') ? jobId.slice(3) : undefined);

/**
 * Where a block is found by what it says when its classes and data attributes change: the headings
 * and labels Upwork writes (English UI). Each is the last resort after the selectors above.
 */
export const LABELS = {
  aboutClient: /^about the client$/i,
  summary: /^summary$/i,
  history: /recent history \((\d+)\)/i,
} as const;

/** A local time alone ("11:03 AM"), and one inside a line. */
export const TIME = /^\d{1,2}:\d{2}\s*(?:[AP]M)?$/i;
export const TIME_IN = /\b\d{1,2}:\d{2}\s*(?:[AP]M\b)?/i;
