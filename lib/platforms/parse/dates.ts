/**
 * English and French calendar dates to `YYYY-MM-DD`: "Member since Jul 7, 2014", "Member since Jul 2014"
 * (day 01), "Membre depuis le 3 mars 2019", "1er mars 2019", "2019-03-03", and "03/03/2019" read by the
 * page's locale (day first in French and British English, month first in US English).
 */
import { foldText } from './text';

/** Month names and abbreviations, English and French, accents folded; one month per group, January first. */
const MONTH_NAMES =
  'jan january janv janvier|feb february fev fevr fevrier|mar march mars|apr april avr avril|may mai|jun june juin|' +
  'jul july juil juillet|aug august aou aout|sep sept september septembre|oct october octobre|nov november novembre|' +
  'dec december decembre';
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  MONTH_NAMES.split('|').flatMap((names, i) => names.split(' ').map((name) => [name, i + 1])),
);

let monthPatterns: { monthDayYear: RegExp; dayMonthYear: RegExp; monthYear: RegExp } | undefined;

/** "Jul 7, 2014", "3 mars 2019", "juillet 2014": compiled once, longest month names first. */
function wordPatterns(): NonNullable<typeof monthPatterns> {
  if (monthPatterns) return monthPatterns;
  const month = Object.keys(MONTHS)
    .sort((a, b) => b.length - a.length)
    .join('|');
  monthPatterns = {
    monthDayYear: new RegExp(String.raw`\b(${month})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`),
    dayMonthYear: new RegExp(String.raw`\b(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:of\s+)?(${month})\.?,?\s+(\d{4})\b`),
    monthYear: new RegExp(String.raw`\b(${month})\.?,?\s+(\d{4})\b`),
  };
  return monthPatterns;
}

/** How to read "03/04/2019": a locale tag ("fr", "en-GB", "en-US") or the order itself. */
export type DateHint = string | 'dmy' | 'mdy';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when the parts make a real calendar date (no 31 June, 29 February only in leap years). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function orderOf(hint: DateHint | undefined): 'dmy' | 'mdy' | undefined {
  if (!hint) return undefined;
  if (hint === 'dmy' || hint === 'mdy') return hint;
  const tag = hint.toLowerCase();
  if (/^en-(us|ph|ca)\b/.test(tag) || tag === 'us') return 'mdy';
  return 'dmy';
}

const expandYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** The first date in `text`, or undefined when there is none or it is ambiguous without a hint. */
export function parseDate(text: string | null | undefined, hint?: DateHint): string | undefined {
  if (!text) return undefined;
  const s = foldText(text.length > 1_000 ? text.slice(0, 1_000) : text).replace(/[\u00a0\u202f\u2009]/g, ' ');

  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  // "Jul 7, 2014", "July 7th 2014"
  const { monthDayYear: mdy, dayMonthYear: dmy, monthYear: my } = wordPatterns();
  const monthDayYear = mdy.exec(s);
  if (monthDayYear) {
    return isoDate(Number(monthDayYear[3]), MONTHS[monthDayYear[1]!]!, Number(monthDayYear[2]));
  }
  // "3 mars 2019", "1er mars 2019", "7 July 2014", "le 3 mars 2019"
  const dayMonthYear = dmy.exec(s);
  if (dayMonthYear) {
    return isoDate(Number(dayMonthYear[3]), MONTHS[dayMonthYear[2]!]!, Number(dayMonthYear[1]));
  }
  // "Jul 2014", "juillet 2014": the first of the month.
  const monthYear = my.exec(s);
  if (monthYear) return isoDate(Number(monthYear[2]), MONTHS[monthYear[1]!]!, 1);

  const numeric = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/.exec(s);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const year = expandYear(numeric[3]!);
    let order = orderOf(hint);
    if (!order) {
      if (a > 12 && b <= 12) order = 'dmy';
      else if (b > 12 && a <= 12) order = 'mdy';
      else if (a === b) order = 'dmy';
      else return undefined;
    }
    return order === 'dmy' ? isoDate(year, b, a) : isoDate(year, a, b);
  }
  return undefined;
}
