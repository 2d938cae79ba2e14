import type { TableName } from '../db/database';
import { timed } from '../timing';

/**
 * What a data change sets off beyond the badge. The badge is recounted at once (its count is the
 * answer to the page); the watches that scan far more (every open invoice's chase, every client's
 * check-in) wait until changes have been quiet for a moment, so a burst of edits or a restored
 * backup costs one scan, and a scan never holds the worker while the next recount runs.
 */
export interface FollowUp {
  /** Its User Timing measure (`clientcheck:follow-up:<name>`), which the bench reads. */
  name: string;
  /** The tables whose changes call for it. */
  tables: readonly TableName[];
  run: () => Promise<unknown>;
}

export const QUIET_MS = 1_000;

export const followUpsAfterChange = (followUps: readonly FollowUp[], quietMs: number = QUIET_MS) => {
  const due = new Set<FollowUp>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const runDue = async () => {
    timer = undefined;
    const now = [...due];
    due.clear();
    // One after another: two scans at once would only slow each other.
    for (const followUp of now) {
      try {
        await timed(`clientcheck:follow-up:${followUp.name}`, followUp.run);
      } catch (error) {
        console.warn('ClientCheck: a follow-up after a change failed', error);
      }
    }
  };
  return (tables: readonly TableName[]): void => {
    const called = followUps.filter((f) => f.tables.some((t) => tables.includes(t)));
    if (called.length === 0) return;
    for (const followUp of called) due.add(followUp);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void runDue(), quietMs);
  };
};
