import { expect } from 'vitest';

/** An entry of a feature's message catalogue, in Chrome's `_locales` format. */
export interface CatalogueEntry {
  message: string;
  description: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

const placeholderContents = (entry: CatalogueEntry) =>
  Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name, p.content]));

/** English and French hold the same keys, and each key the same placeholders. */
export const expectSameKeysAndPlaceholders = (en: Catalogue, fr: Catalogue): void => {
  expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en)) expect(placeholderContents(fr[key]), key).toEqual(placeholderContents(en[key]));
};

/**
 * What Chrome accepts, entry by entry: a key of the given characters, a non-empty `required` text, only declared
 * placeholders, numbered $1, $2… in order, and no stray `$` (Chrome would swallow it).
 */
export const expectChromeFormat = (catalogues: Record<string, Catalogue>, rules: { key: RegExp; required: 'message' | 'description' }): void => {
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(key, `${lang} ${key}`).toMatch(rules.key);
      expect(entry[rules.required].trim(), `${lang} ${key}`).not.toBe('');
      const declared = Object.keys(entry.placeholders ?? {});
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase());
      expect(new Set(used), `${lang} ${key}`).toEqual(new Set(declared));
      expect(entry.message.replace(/\$[A-Za-z0-9_]+\$/g, ''), `${lang} ${key}`).not.toContain('$');
      expect(declared.map((name) => entry.placeholders?.[name].content), `${lang} ${key}`).toEqual(declared.map((_, i) => `$${i + 1}`));
    }
  }
};
