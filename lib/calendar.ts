import type { CalendarDate } from './model/common';
import { lowerWithoutAccents } from './text';

/**
 * Calendar dates, the one module: what a stored date may be (a real `YYYY-MM-DD` within the years a record may
 * hold), reading a date as a person types it, and the arithmetic every rule does on them (in UTC, so no time
 * zone or DST shifts a day). Plain code with no dependencies: the zod schemas and the content scripts load it too.
 */
/**
 * Whether `s` is a real calendar date written `YYYY-MM-DD` (no 30 February). Checked by
 * arithmetic, not `new Date`: backups hold hundreds of thousands of dates. Plain code, shared by
 * the zod schemas and the content scripts, which may not load zod.
 */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The years a date may fall in. Outside them dates stop meaning what they say: `Date.UTC` reads
 * years 0–99 as 1900–1999 ("0000-01-01" becomes 1900), and "9999-12-31" makes late interest count
 * days past what a number holds exactly. No invoice, agreement or signature falls outside.
 */
export const CALENDAR_YEARS = { first: 1900, last: 2199 } as const;

export const isRealDate = (s: unknown): s is string => {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]);
};

/** Whether a `YYYY-MM-DD` string's year is within `CALENDAR_YEARS`. */
export const isWithinCalendarYears = (s: string): boolean => {
  const y = Number(s.slice(0, 4));
  return y >= CALENDAR_YEARS.first && y <= CALENDAR_YEARS.last;
};

/** A real date, within the years a date may fall in: what every stored date must be. */
export const isCalendarDate = (s: unknown): s is string => isRealDate(s) && isWithinCalendarYears(s);

const MONTHS: Record<string, number> = {
  jan: 1, janv: 1, janvier: 1, january: 1,
  feb: 2, fev: 2, fevr: 2, fevrier: 2, february: 2,
  mar: 3, mars: 3, march: 3,
  apr: 4, avr: 4, avril: 4, april: 4,
  may: 5, mai: 5,
  jun: 6, juin: 6, june: 6,
  jul: 7, juil: 7, juillet: 7, july: 7,
  aug: 8, aou: 8, aout: 8, august: 8,
  sep: 9, sept: 9, septembre: 9, september: 9,
  oct: 10, octobre: 10, october: 10,
  nov: 11, novembre: 11, november: 11,
  dec: 12, decembre: 12, december: 12,
};

const iso = (y: number, m: number, d: number): string | undefined => {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDate(s) ? s : undefined;
};

/**
 * A date as a person types it, day first as the dashboard writes dates in both languages: "13/10/2026",
 * "13.10.2026", "13 Oct 2026", "1er octobre 2026", or "2026-10-13". Undefined when it is not a real date
 * within the years a record may hold. Two-digit years are 20xx.
 */
export const parseTypedDate = (typed: string): string | undefined => {
  const text = lowerWithoutAccents(typed.trim())
    .replace(/(\d)(er|st|nd|rd|th)\b/g, '$1')
    .replace(/,/g, ' ');
  const isoForm = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (isoForm) return iso(Number(isoForm[1]), Number(isoForm[2]), Number(isoForm[3]));
  const numeric = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})$/.exec(text);
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  if (numeric) return iso(year(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{2}|\d{4})$/.exec(text);
  if (named && MONTHS[named[2]]) return iso(year(named[3]), MONTHS[named[2]], Number(named[1]));
  return undefined;
};

// ─── Arithmetic ───────────────────────────────────────────────────────────────────────────────────

/** Calendar arithmetic on `YYYY-MM-DD` strings, done in UTC so no time zone or DST shifts a day. */

const toUtc = (date: CalendarDate): number => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

const fromUtc = (ms: number): CalendarDate => new Date(ms).toISOString().slice(0, 10);

const DAY_MS = 86_400_000;

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromUtc(toUtc(date) + days * DAY_MS);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** Last day of the month `date` falls in. */
export const endOfMonth = (date: CalendarDate): CalendarDate => {
  const [y, m] = date.split('-').map(Number);
  return fromUtc(Date.UTC(y, m, 0));
};

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Today's calendar date where the user is: a due date falls due at local midnight, not UTC's. The user's
 * own zone is read from the date's local fields, which follow a change of the system's zone and cost
 * nothing, where building a DateTimeFormat costs about a millisecond on every capture and recount.
 * A named zone (tests, reasoning about another place) keeps one formatter per zone.
 */
export const todayIn = (timeZone?: string, now: Date = new Date()): CalendarDate => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  if (timeZone === undefined) return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
  let format = zoneFormats.get(timeZone);
  // en-CA formats as YYYY-MM-DD.
  if (!format) zoneFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(now);
};

/** Milliseconds until the next local midnight, for the alarm that re-counts overdue invoices. */
export const msUntilLocalMidnight = (now: Date = new Date()): number => {
  const next = new Date(now);
  next.setHours(24, 0, 0, 0);
  return next.getTime() - now.getTime();
};

/** Days since 1970-01-01: cheap to compare and subtract when scanning thousands of invoices. */
export const toDayNumber = (date: CalendarDate): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Reference rates change on 1 January and 1 July: `2026-H1` runs from 1 Jan to 30 Jun 2026. */
export type HalfYear = `${number}-H${1 | 2}`;

export const halfYearOf = (date: CalendarDate): HalfYear =>
  `${Number(date.slice(0, 4))}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;

/** First day of a half-year: `2026-H2` → `2026-07-01`. */
export const halfYearStart = (halfYear: HalfYear): CalendarDate => {
  const [year, half] = halfYear.split('-H');
  return `${year.padStart(4, '0')}-${half === '1' ? '01' : '07'}-01`;
};

/** First day of the half-year after the one `date` falls in: `2026-03-15` → `2026-07-01`. */
export const nextHalfYearStart = (date: CalendarDate): CalendarDate => {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) <= 6 ? `${date.slice(0, 4)}-07-01` : `${String(year + 1).padStart(4, '0')}-01-01`;
};

export const earlierOf = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b);
export const laterOf = (a: CalendarDate, b: CalendarDate): CalendarDate => (a >= b ? a : b);
