import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import {
  DatabaseUnavailableError,
  currentDatabaseProblem,
  databaseProblemOf,
  onDatabaseProblem,
  reportDatabaseProblem,
  type DatabaseProblem,
} from '@/lib/db/health';

/** A database that cannot be opened is reported, and rethrown where the live query passes it on. */
const unlessUnavailable = (error: unknown): never => {
  const problem = databaseProblemOf(error);
  if (!problem) throw error;
  reportDatabaseProblem(problem);
  throw new DatabaseUnavailableError(problem);
};

export interface QueryResult<T> {
  /** `undefined` while loading. */
  value?: T;
  /** Why the query failed; the value, if any, is the last one read before. */
  error?: unknown;
}

/**
 * Re-runs `query` whenever the tables it read change, in this page or another one of ours
 * (Dexie broadcasts changes between the extension's pages), and says when it fails. A failure that
 * means the database itself cannot be opened is reported once for the whole page (lib/db/health.ts).
 */
export const useQueryResult = <T,>(query: () => Promise<T>, deps: unknown[]): QueryResult<T> => {
  const [result, setResult] = useState<QueryResult<T>>({});
  useEffect(() => {
    const subscription = liveQuery(() => query().catch(unlessUnavailable)).subscribe({
      next: (value) => setResult({ value }),
      error: (error: unknown) => setResult((previous) => ({ value: previous.value, error })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
};

/**
 * `useQueryResult` for views: `undefined` while loading, and a failed query is thrown to the nearest
 * `QueryBoundary` (components/QueryBoundary.tsx), which shows the error in place of the view, never
 * an empty page.
 */
export const useLiveQuery = <T,>(query: () => Promise<T>, deps: unknown[]): T | undefined => {
  const { value, error } = useQueryResult(query, deps);
  if (error !== undefined) throw error;
  return value;
};

/**
 * A one-off read, not followed (a first screen before the live query): `undefined` while loading, and
 * a failure thrown to the nearest `QueryBoundary`, as `useLiveQuery` does.
 */
export const useQuery = <T,>(query: () => Promise<T>, deps: unknown[]): T | undefined => {
  const [result, setResult] = useState<QueryResult<T>>({});
  useEffect(() => {
    let current = true;
    query()
      .catch(unlessUnavailable)
      .then(
        (value) => current && setResult({ value }),
        (error: unknown) => current && setResult({ error }),
      );
    return () => {
      current = false;
    };
  }, deps);
  if (result.error !== undefined) throw result.error;
  return result.value;
};

/** The database problem the page knows of, kept current (lib/db/health.ts). */
export const useDatabaseProblem = (): DatabaseProblem | undefined => {
  const [problem, setProblem] = useState(currentDatabaseProblem);
  useEffect(() => {
    setProblem(currentDatabaseProblem());
    return onDatabaseProblem(setProblem);
  }, []);
  return problem;
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
