import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoTime } from '@/lib/capture/now';

describe('isoTime', () => {
  afterEach(() => vi.useRealTimers());

  it('writes what toISOString writes, on the days calendars get wrong', () => {
    const days = [
      '1970-01-01T00:00:00.000Z',
      '1999-12-31T23:59:59.999Z',
      '2000-02-29T12:00:00.001Z', // leap day of a century leap year
      '2000-03-01T00:00:00.000Z',
      '2024-02-29T23:59:59.999Z',
      '2026-12-31T23:59:59.999Z',
      '2027-01-01T00:00:00.000Z',
      '2100-02-28T23:59:59.999Z', // 2100 is not a leap year
      '2100-03-01T00:00:00.000Z',
      '2400-02-29T08:07:06.005Z',
      '9999-12-31T23:59:59.999Z',
    ];
    for (const day of days) expect(isoTime(Date.parse(day))).toBe(day);
  });

  it('agrees with toISOString over ten thousand instants between 1970 and 9999', () => {
    let seed = 42;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const last = Date.parse('9999-12-31T23:59:59.999Z');
    for (let i = 0; i < 10_000; i++) {
      const ms = Math.floor(next() * last);
      expect(isoTime(ms), String(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('is the clock now when given nothing', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-03T01:02:03.004Z'));
    expect(isoTime()).toBe('2026-12-03T01:02:03.004Z');
  });
});
