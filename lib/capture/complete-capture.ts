import type { ClientSnapshot } from '../model';
import { findRedFlags } from '../platforms/parse/red-flags';

/**
 * What the background adds to a capture before keeping it. Content scripts on job pages ship
 * without the red-flag phrase lists (about 7 KB, in English and French) to stay small; the
 * snapshot carries the job description, so the scan happens here instead, with the same rules.
 */
export const completeCapture = (snapshot: ClientSnapshot): ClientSnapshot => {
  const description = snapshot.job?.description;
  if (snapshot.redFlags.length > 0 || !description) return snapshot;
  const redFlags = findRedFlags(description).slice(0, 50);
  if (redFlags.length === 0) return snapshot;
  return {
    ...snapshot,
    redFlags,
    fieldSources: { ...snapshot.fieldSources, redFlags: snapshot.fieldSources['job.description'] ?? 'Job description' },
  };
};
