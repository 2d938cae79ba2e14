/**
 * Fills a `messages.json` entry with its values: positional (`$1`, or a placeholder whose content is
 * `$1`) or by placeholder name, in one pass (a value that contains `$1` is never substituted again).
 * The same rules as lib/i18n/messages.ts, for the popup's first-paint catalogue (first-paint-keys.ts).
 */
export interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const PLACEHOLDER = /\$([A-Za-z0-9_]+)\$|\$([1-9])/g;

export const renderEntry = (entry: Entry, substitutions: readonly string[]): string => {
  const positional = (n: number): string => substitutions[n - 1] ?? '';
  return entry.message.replace(PLACEHOLDER, (_, name: string | undefined, digit: string | undefined) => {
    if (digit) return positional(Number(digit));
    const content = entry.placeholders?.[name!.toLowerCase()]?.content ?? '';
    const index = /^\$([1-9])$/.exec(content)?.[1];
    return index ? positional(Number(index)) : content;
  });
};
