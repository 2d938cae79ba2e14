import { lowerWithoutAccents } from './text';

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
