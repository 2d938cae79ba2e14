import type { ClientSnapshot } from '../model';
import { SnapshotDraft } from '../platforms/parse/draft';
import { readMail } from '../platforms/parse/mail';
import { findRedFlags } from '../platforms/parse/red-flags';

/**
 * What the background adds to a capture before keeping it. Content scripts stay small by leaving
 * two readings to it, with the same rules the full extractors use:
 * - job pages ship without the red-flag phrase lists (about 7 KB, English and French): the job
 *   description is in the snapshot, so it is scanned here;
 * - Gmail and Outlook ship without the signature parsers (about 14 KB): the email is in
 *   `snapshot.mail`, read here and then dropped, never stored.
 * Null when the email turned out to say nothing of who wrote.
 */
export const completeCapture = (snapshot: ClientSnapshot): ClientSnapshot | null => {
  if (snapshot.mail) {
    const { mail, ...rest } = snapshot;
    const draft = SnapshotDraft.resume(rest);
    readMail(draft, mail);
    const read = { ...draft.build(), capturedAt: snapshot.capturedAt };
    return read.client.emails?.length || read.client.displayName ? read : null;
  }
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
