import { describe, expect, it } from 'vitest';
import { dueDateCalendar, escapeIcsText, foldIcsLine, icsUtcStamp, toIcs } from '../../../lib/billing/export-ics';
import { makeInvoice } from '../builders';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 §3.1: a CRLF followed by one space or tab is removed when reading. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const NOW = new Date('2026-03-15T08:30:05.123Z');

describe('ICS text escaping', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b')).toBe('a\\\\b');
    expect(escapeIcsText('Dupont; Durand, Fils')).toBe('Dupont\\; Durand\\, Fils');
    expect(escapeIcsText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
    // The backslash is escaped first, so an escaped comma is not escaped twice.
    expect(escapeIcsText('\\,')).toBe('\\\\\\,');
  });
});

describe('ICS line folding', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps every physical line within 75 octets, continuation space included, and unfolds to the original', () => {
    const line = `SUMMARY:${'Facture à régler — échéance dépassée 🚨 '.repeat(8)}`;
    const folded = foldIcsLine(line);
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    // 74 ASCII octets, then "é" (2 octets) would make 76: "é" moves whole to the next line.
    const folded = foldIcsLine(`${'x'.repeat(74)}é`);
    expect(folded).toBe(`${'x'.repeat(74)}\r\n é`);
    const emoji = foldIcsLine('🚨'.repeat(40));
    for (const physical of emoji.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(unfold(emoji)).toBe('🚨'.repeat(40));
  });
});

describe('ICS calendar', () => {
  it('writes a VCALENDAR with CRLF line ends and one all-day VEVENT per event', () => {
    const ics = toIcs({
      name: 'Échéances, factures',
      now: NOW,
      events: [{ uid: 'invoice-1@clientcheck.app', date: '2028-02-29', summary: 'Invoice 1; due', description: 'a\nb' }],
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const lines = unfold(ics).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines).toContain('X-WR-CALNAME:Échéances\\, factures');
    expect(lines).toContain('DTSTAMP:20260315T083005Z');
    // A leap day: the all-day event ends (exclusively) on 1 March.
    expect(lines).toContain('DTSTART;VALUE=DATE:20280229');
    expect(lines).toContain('DTEND;VALUE=DATE:20280301');
    expect(lines).toContain('SUMMARY:Invoice 1\\; due');
    expect(lines).toContain('DESCRIPTION:a\\nb');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('writes DTSTAMP in UTC without fractions', () => {
    expect(icsUtcStamp(new Date('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z');
  });
});

describe('due dates as a calendar', () => {
  const options = {
    name: 'Invoice due dates',
    now: NOW,
    summary: (i: { number: string }, client: string, balance: number) => `Invoice ${i.number} due — ${client}, ${balance}`,
  };

  it('has one event per invoice still owed, on its due date, with a stable UID', () => {
    const rows = [
      { invoice: makeInvoice({ id: 'a', number: 'F-1', dueDate: '2026-03-31' }), clientName: 'Dupont, SARL' },
      { invoice: makeInvoice({ id: 'b', number: 'F-2', status: 'disputed', payments: [{ date: '2026-03-01', amount: 200_00 }] }), clientName: 'B' },
      { invoice: makeInvoice({ id: 'c', number: 'F-3', status: 'paid', payments: [{ date: '2026-03-01', amount: 1_200_00 }] }), clientName: 'C' },
      { invoice: makeInvoice({ id: 'd', number: 'F-4', status: 'draft' }), clientName: 'D' },
      { invoice: makeInvoice({ id: 'e', number: 'F-5', payments: [{ date: '2026-03-01', amount: 1_200_00 }] }), clientName: 'E' },
    ];
    const lines = unfold(dueDateCalendar(rows, options)).split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:invoice-a@clientcheck.app');
    expect(lines).toContain('UID:invoice-b@clientcheck.app');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260331');
    expect(lines).toContain('SUMMARY:Invoice F-1 due — Dupont\\, SARL\\, 120000');
    expect(lines).toContain('SUMMARY:Invoice F-2 due — B\\, 100000');
  });

  it('writes an empty but valid calendar when nothing is owed', () => {
    const ics = dueDateCalendar([], options);
    expect(ics).toContain('BEGIN:VCALENDAR\r\n');
    expect(ics).not.toContain('BEGIN:VEVENT');
    expect(ics).toContain('END:VCALENDAR\r\n');
  });
});
