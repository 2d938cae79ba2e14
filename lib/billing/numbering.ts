import type { CalendarDate } from '../model/common';
import type { Invoice } from '../model/billing';
import { checkNumberChronology } from './compliance';

/**
 * Invoice numbers as the editor needs them: the next number to suggest, and what a number being typed does to
 * the sequence (a duplicate, numbers skipped before it, an issue date out of order). French law wants one
 * unbroken chronological sequence (CGI annexe II art. 242 nonies A); the whole-ledger check is
 * `checkNumberSequence` in compliance.ts, which this file reads numbers the same way as.
 */

type Numbered = Pick<Invoice, 'number' | 'issueDate'>;

/** A series is what comes before the final digits: "F2026-0042" is number 42 of series "F2026-". */
export const splitInvoiceNumber = (number: string): { prefix: string; value: number; width: number } | null => {
  const match = /^(.*?)(\d+)$/.exec(number.trim());
  return match ? { prefix: match[1], value: Number(match[2]), width: match[2].length } : null;
};

const write = (prefix: string, value: number, width: number): string => `${prefix}${String(value).padStart(width, '0')}`;

/**
 * The number after the latest invoice's, in its series. When the series carries the year of its latest invoice
 * ("F2025-") and a new year has begun, a new series starts at 1 ("F2026-001"), the usual yearly reset.
 */
export const suggestNextNumber = (invoices: readonly Numbered[], today: CalendarDate): string => {
  const year = today.slice(0, 4);
  let latest: { invoice: Numbered; prefix: string; width: number } | undefined;
  for (const invoice of invoices) {
    const parts = splitInvoiceNumber(invoice.number);
    if (!parts) continue;
    if (!latest || invoice.issueDate > latest.invoice.issueDate) latest = { invoice, ...parts };
  }
  if (!latest) return `${year}-001`;
  const { prefix, width } = latest;
  const latestYear = latest.invoice.issueDate.slice(0, 4);
  if (latestYear < year && prefix.includes(latestYear)) return write(prefix.replace(latestYear, year), 1, width);
  let highest = 0;
  for (const invoice of invoices) {
    const parts = splitInvoiceNumber(invoice.number);
    if (parts && parts.prefix === prefix && parts.value > highest) highest = parts.value;
  }
  return write(prefix, highest + 1, width);
};

export interface NumberingCheck {
  /** Another invoice already has this number (same series and value: "2026-7" is "2026-007"). */
  duplicateOf?: Numbered;
  /** Numbers of the series skipped just before this one. */
  gapBefore?: { from: string; to: string; count: number };
  /** An invoice of the same series breaks date order with this one. */
  outOfOrder?: { number: string; issueDate: CalendarDate; after: string; afterIssueDate: CalendarDate };
}

/** What `number`, issued on `issueDate`, does to the sequence formed by `others` (the invoice itself excluded). */
export const checkInvoiceNumber = (number: string, issueDate: CalendarDate, others: readonly Numbered[]): NumberingCheck => {
  const trimmed = number.trim();
  if (!trimmed) return {};
  const parts = splitInvoiceNumber(trimmed);
  const result: NumberingCheck = {};
  let below: { value: number; width: number } | undefined;
  const series: Numbered[] = [];
  for (const other of others) {
    const otherParts = splitInvoiceNumber(other.number);
    if (!parts || !otherParts) {
      if (other.number.trim() === trimmed) result.duplicateOf ??= other;
      continue;
    }
    if (otherParts.prefix !== parts.prefix) continue;
    series.push(other);
    if (otherParts.value === parts.value) result.duplicateOf ??= other;
    else if (otherParts.value < parts.value && (!below || otherParts.value > below.value)) below = otherParts;
  }
  if (!parts) return result;
  if (below && parts.value - below.value > 1 && !result.duplicateOf) {
    result.gapBefore = {
      from: write(parts.prefix, below.value + 1, below.width),
      to: write(parts.prefix, parts.value - 1, below.width),
      count: parts.value - below.value - 1,
    };
  }
  if (!result.duplicateOf) {
    const problem = checkNumberChronology([...series, { number: trimmed, issueDate }]).find(
      (p) => p.number === trimmed || p.after === trimmed,
    );
    if (problem) result.outOfOrder = problem;
  }
  return result;
};
