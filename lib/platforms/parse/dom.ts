/**
 * Small, throw-free DOM readers for extractors. Text comes from `textContent` (never `innerText`, which
 * forces a layout) and every query is wrapped, so an odd page gives "not found" rather than an error.
 */
import { cleanBlock, cleanText } from './text';

/** Selector alternatives, best first; see each platform's table for when each was seen. */
export type Selectors = readonly string[];

/** `querySelector` that returns null on an invalid selector or a missing root. */
export function one(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** The first element matched by any alternative, in the order given. */
export function first(root: ParentNode | null | undefined, selectors: Selectors): Element | null {
  for (const selector of selectors) {
    const found = one(root, selector);
    if (found) return found;
  }
  return null;
}

/** All elements matched by the first alternative that matches anything. */
export function allOf(root: ParentNode | null | undefined, selectors: Selectors, limit = 500): Element[] {
  if (!root) return [];
  for (const selector of selectors) {
    try {
      const found = root.querySelectorAll(selector);
      if (found.length > 0) return Array.from(found).slice(0, limit);
    } catch {
      // an alternative the engine does not support: try the next one
    }
  }
  return [];
}

/** One-line text of a node, bounded. */
export function textOf(node: Node | null | undefined, max = 2_000): string {
  if (!node) return '';
  try {
    return cleanText(node.textContent ?? '', max);
  } catch {
    return '';
  }
}

/** Attribute value, bounded; '' when absent. */
export function attrOf(el: Element | null | undefined, name: string, max = 2_000): string {
  if (!el) return '';
  try {
    return cleanText(el.getAttribute(name) ?? '', max);
  } catch {
    return '';
  }
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'HEAD', 'IFRAME', 'OBJECT']);

export interface BlockTextOptions {
  /** Characters to collect at most (the result is cleaned and bounded again). */
  maxChars?: number;
  /** Elements whose whole subtree is left out, e.g. quoted replies. */
  skip?: (el: Element) => boolean;
}

/**
 * Text with line breaks where the page shows them (`<br>`, block elements), which `textContent` loses.
 * Signatures and descriptions need those lines. Iterative walk with a node budget: no recursion limit,
 * no layout.
 */
export function blockText(root: Node | null | undefined, options: BlockTextOptions = {}): string {
  if (!root) return '';
  const maxChars = options.maxChars ?? 20_000;
  const parts: string[] = [];
  let size = 0;
  let budget = 50_000;
  const stack: Array<Node | '\n'> = [root];
  try {
    while (stack.length > 0 && size < maxChars && budget-- > 0) {
      const node = stack.pop()!;
      if (node === '\n') {
        parts.push('\n');
        continue;
      }
      if (node.nodeType === 3) {
        // Source line breaks inside text render as spaces; only <br> and blocks break lines.
        const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
        parts.push(value);
        size += value.length;
        continue;
      }
      if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
      if (node.nodeType === 1) {
        const el = node as Element;
        if (SKIPPED.has(el.tagName) || options.skip?.(el)) continue;
        if (el.tagName === 'BR') {
          parts.push('\n');
          continue;
        }
        if (BLOCK.has(el.tagName)) {
          parts.push('\n');
          stack.push('\n');
        }
      }
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  } catch {
    // a node that cannot be read ends the walk; what was read so far stands
  }
  return cleanBlock(parts.join(''), maxChars);
}

/** Text lines of a subtree, empty lines dropped. */
export function linesOf(root: Node | null | undefined, options: BlockTextOptions = {}): string[] {
  return blockText(root, options)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** `<a href>` resolved against the page, or '' when unusable. */
export function hrefOf(el: Element | null | undefined, base: URL): string {
  const raw = attrOf(el, 'href', 2_000);
  if (!raw) return '';
  try {
    return new URL(raw, base).href;
  } catch {
    return '';
  }
}

/**
 * The text of the page's schema.org JSON-LD scripts: the first 4 no longer than 80,000 characters
 * (a product catalogue is not a client card), so what a content script sends stays under 512 KB.
 */
export function jsonLdScripts(doc: Document): string[] {
  return allOf(doc, ['script[type="application/ld+json" i]'], 20)
    .map((script) => script.textContent ?? '')
    .filter((raw) => raw.length <= 80_000)
    .slice(0, 4);
}

/** The addresses of the mailto: and tel: links under `root` (at most 50 of each), as written. */
export function linkHrefs(root: ParentNode | null | undefined): { mailto: string[]; tel: string[] } {
  return {
    mailto: allOf(root, ['a[href^="mailto:" i]'], 50).map((a) => attrOf(a, 'href', 2_000)),
    tel: allOf(root, ['a[href^="tel:" i]'], 50).map((a) => attrOf(a, 'href', 200)),
  };
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], strong, header';

/**
 * The section a heading names, for when the section's own classes change: the heading whose text
 * matches `label` ("About the client"), then its nearest ancestor holding more than the heading
 * (at most four levels up). Labels outlive classes through redesigns.
 */
export function sectionByHeading(root: ParentNode | null | undefined, label: RegExp): Element | null {
  const heading = allOf(root, [HEADINGS], 300).find((el) => label.test(textOf(el, 200)));
  if (!heading) return null;
  const own = textOf(heading, 200).length;
  let section: Element | null = heading;
  for (let level = 0; level < 4 && section?.parentElement; level++) {
    section = section.parentElement;
    if (textOf(section, 400).length > own + 20) return section;
  }
  return null;
}

/** The smallest row (`li` by default) under `root` whose one-line text passes `test`. */
export function rowWhere(root: ParentNode | null | undefined, test: (text: string) => boolean, rows = 'li'): Element | null {
  const found = allOf(root, [rows], 300).filter((row) => test(textOf(row, 500)));
  return found.reduce<Element | null>((best, row) => (best && textOf(best, 500).length <= textOf(row, 500).length ? best : row), null);
}

/** "Berlin, Germany" (a place written out in a location row): the city first, the country last. */
export function placeOf(text: string): { city?: string; country?: string } {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > 4 || parts.some((p) => p.length > 60 || /\d/.test(p))) return {};
  return parts.length === 1 ? { country: parts[0] } : { city: parts[0], country: parts[parts.length - 1] };
}
