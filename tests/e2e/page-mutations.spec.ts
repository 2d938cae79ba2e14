/// <reference types="chrome" />
import type { Worker } from '@playwright/test';
import { htmlDocument } from '../unit/platforms/helpers';
import { mutatePage, savedPages, seededRandom, type Random } from '../unit/platforms/page-mutations';
import { expect, test } from './extension';

/**
 * Mutated saved pages in the real browser, at their real addresses: every content script runs on
 * them, and the page, the content scripts and the service worker must report no error. A small run
 * here (one page per content script, and broken encodings served as bytes); the unit run covers the
 * breadth. `MUTATION_E2E_RUNS=5` serves each page in that many mutations.
 */
const SEED = Number(process.env.MUTATION_SEED) || 20_260_315;
const RUNS = Number(process.env.MUTATION_E2E_RUNS) || 1;
const PAGES = [
  'upwork/job-details-slider.html',
  'freelancer/project-page.html',
  'gmail/thread.html',
  'outlook/reading-pane.html',
  'malt/project-offer.html',
  'codeur/project-page.html',
].map((fixture) => savedPages().find((p) => p.fixture === fixture)!);

const serialise = (doc: Document): string =>
  // eslint-disable-next-line no-restricted-properties -- serialising a test page to serve it, not rendering captured text
  `<!doctype html>${doc.documentElement.outerHTML}`;

/** The page's bytes broken: invalid UTF-8 sequences dropped in, or the right bytes under the wrong charset. */
const brokenBytes = (html: string, random: Random): { body: Buffer; contentType: string; how: string } => {
  const bytes = Buffer.from(html, 'utf8');
  if (random() < 0.5) {
    const out: number[] = [];
    for (const byte of bytes) {
      out.push(byte);
      if (random() < 0.01) out.push(...[[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x9f, 0x98]][Math.floor(random() * 4)]!);
    }
    return { body: Buffer.from(out), contentType: 'text/html; charset=utf-8', how: 'invalid UTF-8 sequences' };
  }
  const charset = ['windows-1252', 'shift_jis', 'utf-16le'][Math.floor(random() * 3)]!;
  return { body: bytes, contentType: `text/html; charset=${charset}`, how: `UTF-8 served as ${charset}` };
};

/** The service worker's errors, recorded from now on. */
const recordWorkerErrors = (sw: Worker) =>
  sw.evaluate(() => {
    const scope = self as unknown as { __errors: string[] };
    scope.__errors = [];
    self.addEventListener('error', (e) => scope.__errors.push(`error: ${e.message}`));
    self.addEventListener('unhandledrejection', (e) => scope.__errors.push(`unhandled rejection: ${String(e.reason)}`));
    const original = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      scope.__errors.push(args.map(String).join(' '));
      original(...args);
    };
  });

