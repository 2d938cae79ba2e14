/** Display helpers shared by the popup, the dashboard and the background's tooltips. */

import { minorUnitDigits } from './currency';

export { minorUnitDigits };

const formatters = new Map<string, Intl.NumberFormat>();

export const formatMoney = (amount: number, currency: string, locale = 'en'): string => {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 });
    }
    formatters.set(key, formatter);
  }
  return formatter.format(amount / 10 ** minorUnitDigits(currency));
};

/** Parses what a person types ("4 500,50", "4,500.50", "4500") into minor units. */
export const parseAmountInput = (input: string, currency: string): number | undefined => {
  const cleaned = input.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d+([.,]\d+)*$/.test(cleaned)) return undefined;
  const lastSep = Math.max(cleaned.lastIndexOf(','), cleaned.lastIndexOf('.'));
  const digits = minorUnitDigits(currency);
  let whole = cleaned;
  let fraction = '';
  // A final separator followed by 1-2 digits is the decimal point; otherwise separators group thousands.
  if (lastSep >= 0 && cleaned.length - lastSep - 1 <= digits && cleaned.length - lastSep - 1 > 0) {
    whole = cleaned.slice(0, lastSep);
    fraction = cleaned.slice(lastSep + 1);
  }
  whole = whole.replace(/[.,]/g, '');
  const value = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || 0);
  return Number.isSafeInteger(value) ? value : undefined;
};

/** Minor units back to what a person types, parseAmountInput's way round: 4500 EUR → "45", 4550 → "45.50". */
export const amountInputText = (amount: number, currency: string): string => {
  const digits = minorUnitDigits(currency);
  const major = amount / 10 ** digits;
  return Number.isInteger(major) ? String(major) : major.toFixed(digits);
};

/**
 * A calendar date in `locale`. French writes the first of a month as an ordinal, "1er octobre 2026", which
 * `Intl` does not: the day part is rewritten.
 */
const formatCalendarDate = (date: string, locale: string, month: 'short' | 'long'): string => {
  const [y, m, d] = date.split('-').map(Number);
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(y, m - 1, d)),
  );
  const firstInFrench = d === 1 && locale.toLowerCase().startsWith('fr');
  return parts.map((part) => (firstInFrench && part.type === 'day' ? '1er' : part.value)).join('');
};

/** "1 Oct 2026", "1er oct. 2026". */
export const formatDate = (date: string, locale = 'en'): string => formatCalendarDate(date, locale, 'short');

/** The long form letters use: "1 October 2026", "1er octobre 2026". */
export const formatLongDate = (date: string, locale = 'en'): string => formatCalendarDate(date, locale, 'long');

/** An instant in the user's own time zone: "3 Mar 2026, 10:15". */
export const formatInstant = (instant: string, locale = 'en'): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
