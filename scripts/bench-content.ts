/// <reference types="chrome" />
// What ClientCheck costs the pages a freelancer reads, cold: each saved Upwork page opened in a fresh tab, the
// main-thread JS of our content scripts from their start to the capture sent (CPU profile samples whose stack
// holds one of our content-script frames), and the service worker's CPU for the same visit and for a
// navigation to a site ClientCheck does not cover; beside them, the floor any content script pays on the same pages
// (a second browser, same run). Part of `npm run bench`; `BENCH_ONLY=content` runs it alone.
import type { BrowserContext, Page } from '@playwright/test';
import puppeteer, { type CDPSession as PuppeteerSession } from 'puppeteer-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './chromium';
import { INTERVAL_MS } from '../lib/capture/watch-page';
import { UPWORK_HOSTS } from '../lib/platforms/hosts';

type Row = (what: string, value: string, budget?: string) => void;

/** Each saved Upwork page type, served at an address of its kind. */
export const UPWORK_PAGES: { fixture: string; kind: string; address: string }[] = [
  { fixture: 'upwork/job-page-bad-client.html', kind: 'job page', address: '' },
  { fixture: 'upwork/job-page-truncated.html', kind: 'job page (client block missing)', address: '' },
  { fixture: 'upwork/job-page-logged-out.html', kind: 'public job page (logged out)', address: '' },
  { fixture: 'upwork/job-details-slider.html', kind: 'job slider (find-work details URL)', address: '' },
  { fixture: 'upwork/job-details-slider-bad-reviews.html', kind: 'job slider, bad reviews', address: '' },
  { fixture: 'upwork/find-work-feed.html', kind: 'find-work feed, no job selected', address: '' },
  { fixture: 'upwork/search-results.html', kind: 'search page, no job selected', address: 'https://www.upwork.com/nx/search/jobs/?q=shopify' },
];

/** A page that changes its DOM a thousand times a second (ten paragraphs every 10 ms, fifty kept). */
export const BUSY_PAGE = `<!doctype html><title>busy</title><main id="feed"></main><script>
  const feed = document.getElementById('feed');
  setInterval(() => { for (let i = 0; i < 10; i++) { const p = document.createElement('p'); p.textContent = 'tick ' + i; feed.append(p); if (feed.childElementCount > 50) feed.firstElementChild.remove(); } }, 10);
</script>`;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string }; fileName?: string };
}

/**
 * Thread CPU time (`tdur`, not wall time: the machine is shared) of the outermost events on `threads` that
 * `counts`, in ms. Nested events (a compile inside a script's run) are inside their parent's time.
 */
