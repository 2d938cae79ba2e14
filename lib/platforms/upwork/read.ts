/**
 * What the Upwork content script runs: it reads the texts of the client block and the job, and parses
 * nothing. A page pays only for finding nodes and reading their text; the background turns the reading
 * into a snapshot (parse.ts) with the money, count, date and rating parsers this bundle never holds.
 * Every list and text is bounded as lib/model/upwork-reading.ts says, so the background never refuses it.
 */
import type { ClientSnapshot } from '../../model/snapshot';
import type {
  UpworkAboutReading,
  UpworkJobReading,
  UpworkPastJobReading,
  UpworkReading,
  UpworkTileReading,
} from '../../model/upwork-reading';
import { allOf, attrOf, blockText, first, linesOf, one, rowWhere, sectionByHeading, textOf } from '../parse/dom';
import { leftForBackground } from '../parse/left';
import { capLength } from '../parse/text';
import { LABELS, openingUid, TIME_IN, UPWORK_SELECTORS as S, upworkJobId, upworkPageKind } from './page';

const textsOf = (root: ParentNode | null, selectors: readonly string[], count: number, length: number): string[] =>
  allOf(root, selectors, count).map((el) => textOf(el, length));

function readAboutClient(about: Element): UpworkAboutReading {
  // The location row: by its data attribute, else the row showing the client's local time.
  const location = first(about, S.location) ?? rowWhere(about, (t) => TIME_IN.test(t) && t.length < 120);
  return {
    captions: textsOf(about, S.captionLines, 50, 200),
    paymentIcon: first(about, S.paymentVerifiedIcon) !== null,
    reviews: textOf(first(about, S.ratingExact), 300),
    jobPosting: textOf(first(about, S.jobPostingStats), 300),
    totalSpent: textOf(first(about, S.totalSpent), 300),
    hires: textOf(first(about, S.hires), 300),
    avgHourlyRate: textOf(first(about, S.avgHourlyRate), 300),
    hours: textOf(first(about, S.hours), 300),
    memberSince: textOf(first(about, S.memberSince), 300),
    text: textOf(about, 5_000),
    ratingRounded: textOf(first(about, S.ratingRounded), 100),
    industry: textOf(first(about, S.industry), 200),
    companySize: textOf(first(about, S.companySize), 100),
    smallLines: textsOf(about, S.smallLines, 50, 200),
    country: textOf(first(about, S.country), 100),
    locationLines: textsOf(location, S.locationLines, 20, 100),
    localTime: textOf(first(about, S.localTime), 100),
    locationRowLines: linesOf(location, { maxChars: 300 }).slice(0, 20),
    locationRow: textOf(location, 300),
  };
}

function readBudget(scope: ParentNode): UpworkJobReading['budget'] {
  const fixed = first(scope, S.budgetFixed)?.closest('li');
  const range = fixed ? null : first(scope, S.budgetHourlyRange)?.closest('li');
  // The icons' attributes changed: the rows that say "Fixed-price" or "Hourly" in words.
  const rows = fixed || range ? [] : allOf(scope, ['li'], 300).map((li) => textOf(li, 500));
  return {
    ...(fixed ? { fixed: textOf(one(fixed, 'strong') ?? fixed, 200) } : {}),
    ...(range ? { hourlyRange: textOf(range, 300) } : {}),
    fixedRows: rows.filter((t) => /\bfixed[- ]price\b/i.test(t)).slice(0, 20),
    hourlyRows: rows.filter((t) => /\bhourly\b/i.test(t)).slice(0, 20),
    hourlyIcon: first(scope, S.budgetHourly) !== null,
  };
}

function readPastJob(item: Element): UpworkPastJobReading {
  const dates = first(item, S.historyDates);
  const stats = first(item, S.historyStats);
  // The first feedback block holds what the freelancer said of the client; "To freelancer:" is the reverse.
  const feedback = allOf(item, S.historyFeedbackBlocks).find((b) => !/^to freelancer/i.test(textOf(b, 40)));
  return {
    title: textOf(first(item, S.historyJobTitle), 500),
    period: textOf(dates?.firstElementChild !== stats ? dates?.firstElementChild : null, 200),
    stats: textOf(stats, 300),
    ...(feedback
      ? {
          feedback: {
            popper: textOf(first(feedback, S.ratingPopper), 100),
            hidden: textOf(first(feedback, S.ratingHidden), 100),
            shown: textOf(first(feedback, S.ratingShown), 20),
            comment: textOf(first(feedback, S.historyComment), 2_000),
          },
        }
      : {}),
  };
}

