import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { captureKeyOf, checkKeyOf } from '@/lib/background/captures';
import type { ClientSnapshot } from '@/lib/model';

/**
 * The tab the popup is about: `?tabId=N` when given (the dashboard and tests use it), else the
 * active tab of the current window. `null` when there is none.
 */
const popupTabId = async (): Promise<number | null> => {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null) return /^\d+$/.test(param) ? Number(param) : null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
};

/**
 * That tab's latest capture, kept up to date while the popup is open; opened by "Check this
 * client" (`from=menu`), what the menu read instead.
 */
export const useCapture = (): ClientSnapshot | null | undefined => {
  const [snapshot, setSnapshot] = useState<ClientSnapshot | null | undefined>(undefined);
  useEffect(() => {
    let key: string | undefined;
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key && key in changes) setSnapshot((changes[key].newValue as ClientSnapshot) ?? null);
    };
    void popupTabId().then(async (tabId) => {
      if (tabId === null) return setSnapshot(null);
      key = new URLSearchParams(location.search).get('from') === 'menu' ? checkKeyOf(tabId) : captureKeyOf(tabId);
      const stored = await browser.storage.session.get(key);
      setSnapshot((stored[key] as ClientSnapshot | undefined) ?? null);
    });
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return snapshot;
};
