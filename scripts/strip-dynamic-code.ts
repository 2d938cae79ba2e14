import type { Plugin } from 'vite';

/**
 * Keeps code built from strings and HTML built from strings out of every bundle we ship, for both
 * browsers. Extension pages forbid `eval` (MV3 content security policy), and addons.mozilla.org's
 * linter flags both patterns; the libraries only reach them on paths ClientCheck never takes:
 *
 * - zod probes `new Function("")` once, then compiles a fast path for object schemas with it. The
 *   policy blocks it in extension pages (Firefox logs the refusal), so zod already validates
 *   through its interpreter there; the build makes that the only path. Validation is unchanged:
 *   tests/unit/build/strip-dynamic-code.test.ts bundles the backup check with this plugin and
 *   runs it.
 * - Preact assigns `innerHTML` only for `dangerouslySetInnerHTML`, which ESLint forbids everywhere
 *   in this project (captured text is never markup). In the build that assignment throws instead.
 *
 * A library update that changes these lines stops the build rather than shipping them silently.
 */

interface Edit {
  /** The end of the module's resolved path. */
  file: string;
  find: RegExp;
  replace: string;
  why: string;
}

export const EDITS: Edit[] = [
  {
    file: '/zod/v4/core/util.js',
    find: /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);/,
    replace: 'export const allowsEval = /* @__PURE__*/ cached(() => false);',
    why: "zod's probe for new Function",
  },
  {
    file: '/zod/v4/core/doc.js',
    find: /compile\(\) \{\s*const F = Function;[\s\S]*?\n {4}\}/,
    replace: 'compile() {\n        throw new Error("zod code generation is not part of this build");\n    }',
    why: "zod's code generator",
  },
  {
    file: '/preact/dist/preact.mjs',
    find: /\b\w+\.innerHTML=\w+\.__html\b/,
    replace: '(()=>{throw new TypeError("dangerouslySetInnerHTML is not supported: ClientCheck renders text only")})()',
    why: "Preact's dangerouslySetInnerHTML",
  },
];

/** What must never reach a bundle: a Function constructor (called or aliased) or an HTML assignment. */
export const FORBIDDEN: [pattern: RegExp, what: string][] = [
  [/\bnew\s+Function\b|(?<![.\w$])Function\s*\(|[=,(:]\s*Function\s*[,;)}]/, 'the Function constructor'],
  [/\.(?:innerHTML|outerHTML)\s*=(?!=)|\binsertAdjacentHTML\s*\(/, 'an HTML assignment'],
];

export const forbiddenIn = (code: string): string[] =>
  FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([, what]) => what);

export const stripDynamicCode = (): Plugin => ({
  name: 'clientcheck:strip-dynamic-code',
  enforce: 'pre',
  transform(code, id) {
    const path = id.split('?')[0].replaceAll('\\', '/');
    const edits = EDITS.filter((edit) => path.endsWith(edit.file));
    if (edits.length === 0) return null;
    let out = code;
    for (const edit of edits) {
      const matches = out.match(new RegExp(edit.find.source, `${edit.find.flags}g`))?.length ?? 0;
      if (matches !== 1) {
        this.error(`${edit.why}: expected once in ${edit.file}, found ${matches} times. The library changed: update scripts/strip-dynamic-code.ts.`);
      }
      out = out.replace(edit.find, edit.replace);
    }
    return { code: out, map: null };
  },
  generateBundle(_options, bundle) {
    for (const [fileName, output] of Object.entries(bundle)) {
      if (output.type !== 'chunk') continue;
      const found = forbiddenIn(output.code);
      if (found.length > 0) this.error(`${fileName} contains ${found.join(' and ')}: see scripts/strip-dynamic-code.ts.`);
    }
  },
});
