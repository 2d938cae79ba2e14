// @vitest-environment happy-dom
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import { EDITS, forbiddenIn, stripDynamicCode } from '@/scripts/strip-dynamic-code';

type Entry = typeof import('./validation-entry');

/** The backup check and Preact, bundled as the extension is (through the plugin, minified) or without it. */
const bundle = async (plugins = [stripDynamicCode()]): Promise<string> => {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    root: resolve('.'),
    resolve: { alias: { '@': resolve('.') } },
    plugins,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: resolve('tests/unit/build/validation-entry.ts'), formats: ['es'], fileName: 'entry' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  })) as Rolldown.RolldownOutput[];
  const [output] = Array.isArray(result) ? result : [result];
  return output.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk').map((chunk) => chunk.code).join('\n');
};

let dir: string;
let code: string;
let built: Entry;

beforeAll(async () => {
  code = await bundle();
  // Inside the project (node_modules/.cache is ignored by git): the test runner imports from there.
  const cache = resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(join(cache, 'clientcheck-build-'));
  const file = join(dir, 'entry.mjs');
  writeFileSync(file, code);
  built = (await import(/* @vite-ignore */ file)) as Entry;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the build without code generation', () => {
  it('ships no Function constructor and no HTML assignment, where the libraries as published would', async () => {
    expect(forbiddenIn(await bundle([]))).toEqual(['the Function constructor', 'an HTML assignment']);
    expect(forbiddenIn(code)).toEqual([]);
    // Even with the runtime switch (lib/model/common.ts) off, zod as built never tries to generate code.
    const config = (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig!;
    const jitless = config.jitless;
    config.jitless = false;
    try {
      expect(built.zodUtil.allowsEval.value).toBe(false);
    } finally {
      config.jitless = jitless;
    }
  }, 60_000);

  it('still validates: a good backup passes, each kind of bad row is refused and named', () => {
    const good = built.sampleData('2026-03-02');
    const ok = built.checkBackup(good);
    expect(ok.ok && ok.counts).toMatchObject({ clients: good.clients!.length, invoices: good.invoices!.length });

    const badAmount = structuredClone(good);
    (badAmount.invoices![1] as Record<string, unknown>).amount = 'a lot';
    expect(built.checkBackup(badAmount)).toMatchObject({ ok: false, error: { table: 'invoices', row: 1, field: 'amount' } });

    const badDate = structuredClone(good);
    badDate.invoices![3].payments = [{ date: '2026-13-01', amount: 10 } as never];
    expect(built.checkBackup(badDate)).toMatchObject({ ok: false, error: { table: 'invoices', row: 3, field: 'payments.0.date' } });

    const missing = structuredClone(good);
    delete (missing.clients![0] as Record<string, unknown>).id;
    expect(built.checkBackup(missing)).toMatchObject({ ok: false, error: { table: 'clients', row: 0, field: 'id' } });

    const extra = built.invoice.safeParse({ ...good.invoices![0], currency: 'euros' });
    expect(extra.success).toBe(false);
  });

  it('checks a large backup in reasonable time', () => {
    const large = built.largeDataset(2_000, 10_000, '2026-03-02');
    const started = performance.now();
    const result = built.checkBackup(large);
    const ms = performance.now() - started;
    expect(result.ok).toBe(true);
    // The budget for a whole import is 5 s with 50,000 invoices; the check is a small part of it.
    expect(ms).toBeLessThan(5_000);
  });

  it('renders text, and refuses markup instead of injecting it', () => {
    const host = document.createElement('div');
    built.render(built.h('p', null, '<b>not bold</b>'), host);
    expect(host.querySelector('p')!.textContent).toBe('<b>not bold</b>');
    expect(host.querySelector('b')).toBeNull();
    expect(() => built.render(built.h('p', { dangerouslySetInnerHTML: { __html: '<b>bold</b>' } }), document.createElement('div'))).toThrow(
      /dangerouslySetInnerHTML is not supported/,
    );
  });
});

describe('what the build removes is never used', () => {
  it('ESLint refuses dangerouslySetInnerHTML in any component (npm run lint checks every file)', async () => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: resolve('.') });
    const [result] = await eslint.lintText('export const A = (p: { s: string }) => <p dangerouslySetInnerHTML={{ __html: p.s }} />;\n', {
      filePath: resolve('components/example.tsx'),
    });
    expect(result.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
  }, 30_000);
});

describe('the plugin', () => {
  const transform = (code: string, id: string) =>
    (stripDynamicCode().transform as (this: unknown, code: string, id: string) => unknown).call(
      { error: (message: string) => { throw new Error(message); } },
      code,
      id,
    );

  it('stops the build when a library no longer has the line it edits', () => {
    for (const edit of EDITS) {
      expect(() => transform('export const nothing = 1;', `/x/node_modules${edit.file}`)).toThrow(/The library changed/);
    }
    expect(transform('export const other = 1;', '/x/node_modules/zod/v4/core/schemas.js')).toBeNull();
  });

  it('recognises what must not ship', () => {
    expect(forbiddenIn('try{return Function(``),!0}catch{return!1}')).toEqual(['the Function constructor']);
    expect(forbiddenIn('compile(){let e=Function,t=this?.content')).toEqual(['the Function constructor']);
    expect(forbiddenIn('x=new Function("a","return a")')).toEqual(['the Function constructor']);
    expect(forbiddenIn('(t.innerHTML=h.__html)')).toEqual(['an HTML assignment']);
    expect(forbiddenIn('isAsyncFunction(e);Function.call.bind(x);h.__html==t.innerHTML;el.textContent=s')).toEqual([]);
  });
});
