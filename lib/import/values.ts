import { isCalendarDate } from '../calendar';
import { minorUnitDigits } from '../currency';
import type { PaymentTerms } from '../model';
import { lowerWithoutAccents } from '../text';

/**
 * Amounts, dates and payment terms as invoice files write them, read without floating point: "1 234,50",
 * "1,234.50", "1234.5" and "-12" all become exact minor units.
 */

export type DecimalMark = '.' | ',' | 'auto';

/**
 * Minor units of a decimal amount, or undefined when the text is not one. With `auto`, a lone comma followed
 * by one or two digits is a decimal comma ("12,50"), as in French exports; otherwise the last of `.` and `,` is
 * the decimal mark and the other groups thousands. More decimals than the currency has are rounded half up.
 */
export const parseDecimal = (raw: string, currency: string, mark: DecimalMark = 'auto'): number | undefined => {
  let text = raw.trim().replace(/[\s\u00a0\u202f']/g, '').replace(/^([+-]?)[^\d+\-.,]+/, '$1').replace(/[^\d.,]+$/, '');
  if (text === '') return undefined;
  let decimal: '.' | ',' | undefined;
  if (mark !== 'auto') decimal = mark;
  else {
    const lastDot = text.lastIndexOf('.');
    const lastComma = text.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
    else if (lastComma >= 0) decimal = /,\d{1,2}$/.test(text) && text.indexOf(',') === lastComma ? ',' : undefined;
    else if (lastDot >= 0) decimal = /\.\d{3}$/.test(text) && text.indexOf('.') !== lastDot ? undefined : '.';
  }
  const group = decimal === ',' ? '.' : ',';
  text = text.split(group).join('');
  if (decimal === undefined) text = text.replace(/[.,]/g, '');
  else if (decimal === ',') text = text.replace(',', '.');
  const m = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) return undefined;
  const digits = minorUnitDigits(currency);
  const fraction = (m[3] ?? '').padEnd(digits + 1, '0');
  let minor = Number(m[2]) * 10 ** digits + Number(fraction.slice(0, digits) || '0');
  if (Number(fraction[digits]) >= 5) minor += 1;
  if (!Number.isSafeInteger(minor)) return undefined;
  return m[1] === '-' ? -minor : minor;
};

export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/**
 * A calendar date from the ways files write one: `20260131` (UN/CEFACT format 102), `2026-01-31`, an ISO
 * timestamp, or day, month and year with `/`, `.` or `-` in the given order (French and most European
 * exports write day first, US ones month first).
 */
export const parseDate = (raw: string, order: DateOrder = 'dmy'): string | undefined => {
  const text = raw.trim();
  let y: string | undefined;
  let m: string | undefined;
  let d: string | undefined;
  let match = /^(\d{4})(\d{2})(\d{2})$/.exec(text) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (match) [, y, m, d] = match;
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text))) {
    const [, a, b, year] = match;
    y = year.length === 2 ? `20${year}` : year;
    [d, m] = order === 'mdy' ? [b, a] : [a, b];
  } else return undefined;
  const date = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
};

/**
 * Payment terms in the words invoices use, in French and English: "30 jours", "Net 30", "45 jours fin de mois",
 * "30 days end of month", "à réception", "due on receipt", "comptant". Undefined when the text says something
 * else (a date, a bank account): the preview then asks.
 */
export const parseTerms = (raw: string | undefined): PaymentTerms | undefined => {
  if (!raw) return undefined;
  const text = lowerWithoutAccents(raw);
  if (/\b(a|upon|on|due on|des) (reception|receipt)\b|\bcomptant\b|\bimmediate(ly)?\b|\bimmediat\b/.test(text)) return { days: 0, endOfMonth: false };
  const days =
    /\b(\d{1,3})\s*(?:jours?|j|days?|calendar days?|tagen?)\b/.exec(text)?.[1] ?? /\bnet\s*(\d{1,3})\b/.exec(text)?.[1] ?? /\b(\d{1,3})\s*(?:fdm|eom)\b/.exec(text)?.[1];
  if (days === undefined) return undefined;
  const n = Number(days);
  if (n > 365) return undefined;
  const endOfMonth = /fin de mois|end of (the )?month|\bfdm\b|\beom\b|monatsende/.test(text);
  return { days: n, endOfMonth };
};
