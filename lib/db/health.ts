/**
 * Whether the database can be used, for the pages to say so instead of showing nothing (or "nothing
 * overdue", which would be reassurance built on data that could not be read). Three ways it fails:
 * - `unavailable`: the browser would not open it (a damaged profile, a full disk, a private window or a
 *   policy that forbids storing data: `UnknownError`, `InvalidStateError`, `SecurityError`…);
 * - `blocked`: an older ClientCheck page still holds it open, so its upgrade waits (the `blocked`
 *   event): the pages carry on by themselves once that page closes;
 * - `deleted`: something outside ClientCheck deleted it while a page was open.
 * Plain code (no Preact): the database module reports its events here, the views read them.
 */
export type DatabaseProblemKind = 'unavailable' | 'blocked' | 'deleted';

export interface DatabaseProblem {
  kind: DatabaseProblemKind;
  /** The browser's own words, for the user to quote when asking for help: `UnknownError: …`. */
  detail: string;
}

interface NamedError {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

/** Errors meaning the database itself could not be opened, by their name (Dexie's or the browser's). */
const OPEN_FAILURES = new Set([
  'OpenFailedError',
  'MissingAPIError',
  'DatabaseClosedError',
  'UnknownError',
  'InvalidStateError',
  'SecurityError',
  'VersionError',
  'QuotaExceededError',
  'NoSuchDatabaseError',
  'UpgradeError',
]);

const describe = (error: NamedError): string => {
  const name = typeof error.name === 'string' ? error.name : 'Error';
  const message = typeof error.message === 'string' ? error.message : '';
  return (message ? `${name}: ${message}` : name).slice(0, 500);
};

/**
 * The database problem an error from a query means, or undefined when the database was open and
 * the query failed for another reason (then the view says so in place). Dexie wraps what the browser
 * said in `inner`: the innermost error is the one quoted.
 */
export const databaseProblemOf = (error: unknown): DatabaseProblem | undefined => {
  if (error instanceof DatabaseUnavailableError) return error.problem;
  if (typeof error !== 'object' || error === null) return undefined;
  const outer = error as NamedError;
  if (!OPEN_FAILURES.has(String(outer.name))) return undefined;
  // Closed without a cause: Dexie closing for another page's upgrade, reopened on the next query.
  if (outer.name === 'DatabaseClosedError' && (typeof outer.inner !== 'object' || outer.inner === null)) return undefined;
  let innermost = outer;
  for (let depth = 0; depth < 5 && typeof innermost.inner === 'object' && innermost.inner !== null; depth++) {
    innermost = innermost.inner as NamedError;
  }
  return { kind: 'unavailable', detail: describe(innermost) };
};

/**
 * A database problem, thrown again under a name of its own: Dexie's live queries keep quiet about a
 * `DatabaseClosedError` (what every query gets once opening failed) and would wait forever.
 */
export class DatabaseUnavailableError extends Error {
  constructor(readonly problem: DatabaseProblem) {
    super(problem.detail);
    this.name = 'DatabaseUnavailableError';
  }
}

type Listener = (problem: DatabaseProblem | undefined) => void;

let current: DatabaseProblem | undefined;
const listeners = new Set<Listener>();
const logged = new Set<string>();

export const currentDatabaseProblem = (): DatabaseProblem | undefined => current;

/** Reports a problem: the pages show it, and it is logged once per kind and detail, not once per query. */
export const reportDatabaseProblem = (problem: DatabaseProblem): void => {
  const key = `${problem.kind} ${problem.detail}`;
  if (!logged.has(key)) {
    logged.add(key);
    console.error(`ClientCheck: the database is ${problem.kind} (${problem.detail})`);
  }
  if (current?.kind === problem.kind && current.detail === problem.detail) return;
  current = problem;
  for (const listener of listeners) listener(current);
};

/** The problem of this kind is over (the blocking page closed): the pages carry on. */
export const clearDatabaseProblem = (kind: DatabaseProblemKind): void => {
  if (current?.kind !== kind) return;
  current = undefined;
  for (const listener of listeners) listener(undefined);
};

export const onDatabaseProblem = (listener: Listener): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** As a page that just opened. */
export const forgetDatabaseProblemsForTests = (): void => {
  current = undefined;
  logged.clear();
};
