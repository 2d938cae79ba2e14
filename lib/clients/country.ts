import { lowerWithoutAccents } from '../text';
/**
 * "Italy", "Italie", "United States" → "IT", "FR", "US". Built once from the browser's own
 * region names (Intl.DisplayNames) in English and French, so no country list is shipped.
 */
let byName: Map<string, string> | undefined;

/** A country name as a lookup key: letters only, lower case, no accents. */
const countryKey = (name: string): string =>
  lowerWithoutAccents(name)
    .replace(/[^a-z]+/g, ' ')
    .trim();

const ALIASES: Record<string, string> = {
  usa: 'US',
  'united states of america': 'US',
  uk: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'great britain': 'GB',
  'etats unis': 'US',
  'royaume uni': 'GB',
  holland: 'NL',
};

export const countryCodeOf = (name: string | undefined): string | undefined => {
  if (!name) return undefined;
  const trimmed = name.trim();
  if (/^[A-Z]{2}$/.test(trimmed)) return trimmed;
  if (!byName) {
    byName = new Map(Object.entries(ALIASES));
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const locale of ['en', 'fr']) {
      const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      for (const a of letters)
        for (const b of letters) {
          const code = a + b;
          try {
            const label = names.of(code);
            if (label && label !== code && !byName.has(countryKey(label))) byName.set(countryKey(label), code);
          } catch {
            // Not a region code.
          }
        }
    }
  }
  return byName.get(countryKey(trimmed));
};
