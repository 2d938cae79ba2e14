import type { CalendarDate } from '../model/common';

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

/** Today's calendar date where the user is: a due date falls due at local midnight, not UTC's. */
export const todayIn = (timeZone?: string, now: Date = new Date()): CalendarDate => {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
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
