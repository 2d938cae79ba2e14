/**
 * Phone normalisation to E.164. Uses libphonenumber-js (~80 KB of metadata), so it runs in the background
 * and the UI on a snapshot's raw phones, never in a content script: extractors must not import this file.
 *
 * The default ("min") metadata checks length, not number ranges: a fresh range is never refused, and a
 * well-formed but unassigned number passes. That is the right trade for a checklist the user reviews.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type { CountryCode };

const isCountry = (c: string | undefined): c is CountryCode => c !== undefined && /^[A-Z]{2}$/.test(c);

/**
 * "+33 6 12 34 56 78", "06 12 34 56 78" (with defaultCountry "FR"), "0044 20 7946 0000",
 * "+44 (0)20 7946 0000" → "+33612345678" / "+442079460000"; undefined when not a possible number.
 */
export function toE164(raw: string | null | undefined, defaultCountry?: string): string | undefined {
  if (!raw) return undefined;
  // Pages write the trunk zero in brackets after the country code; the parser reads it as a digit.
  let input = raw.trim().slice(0, 64).replace(/^(\+\d{1,3})\s*\(0\)\s*/, '$1 ');
  // "00" international prefix used across Europe.
  input = input.replace(/^00(?=[1-9])/, '+');
  try {
    const country = defaultCountry?.toUpperCase();
    const parsed = parsePhoneNumberFromString(input, isCountry(country) ? country : undefined);
    if (!parsed || !parsed.isValid()) return undefined;
    return parsed.number;
  } catch {
    return undefined;
  }
}

/** The country a normalised number belongs to ("+33612345678" → "FR"); undefined when shared or unknown. */
export function phoneCountry(e164: string | null | undefined): string | undefined {
  if (!e164 || !/^\+\d{6,15}$/.test(e164)) return undefined;
  try {
    return parsePhoneNumberFromString(e164)?.country;
  } catch {
    return undefined;
  }
}
