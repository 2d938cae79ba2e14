/**
 * Fills a `messages.json` entry with its values: positional (`$1`, or a placeholder whose content is
 * `$1`) or by placeholder name, in one pass (a value that contains `$1` is never substituted again).
 * The one renderer: lib/i18n/messages.ts uses it, and so does the popup's first paint, which cannot
 * load the catalogues messages.ts imports (first-paint-keys.ts).
 */
export interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Values for a message: positional (`$1`, or a placeholder whose content is `$1`) or by placeholder name. */
export type Substitutions = readonly string[] | Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\$([A-Za-z0-9_]+)\$|\$([1-9])/g;

export const renderEntry = (entry: Entry, substitutions: Substitutions): string => {
  const positional = (n: number): string => (Array.isArray(substitutions) ? (substitutions[n - 1] ?? '') : '');
  return entry.message.replace(PLACEHOLDER, (_, name: string | undefined, digit: string | undefined) => {
    if (digit) return positional(Number(digit));
    const lower = name!.toLowerCase();
    if (!Array.isArray(substitutions)) {
      const named = (substitutions as Record<string, string | number>)[lower] ?? (substitutions as Record<string, string | number>)[name!];
      if (named !== undefined) return String(named);
    }
    const content = entry.placeholders?.[lower]?.content ?? '';
    const index = /^\$([1-9])$/.exec(content)?.[1];
    return index ? positional(Number(index)) : content;
  });
};
