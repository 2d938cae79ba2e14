/**
 * The background's half of Upwork capture: it turns what the content script read (texts, see read.ts)
 * into a snapshot, field by field, each with where on the page it came from. Parsing money, counts,
 * dates and ratings here keeps that code, and its first-run cost, out of every Upwork page.
 */
import type { ClientSnapshot, JobBudget, JobHistoryItem, PlatformSignals } from '../../model/snapshot';
import type { UpworkAboutReading, UpworkJobReading, UpworkPastJobReading, UpworkReading, UpworkTileReading } from '../../model/upwork-reading';
import { parseDate } from '../parse/dates';
import { placeOf } from '../parse/dom';
import { SnapshotDraft } from '../parse/draft';
import { parseMoney, parseRange } from '../parse/money';
import { countBefore, parsePercent, parseRating } from '../parse/numbers';
import { capLength } from '../parse/text';
import { queryParam } from '../parse/url';
import { LABELS, TIME, TIME_IN, upworkJobId, upworkPageKind } from './page';

const verifiedFrom = (text: string): boolean | undefined => {
  if (!text) return undefined;
  if (/\bnot verified\b|\bunverified\b/i.test(text)) return false;
  if (/\bverified\b/i.test(text)) return true;
  return undefined;
};

const ratingOfReviews = (t: string) => parseRating(/\d(?:[.,]\d+)? of \d[\d,]* reviews?/i.exec(t)?.[0]);

type RowNode = 'reviews' | 'jobPosting' | 'totalSpent' | 'hires' | 'avgHourlyRate' | 'hours' | 'memberSince';

interface AboutRow {
  node: RowNode;
  field: string;
  /** Sets the row's signal from `text` unless already found. */
  apply: (draft: SnapshotDraft, text: string, source: string) => void;
}

const row = <K extends keyof PlatformSignals>(
  key: K,
  node: RowNode,
  field: string,
  read: (text: string) => PlatformSignals[K] | undefined,
): AboutRow => ({ node, field, apply: (draft, text, source) => draft.setSignal(key, source, () => read(text)) });

/**
 * The "About the client" numbers: which node each is read from, and how. The same reader works on its
 * own node and on the whole block's text, which is the fallback when a node is renamed.
 */
const ABOUT_ROWS: readonly AboutRow[] = [
  row('rating', 'reviews', 'rating', (t) => ratingOfReviews(t)?.rating),
  row('reviewsCount', 'reviews', 'reviews', (t) => ratingOfReviews(t)?.reviews),
  row('jobsPosted', 'jobPosting', 'jobs posted', (t) => countBefore(t, /jobs?\s+posted/)),
  row('hireRatePercent', 'jobPosting', 'hire rate', (t) => parsePercent(t, /hire rate/)),
  row('openJobs', 'jobPosting', 'open jobs', (t) => countBefore(t, /open\s+jobs?/)),
  row('totalSpent', 'totalSpent', 'total spent', (t) => parseMoney(/\S+\s*total spent/i.exec(t)?.[0])),
  row('hires', 'hires', 'hires', (t) => countBefore(t, /hires?\b/)),
  row('activeHires', 'hires', 'active hires', (t) => countBefore(t, /active\b/)),
  row('avgHourlyRate', 'avgHourlyRate', 'avg hourly rate paid', (t) => parseMoney(/\S+\s*\/\s*hr\b/i.exec(t)?.[0])),
  row('hoursBilled', 'hours', 'hours', (t) => countBefore(t, /hours?\b|hrs\b/)),
  row('memberSince', 'memberSince', 'member since', (t) => parseDate(/member since .{3,20}?\d{4}/i.exec(t)?.[0], 'en-US')),
];

