import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { POPUP_LIST_KEYS, type PopupLists } from '@/lib/background/popup-lists';

/**
 * A list the background keeps in `storage.session` (lib/background/popup-lists.ts), as last
 * computed, and kept up to date while the popup is open. Empty until the background has run once.
 */
export const usePopupList = <K extends keyof PopupLists>(name: K): PopupLists[K] | undefined => {
  const [list, setList] = useState<PopupLists[K]>();
  useEffect(() => {
    const key = POPUP_LIST_KEYS[name];
    const read = (value: unknown): PopupLists[K] => (value as PopupLists[K] | undefined) ?? ({ total: 0, first: [] } as PopupLists[K]);
    let changed = false;
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !(key in changes)) return;
      changed = true;
      setList(read(changes[key].newValue));
    };
    browser.storage.onChanged.addListener(onChange);
    // A change that lands while the first read is on its way is newer than what the read returns.
    void browser.storage.session.get(key).then((stored) => changed || setList(read(stored[key])));
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [name]);
  return list;
};
