import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXTRACTORS, extractClient, extractorFor, type Extractor } from '../../../lib/platforms/extract';
import { expectValidSnapshot, htmlDocument, loadFixture } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('extractClient picks the extractor by address', () => {
  it.each([
    ['https://www.upwork.com/jobs/~021999060037801980319', 'upwork'],
    ['https://www.freelancer.com/projects/php/x', 'freelancer'],
    ['https://mail.google.com/mail/u/0/#inbox/abc', 'gmail'],
    ['https://outlook.office365.com/mail/', 'outlook'],
    ['https://www.malt.fr/messages', 'other-platforms'],
    ['https://www.codeur.com/projects/1-x', 'other-platforms'],
    ['https://www.atelier-brume.example/', 'generic'],
  ])('%s → %s', (url, name) => {
    expect(extractorFor(new URL(url))?.name).toBe(name);
  });

  it('reads nothing on non-web addresses', () => {
    expect(extractorFor(new URL('file:///etc/passwd'))).toBeUndefined();
    expect(extractClient(htmlDocument('<a href="mailto:x@example.com">x</a>'), 'chrome://settings')).toBeNull();
    expect(extractClient(htmlDocument(''), 'not a url')).toBeNull();
  });

  it('captures the saved Upwork slider through the dispatcher', () => {
    const s = extractClient(
      loadFixture('upwork/job-details-slider.html'),
      'https://www.upwork.com/nx/find-work/most-recent/details/~021999055296412911573',
    );
    expectValidSnapshot(s);
    expect(s.signals.totalSpent, 'signals.totalSpent').toEqual({ amount: 1_100_000, currency: 'USD' });
  });
});

describe('extractClient isolates failures', () => {
  const boom: Extractor = {
    name: 'boom',
    matches: (url) => url.hostname === 'boom.example',
    extract: () => {
      throw new Error('selector exploded');
    },
  };

  it('returns null when an extractor throws, logs once, and leaves other platforms working', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const extractors = [boom, ...EXTRACTORS];
    expect(extractClient(htmlDocument(''), 'https://boom.example/', extractors)).toBeNull();
    expect(extractClient(htmlDocument(''), 'https://boom.example/again', extractors)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('boom');
    const s = extractClient(loadFixture('web/legal-notice.html'), 'https://www.atelier-brume.example/mentions-legales', extractors);
    expectValidSnapshot(s);
  });

  it('treats a throwing address predicate as "not mine"', () => {
    const badPredicate: Extractor = { name: 'bad', matches: () => { throw new Error('nope'); }, extract: () => null };
    expect(extractorFor(new URL('https://www.upwork.com/'), [badPredicate, ...EXTRACTORS])?.name).toBe('upwork');
  });

  it('survives a document whose every query throws, extractor by extractor', () => {
    const hostile = new Proxy(htmlDocument('<main>x</main>'), {
      get(target, prop) {
        if (prop === 'title' || prop === 'body') throw new Error('gone');
        if (prop === 'querySelector' || prop === 'querySelectorAll') return () => { throw new Error('detached'); };
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as Document;
    for (const url of [
      'https://www.upwork.com/nx/find-work/best-matches/details/~021999055296412911573',
      'https://www.freelancer.com/projects/a/b',
      'https://mail.google.com/mail/u/0/#inbox/x',
      'https://outlook.live.com/mail/',
      'https://www.malt.fr/messages',
      'https://example.com/',
    ]) {
      expect(() => extractClient(hostile, url), url).not.toThrow();
      // Each extractor guards itself, without the dispatcher's net.
      for (const e of EXTRACTORS) expect(() => e.extract(hostile, new URL(url)), `${e.name} on ${url}`).not.toThrow();
    }
  });
});

describe('every extractor on empty, garbage and hostile pages', () => {
  const urls = [
    'https://www.upwork.com/jobs/~021999060037801980319',
    'https://www.upwork.com/nx/search/jobs/details/~021999060037801980319',
    'https://www.freelancer.com/projects/php/x',
    'https://mail.google.com/mail/u/0/#inbox/x',
    'https://outlook.office.com/mail/inbox/id/x',
    'https://www.fiverr.com/inbox/someone',
    'https://www.codeur.com/projects/123-x',
    'https://example.com/mentions-legales',
  ];
  const huge = 'Ω'.repeat(1_000_000);
  const pages = {
    empty: '',
    garbage: '<div data-test="about-client-container"><<<>>>\u0000\u202e<li data-qa="client-location"><strong>\ud800</strong></li></div><app-employer-info>?</app-employer-info><div class="adn ads"><span class="gD" email="not-an-email" name=""></span></div><script type="application/ld+json">{"@type":</script>',
    hostile: `<title>${huge}</title><main><h1>&lt;img src=x onerror=alert(1)&gt;</h1><p>Contact me on Telegram ${huge}</p>
      <a href="mailto:${huge}@x.example">m</a><a href="tel:${'1'.repeat(100_000)}">t</a>
      <div data-test="Description"><p>${huge}</p></div></main>`,
  };

  for (const [name, html] of Object.entries(pages)) {
    it(`${name} page: a valid, bounded snapshot or null`, () => {
      const doc = htmlDocument(html);
      for (const url of urls) {
        const s = extractClient(doc, url);
        if (s !== null) {
          expectValidSnapshot(s);
          expect(JSON.stringify(s).length, url).toBeLessThan(60_000);
        }
      }
    });
  }
});
