import type { PlatformId } from '../../model/common';
import type { ClientSnapshot } from '../../model/snapshot';
import { capLength } from './text';
import { isoTime } from '../../capture/now';

/**
 * A capture that says nothing yet: what a content script sends when it leaves the reading to the
 * background (`page`, `upwork`), which completes it (lib/capture/complete-capture.ts).
 */
export const leftForBackground = (
  platform: PlatformId,
  pageKind: string,
  url: URL,
  left: Pick<ClientSnapshot, 'page' | 'upwork'>,
): ClientSnapshot => ({
  platform,
  pageKind,
  url: capLength(url.href, 2_000),
  capturedAt: isoTime(),
  client: {},
  signals: {},
  redFlags: [],
  fieldSources: {},
  ...left,
});
