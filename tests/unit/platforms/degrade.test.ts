import { describe, expect, it } from 'vitest';
import type { ClientSnapshot } from '@/lib/model/snapshot';
import { extractClient } from '@/lib/platforms/extract';
import { FREELANCER_SELECTORS } from '@/lib/platforms/freelancer';
import { GMAIL_SELECTORS } from '@/lib/platforms/gmail';
import { OUTLOOK_SELECTORS } from '@/lib/platforms/outlook';
import { UPWORK_SELECTORS } from '@/lib/platforms/upwork';
import { expectValidSnapshot, htmlDocument } from './helpers';
import { savedPages } from './page-mutations';

/**
 * Capture degrades field by field: when the markup of one place differs from the saved page (a class
 * renamed, a data attribute gone, a flag shown as an icon), every other field is still read, and the
 * changed one too wherever the page's text says it plainly: extractors read labels, icons and text as
 * well as classes.
 */
const PAGES = new Map(savedPages().map((p) => [p.fixture, p]));

/** Every field of a snapshot as `path → value`, leaving out where each was read and when. */
const fieldsOf = (snapshot: ClientSnapshot | null): Map<string, string> => {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    else out.set(path, JSON.stringify(value));
  };
  if (snapshot) {
    const { fieldSources: _sources, capturedAt: _at, ...rest } = snapshot;
    walk(rest, '');
  }
  return out;
};

/** The fields that differ, each named once (`job.history.3.title` → `job.history`). */
const changedFields = (before: Map<string, string>, after: Map<string, string>): string[] => {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...new Set([...keys].filter((k) => before.get(k) !== after.get(k)))].sort();
};

const read = (fixture: string, edit: (doc: Document) => void = () => {}) => {
  const page = PAGES.get(fixture)!;
  const doc = htmlDocument(page.html, page.url);
  edit(doc);
  const snapshot = extractClient(doc, page.url);
  expectValidSnapshot(snapshot);
  return snapshot;
};

/** Puts the markup `html` (parsed on its own) where `selector` is. */
const replace = (doc: Document, selector: string, html: string) => {
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`${selector} is not on the page`);
  el.replaceWith(doc.importNode(htmlDocument(`<body>${html}</body>`).body.firstElementChild!, true));
};

const stripMarkup = (el: Element) => {
  for (const { name } of Array.from(el.attributes)) if (name === 'class' || name === 'id' || name.startsWith('data-') || name === 'job-uid') el.removeAttribute(name);
};

describe('one place of the markup changed: every selector of every platform, one element at a time', () => {
  /**
   * What may be lost when an element's classes, id and data attributes go, because nothing but those
   * attributes says it: a past job's block in the client's history (its item only), the industry (a bare
   * value with no label), a thread id held in an attribute.
   */
  const MAY_LOSE: Record<string, readonly string[]> = {
    historyItems: ['job.history'],
    historyJobTitle: ['job.history'],
    historyDates: ['job.history'],
    historyStats: ['job.history'],
    historyFeedbackBlocks: ['job.history'],
    historyComment: ['job.history'],
    ratingPopper: ['job.history'],
    ratingHidden: ['job.history'],
    ratingShown: ['job.history'],
    industry: ['signals.industry'],
    threadPermId: ['client.externalId'],
    threadLegacyId: ['client.externalId'],
    subject: ['client.externalId'],
  };

  const CASES: [string, Record<string, readonly string[]>][] = [
    ['upwork/job-details-slider.html', UPWORK_SELECTORS],
    ['upwork/job-details-slider-bad-reviews.html', UPWORK_SELECTORS],
    ['upwork/job-page-bad-client.html', UPWORK_SELECTORS],
    ['upwork/job-page-logged-out.html', UPWORK_SELECTORS],
    ['freelancer/project-page.html', FREELANCER_SELECTORS],
    ['gmail/thread.html', GMAIL_SELECTORS],
    ['outlook/reading-pane.html', OUTLOOK_SELECTORS],
  ];

  for (const [fixture, selectors] of CASES) {
    it(fixture, () => {
      const page = PAGES.get(fixture)!;
      const doc = htmlDocument(page.html, page.url);
      const baseline = fieldsOf(extractClient(doc, page.url));
      const lost: string[] = [];
      for (const [key, alternatives] of Object.entries(selectors)) {
        const elements = new Set<Element>();
        for (const selector of alternatives) doc.querySelectorAll(selector).forEach((el, i) => i < 3 && elements.add(el));
        for (const el of elements) {
          const saved = Array.from(el.attributes, (a) => [a.name, a.value] as const);
          stripMarkup(el);
          const changed = changedFields(baseline, fieldsOf(extractClient(doc, page.url)));
          for (const [name, value] of saved) el.setAttribute(name, value);
          const unexpected = changed.filter((f) => !(MAY_LOSE[key] ?? []).some((allowed) => f.startsWith(allowed)));
          if (unexpected.length > 0) lost.push(`${key} <${el.tagName.toLowerCase()}>: ${unexpected.join(', ')}`);
        }
      }
      expect(lost, `${fixture}: fields lost when one element's classes and data attributes change`).toEqual([]);
    });
  }
});

