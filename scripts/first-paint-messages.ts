import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FIRST_PAINT_KEYS, FIRST_PAINT_PREFIXES } from '../lib/i18n/first-paint-keys';

const ID = 'virtual:first-paint-messages';
const RESOLVED = `\0${ID}`;

/** Every catalogue lib/i18n/messages.ts merges: the shell's, and each feature's `lib/<feature>/*messages.<lang>.json`. */
const catalogueFiles = (root: string, language: 'en' | 'fr'): string[] => [
  join(root, 'public/_locales', language, 'messages.json'),
  ...readdirSync(join(root, 'lib'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(root, 'lib', d.name))
        .filter((f) => f.endsWith(`messages.${language}.json`))
        .map((f) => join(root, 'lib', d.name, f)),
    ),
];

/**
 * The words the popup's first paint shows, in both languages, as one small module: the keys listed
 * in lib/i18n/first-paint-keys.ts, cut from the catalogues when the extension is built. The full
 * catalogues load after the first paint; the catalogues stay the one place each word is written.
 */
export const firstPaintMessages = (root = resolve('.')): Plugin => ({
  name: 'clientcheck:first-paint-messages',
  resolveId: (id) => (id === ID ? RESOLVED : undefined),
  load(id) {
    if (id !== RESOLVED) return undefined;
    const wanted = (key: string) => (FIRST_PAINT_KEYS as readonly string[]).includes(key) || FIRST_PAINT_PREFIXES.some((p) => key.startsWith(p));
    const cut = (language: 'en' | 'fr') => {
      const out: Record<string, unknown> = {};
      for (const file of catalogueFiles(root, language)) {
        this.addWatchFile(file);
        for (const [key, entry] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string; placeholders?: unknown }>)) {
          if (wanted(key)) out[key] = entry.placeholders ? { message: entry.message, placeholders: entry.placeholders } : { message: entry.message };
        }
      }
      const missing = FIRST_PAINT_KEYS.filter((key) => !(key in out));
      if (missing.length) this.error(`first-paint keys missing from the ${language} catalogues: ${missing.join(', ')}`);
      return out;
    };
    return `export default ${JSON.stringify({ en: cut('en'), fr: cut('fr') })};`;
  },
});
