import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate, formatMoney, minorUnitDigits, parseAmountInput } from '@/lib/format';
import { formatDayOffset, formatHalfYear } from '@/lib/format-words';
import { allKeys } from '@/lib/i18n/messages';
import { parseHash, routeToHash } from '@/lib/navigation';

describe('money input and display', () => {
  it.each([
    ['1200', 'EUR', 120000],
    ['1 200,50', 'EUR', 120050],
    ['1,200.50', 'USD', 120050],
    ['1.200,5', 'EUR', 120050],
    ['4 500', 'EUR', 450000],
    ['0,99', 'EUR', 99],
    ['1500', 'JPY', 1500],
  ])('reads %s %s as %i minor units', (input, currency, expected) => {
    expect(parseAmountInput(input, currency)).toBe(expected);
  });

  it.each(['', 'abc', '12,34,5x', '-5', '1e5'])('refuses %j', (input) => {
    expect(parseAmountInput(input, 'EUR')).toBeUndefined();
  });

  it('formats minor units with the currency and locale', () => {
    expect(formatMoney(450000, 'EUR', 'en-GB')).toBe('€4,500.00');
    expect(formatMoney(450000, 'EUR', 'fr-FR').replace(/\s/g, ' ')).toBe('4 500,00 €');
    expect(formatMoney(1500, 'JPY', 'en-GB')).toBe('JP¥1,500');
    expect(minorUnitDigits('JPY')).toBe(0);
  });
});

describe('UI strings', () => {
  it('French has every English key, and nothing more', () => {
    expect(allKeys('fr').sort()).toEqual(allKeys('en').sort());
  });
});

describe('dashboard routes', () => {
  it('round-trips views and ids through the hash', () => {
    expect(parseHash(routeToHash({ view: 'invoices', id: 'a/b c' }))).toEqual({ view: 'invoices', id: 'a/b c' });
    expect(parseHash('#/nowhere/1')).toEqual({ view: 'clients', id: undefined });
    expect(parseHash('')).toEqual({ view: 'clients', id: undefined });
  });

  it('falls back to the list when an id is not valid percent-encoding', () => {
    expect(parseHash('#/clients/%E0%A4%A')).toEqual({ view: 'clients', id: undefined });
    expect(parseHash('#/invoices/%')).toEqual({ view: 'invoices', id: undefined });
    expect(parseHash('#/chase/%ZZ')).toEqual({ view: 'chase', id: undefined });
  });
});

describe('locale files', () => {
  it('use only the key characters browsers accept in _locales (letters, digits, underscore)', () => {
    for (const key of allKeys('en')) expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

describe('dates in French and English', () => {
  it('write the first of a month as "1er" in French, and only the first', () => {
    expect(formatLongDate('2026-10-01', 'fr-FR')).toBe('1er octobre 2026');
    expect(formatLongDate('2026-10-02', 'fr-FR')).toBe('2 octobre 2026');
    expect(formatLongDate('2026-10-21', 'fr-FR')).toBe('21 octobre 2026');
    expect(formatDate('2026-10-01', 'fr-FR')).toBe('1er oct. 2026');
    expect(formatLongDate('2026-10-01', 'en-GB')).toBe('1 October 2026');
    expect(formatDate('2026-10-01', 'en-GB')).toBe('1 Oct 2026');
  });

  it('count days from the due date as J+ in French and D+ in English', () => {
    expect(formatDayOffset(1, 'fr')).toBe('J+1');
    expect(formatDayOffset(-3, 'fr')).toBe('J-3');
    expect(formatDayOffset(0, 'en')).toBe('D+0');
    expect(formatDayOffset(30, 'en')).toBe('D+30');
  });

  it('name half-years in words', () => {
    expect(formatHalfYear('2026-H1', 'fr')).toBe('premier semestre 2026');
    expect(formatHalfYear('2026-H2', 'fr')).toBe('second semestre 2026');
    expect(formatHalfYear('2026-H2', 'en')).toBe('second half of 2026');
  });
});
