import { useEffect, useState } from 'preact/hooks';
import type { Overview } from '@/lib/db/overview';
import { readOverview } from '@/lib/session/store';

/** Today's overview as the background last computed it, or undefined (read once, on open). */
export const useCachedOverview = (today: string): Overview | undefined => {
  const [cached, setCached] = useState<Overview>();
  useEffect(() => {
    void readOverview(today).then(setCached);
  }, [today]);
  return cached;
};
