import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  endOfMonth,
  halfYearOf,
  halfYearStart,
  isLeapYear,
  nextHalfYearStart,
  toDayNumber,
  todayIn,
} from '../../lib/calendar';

describe('todayIn', () => {
  it('is already 1 January in Paris at 23:30 UTC on 31 December', () => {
    const now = new Date('2026-12-31T23:30:00Z');
    expect(todayIn('Europe/Paris', now)).toBe('2027-01-01');
    expect(todayIn('UTC', now)).toBe('2026-12-31');
  });

  it('is still the previous day in New York when Paris has moved on', () => {
    const now = new Date('2026-03-01T03:00:00Z');
    expect(todayIn('America/New_York', now)).toBe('2026-02-28');
    expect(todayIn('Europe/Paris', now)).toBe('2026-03-01');
  });

  it('follows summer time: 22:30 UTC on 30 June is 1 July in Paris (UTC+2), 30 June in London (UTC+1)', () => {
    const now = new Date('2026-06-30T22:30:00Z');
    expect(todayIn('Europe/Paris', now)).toBe('2026-07-01');
    expect(todayIn('Europe/London', now)).toBe('2026-06-30');
  });

  it('lands on 29 February in a leap year', () => {
    expect(todayIn('Asia/Tokyo', new Date('2028-02-28T16:00:00Z'))).toBe('2028-02-29');
  });

  it("without a zone, is today in the system's zone, and follows it when it changes (the user travels)", () => {
    const before = process.env.TZ;
    const now = new Date('2026-12-31T23:30:00Z');
    try {
      process.env.TZ = 'Europe/Paris';
      expect(todayIn(undefined, now)).toBe('2027-01-01');
      process.env.TZ = 'America/New_York';
      expect(todayIn(undefined, now)).toBe('2026-12-31');
      expect(todayIn(undefined, new Date('2028-02-29T12:00:00Z'))).toBe('2028-02-29');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('calendar arithmetic', () => {
  it('adds days across a leap day and a year end', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('finds the end of February in leap and common years, 2100 included', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2025-02-10')).toBe('2025-02-28');
    expect(endOfMonth('2028-02-01')).toBe('2028-02-29');
    expect(endOfMonth('2100-02-01')).toBe('2100-02-28');
    expect(endOfMonth('2000-02-01')).toBe('2000-02-29');
  });

  it('knows the Gregorian leap years', () => {
    expect([2024, 2025, 2028, 2100, 2000].map(isLeapYear)).toEqual([true, false, true, false, true]);
  });

  it('counts days as day numbers do', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(toDayNumber('2025-01-01') - toDayNumber('2024-01-01')).toBe(366);
    expect(toDayNumber('1970-01-02')).toBe(1);
  });

  it('splits the year at 1 July', () => {
    expect(halfYearOf('2026-06-30')).toBe('2026-H1');
    expect(halfYearOf('2026-07-01')).toBe('2026-H2');
    expect(halfYearStart('2026-H2')).toBe('2026-07-01');
    expect(halfYearStart('2027-H1')).toBe('2027-01-01');
    expect(nextHalfYearStart('2026-01-01')).toBe('2026-07-01');
    expect(nextHalfYearStart('2026-06-30')).toBe('2026-07-01');
    expect(nextHalfYearStart('2026-07-01')).toBe('2027-01-01');
    expect(nextHalfYearStart('2026-12-31')).toBe('2027-01-01');
  });
});
