/**
 * Upwork: the client behind a job (job page, job details slider, public job page, apply page, the tile
 * of the job a list URL points to) or a messages room.
 *
 * Lists: a feed or search URL without a selected job (`/nx/find-work/most-recent`, `/nx/search/jobs/?q=`)
 * holds many clients and no choice between them, so `extractUpwork` returns null there; with a selected
 * job (`.../details/~02<id>`) it reads the open slider, or that job's tile while the slider is loading.
 * `extractUpworkTiles` gives one snapshot per tile for callers that annotate a whole list. A job page
 * whose client block is missing (cut-down or still loading) still gives the job: title, id, description.
 *
 * Two stages: `read.ts` runs in the page and only collects texts (the content script sends them);
 * `parse.ts` turns them into a snapshot in the background. `page.ts` says where things are.
 */
import type { ClientSnapshot } from '../../model/snapshot';
import { allOf, attrOf } from '../parse/dom';
import { flagJobDescription } from '../parse/red-flags';
import { UPWORK_SELECTORS as S } from './page';
import { parseJobTile, parseUpworkReading } from './parse';
import { readJobTile, readUpworkPage } from './read';

export { matches, UPWORK_SELECTORS, upworkJobId, upworkPageKind } from './page';
export { captureUpwork } from './read';

/** Parses the reading an Upwork content script left in `snapshot.upwork`, red flags included. Null when it names no client or job. */
export function readLeftUpwork(snapshot: ClientSnapshot): ClientSnapshot | null {
  if (!snapshot.upwork) return snapshot;
  const parsed = parseUpworkReading(snapshot.upwork, new URL(snapshot.url));
  return parsed && flagJobDescription({ ...parsed, capturedAt: snapshot.capturedAt });
}

/** The client of the job this Upwork page shows, red flags in the job description included. */
export function extractUpwork(doc: Document, url: URL): ClientSnapshot | null {
  try {
    const reading = readUpworkPage(doc, url);
    const parsed = reading && parseUpworkReading(reading, url);
    return parsed && flagJobDescription(parsed);
  } catch {
    return null;
  }
}

/** One snapshot per job tile on a feed or search page, in page order (at most 100), red flags included. */
export function extractUpworkTiles(doc: Document, url: URL): ClientSnapshot[] {
  try {
    const search = allOf(doc, S.searchTile, 100);
    const tiles = search.length > 0 ? search : allOf(doc, S.feedTile, 100);
    const kind = search.length > 0 ? 'search' : 'feed';
    return tiles.map((tile) => {
      const uid = attrOf(tile, kind === 'search' ? 'data-ev-job-uid' : 'data-ev-opening_uid', 40);
      return flagJobDescription(parseJobTile(readJobTile(tile, kind), url, /^\d+$/.test(uid) ? `~02${uid}` : undefined));
    });
  } catch {
    return [];
  }
}
