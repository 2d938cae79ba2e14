import { describe, expect, it } from 'vitest';
import { completeCapture } from '@/lib/capture/complete-capture';
import { clientSnapshot, type ClientSnapshot } from '@/lib/model/snapshot';
import { extractClient, extractorFor } from '@/lib/platforms/extract';
import { captureFreelancer } from '@/lib/platforms/freelancer';
import { captureGmail } from '@/lib/platforms/gmail';
import { captureOtherPlatform } from '@/lib/platforms/other-platforms';
import { captureOutlook } from '@/lib/platforms/outlook';
import { captureUpwork } from '@/lib/platforms/upwork';
import { htmlDocument } from './helpers';
import { mutatePage, savedPages, seededRandom } from './page-mutations';

/**
 * Every platform's saved pages, mutated (nodes removed, sections duplicated, 1 MB of text, broken
 * encodings, renamed attributes, deep nesting): no extractor may throw, hang or send anything the
 * background would refuse. `MUTATION_RUNS=2000` runs a larger sample; `MUTATION_SEED` another one.
 */
const PAGES = savedPages();
const RUNS = Number(process.env.MUTATION_RUNS) || PAGES.length;
const SEED = Number(process.env.MUTATION_SEED) || 20_260_315;

/** What each content script sends (the full extractors run in the context menu and the tests). */
const CONTENT_SCRIPT: Record<string, ((doc: Document, url: URL) => ClientSnapshot | null) | undefined> = {
  upwork: captureUpwork,
  freelancer: captureFreelancer,
  gmail: captureGmail,
  outlook: captureOutlook,
  'other-platforms': captureOtherPlatform,
};

/** What a content script may send in one message (Chrome's limit is far above; ours keeps pages light). */
const MAX_MESSAGE = 512 * 1024;

const problemsWith = (what: string, snapshot: ClientSnapshot | null | undefined, limit: number): string[] => {
  if (snapshot === null || snapshot === undefined) return [];
  const parsed = clientSnapshot.safeParse(snapshot);
  const size = JSON.stringify(snapshot).length;
  return [
    ...(parsed.success ? [] : [`${what} breaks the schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`]),
    ...(size > limit ? [`${what} is ${size} characters`] : []),
  ];
};

describe(`${RUNS} mutated saved pages (seed ${SEED})`, () => {
  it('every extractor returns a valid, bounded snapshot or null, without throwing', { timeout: 60_000 + RUNS * 2_000 }, () => {
    const failures: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = PAGES[run % PAGES.length]!;
      const seed = SEED + run;
      const doc = htmlDocument(page.html, page.url);
      const mutations = mutatePage(doc, seededRandom(seed));
      const url = new URL(page.url);
      const problems: string[] = [];
      const started = performance.now();
      try {
        const contentScript = CONTENT_SCRIPT[extractorFor(url)?.name ?? ''];
        if (contentScript) {
          // What the content script sends, then what the background keeps: the same readings as extractClient.
          const capture = contentScript(doc, url);
          problems.push(...problemsWith('the content script', capture, MAX_MESSAGE));
          if (capture) problems.push(...problemsWith('the background', completeCapture(capture), 100_000));
        } else {
          problems.push(...problemsWith('extractClient', extractClient(doc, url), 100_000));
        }
      } catch (error) {
        problems.push(`threw ${error instanceof Error ? error.stack : String(error)}`);
      }
      const elapsed = performance.now() - started;
      if (elapsed > 5_000) problems.push(`took ${Math.round(elapsed)} ms`);
      if (problems.length > 0) failures.push(`${page.fixture} (run ${run}, seed ${seed}; ${mutations.join('; ')}): ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});