function readJobDetails(doc: Document, scope: ParentNode, details: Element | null, onJobPage: boolean): UpworkJobReading {
  const card = details ?? scope;
  const uidHolder = first(card, S.jobUid);
  const historyHeader = textOf(first(scope, S.historyTitle), 200);
  return {
    title: textOf(first(card, S.jobTitle), 500),
    ...(onJobPage ? { documentTitle: capLength(doc.title, 2_000) } : {}),
    uid: attrOf(uidHolder, 'job-uid', 40) || attrOf(uidHolder, 'data-ev-opening_uid', 40),
    description: blockText(first(card, S.description) ?? sectionByHeading(card, LABELS.summary), { maxChars: 20_000 }),
    skills: textsOf(card, S.skills, 100, 200),
    budget: readBudget(card),
    history: allOf(scope, S.historyItems, 200).map(readPastJob),
    historyHeader,
    historySection: /\(\d+\)/.test(historyHeader) ? '' : textOf(sectionByHeading(scope, LABELS.history), 300),
  };
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

/** A feed or search tile's texts. */
export function readJobTile(tile: Element, kind: 'feed' | 'search'): UpworkTileReading {
  const search = kind === 'search';
  return {
    kind,
    payment: textOf(first(tile, search ? S.searchPayment : S.feedPayment), 100),
    spent: textOf(first(tile, search ? S.searchSpent : S.feedSpent), 100),
    country: textOf(first(tile, search ? S.searchLocation : S.feedCountry), 120),
    rating: textOf(first(tile, search ? S.searchRating : S.feedRating), 300),
    ratingDetail: search ? textOf(first(tile, S.searchRatingDetail), 200) : '',
    title: textOf(first(tile, search ? S.searchTitle : S.feedTitle), 500),
    jobType: textOf(first(tile, search ? S.searchJobType : S.feedJobType), 200),
    budget: textOf(first(tile, search ? S.searchBudget : S.feedBudget), 200),
    description: search ? blockText(first(tile, S.searchDescription), { maxChars: 20_000 }) : textOf(first(tile, S.feedDescription), 20_000),
    skills: textsOf(tile, search ? S.searchSkills : S.feedSkills, 100, 200),
  };
}

function tileFor(doc: Document, uid: string): UpworkTileReading | undefined {
  if (!/^\d+$/.test(uid)) return undefined;
  const search = one(doc, `article[data-ev-job-uid="${uid}"]`);
  if (search) return readJobTile(search, 'search');
  const feed = one(doc, `section[data-ev-opening_uid="${uid}"]`);
  return feed ? readJobTile(feed, 'feed') : undefined;
}

/** What this Upwork page shows of a job's client, as texts; null on a list without a selected job. */
export function readUpworkPage(doc: Document, url: URL, page = upworkPageKind(url)): UpworkReading | null {
  // A messages room is named in its address: nothing to read in the page.
  if (page === 'messages') return {};
  const jobId = upworkJobId(url);
  if ((page === 'feed' || page === 'search') && !jobId) return null;

  const { details, scope } = detailsRootFor(doc, jobId);
  const about = scope ? (first(scope, S.aboutClient) ?? sectionByHeading(scope, LABELS.aboutClient)) : null;
  if (scope && (about || details)) {
    return {
      ...(about ? { about: readAboutClient(about) } : {}),
      job: readJobDetails(doc, scope, details, page === 'job' || page === 'other'),
    };
  }
  // The slider is not rendered yet (or shows another job): the selected job's tile, if the list holds it.
  const uid = openingUid(jobId);
  const tile = uid ? tileFor(doc, uid) : undefined;
  return tile ? { tile } : null;
}

/**
 * What the Upwork content script sends: the page's reading, left in `snapshot.upwork` for the background
 * to parse and scan for red flags (lib/capture/complete-capture.ts). Null when the page shows no job's client.
 */
export function captureUpwork(doc: Document, url: URL): ClientSnapshot | null {
  // Every DOM read is guarded; this only catches what nothing else did, so the page never sees an error.
  try {
    const page = upworkPageKind(url);
    const reading = readUpworkPage(doc, url, page);
    return reading && leftForBackground('upwork', page, url, { upwork: reading });
  } catch {
    return null;
  }
}
