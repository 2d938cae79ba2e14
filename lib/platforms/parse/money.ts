/**
 * Amounts as pages write them ("$11K", "€4 500,00", "4.500,00 EUR", "$15.00-$35.00 /hr") to integer minor
 * units + ISO 4217 code. Integer arithmetic on the digit strings: no float drift ("$1.2M" is exactly
 * 120000000 cents).
 */
import type { Money } from '../../model/common';
import { minorUnitDigits } from '../../currency';

export type { Money };

export interface Rate {
  min: Money;
  max: Money;
  /** The period the rate is for, when the text says it ("/hr", "par jour", "TJM"). */
  per?: 'hour' | 'day' | 'week' | 'month';
}

/** Symbols, longest first so "US$" wins over "$". A bare "$" is read as US dollars (Upwork, Freelancer). */
const SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['MX$', 'MXN'],
  ['C$', 'CAD'], ['A$', 'AUD'], ['S$', 'SGD'], ['R$', 'BRL'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₺', 'TRY'],
  ['₩', 'KRW'], ['₪', 'ILS'], ['₦', 'NGN'], ['₱', 'PHP'], ['₫', 'VND'], ['₴', 'UAH'], ['zł', 'PLN'],
];

/** Codes recognised when written out ("USD 300", "300 CHF"); others would be read as words. */
const CODES = new Set(
  ('USD EUR GBP CAD AUD NZD CHF JPY CNY INR BRL MXN SEK NOK DKK PLN CZK HUF RON BGN TRY ZAR SGD HKD ILS AED ' +
    'SAR QAR MAD TND XOF XAF NGN KES EGP PHP IDR MYR THB VND KRW RUB UAH ARS CLP COP PEN ISK BHD KWD OMR JOD')
    .split(' '),
);

export { minorUnitDigits as minorDigits } from '../../currency';

const SUFFIX_EXP: Readonly<Record<string, number>> = { k: 3, m: 6, b: 9, bn: 9, md: 9 };