describe('the changed field itself, where the text says it plainly', () => {
  const slider = 'upwork/job-details-slider.html';

  it('Upwork: a location row with an icon instead of its usual markup, "Berlin, Germany" written out', () => {
    const before = read(slider);
    const after = read(slider, (doc) =>
      replace(doc, 'li[data-qa="client-location"]', '<li><svg aria-label="Location" class="icon-pin"></svg><span>Berlin, Germany</span> <span>3:12 PM</span></li>'),
    );
    expect(after.client.countryName).toBe('Germany');
    expect(after.client.city).toBe('Berlin');
    expect(after.signals.localTime).toBe('3:12 PM');
    expect(changedFields(fieldsOf(before), fieldsOf(after))).toEqual(['client.city', 'client.countryName', 'signals.localTime']);
  });

  it('Upwork: a rating without its usual class and test id', () => {
    const before = read(slider);
    const after = read(slider, (doc) => {
      const block = doc.querySelector('[data-testid="buyer-rating"]')!;
      stripMarkup(block);
      for (const el of Array.from(block.querySelectorAll('*'))) el.removeAttribute('class');
    });
    expect(after.signals.rating).toBe(4.28);
    expect(after.signals.reviewsCount).toBe(7);
    expect(changedFields(fieldsOf(before), fieldsOf(after))).toEqual([]);
  });

  it('Upwork: the "About the client" block found by its heading when its data attribute and classes change', () => {
    const before = read(slider);
    const after = read(slider, (doc) => stripMarkup(doc.querySelector('[data-test~="about-client-container"]')!));
    expect(changedFields(fieldsOf(before), fieldsOf(after))).toEqual([]);
  });

  it('Upwork: a budget whose icon lost its data attribute, read from "Fixed-price" in words', () => {
    const after = read(slider, (doc) => stripMarkup(doc.querySelector('[data-cy="fixed-price"]')!));
    expect(after.job?.budget).toEqual({ type: 'fixed', min: { amount: 30_000, currency: 'USD' }, max: { amount: 30_000, currency: 'USD' } });
  });

  const freelancer = 'freelancer/project-page.html';

  it('Freelancer.com: the flag image shown as a location icon, "Valencia, Spain" beside it', () => {
    const before = read(freelancer);
    const after = read(freelancer, (doc) => replace(doc, 'fl-flag', '<fl-icon name="ui-location"></fl-icon>'));
    expect(after.client.countryName).toBe('Spain');
    expect(after.client.city).toBe('Valencia');
    expect(changedFields(fieldsOf(before), fieldsOf(after))).toEqual([]);
  });

  it('Freelancer.com: the flag gone for an icon the extractor has never seen', () => {
    const after = read(freelancer, (doc) => replace(doc, 'fl-flag', '<svg class="pin-2026"><path d="M0 0"></path></svg>'));
    expect([after.client.city, after.client.countryName]).toEqual(['Valencia', 'Spain']);
  });

  it('Freelancer.com: a rating without its star widget', () => {
    const before = read(freelancer);
    const after = read(freelancer, (doc) => replace(doc, 'fl-rating', '<span></span>'));
    expect(after.signals.rating).toBe(4.6);
    expect(changedFields(fieldsOf(before), fieldsOf(after))).toEqual([]);
  });

  it('Gmail: a sender line whose classes changed, read by its address attributes', () => {
    const before = read('gmail/thread.html');
    const after = read('gmail/thread.html', (doc) => {
      for (const el of Array.from(doc.querySelectorAll('.gD, .adn, h3.iw'))) stripMarkup(el);
    });
    expect(after.client.emails).toEqual(['camille.fontaine@atelier-brume.example']);
    expect(changedFields(fieldsOf(before), fieldsOf(after))).toEqual([]);
  });

  it('Outlook: a reading pane whose ids and sections changed, read by "Name <address>"', () => {
    const before = read('outlook/reading-pane.html');
    const after = read('outlook/reading-pane.html', (doc) => stripMarkup(doc.getElementById('ReadingPaneContainerId')!));
    expect(after.client.emails).toEqual(['oliver.grant@northwind-studio.example']);
    expect(changedFields(fieldsOf(before), fieldsOf(after))).toEqual([]);
  });

  it('the other platforms: every label and value moved into other elements, read as text', () => {
    for (const fixture of ['fiverr/inbox-conversation.html', 'malt/project-offer.html', 'codeur/project-page.html', 'peopleperhour/project-page.html', 'guru/job-detail.html', 'comeup/request-page.html']) {
      const before = read(fixture);
      const after = read(fixture, (doc) => {
        for (const el of Array.from(doc.querySelectorAll('body *'))) stripMarkup(el);
      });
      expect(changedFields(fieldsOf(before), fieldsOf(after)), fixture).toEqual([]);
    }
  });
});
