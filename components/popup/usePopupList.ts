import { useEffect, useState } from 'preact/hooks';
import type { SessionItem } from '@/lib/session/items';
import type { PopupList } from '@/lib/session/popup-list';
import { readSession, watchSession } from '@/lib/session/store';

/**
 * A list the background keeps in `storage.session` (lib/session: `CHASE_TODAY`, `CHECK_INS`), as
 * last computed, and kept up to date while the popup is open. Empty until the background has run once.
 */
export const usePopupList = <T>(item: SessionItem<PopupList<T>>): PopupList<T> | undefined => {
  const [list, setList] = useState<PopupList<T>>();
  useEffect(() => {
    let changed = false;
    const stop = watchSession(item, (value) => {
      changed = true;
      setList(value);
    });
    // A change that lands while the first read is on its way is newer than what the read returns.
    void readSession(item).then((value) => changed || setList(value));
    return stop;
  }, [item.key]);
  return list;
};
