import { useLayoutEffect, useState } from 'preact/hooks';
import type { Overview } from '@/lib/db/overview';
import { readOverview } from '@/lib/session/store';

/**
 * Today's overview as the background last computed it (read once, on open): `read` once the read
 * is back, `value` when there was one for today.
 */
export const useCachedOverview = (today: string): { read: boolean; value?: Overview } => {
  const [cached, setCached] = useState<{ read: boolean; value?: Overview }>({ read: false });
  // Read as soon as the first (empty) render is in place, not after it is painted: the popup's first
  // screen waits for this value, and an effect would start the read one frame later.
  useLayoutEffect(() => {
    void readOverview(today).then(
      (value) => setCached({ read: true, value }),
      () => setCached({ read: true }),
    );
  }, [today]);
  return cached;
};
