/**
 * A seeded generator of mutated saved pages: what a platform's redesign, a half-rendered single-page
 * app, a hostile page or a broken encoding does to the markup the extractors read. The same seed gives
 * the same mutations, so a failure names the seed and the run that reproduce it. Used by the unit run
 * over the extractors (happy-dom) and the end-to-end run in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export type Random = () => number;

/** mulberry32: small, fast, and the same sequence on every machine. */
export const seededRandom = (seed: number): Random => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const elementsOf = (doc: Document): Element[] => Array.from(doc.querySelectorAll('body *'));

const textNodesOf = (doc: Document): Text[] => {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  for (let node = walker.nextNode(); node && out.length < 5_000; node = walker.nextNode()) out.push(node as Text);
  return out;
};

/** Words extractors look for, so a huge text is read as much as it can be, not skipped at once. */
const BAIT = 'Payment method verified 4.9 of 120 reviews $1.2M total spent Member since Jan 1, 2010 Lyon, France ';
export const MEGABYTE_TEXT = BAIT.repeat(Math.ceil(1_000_000 / BAIT.length)).slice(0, 1_000_000);

/** What a wrong charset, a truncated byte sequence or a hostile page leaves in text. */
const brokenText = (random: Random, text: string): string => {
  const bytes = new TextEncoder().encode(text);
  const forms = [
    // UTF-8 read as Latin-1: "Lumière" becomes "LumiÃ¨re".
    () => Array.from(bytes, (b) => String.fromCharCode(b)).join(''),
    // A multi-byte sequence cut: the replacement character, and a lone surrogate.
    () => `${text.slice(0, text.length >> 1)}\ufffd\ud800${text.slice(text.length >> 1)}\udc00`,
    // Controls, bidi overrides, zero-width joiners and combining marks.
    () => `\u0000\u202e${text}\u200b\u0301\u0301\u0301\u2066\u0007`,
    // Nothing readable at all.
    () => '\ufffd'.repeat(Math.max(1, text.length)),
  ];
  return pick(random, forms)();
};

export interface Mutation {
  name: string;
  /** Changes `doc` in place; says what it did, for the failure message. */
  apply: (doc: Document, random: Random) => string;
}

const describe = (el: Element): string => `<${el.tagName.toLowerCase()}${el.getAttribute('class') ? ` class="${el.getAttribute('class')!.slice(0, 40)}"` : ''}>`;

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'remove a node',
    apply: (doc, random) => {
      const el = pick(random, elementsOf(doc));
      if (!el) return 'nothing to remove';
      el.remove();
      return `removed ${describe(el)}`;
    },
  },
  {
    name: 'duplicate a section',
    apply: (doc, random) => {
      const candidates = elementsOf(doc).filter((el) => el.childElementCount > 0);
      const el = candidates.length > 0 ? pick(random, candidates) : undefined;
      if (!el) return 'nothing to duplicate';
      el.after(el.cloneNode(true));
      return `duplicated ${describe(el)}`;
    },
  },
  {
    name: '1 MB of text',
    apply: (doc, random) => {
      const el = pick(random, elementsOf(doc)) ?? doc.body;
      el?.append(doc.createTextNode(MEGABYTE_TEXT));
      return `1 MB of text in ${el ? describe(el) : 'nothing'}`;
    },
  },
  {
    name: 'broken encoding',
    apply: (doc, random) => {
      const nodes = textNodesOf(doc).filter((n) => (n.nodeValue ?? '').trim());
      const count = Math.min(nodes.length, 1 + Math.floor(random() * 40));
      for (let i = 0; i < count; i++) {
        const node = pick(random, nodes);
        node.nodeValue = brokenText(random, node.nodeValue ?? '');
      }
      return `broke the encoding of ${count} texts`;
    },
  },
  {
    name: 'classes and data attributes changed',
    apply: (doc, random) => {
      const el = pick(random, elementsOf(doc));
      if (!el) return 'nothing to change';
      for (const { name } of Array.from(el.attributes)) {
        if (name === 'class' || name === 'id' || name.startsWith('data-')) el.setAttribute(name, `x${Math.floor(random() * 1e6)}`);
      }
      return `renamed the attributes of ${describe(el)}`;
    },
  },
  {
    name: '1 MB attribute',
    apply: (doc, random) => {
      const el = pick(random, elementsOf(doc));
      const name = pick(random, ['title', 'aria-label', 'email', 'name', 'href', 'data-test']);
      el?.setAttribute(name, MEGABYTE_TEXT);
      return `1 MB ${name} on ${el ? describe(el) : 'nothing'}`;
    },
  },
  {
    name: 'deep nesting',
    apply: (doc, random) => {
      const el = pick(random, elementsOf(doc));
      if (!el) return 'nothing to nest';
      let inner: Element = el;
      for (let i = 0; i < 1_000; i++) {
        const wrapper = doc.createElement(i % 2 ? 'div' : 'li');
        inner.replaceWith(wrapper);
        wrapper.append(inner);
        inner = wrapper;
      }
      return `nested ${describe(el)} 1,000 deep`;
    },
  },
  {
    name: 'children reversed',
    apply: (doc, random) => {
      const candidates = elementsOf(doc).filter((el) => el.childElementCount > 1);
      const el = candidates.length > 0 ? pick(random, candidates) : undefined;
      if (!el) return 'nothing to reorder';
      el.append(...Array.from(el.children).reverse());
      return `reversed the children of ${describe(el)}`;
    },
  },
];

/** Applies 1 to 3 random mutations; returns what was done. */
export const mutatePage = (doc: Document, random: Random): string[] => {
  const count = 1 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => {
    const mutation = pick(random, MUTATIONS);
    return `${mutation.name}: ${mutation.apply(doc, random)}`;
  });
};

export interface SavedPage {
  /** Path under tests/fixtures. */
  fixture: string;
  /** The address it is served at: the one its first lines name (a list page: its first job's). */
  url: string;
  html: string;
}

/** Every platform's saved and reconstructed pages, each with its address. */
export const savedPages = (): SavedPage[] =>
  readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((dir) =>
      readdirSync(`${FIXTURES}${dir.name}`)
        .filter((f) => f.endsWith('.html'))
        .map((f) => {
          const fixture = `${dir.name}/${f}`;
          const html = readFileSync(`${FIXTURES}${fixture}`, 'utf8');
          // The address is named on the first lines; a feed or a search shows a client once a job is selected: its first job.
          let url = /https:\/\/[^\s"'<>]+/.exec(html.slice(0, 400))?.[0] ?? '';
          const uid = /data-ev-(?:opening_uid|job-uid)="(\d+)"/.exec(html)?.[1];
          if (dir.name === 'upwork' && !/~0[12]/.test(url) && uid) url = `https://www.upwork.com/nx/search/jobs/details/~02${uid}`;
          return { fixture, url, html };
        }),
    )
    .sort((a, b) => a.fixture.localeCompare(b.fixture));
