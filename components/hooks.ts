import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Re-runs `query` whenever the tables it read change, in this page or another one of ours
 * (Dexie broadcasts changes between the extension's pages). `undefined` while loading.
 */
export const useLiveQuery = <T,>(query: () => Promise<T>, deps: unknown[]): T | undefined => {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('ClientCheck: query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
};

/** The hash route of the dashboard, kept in sync with the address bar. */
export const useHash = (): string => {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return hash;
};
