/// <reference types="chrome" />
// The popup's first content against the floor this browser sets for any extension page: a page of
// the same build holding one line of text, opened the same way in the same run. Used by
// `npm run bench` (scripts/bench.ts); `npx tsx scripts/popup-first-paint.ts` runs it alone, with
// the large database imported first.
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MEASURES } from '../lib/timing';

/** The one-line page, written into the built extension folder before the browser loads it. */
export const BLANK_PAGE = 'bench-blank.html';
/**
 * The least a page drawn by a script pays: the popup's own style sheets, and a module that writes one
 * line. The popup's content cannot come sooner than this; what it takes beyond is its code and data.
 */
export const RENDERED_PAGE = 'bench-rendered.html';
const RENDERED_SCRIPT = 'bench-rendered.js';

export const writeBlankPage = (extensionDir: string): (() => void) => {
  const written = [BLANK_PAGE, RENDERED_PAGE, RENDERED_SCRIPT].map((name) => join(extensionDir, name));
  writeFileSync(written[0]!, '<!doctype html><html lang="en"><title>Blank</title><body><p>One line.</p></body></html>\n');
  const sheets = [...readFileSync(join(extensionDir, 'popup.html'), 'utf8').matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
  writeFileSync(
    written[1]!,
    `<!doctype html><html lang="en"><title>Rendered</title><script type="module" src="/${RENDERED_SCRIPT}"></script>${sheets.join('')}<body class="popup"><div id="app"></div></body></html>\n`,
  );
  writeFileSync(written[2]!, "document.getElementById('app').append(Object.assign(document.createElement('p'), { textContent: 'One line.' }));\n");
  return () => written.forEach((path) => rmSync(path, { force: true }));
};

const firstContentfulPaint = (page: Page): Promise<number> =>
  page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime).then((h) => h.jsonValue() as Promise<number>);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export interface FirstPaintFigures {
  runs: number;
  /** Navigation start → first contentful paint of the one-line page (median). */
  blank: number;
  /** The same for the page with the popup's style sheets and a one-line module (median). */
  rendered: number;
  /** Navigation start → first contentful paint of the popup, which paints nothing before its data (median). */
  popup: number;
  /** Navigation start → the popup's first screen with its data, as it measures itself (median). */
  popupMeasured: number;
  /** Median of the per-pair ratios popup / blank (each popup run beside the blank run before it). */
  ratio: number;
  /** Median of the per-run ratios popup / the script-drawn page (each opened right before the popup). */
  ratioToRendered: number;
}

/**
 * `runs` rounds, interleaved (blank, drawn by a script, popup, blank…) so the machine's drift falls on every arm.
 * The popup is the home screen (no client on the page), at its real size.
 */
export const measurePopupFirstPaint = async (context: BrowserContext, base: string, runs = 11): Promise<FirstPaintFigures> => {
  const blank: number[] = [];
  const rendered: number[] = [];
  const popup: number[] = [];
  const measured: number[] = [];
  const ratios: number[] = [];
  const ratiosToRendered: number[] = [];
  const open = async (path: string) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`${base}/${path}`);
    return page;
  };
  // One warm-up pair: the first extension page of a run pays for starting the renderer.
  for (let i = -1; i < runs; i++) {
    const b = await open(BLANK_PAGE);
    const blankPaint = await firstContentfulPaint(b);
    await b.close();
    const r = await open(RENDERED_PAGE);
    const renderedPaint = await firstContentfulPaint(r);
    await r.close();
    const p = await open('popup.html');
    await p.getByTestId('overdue-list').waitFor();
    const popupPaint = await firstContentfulPaint(p);
    await p.waitForFunction((n) => performance.getEntriesByName(n).length > 0, MEASURES.popupFirstRender);
    const own = await p.evaluate((n) => performance.getEntriesByName(n)[0].duration, MEASURES.popupFirstRender);
    await p.close();
    if (i < 0) continue;
    blank.push(blankPaint);
    rendered.push(renderedPaint);
    popup.push(popupPaint);
    measured.push(own);
    ratios.push(popupPaint / blankPaint);
    ratiosToRendered.push(popupPaint / renderedPaint);
  }
  return {
    runs,
    blank: median(blank),
    rendered: median(rendered),
    popup: median(popup),
    popupMeasured: median(measured),
    ratio: median(ratios),
    ratioToRendered: median(ratiosToRendered),
  };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir, loadavg } = await import('node:os');
  const { EXTENSION_DIR, launchWithExtension, serviceWorkerOf } = await import('./chromium');
  const { largeDataset } = await import('../lib/demo/large-dataset');
  const { todayIn } = await import('../lib/calendar');
  const work = mkdtempSync(join(tmpdir(), 'clientcheck-first-paint-'));
  const backup = join(work, 'large-backup.json');
  writeFileSync(backup, JSON.stringify(largeDataset(10_000, 50_000, todayIn())));
  const removeBlank = writeBlankPage(EXTENSION_DIR);
  const context = await launchWithExtension(join(work, 'profile'));
  try {
    const worker = await serviceWorkerOf(context);
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const dashboard = await context.newPage();
    await dashboard.goto(`${base}/dashboard.html#/settings/data`);
    await dashboard.getByLabel('Backup file (.json)').setInputFiles(backup);
    await dashboard.getByRole('button', { name: 'Import backup' }).click();
    await dashboard.getByTestId('backup-status').filter({ hasText: 'Imported' }).waitFor({ timeout: 120_000 });
    await dashboard.close();
    const rounds = Number(process.env.ROUNDS ?? 3);
    for (let r = 0; r < rounds; r++) {
      const f = await measurePopupFirstPaint(context, base);
      console.log(
        `load ${loadavg()[0].toFixed(2)}: blank ${f.blank.toFixed(1)} ms, drawn by a script ${f.rendered.toFixed(1)} ms, popup ${f.popup.toFixed(1)} ms (own measure ${f.popupMeasured.toFixed(1)} ms), ratio ${f.ratio.toFixed(2)}× the blank, ${f.ratioToRendered.toFixed(2)}× the script-drawn page (medians of ${f.runs} rounds)`,
      );
    }
  } finally {
    await context.close();
    removeBlank();
    rmSync(work, { recursive: true, force: true });
  }
}
