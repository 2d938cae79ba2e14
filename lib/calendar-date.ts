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
