/**
 * Text hygiene for everything read from a page. Captured text is hostile by default: megabytes in one
 * node, control and bidi characters, half surrogate pairs. Every string leaving an extractor goes through
 * `cleanText` (one line) or `cleanBlock` (keeps line breaks), so it is plain and bounded.
 */

/** C0/C1 controls (except tab and line breaks), zero-width and bidi controls, byte-order marks, interlinear annotations. */
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Work bound: whitespace collapsing can shrink text, so read a little more than the cap, never all of it. */
const workBound = (max: number): number => max * 4 + 256;

/** Cuts at `max` UTF-16 units without splitting a surrogate pair. */
export function capLength(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return s.slice(0, end).trimEnd();
}

// Most page text holds none of the characters scrubbed below: one test spares two replacements. The same
// class as INVISIBLE, surrogates added.
const NEEDS_SCRUB = new RegExp(`${INVISIBLE.source.slice(0, -1)}\\ud800-\\udfff]`);

function scrub(value: string, max: number): string {
  const s = value.length > workBound(max) ? value.slice(0, workBound(max)) : value;
  return NEEDS_SCRUB.test(s) ? s.replace(INVISIBLE, '').replace(LONE_SURROGATE, '\ufffd') : s;
}

/** One line: whitespace of every kind (NBSP, thin and narrow spaces, line breaks) collapsed to one space. */
export function cleanText(value: unknown, max = 2_000): string {
  if (typeof value !== 'string' || value === '') return '';
  return capLength(scrub(value, max).replace(/\s+/g, ' ').trim(), max);
}

/** Several lines: spaces collapsed inside each line, at most one empty line in a row. */
export function cleanBlock(value: unknown, max = 20_000): string {
  if (typeof value !== 'string' || value === '') return '';
  const lines = scrub(value, max)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
  return capLength(lines.join('\n').replace(/\n{3,}/g, '\n\n').trim(), max);
}

/** Case- and accent-insensitive form for matching labels ("Membre depuis" ~ "membre depuis"). */
export { lowerWithoutAccents as foldText } from '../../text';

/** Splits prose into sentences; a line break always ends one (job posts are often lists). */
export function sentences(text: string, maxSentences = 2_000): string[] {
  const out: string[] = [];
  const push = (s: string): void => {
    const t = s.trim();
    if (t) out.push(t);
  };
  let start = 0;
  for (let i = 0; i < text.length && out.length < maxSentences; i++) {
    const c = text[i];
    const ends =
      c === '\n' || ((c === '.' || c === '!' || c === '?' || c === '\u2026') && (i + 1 === text.length || /\s/.test(text[i + 1] ?? '')));
    if (ends) {
      push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (out.length < maxSentences) push(text.slice(start));
  return out;
}
