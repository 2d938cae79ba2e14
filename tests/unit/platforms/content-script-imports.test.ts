import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Extractors run in content scripts (≤ 30 KB): they may import only small parsers and `import type`
 * from lib/model. This walks the real import graph of each extractor, so a heavy dependency creeping in
 * (zod, dexie, preact, libphonenumber-js, a runtime value from lib/model) fails here by name.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FORBIDDEN = /^(?:zod|dexie|preact|libphonenumber-js|webextension-polyfill|wxt)(?:\/|$)/;

interface Graph {
  files: string[];
  external: string[];
  modelRuntime: string[];
}

function importGraph(entry: string): Graph {
  const graph: Graph = { files: [], external: [], modelRuntime: [] };
  const stack = [resolve(ROOT, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (graph.files.includes(file)) continue;
    graph.files.push(file);
    const source = readFileSync(file, 'utf8');
    // `import type ...` and `export type ...` vanish at build time; everything else ships.
    for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const [, , typeOnly, spec] = m as unknown as [string, string, string | undefined, string];
      if (typeOnly) continue;
      if (!spec.startsWith('.')) {
        graph.external.push(spec);
        continue;
      }
      const base = resolve(dirname(file), spec).replace(/\.ts$/, '');
      const target = existsSync(`${base}.ts`) ? `${base}.ts` : `${base}/index.ts`;
      if (target.includes('/lib/model/')) graph.modelRuntime.push(`${file.slice(ROOT.length)} → ${spec}`);
      else stack.push(target);
    }
  }
  return graph;
}

const CONTENT_SCRIPT_MODULES = [
  'lib/platforms/upwork/index.ts',
  'lib/platforms/upwork/read.ts',
  'lib/platforms/freelancer.ts',
  'lib/platforms/gmail.ts',
  'lib/platforms/outlook.ts',
  'lib/platforms/other-platforms.ts',
  'lib/platforms/generic.ts',
  'lib/platforms/extract.ts',
  'lib/platforms/selection.ts',
];

describe('content-script modules stay light', () => {
  for (const entry of CONTENT_SCRIPT_MODULES) {
    it(`${entry} imports no heavy library and no runtime value from lib/model`, () => {
      const graph = importGraph(entry);
      expect(graph.external.filter((s) => FORBIDDEN.test(s)), `${entry}: forbidden imports`).toEqual([]);
      expect(graph.external, `${entry}: external imports`).toEqual([]);
      expect(graph.modelRuntime, `${entry}: runtime imports from lib/model`).toEqual([]);
      expect(graph.files.some((f) => f.endsWith('/parse/phone.ts')), `${entry}: imports parse/phone.ts`).toBe(false);
    });
  }

  it('walks the whole graph', () => {
    const files = importGraph('lib/platforms/upwork/index.ts').files.map((f) => f.slice(ROOT.length + 1));
    expect(files).toEqual(expect.arrayContaining(['lib/platforms/parse/money.ts', 'lib/platforms/parse/draft.ts', 'lib/platforms/hosts.ts']));
  });

  it('the Upwork content script reads texts and parses nothing', () => {
    const files = importGraph('lib/platforms/upwork/read.ts').files.map((f) => f.slice(ROOT.length + 1));
    expect(files).toContain('lib/platforms/parse/dom.ts');
    for (const parser of ['money', 'numbers', 'dates', 'draft', 'red-flags']) {
      expect(files, `read.ts reaches parse/${parser}.ts`).not.toContain(`lib/platforms/parse/${parser}.ts`);
    }
  });

  it('phone.ts is where libphonenumber-js lives', () => {
    expect(importGraph('lib/platforms/parse/phone.ts').external).toEqual(['libphonenumber-js']);
  });
});