export const threadTime = (events: TraceEvent[], thread: (name: string) => boolean, counts: (e: TraceEvent) => boolean): number => {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const chosen = events
    .filter((e) => e.ph === 'X' && thread(names.get(`${e.pid}:${e.tid}`) ?? '') && counts(e))
    .sort((x, y) => x.pid - y.pid || x.tid - y.tid || x.ts - y.ts);
  let total = 0;
  let end = -1;
  let where = '';
  for (const e of chosen) {
    const key = `${e.pid}:${e.tid}`;
    if (key === where && e.ts < end) continue;
    where = key;
    end = e.ts + (e.dur ?? 0);
    total += e.tdur ?? e.dur ?? 0;
  }
  return total / 1000;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** An event that runs a script whose address `where` matches: its evaluation, compilation, or a call into it (timer, observer, listener). */
const runsScript = (where: RegExp) => (e: TraceEvent) =>
  /^(EvaluateScript|FunctionCall|v8\.compile|v8\.run|v8\.callFunction|TimerFire|v8\.parseOnBackground)$/.test(e.name) &&
  where.test(e.args?.data?.url ?? e.args?.fileName ?? '');
/** Our content scripts (and the floor's), where WXT puts them. */
const CONTENT_SCRIPTS = /chrome-extension:\/\/[^/]+\/content-scripts\//;
/** Any file of the one extension a browser holds: a peer's scripts sit wherever its own build put them. */
const ANY_EXTENSION_FILE = /chrome-extension:\/\//;

/**
 * The floor: an extension whose only content script, on the same Upwork addresses, waits as ours does and
 * sends one message, measured in the same run. No content script can cost less than this (the browser
 * builds the script's isolated world and its bindings), so our figure is also given as a ratio to it.
 * Its service worker answers that message and does nothing else: the least a worker told of a capture pays.
 */
const writeFloorExtension = (dir: string): string => {
  mkdirSync(join(dir, 'content-scripts'), { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'content-script floor',
      version: '1.0',
      content_scripts: [{ matches: [...UPWORK_HOSTS], js: ['content-scripts/floor.js'], run_at: 'document_idle' }],
      background: { service_worker: 'background.js' },
    }),
  );
  writeFileSync(join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener((message, sender, respond) => { respond({ saved: true }); });\n');
  writeFileSync(
    join(dir, 'content-scripts', 'floor.js'),
    `setTimeout(() => { if (chrome.runtime.id) chrome.runtime.sendMessage({ type: 'floor' }).catch(() => {}); }, ${INTERVAL_MS});\n`,
  );
  return dir;
};

interface Visit {
  content: number;
  worker: number;
  requests: number;
}

/** A browser with one extension, and a cold traced visit in a new tab. */
const launchArm = async (work: string, name: string, extensionDir?: string, scripts = CONTENT_SCRIPTS) => {
  const inItsScripts = runsScript(scripts);
  const profile = join(work, name);
  const context: BrowserContext = await launchWithExtension(profile, { args: ['--remote-debugging-port=0'], extensionDir });
  // Trace events carry each thread's CPU time; Playwright's persistent context has no browser session for them.
  const [port, path] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').trim().split('\n');
  const browser = await puppeteer.connect({ browserWSEndpoint: `ws://127.0.0.1:${port}${path}`, defaultViewport: null });
  const tracing: PuppeteerSession = await browser.target().createCDPSession();
  await context.route(/^https?:\/\//, (r) => r.abort());

  /** The trace events of everything `run` does, each thread's CPU time included. */
  const traced = async (run: () => Promise<void>): Promise<TraceEvent[]> => {
    const events: TraceEvent[] = [];
    const collect = (e: { value: TraceEvent[] }) => events.push(...e.value);
    tracing.on('Tracing.dataCollected', collect);
    const complete = new Promise((done) => tracing.once('Tracing.tracingComplete', done));
    await tracing.send('Tracing.start', {
      traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8'], recordMode: 'recordAsMuchAsPossible' },
      transferMode: 'ReportEvents',
    });
    try {
      await run();
    } finally {
      await tracing.send('Tracing.end');
      await complete;
      tracing.off('Tracing.dataCollected', collect);
    }
    return events;
  };

  /** One cold visit: a new tab, traced from before its creation until the capture went out (the timer plus slack). */
  const visit = async (address: string): Promise<Visit> => {
    let page: Page | undefined;
    let requests = 0;
    const events = await traced(async () => {
      page = await context.newPage();
      page.on('request', (r) => {
        if (r.url() !== address && !r.url().startsWith('data:')) requests++;
      });
      await page.goto(address);
      await page.waitForTimeout(INTERVAL_MS + 600);
    });
    await page?.close();
    return {
      content: threadTime(events, (t) => t === 'CrRendererMain', inItsScripts),
      // Everything the worker's thread ran: message handling, storage, action updates, start-up if it had stopped.
      worker: threadTime(events, (t) => t === 'ServiceWorker thread', (e) => e.name === 'ThreadControllerImpl::RunTask'),
      requests,
    };
  };
  /** Our content scripts' main-thread time per second on a page already open and changing, after its first capture. */
  const watch = async (address: string, seconds: number): Promise<number> => {
    const page: Page = await context.newPage();
    await page.goto(address);
    await page.waitForTimeout(INTERVAL_MS + 600);
    let start = 0;
    const events = await traced(() => {
      start = Date.now();
      return page.waitForTimeout(seconds * 1000);
    });
    const elapsed = (Date.now() - start) / 1000;
    await page.close();
    return threadTime(events, (t) => t === 'CrRendererMain', inItsScripts) / elapsed;
  };
  const close = async () => {
    await browser.disconnect();
    await context.close();
  };
  return { context, visit, watch, close };
};

export const benchContent = async (row: Row, runs = Number(process.env.BENCH_RUNS ?? 7)): Promise<void> => {
  console.log('\nContent scripts and service worker, cold (a fresh tab per run)');
  const work = mkdtempSync(join(tmpdir(), 'clientcheck-bench-content-'));
  const ours = await launchArm(work, 'profile');
  const floor = await launchArm(work, 'floor-profile', writeFloorExtension(join(work, 'floor-extension')));
  // The peer, when its unpacked build is at hand (`BENCH_PEER_DIR=/path/to/it`): a third browser, same pages, same run.
  // Its code never enters this repository; without it, the rows above are what is tracked.
  const peerDir = process.env.BENCH_PEER_DIR;
  const peer = peerDir ? await launchArm(work, 'peer-profile', resolve(peerDir), ANY_EXTENSION_FILE) : undefined;
  try {
    const uncovered = 'https://uncovered.invalid/';
    await ours.context.route(uncovered, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>elsewhere</title><p>A site ClientCheck does not read.</p>' }));
    // `BENCH_PAGES=job-page-bad-client,job-details-slider` keeps only those saved pages.
    const wanted = process.env.BENCH_PAGES?.split(',');
    const pages = UPWORK_PAGES.filter((p) => !wanted || wanted.some((w) => p.fixture.includes(w))).map((p) => {
      const html = readFileSync(join('tests/fixtures', p.fixture), 'utf8');
      return { ...p, html, address: p.address || html.match(/https:\/\/[^\s"'<>]+/)![0] };
    });
    for (const arm of [ours, floor, ...(peer ? [peer] : [])]) {
      for (const p of pages) {
        await arm.context.route(p.address.replace(/[?#].*$/, '') + '*', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: p.html }));
      }
    }

    // Warm each worker once (its start-up is not a page visit's cost).
    await ours.visit(pages[0]!.address);
    await floor.visit(pages[0]!.address);
    await peer?.visit(pages[0]!.address);
    const results = new Map<
      string,
      { content: number[]; floor: number[]; worker: number[]; floorWorker: number[]; requests: number[]; floorRequests: number[]; peer: number[]; peerWorker: number[] }
    >();
    const elsewhere: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved: each round visits every page type once with each arm, and one site ClientCheck does not cover.
      for (const p of pages) {
        const r = await ours.visit(p.address);
        const f = await floor.visit(p.address);
        const q = await peer?.visit(p.address);
        const acc = results.get(p.fixture) ?? { content: [], floor: [], worker: [], floorWorker: [], requests: [], floorRequests: [], peer: [], peerWorker: [] };
        if (q) {
          acc.peer.push(q.content);
          acc.peerWorker.push(q.worker);
        }
        acc.content.push(r.content);
        acc.floor.push(f.content);
        acc.worker.push(r.worker);
        acc.floorWorker.push(f.worker);
        acc.requests.push(r.requests);
        acc.floorRequests.push(f.requests);
        results.set(p.fixture, acc);
      }
      elsewhere.push((await ours.visit(uncovered)).worker);
    }
    // The busy page of the capture section (1,000 DOM changes a second), at an Upwork address: what our script
    // itself runs there each second, attributed by the trace rather than read as a difference of two large totals.
    const busy = 'https://www.upwork.com/nx/find-work/busy';
    await ours.context.route(busy, (r) => r.fulfill({ contentType: 'text/html', body: BUSY_PAGE }));
    const watching: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) watching.push(await ours.watch(busy, 4));

    const allFloors = pages.flatMap((p) => results.get(p.fixture)!.floor);
    row(`content-script floor, cold: a script that only waits and sends one message, same pages, same run (median of ${allFloors.length})`, `${median(allFloors).toFixed(2)} ms`);
    for (const p of pages) {
      const r = results.get(p.fixture)!;
      const budget = /job page$|slider \(/.test(p.kind) ? '≤ 2 ms' : '';
      const ratio = median(r.content) / median(r.floor);
      row(
        `content script, cold: main-thread JS (thread CPU time) from start to capture sent (median of ${runs}): ${p.kind} (${p.fixture})`,
        `${median(r.content).toFixed(2)} ms (${ratio.toFixed(1)}× the floor)`,
        budget,
      );
    }
    const allFloorWorkers = pages.flatMap((p) => results.get(p.fixture)!.floorWorker);
    row(
      `service worker floor: a worker that only answers the floor script's one message, same pages, same run (median of ${allFloorWorkers.length})`,
      `${median(allFloorWorkers).toFixed(2)} ms`,
    );
    for (const p of pages) {
      const r = results.get(p.fixture)!;
      row(
        `service worker thread CPU per visit (median of ${runs}): ${p.kind}`,
        `${median(r.worker).toFixed(2)} ms (${(median(r.worker) / median(r.floorWorker)).toFixed(1)}× the floor)`,
        /job page$|slider \(/.test(p.kind) ? '≤ 2 ms' : '',
      );
    }
    if (peer) {
      // The peer's own requests are refused like every request here (no network): work it would do on their answers is not counted.
      for (const p of pages) {
        const r = results.get(p.fixture)!;
        row(
          `peer (BENCH_PEER_DIR), cold: main-thread JS of its scripts (median of ${runs}): ${p.kind}`,
          `${median(r.peer).toFixed(2)} ms (ours ${(median(r.content) / median(r.peer)).toFixed(2)}× the peer's)`,
          'ours below',
        );
      }
      for (const p of pages) {
        const r = results.get(p.fixture)!;
        row(`peer's service worker thread CPU per visit (median of ${runs}): ${p.kind}`, `${median(r.peerWorker).toFixed(2)} ms`);
      }
    }
    row(`service worker CPU on a navigation to a site ClientCheck does not cover (median of ${runs})`, `${median(elsewhere).toFixed(2)} ms`, '0');
    row(`busy page (1,000 DOM changes/s): our content script's own main-thread time, from the trace (median of ${watching.length} runs of 4 s)`, `${median(watching).toFixed(2)} ms/s`, '≤ 2 ms/s');
    // The saved pages ask for their own images (refused); the floor's browser sees the same, so any excess is ours.
    const extra = pages.map((p) => Math.max(...results.get(p.fixture)!.requests) - Math.max(...results.get(p.fixture)!.floorRequests));
    row("requests beyond the page's own (most with ClientCheck − most with the floor, each page type)", extra.join(', '), '0');
  } finally {
    await ours.close();
    await floor.close();
    await peer?.close();
    rmSync(work, { recursive: true, force: true });
  }
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows: string[] = [];
  await benchContent((what, value, budget = '') => {
    rows.push(`| ${what} | ${value} | ${budget} |`);
    console.log(`  ${what}: ${value}${budget ? `  (budget ${budget})` : ''}`);
  });
}
