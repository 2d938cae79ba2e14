import { z } from 'zod';
import { CALENDAR_YEARS, isRealDate, isWithinCalendarYears } from '../calendar';

// zod 4 probes `new Function` for speed; extension CSP forbids it and Firefox's linter flags it.
// (The build also removes the probe itself: scripts/strip-dynamic-code.ts.)
z.config({ jitless: true });

/** Every free-text field is bounded: captured pages can hold megabytes of hostile text. */
export const MAX_TEXT = 2_000;
export const MAX_LONG_TEXT = 20_000;

export const text = (max = MAX_TEXT) => z.string().max(max);
export const id = z.string().min(1).max(64);

/** A calendar date without time zone, e.g. a due date: `2026-03-31`. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date')
  .refine(isWithinCalendarYears, `expected a year from ${CALENDAR_YEARS.first} to ${CALENDAR_YEARS.last}`);
export type CalendarDate = z.infer<typeof calendarDate>;

/** An instant, as `new Date().toISOString()` writes it. */
export const instant = z.iso.datetime({ offset: true });

/** ISO 4217 code, e.g. `EUR`. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter currency code');

/** Money in integer minor units: `{ amount: 450000, currency: 'EUR' }` is EUR 4,500.00. */
export const money = z.object({
  amount: z.number().int().safe(),
  currency: currencyCode,
});
export type Money = z.infer<typeof money>;

/** ISO 3166-1 alpha-2, e.g. `FR`; `EL` is not a country here (Greece is `GR`). */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected a 2-letter country code');

export const httpUrl = z
  .string()
  .max(MAX_TEXT)
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'expected an http(s) address');

export const platformId = z.enum([
  'upwork',
  'freelancer',
  'fiverr',
  'malt',
  'codeur',
  'peopleperhour',
  'guru',
  'comeup',
  'gmail',
  'outlook',
  'web',
  'selection',
  'manual',
]);
export type PlatformId = z.infer<typeof platformId>;

/** Where a captured field came from. */
export const fieldSource = z.object({
  platform: platformId,
  url: text(),
  capturedAt: instant,
});
export type FieldSource = z.infer<typeof fieldSource>;

export const postalAddress = z.object({
  street: text().optional(),
  postalCode: text(32).optional(),
  city: text(200).optional(),
  region: text(200).optional(),
  country: countryCode.optional(),
});
export type PostalAddress = z.infer<typeof postalAddress>;

export const newId = (): string => crypto.randomUUID();
export const nowInstant = (): string => new Date().toISOString();
