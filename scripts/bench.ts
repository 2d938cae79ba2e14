/// <reference types="chrome" />
// `npm run bench`: builds the extension, then measures in real Chromium what the budgets name.
// Prints a table and writes it to bench-results/latest.md. A benchmark, not a test: it never fails
// on a slow machine, it reports; the budgets column says what we hold ourselves to.
import { chromium, type Page, type Worker } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { todayIn } from '../lib/billing/calendar';
import { largeDataset } from '../lib/demo/large-dataset';
import { MEASURES } from '../lib/timing';

const OUT = resolve('.output/chrome-mv3');
const CLIENTS = 10_000;
const INVOICES = 50_000;
const rows: { what: string; value: string; budget: string }[] = [];
const row = (what: string, value: string, budget = '') => {
  rows.push({ what, value, budget });
  console.log(`  ${what}: ${value}${budget ? `  (budget ${budget})` : ''}`);
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// 1. Size of each built entrypoint: every script its page or manifest entry loads.
console.log('Entrypoint sizes (minified; gzip in brackets)');
const scriptsOfPage = (html: string): string[] =>
  [...readFileSync(join(OUT, html), 'utf8').matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const sizeOf = (files: string[]) =>
  files.reduce(
    (acc, f) => {
      const body = readFileSync(join(OUT, f));
      return { raw: acc.raw + body.length, gz: acc.gz + gzipSync(body).length };
    },
    { raw: 0, gz: 0 },
  );
const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
const entrypoints: [string, string[], string][] = [
  ['background', ['background.js'], ''],
  ['popup', scriptsOfPage('popup.html'), ''],
  ['dashboard', scriptsOfPage('dashboard.html'), ''],
  ...((manifest.content_scripts ?? []) as { js: string[] }[]).map(
    (cs) => [`content script ${cs.js.join(', ')}`, cs.js, '≤ 30 KB'] as [string, string[], string],
  ),
];
for (const dir of ['content-scripts']) {
  try {
    for (const f of readdirSync(join(OUT, dir))) {
      const path = `${dir}/${f}`;
      if (f.endsWith('.js') && !entrypoints.some(([, files]) => files.includes(path))) {
        entrypoints.push([`injected ${path}`, [path], '≤ 30 KB']);
      }
    }
  } catch {
    // No content scripts built yet.
  }
}
for (const [name, files, budget] of entrypoints) {
  const { raw, gz } = sizeOf(files);
  row(`size: ${name}`, `${kb(raw)} (${kb(gz)})`, budget);
}
row('size: whole extension folder', kb(readdirSync(OUT, { recursive: true }).reduce<number>((sum, f) => {
  const s = statSync(join(OUT, String(f)));
  return s.isFile() ? sum + s.size : sum;
}, 0)));

// 2. The large database, in real Chromium with the built extension.
console.log(`\nLarge database: ${CLIENTS.toLocaleString('en')} clients, ${INVOICES.toLocaleString('en')} invoices`);
const today = todayIn();
const dataset = largeDataset(CLIENTS, INVOICES, today);
const overdueExpected = dataset.invoices!.filter(
  (i) => i.status === 'sent' && i.dueDate < today && i.amount > i.payments.reduce((s, p) => s + p.amount, 0),
).length;
const work = mkdtempSync(join(tmpdir(), 'clientcheck-bench-'));
const backupPath = join(work, 'large-backup.json');
writeFileSync(backupPath, JSON.stringify(dataset));
row('backup file size', kb(statSync(backupPath).size));

const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    `--disable-extensions-except=${OUT}`,
    `--load-extension=${OUT}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  const readMeasure = (n: string) => {
    const entries = performance.getEntriesByName(n);
    return entries.length ? entries[entries.length - 1].duration : NaN;
  };
  const lastMeasure = (target: Page | Worker, name: string): Promise<number> =>
    'goto' in target ? target.evaluate(readMeasure, name) : target.evaluate(readMeasure, name);

  const dashboard = await context.newPage();
  await dashboard.goto(`${base}/dashboard.html#/settings`);
  await dashboard.getByLabel('Backup file (.json)').setInputFiles(backupPath);
  await dashboard.getByRole('button', { name: 'Import backup' }).click();
  await dashboard.getByTestId('backup-status').filter({ hasText: 'Imported' }).waitFor({ timeout: 120_000 });
  row('import of the large backup (read, validate, write)', ms(await lastMeasure(dashboard, MEASURES.backupImport)), '≤ 5,000 ms');
  row('  of which validation', ms(await lastMeasure(dashboard, MEASURES.backupValidate)));
  row('  of which the database write', ms(await lastMeasure(dashboard, MEASURES.backupWrite)));

  const exports: number[] = [];
  const reads: number[] = [];
  for (let i = 0; i < 3; i++) {
    await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Export backup' }).click()]);
    exports.push(await lastMeasure(dashboard, MEASURES.backupExport));
    reads.push(await lastMeasure(dashboard, MEASURES.backupRead));
  }
  row('export of the large database (median of 3)', ms(median(exports)), '≤ 2,000 ms');
  row('  of which reading the tables', ms(median(reads)));

  const recounts: number[] = [];
  for (let i = 0; i < 7; i++) {
    const reply = await dashboard.evaluate(() => chrome.runtime.sendMessage({ type: 'ui-bg:data-changed', tables: ['invoices'] }));
    if ((reply as { overdue: number }).overdue !== overdueExpected) throw new Error(`badge counted ${JSON.stringify(reply)}, expected ${overdueExpected}`);
    recounts.push(await lastMeasure(worker, MEASURES.recount));
  }
  row(`overdue count for the badge (${overdueExpected} overdue; median of 7)`, ms(median(recounts)), '≤ 20 ms');

  const renders: number[] = [];
  const fromScript: number[] = [];
  const queries: number[] = [];
  for (let i = 0; i < 7; i++) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`${base}/popup.html`);
    await popup.getByTestId('overdue-list').waitFor();
    await popup.waitForFunction((n) => performance.getEntriesByName(n).length > 0, MEASURES.popupFirstRender);
    renders.push(await lastMeasure(popup, MEASURES.popupFirstRender));
    fromScript.push(await lastMeasure(popup, MEASURES.popupFromScript));
    queries.push(await lastMeasure(popup, MEASURES.overview));
    await popup.close();
  }
  row('popup first render: our script starts → data on screen (median of 7)', ms(median(fromScript)), '≤ 100 ms');
  row('popup first render: navigation start (browser creates the page) → data on screen', ms(median(renders)));
  row('  of which the overview query', ms(median(queries)));

  // The floor this browser sets: the same invoice rows written with raw IndexedDB (no Dexie, no
  // validation), into a store with the same indexes, in one transaction.
  await context.route('https://bench.invalid/', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>floor</title>' }));
  const floorPage = await context.newPage();
  await floorPage.goto('https://bench.invalid/');
  const floor = await floorPage.evaluate(async (rows) => {
    const database = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('floor', 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('invoices', { keyPath: 'id' });
        store.createIndex('clientId', 'clientId');
        store.createIndex('statusDue', ['status', 'dueDate']);
      };
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const start = performance.now();
    await new Promise<void>((done, fail) => {
      const tx = database.transaction('invoices', 'readwrite');
      const store = tx.objectStore('invoices');
      for (const row of rows) store.put(row);
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    const written = performance.now() - start;
    const readStart = performance.now();
    await new Promise((done) => {
      const request = database.transaction('invoices').objectStore('invoices').getAll();
      request.onsuccess = () => done(request.result);
    });
    return { written, read: performance.now() - readStart };
  }, dataset.invoices!);
  row(`browser floor: raw IndexedDB write of the ${INVOICES.toLocaleString('en')} invoice rows`, ms(floor.written));
  row(`browser floor: raw IndexedDB read of the ${INVOICES.toLocaleString('en')} invoice rows`, ms(floor.read));
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}

mkdirSync('bench-results', { recursive: true });
const table = [
  `ClientCheck bench — ${new Date().toISOString()} — ${process.version}, Chromium headless`,
  '',
  '| measure | value | budget |',
  '|---|---|---|',
  ...rows.map((r) => `| ${r.what} | ${r.value} | ${r.budget} |`),
  '',
].join('\n');
writeFileSync('bench-results/latest.md', table);
console.log(`\n${table}\nWritten to bench-results/latest.md`);
