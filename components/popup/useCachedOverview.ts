import { useEffect, useState } from 'preact/hooks';
import type { Overview } from '@/lib/db/overview';
import { readOverview } from '@/lib/session/store';

/**
 * Today's overview as the background last computed it (read once, on open): `read` once the read
 * is back, `value` when there was one for today.
 */
export const useCachedOverview = (today: string): { read: boolean; value?: Overview } => {
  const [cached, setCached] = useState<{ read: boolean; value?: Overview }>({ read: false });
  useEffect(() => {
    void readOverview(today).then(
      (value) => setCached({ read: true, value }),
      () => setCached({ read: true }),
    );
  }, [today]);
  return cached;
};
