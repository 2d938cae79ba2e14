import type { CalendarDate } from '../model/common';
import type { Invoice } from '../model/billing';
import { OPEN_STATUSES } from './aging';
import { addDays } from '../calendar';
import { balanceOf } from './overdue';

/**
 * Due dates as an iCalendar file (RFC 5545) that any calendar imports: one all-day VEVENT per open invoice.
 * Lines end in CRLF and are folded at 75 octets (UTF-8 bytes, never inside a character), continuation lines
 * starting with one space (§3.1); TEXT values escape backslash, semicolon, comma and line breaks (§3.3.11).
 */

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT value escaping: `\` → `\\`, `;` → `\;`, `,` → `\,`, any line break → `\n`. */
export const escapeIcsText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** Splits a content line into lines of at most 75 octets; each continuation line starts with a space. */
export const foldIcsLine = (line: string): string => {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The leading space of a continuation line counts towards its 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
};

/** `2026-03-31` → `20260331`, the DATE value form. */
const icsDate = (date: CalendarDate): string => date.replace(/-/g, '');

/** An instant in UTC, the form DTSTAMP needs: `20260331T091500Z`. */
export const icsUtcStamp = (instant: Date): string => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export interface IcsEvent {
  /** Globally unique and stable, so that importing the file again updates the event instead of doubling it. */
  uid: string;
  /** All-day event on this date. */
  date: CalendarDate;
  summary: string;
  description?: string;
}

export interface IcsCalendar {
  /** Shown by calendars that support it (X-WR-CALNAME). */
  name: string;
  events: readonly IcsEvent[];
  /** When the file is written: every event's DTSTAMP. */
  now: Date;
}

export const toIcs = ({ name, events, now }: IcsCalendar): string => {
  const stamp = icsUtcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ClientCheck//Invoice due dates//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(name)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
      // All-day events end on the next day (DTEND is exclusive).
      `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
      // A due date is a reminder, not a meeting: it should not show the user as busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
};

export type DueDateInvoice = Pick<Invoice, 'id' | 'number' | 'dueDate' | 'status' | 'amount' | 'payments' | 'currency'>;

export interface DueDateCalendarOptions {
  name: string;
  now: Date;
  summary: (invoice: DueDateInvoice, clientName: string, balance: number) => string;
  description?: (invoice: DueDateInvoice, clientName: string, balance: number) => string;
}

/** One event per invoice still owed (sent or disputed, balance above zero), on its due date. */
export const dueDateCalendar = (
  rows: Iterable<{ invoice: DueDateInvoice; clientName: string }>,
  options: DueDateCalendarOptions,
): string => {
  const events: IcsEvent[] = [];
  for (const { invoice, clientName } of rows) {
    if (!OPEN_STATUSES.has(invoice.status)) continue;
    const balance = balanceOf(invoice);
    if (balance === 0) continue;
    events.push({
      uid: `invoice-${invoice.id}@clientcheck.app`,
      date: invoice.dueDate,
      summary: options.summary(invoice, clientName, balance),
      ...(options.description ? { description: options.description(invoice, clientName, balance) } : {}),
    });
  }
  return toIcs({ name: options.name, events, now: options.now });
};