test('mutated saved pages of every content script: no page, content-script or service-worker error', async ({ context, serviceWorker }) => {
  test.setTimeout(120_000 + RUNS * 30_000);
  await recordWorkerErrors(serviceWorker);
  const served: { url: string; body: string | Buffer; contentType: string; what: string }[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const [index, page] of PAGES.entries()) {
      const random = seededRandom(SEED + run * 100 + index);
      const doc = htmlDocument(page.html, page.url);
      const mutations = mutatePage(doc, random);
      served.push({ url: page.url, body: serialise(doc), contentType: 'text/html; charset=utf-8', what: `${page.fixture}: ${mutations.join('; ')}` });
    }
    for (const fixture of ['upwork/job-details-slider.html', 'comeup/request-page.html']) {
      const page = savedPages().find((p) => p.fixture === fixture)!;
      const broken = brokenBytes(page.html, seededRandom(SEED + run * 100 + 50 + served.length));
      served.push({ url: page.url, body: broken.body, contentType: broken.contentType, what: `${fixture}: ${broken.how}` });
    }
  }

  // A mutated page's broken markup may name odd addresses on its own site (a cut attribute becomes a
  // relative link): the site answers "not found", as it would, rather than count as a request of ours.
  for (const origin of new Set(served.map((p) => new URL(p.url).origin))) {
    await context.route(`${origin}/**`, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: '' }));
  }
  const tab = await context.newPage();
  const problems: string[] = [];
  let current = '';
  tab.on('pageerror', (error) => problems.push(`${current}: page error ${error.message}`));
  tab.on('console', (message) => {
    // Ours: what a content script logged or threw. (The browser's own complaints about a mutated page's
    // markup, such as an SVG path it cannot draw, are the page's.)
    const ours = message.location().url.startsWith('chrome-extension://') || message.text().includes('ClientCheck');
    if (ours && (message.type() === 'error' || message.type() === 'warning')) {
      problems.push(`${current}: console ${message.type()} ${message.text().slice(0, 300)}`);
    }
  });
  // The listeners hear the content scripts' world: a line logged and an error thrown there, on purpose.
  const [first] = served;
  await context.route(first!.url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>probe</p>' }));
  await tab.goto(first!.url);
  current = 'probe';
  await serviceWorker.evaluate(async () => {
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.scripting.executeScript({ target: { tabId: active!.id! }, func: () => {
      console.warn('ClientCheck: probe');
      setTimeout(() => {
        throw new Error('ClientCheck probe error');
      });
    } });
  });
  await expect.poll(() => problems).toEqual(['probe: console warning ClientCheck: probe', 'probe: page error ClientCheck probe error']);
  problems.length = 0;
  // And the worker's recorder hears the worker.
  await serviceWorker.evaluate(() => console.error('ClientCheck: probe'));
  expect(await serviceWorker.evaluate(() => (self as unknown as { __errors: string[] }).__errors.splice(0))).toEqual(['ClientCheck: probe']);
  await context.unroute(first!.url);

  for (const page of served) {
    current = page.what;
    await context.route(page.url.replace(/#.*$/, ''), (route) => route.fulfill({ status: 200, contentType: page.contentType, body: page.body }));
    await tab.goto(page.url);
    const tabId = await serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    // Time for the content script to read the page and the background to take what it sent.
    await expect
      .poll(() => serviceWorker.evaluate(async (id) => (await chrome.storage.session.get(`capture:${id}`))[`capture:${id}`] !== undefined, tabId), {
        timeout: 1_500,
      })
      .toBe(true)
      .catch(() => undefined);
    await context.unroute(page.url.replace(/#.*$/, ''));
  }
  const workerErrors = await serviceWorker.evaluate(() => (self as unknown as { __errors: string[] }).__errors);
  expect(problems, 'page and content-script errors').toEqual([]);
  expect(workerErrors, 'service-worker errors').toEqual([]);
});

/** The markup of one place changed on the real page, as a redesign does: the popup still shows every field. */
test('one place of the markup changed: the popup shows every field, the changed one read from its text', async ({ context, serviceWorker, openPopup }) => {
  const cases = [
    {
      fixture: 'upwork/job-details-slider.html',
      change: (doc: Document) => {
        // The location row with an icon and the place written out; the rating without its classes.
        const row = doc.querySelector('li[data-qa="client-location"]')!;
        row.replaceWith(htmlDocument('<body><ul><li><svg aria-label="Location"></svg><span>Berlin, Germany</span> <span>3:12 PM</span></li></ul></body>').querySelector('li')!);
        for (const el of Array.from(doc.querySelectorAll('[data-testid="buyer-rating"], [data-testid="buyer-rating"] *'))) {
          el.removeAttribute('class');
          el.removeAttribute('data-testid');
        }
      },
      expected: {
        'client.countryName': 'Germany',
        'client.city': 'Berlin',
        'signals.localTime': '3:12 PM',
        'signals.rating': '4.28',
        'signals.reviewsCount': '7',
        'signals.totalSpent': '$11,000.00',
        'signals.memberSince': '7 Jul 2014',
      },
    },
    {
      fixture: 'freelancer/project-page.html',
      change: (doc: Document) => doc.querySelector('fl-flag')!.replaceWith(doc.createElement('fl-icon')),
      expected: { 'client.countryName': 'Spain', 'client.city': 'Valencia', 'signals.rating': '4.6', 'signals.paymentVerified': 'Yes' },
    },
  ];
  for (const { fixture, change, expected } of cases) {
    const page = savedPages().find((p) => p.fixture === fixture)!;
    const doc = htmlDocument(page.html, page.url);
    change(doc);
    await context.route(page.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: serialise(doc) }));
    const tab = await context.newPage();
    await tab.goto(page.url);
    const tabId = await serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, page.url);
    await expect.poll(() => serviceWorker.evaluate(async (id) => (await chrome.storage.session.get(`capture:${id}`))[`capture:${id}`] !== undefined, tabId)).toBe(true);
    const popup = await openPopup(`?tabId=${tabId}`);
    const card = popup.getByTestId('capture');
    await card.getByText(/What the page shows/).click();
    for (const [field, text] of Object.entries(expected)) {
      await expect(card.locator(`[data-field="${field}"] dd`), `${fixture}: ${field}`).toContainText(text);
    }
    await popup.screenshot({ path: `test-results/degrade-${fixture.replace(/\W+/g, '-')}.png`, fullPage: true });
  }
});
