import { browser } from 'wxt/browser';
import type { ClientSnapshot } from '../model/snapshot';
import type { DatedOverview } from '../db/overview';
import { OVERVIEW, parseTabCaptureKey, tabCapture, type CaptureSource, type SessionItem } from './items';

/**
 * The one door to `storage.session`: every read is checked against its item's schema, so a reader
 * never works on a value of another shape (an older version's, a half-written one). A value that
 * fails its schema reads as the item's fallback and is reported once.
 */
const reported = new Set<string>();
const checked = <T>(item: SessionItem<T>, raw: unknown): T => {
  const result = item.schema.safeParse(raw);
  if (result.success) return result.data;
  const family = item.key.replace(/\d+/g, 'N');
  if (!reported.has(family)) {
    reported.add(family);
    console.warn(`ClientCheck: session item ${item.key} is not as expected and was ignored`, result.error.issues[0]);
  }
  return item.fallback;
};

export const readSession = async <T>(item: SessionItem<T>): Promise<T> =>
  checked(item, (await browser.storage.session.get(item.key))[item.key]);

/** Several items in one read, in the order given. */
export const readSessionItems = async <Items extends readonly SessionItem<unknown>[]>(
  ...items: Items
): Promise<{ [K in keyof Items]: Items[K] extends SessionItem<infer T> ? T : never }> => {
  const stored = await browser.storage.session.get(items.map((i) => i.key));
  return items.map((i) => checked(i, stored[i.key])) as { [K in keyof Items]: Items[K] extends SessionItem<infer T> ? T : never };
};

export const writeSession = async <T>(item: SessionItem<T>, value: T): Promise<void> => {
  await browser.storage.session.set({ [item.key]: value });
};

export const removeSession = async (...items: readonly SessionItem<unknown>[]): Promise<void> => {
  await browser.storage.session.remove(items.map((i) => i.key));
};

/** Every tab's capture and check, in one read (for assessing them all again, or retitling their tabs). */
export const readTabCaptures = async (): Promise<
  { item: SessionItem<ClientSnapshot | undefined>; source: CaptureSource; tabId: number; snapshot: ClientSnapshot }[]
> => {
  const stored = await browser.storage.session.get(null);
  return Object.entries(stored).flatMap(([key, raw]) => {
    const parsed = parseTabCaptureKey(key);
    if (!parsed) return [];
    const item = tabCapture(parsed.source, parsed.tabId);
    const snapshot = checked(item, raw);
    return snapshot ? [{ item, ...parsed, snapshot }] : [];
  });
};

/** The overview the background last computed, if it was computed today (a day later its figures are wrong). */
export const readOverview = async (today: string): Promise<DatedOverview | undefined> => {
  const stored = await readSession(OVERVIEW);
  return stored?.today === today ? stored : undefined;
};

/** Calls `onChange` with the new value each time the item is written or removed; returns the unsubscribe. */
export const watchSession = <T>(item: SessionItem<T>, onChange: (value: T) => void): (() => void) => {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && item.key in changes) onChange(checked(item, changes[item.key].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
};

export const forgetReportedForTests = (): void => reported.clear();