function parseAboutClient(draft: SnapshotDraft, about: UpworkAboutReading, label: string): void {
  const where = (field: string): string => `${label} › ${field}`;
  // Payment and phone verification: every caption line, read as text.
  for (const line of about.captions) {
    if (/payment/i.test(line)) draft.setSignal('paymentVerified', where('payment method'), () => verifiedFrom(line));
    if (/phone/i.test(line)) draft.setSignal('phoneVerified', where('phone number'), () => verifiedFrom(line));
  }
  draft.setSignal('paymentVerified', where('payment verified badge'), () => (about.paymentIcon ? true : undefined));
  for (const r of ABOUT_ROWS) r.apply(draft, about[r.node], where(r.field));
  const text = about.text;
  // "4.28 of 7 reviews" wherever it sits is exacter than the rounded stars below.
  draft.setSignal('rating', where('text'), () => ratingOfReviews(text)?.rating);
  draft.setSignal('rating', where('rating (rounded)'), () => {
    const shown = about.ratingRounded;
    return parseRating(/out of|\//i.test(shown) ? shown : `${shown} out of 5`)?.rating;
  });
  draft.setSignal('industry', where('industry'), () => about.industry);
  draft.setSignal('companySize', where('company size'), () => about.companySize);
  // Logged out, "Member since" is a plain <small> line.
  draft.setSignal('memberSince', where('member since'), () => parseDate(about.smallLines.find((l) => /member since/i.test(l)), 'en-US'));

  draft.setClient('countryName', where('location'), () => about.country);
  const lines = about.locationLines;
  draft.setClient('city', where('location'), () => lines.find((l) => l && !TIME.test(l)));
  draft.setSignal('localTime', where('local time'), () => about.localTime || lines.find((l) => TIME.test(l)));
  // The row as text: "Italy / Milano / 11:03 AM" (country first), or "Berlin, Germany" written out.
  const rowLines = about.locationRowLines.flatMap((l) => l.split(TIME_IN)).map((l) => l.trim()).filter(Boolean);
  const place = rowLines.length === 1 || rowLines[0]?.includes(',') ? placeOf(rowLines[0] ?? '') : { country: rowLines[0], city: rowLines[1] };
  draft.setClient('countryName', where('location (text)'), () => place.country);
  draft.setClient('city', where('location (text)'), () => place.city);
  draft.setSignal('localTime', where('local time (text)'), () => TIME_IN.exec(about.locationRow)?.[0]);

  draft.setSignal('paymentVerified', where('text'), () => verifiedFrom(/payment (?:method )?(?:not )?verified|payment unverified/i.exec(text)?.[0] ?? ''));
  draft.setSignal('phoneVerified', where('text'), () => verifiedFrom(/phone (?:number )?(?:not )?verified|phone unverified/i.exec(text)?.[0] ?? ''));
  draft.setSignal('rating', where('text'), () => parseRating(/rating is \d(?:[.,]\d+)? out of 5/i.exec(text)?.[0])?.rating);
  draft.setSignal('companySize', where('text'), () => /\b[\w-]+ company \([\d,+–-]+ people\)/i.exec(text)?.[0]);
  for (const r of ABOUT_ROWS) r.apply(draft, text, where('text'));
}

/** The shortest of `rows` that `test` accepts, the first of equals: the row itself, not a block holding it. */
const shortestWhere = (rows: readonly string[], test: (text: string) => boolean): string =>
  rows.filter(test).reduce<string | undefined>((best, r) => (best !== undefined && best.length <= r.length ? best : r), undefined) ?? '';

function parseBudget(budget: UpworkJobReading['budget']): JobBudget | undefined {
  if (budget.fixed !== undefined) {
    const amount = parseMoney(budget.fixed);
    return amount ? { type: 'fixed', min: amount, max: amount } : { type: 'fixed' };
  }
  if (budget.hourlyRange !== undefined) {
    const rate = parseRange(budget.hourlyRange);
    return rate ? { type: 'hourly', min: rate.min, max: rate.max } : { type: 'hourly' };
  }
  // The icons' attributes changed: the rows say "Fixed-price" or "Hourly" in words.
  const amount = parseMoney(capLength(shortestWhere(budget.fixedRows, (t) => !!parseMoney(t)), 200));
  if (amount) return { type: 'fixed', min: amount, max: amount };
  const hourly = parseRange(capLength(shortestWhere(budget.hourlyRows, (t) => !!parseRange(t)), 300));
  if (hourly) return { type: 'hourly', min: hourly.min, max: hourly.max };
  return budget.hourlyIcon ? { type: 'hourly' } : undefined;
}

function ratingOfFeedback(feedback: NonNullable<UpworkPastJobReading['feedback']>): number | undefined {
  const { popper, hidden, shown } = feedback;
  if (!popper && !hidden && !shown) return undefined;
  return parseRating(popper)?.rating ?? parseRating(hidden)?.rating ?? parseRating(`${shown} out of 5`)?.rating;
}

function parsePastJob(job: UpworkPastJobReading): JobHistoryItem {
  const out: JobHistoryItem = {};
  if (job.title) out.title = job.title;
  if (job.period) out.period = job.period;
  const billed = /billed:?\s*(\S+)/i.exec(job.stats)?.[1];
  const paid = parseMoney(billed ?? job.stats);
  if (paid) out.paid = paid;
  if (job.feedback) {
    const rating = ratingOfFeedback(job.feedback);
    if (rating !== undefined) out.ratingByFreelancer = rating;
    const comment = job.feedback.comment.replace(/\s*(?:more|less)$/i, '');
    if (comment && !/^no feedback given$/i.test(comment)) out.commentByFreelancer = comment;
  }
  return out;
}

function parseJobDetails(draft: SnapshotDraft, job: UpworkJobReading, jobId: string | undefined): void {
  draft.setJob('title', 'Job details › title', () => job.title);
  // A job page's tab title is "<job> - Freelance Job in <category> - Upwork"; a list's is not the job's.
  if (job.documentTitle !== undefined) {
    draft.setJob('title', 'Document title', () => job.documentTitle!.replace(/\s*-\s*Freelance Job\b.*$|\s*[-|]\s*Upwork\s*$/i, ''));
  }
  draft.setJob('externalId', 'Page address', () => jobId);
  draft.setJob('externalId', 'Job details › job uid', () => (/^\d{10,30}$/.test(job.uid) ? `~02${job.uid}` : undefined));
  draft.setJob('description', 'Job details › summary', () => job.description.replace(/^Summary\s*\n/i, ''));
  draft.setJob('skills', 'Job details › skills and expertise', () => job.skills);
  draft.setJob('budget', 'Job details › budget', () => parseBudget(job.budget));
  const history = job.history.map(parsePastJob);
  // The header counts every past job ("Client's recent history (17)"); the page lists only some of them.
  const total = /\((\d+)\)/.exec(job.historyHeader)?.[1] ?? LABELS.history.exec(job.historySection)?.[1];
  const listed = total && Number(total) !== history.length ? ` (${history.length} listed of ${total})` : '';
  draft.setJob('history', `Client's recent history${listed}`, () => history);
  draft.setJob('historyTotal', "Client's recent history › count", () => (total ? Number(total) : undefined));
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

function parseFeedTile(draft: SnapshotDraft, tile: UpworkTileReading): void {
  const where = (field: string): string => `Job tile › ${field}`;
  draft.setSignal('paymentVerified', where('payment'), () => verifiedFrom(tile.payment));
  draft.setSignal('totalSpent', where('spent'), () => parseMoney(tile.spent));
  draft.setClient('countryName', where('country'), () => capLength(tile.country, 100));
  draft.setSignal('rating', where('client rating'), () => {
    const r = parseRating(capLength(tile.rating, 200));
    return r?.rating === 0 ? undefined : r?.rating;
  });
  draft.setJob('title', where('title'), () => tile.title);
  draft.setJob('budget', where('budget'), () => tileBudget(tile.jobType, capLength(tile.budget, 100)));
  draft.setJob('description', where('description'), () => tile.description);
  draft.setJob('skills', where('skills'), () => tile.skills);
}

function parseSearchTile(draft: SnapshotDraft, tile: UpworkTileReading): void {
  const where = (field: string): string => `Search result › ${field}`;
  draft.setSignal('paymentVerified', where('payment'), () => verifiedFrom(tile.payment));
  const detail = parseRating(tile.ratingDetail);
  const summary = parseRating(tile.rating);
  draft.setSignal('rating', where('client feedback'), () => detail?.rating ?? summary?.rating);
  draft.setSignal('reviewsCount', where('client feedback'), () => detail?.reviews ?? summary?.reviews);
  draft.setSignal('totalSpent', where('spent'), () => parseMoney(tile.spent));
  draft.setClient('countryName', where('location'), () => tile.country.replace(/^Location\s+/i, ''));
  draft.setJob('title', where('title'), () => tile.title);
  draft.setJob('budget', where('budget'), () => tileBudget(tile.jobType, tile.budget));
  draft.setJob('description', where('description'), () => tile.description);
  draft.setJob('skills', where('skills'), () => tile.skills);
}

/** A job tile's snapshot (a feed or search page's list, or the selected job before its slider shows). */
export function parseJobTile(tile: UpworkTileReading, url: URL, jobId: string | undefined): ClientSnapshot {
  const draft = new SnapshotDraft('upwork', tile.kind, url);
  draft.setJob('externalId', 'Job tile › uid', () => jobId);
  if (tile.kind === 'search') parseSearchTile(draft, tile);
  else parseFeedTile(draft, tile);
  return draft.build();
}

function messagesSnapshot(url: URL): ClientSnapshot | null {
  const draft = new SnapshotDraft('upwork', 'messages', url);
  // The room name travels in the address: the client's or the contract's name as Upwork shows it.
  draft.setClient('displayName', 'Messages › room name (pageTitle)', () => queryParam(url, 'pageTitle'));
  draft.setClient('externalId', 'Messages › room id', () => /\/rooms\/(room_[0-9a-z]+)/i.exec(url.pathname)?.[1]);
  return draft.hasClientData ? draft.build() : null;
}

/** The snapshot of what an Upwork page showed (its reading), without red flags; null when it names no client or job. */
export function parseUpworkReading(reading: UpworkReading, url: URL): ClientSnapshot | null {
  const page = upworkPageKind(url);
  if (page === 'messages') return messagesSnapshot(url);
  const jobId = upworkJobId(url);
  if (reading.job || reading.about) {
    const kind = page === 'other' ? 'job' : page === 'feed' || page === 'search' ? 'job-slider' : page;
    const draft = new SnapshotDraft('upwork', kind, url);
    if (reading.about) parseAboutClient(draft, reading.about, 'About the client');
    if (reading.job) parseJobDetails(draft, reading.job, jobId);
    if (draft.hasAnything) return draft.build();
  }
  return reading.tile ? parseJobTile(reading.tile, url, jobId) : null;
}