// A number with optional grouping (space, NBSP, thin/narrow space, dot, comma, apostrophe) and decimals.
const NUMBER = /\d{1,3}(?:(?:[ \u00a0\u202f\u2009'\u2019]|[.,])\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?(?!\d)/g;

interface Amount {
  /** Where the amount begins, its currency prefix included. */
  from: number;
  start: number;
  end: number;
  digits: string;
  fractionLength: number;
  exp: number;
  negative: boolean;
  currency?: string;
}

const escapeRe = (s: string): string => s.replace(/[$.*+?^(){}[\]|\\]/g, '\\$&');
const SYMBOL_ALT = SYMBOLS.map(([s]) => escapeRe(s)).join('|');
// Currency right before the number: "$", "US$", "EUR ", "€ " (a sign may sit between).
const BEFORE = new RegExp(`(?:(${SYMBOL_ALT})|\\b([A-Z]{3}))[ \\u00a0\\u202f\\u2009]?([-\\u2212]?)[ \\u00a0\\u202f\\u2009]?$`);
// Suffix and currency right after it: "K", " M€", "k €", " EUR", " euros".
const AFTER = new RegExp(
  `^(?:[ \\u00a0\\u202f\\u2009]?(k|m|bn|b|md)(?![a-z0-9]))?(?:[ \\u00a0\\u202f\\u2009]?(?:(${SYMBOL_ALT})|([A-Z]{3})\\b|(euros?|dollars?)\\b))?`,
  'i',
);

const symbolCurrency = (symbol: string): string | undefined => SYMBOLS.find(([s]) => s === symbol)?.[1];

/** Decides which separator is the decimal one: the last of two kinds; a lone one before 3 digits groups. */
function splitNumber(raw: string): { digits: string; fractionLength: number } {
  const s = raw.replace(/[ \u00a0\u202f\u2009'\u2019]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimalAt = -1;
  if (lastDot >= 0 && lastComma >= 0) decimalAt = Math.max(lastDot, lastComma);
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const at = Math.max(lastDot, lastComma);
    const single = s.indexOf(sep) === at;
    const after = s.length - at - 1;
    const grouping = !single || (after === 3 && !/^0[.,]/.test(s));
    if (!grouping) decimalAt = at;
  }
  if (decimalAt < 0) return { digits: s.replace(/[.,]/g, ''), fractionLength: 0 };
  const integer = s.slice(0, decimalAt).replace(/[.,]/g, '');
  const fraction = s.slice(decimalAt + 1);
  return { digits: integer + fraction, fractionLength: fraction.length };
}

function scanAmounts(text: string, limit = 20): Amount[] {
  const out: Amount[] = [];
  const s = text.length > 10_000 ? text.slice(0, 10_000) : text;
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(s)) !== null && out.length < limit) {
    const start = m.index;
    let end = start + m[0].length;
    // Digits glued to letters are references, not amounts ("B2B", "ES2019", "W9").
    if (start > 0 && /\p{L}/u.test(s[start - 1] ?? '')) continue;
    const { digits, fractionLength } = splitNumber(m[0]);
    const amount: Amount = { from: start, start, end, digits, fractionLength, exp: 0, negative: false };
    const windowStart = Math.max(0, start - 8);
    const before = BEFORE.exec(s.slice(windowStart, start));
    // "450 € - 550 €": a dash with a space after it joins a range; a minus sign sticks to its number.
    const spacedDash = !!before?.[3] && !/[-\u2212]/.test(s[start - 1] ?? '');
    if (before && !spacedDash) {
      const code = before[1] ? symbolCurrency(before[1]) : before[2] && CODES.has(before[2]) ? before[2] : undefined;
      if (code) {
        amount.currency = code;
        amount.from = windowStart + before.index;
        amount.negative = before[3] !== '' && before[3] !== undefined;
      }
    }
    if (!amount.currency && start > 0 && /[-\u2212]/.test(s[start - 1] ?? '') && (start === 1 || /[\s(]/.test(s[start - 2] ?? ''))) {
      amount.negative = true;
    }
    const after = AFTER.exec(s.slice(end, end + 16));
    if (after && after[0]) {
      if (after[1]) amount.exp = SUFFIX_EXP[after[1].toLowerCase()] ?? 0;
      const code = after[2]
        ? symbolCurrency(after[2])
        : after[3] && CODES.has(after[3].toUpperCase()) && after[3] === after[3].toUpperCase()
          ? after[3]
          : after[4]
            ? /^euro/i.test(after[4])
              ? 'EUR'
              : 'USD'
            : undefined;
      if (code && !amount.currency) amount.currency = code;
      // Consume only what was understood: a suffix without a currency is still part of the amount.
      if (after[1] || code) end += after[0].length;
      amount.end = end;
    }
    out.push(amount);
  }
  return out;
}

function toMoney(a: Amount, currency: string): Money | undefined {
  const scale = a.exp + minorUnitDigits(currency) - a.fractionLength;
  const digits = a.digits.replace(/^0+(?=\d)/, '');
  if (digits.length > 16) return undefined;
  let amount: number;
  if (scale >= 0) {
    amount = Number(digits) * 10 ** scale;
  } else {
    const keep = digits.length + scale;
    const whole = keep > 0 ? Number(digits.slice(0, keep)) : 0;
    const nextDigit = keep >= 0 ? Number(digits[keep] ?? '0') : 0;
    amount = whole + (nextDigit >= 5 ? 1 : 0);
  }
  if (!Number.isSafeInteger(amount)) return undefined;
  return { amount: a.negative && amount !== 0 ? -amount : amount, currency };
}

const normaliseCurrency = (c: string | undefined): string | undefined =>
  c && /^[A-Za-z]{3}$/.test(c) ? c.toUpperCase() : undefined;

/**
 * The first amount in `text` that carries a currency ("$11K+ total spent" → 1100000 USD). Without a
 * currency marker, the first number counts only when `defaultCurrency` is given.
 */
export function parseMoney(text: string | null | undefined, defaultCurrency?: string): Money | undefined {
  if (!text) return undefined;
  const fallback = normaliseCurrency(defaultCurrency);
  for (const a of scanAmounts(text)) {
    const currency = a.currency ?? fallback;
    if (currency) return toMoney(a, currency);
  }
  return undefined;
}

const RANGE_JOINER = /^\s*(?:[-\u2010-\u2015\u2212~]|to|à)\s*$/i;

function periodOf(text: string): Rate['per'] {
  if (/\/\s*(?:hr|h|hour|heure)\b|\bper\s+hour\b|\bhourly\b|\bde l['’]heure\b|\bpar heure\b|€\s*\/\s*h\b/i.test(text)) return 'hour';
  if (/\/\s*(?:day|jour|j)\b|\bper\s+day\b|\bpar jour\b|\bdaily\b|\bTJM\b/i.test(text)) return 'day';
  if (/\/\s*(?:week|wk|semaine)\b|\bper\s+week\b|\bpar semaine\b/i.test(text)) return 'week';
  if (/\/\s*(?:month|mo|mois)\b|\bper\s+month\b|\bpar mois\b|\bmonthly\b/i.test(text)) return 'month';
  return undefined;
}

/**
 * An amount or a range of amounts: "$300" → min = max = $300; "$15.00-$35.00" and "15–35 €" → a range (a
 * currency written on one end applies to both). See parseRate for the period a rate is for.
 */
export function parseRange(text: string | null | undefined, defaultCurrency?: string): Pick<Rate, 'min' | 'max'> | undefined {
  if (!text) return undefined;
  const fallback = normaliseCurrency(defaultCurrency);
  const amounts = scanAmounts(text);
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    const b = amounts[i + 1];
    const joined = b !== undefined && RANGE_JOINER.test(text.slice(a.end, b.from)) && !b.negative;
    const bIsRangeEnd = joined && b !== undefined;
    const currency = a.currency ?? (bIsRangeEnd ? b.currency : undefined) ?? fallback;
    if (!currency) continue;
    const min = toMoney(a, currency);
    if (!min) return undefined;
    const max = min;
    if (bIsRangeEnd && (b.currency === undefined || b.currency === currency)) {
      // "$15-35K": a suffix on the upper end only applies to both ends.
      const lower = a.exp === 0 && b.exp > 0 ? { ...a, exp: b.exp } : a;
      const upper = toMoney(b, currency);
      const lowerMoney = toMoney(lower, currency);
      if (upper && lowerMoney && upper.amount >= lowerMoney.amount) return { min: lowerMoney, max: upper };
    }
    return { min, max };
  }
  return undefined;
}

/**
 * A rate or a budget: "$5.00 /hr" → min = max = $5.00 per hour; "$15.00-$35.00" and "15–35 €/h" → a
 * range, with the period when the text says it. Upwork's budgets say it in their own markup and read
 * parseRange, which leaves the period patterns out of that content script.
 */
export function parseRate(text: string | null | undefined, defaultCurrency?: string): Rate | undefined {
  const range = parseRange(text, defaultCurrency);
  return range && withPeriod(range, text!);
}

function withPeriod(rate: Rate, text: string): Rate {
  const per = periodOf(text);
  return per ? { ...rate, per } : rate;
}
