/**
 * Hand-written shape checks for what `storage.session` holds (lib/session/items.ts). The popup reads
 * these items for its first paint, so they cost a few hundred bytes rather than a schema library;
 * the entity schemas (lib/model, zod) check the data where it is written.
 *
 * A guard answers like zod's `safeParse`: the value (objects keep only the keys they declare unless
 * `loose`), or the first problem with its path.
 */
export interface Issue {
  path: (string | number)[];
  message: string;
}
export type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };
export interface Guard<T> {
  safeParse(raw: unknown): Parsed<T>;
}

/** Thrown inside a guard to stop at the first problem; never leaves `safeParse`. */
class Mismatch {
  constructor(readonly issue: Issue) {}
}

type Check<T> = (raw: unknown, path: (string | number)[]) => T;

const guard = <T>(check: Check<T>): Guard<T> & { check: Check<T> } => ({
  check,
  safeParse(raw) {
    try {
      return { success: true, data: check(raw, []) };
    } catch (e) {
      if (e instanceof Mismatch) return { success: false, error: { issues: [e.issue] } };
      throw e;
    }
  },
});

type Checked<T> = Guard<T> & { check: Check<T> };
const fail = (path: (string | number)[], message: string): never => {
  throw new Mismatch({ path, message });
};

export const string = (pattern?: RegExp): Checked<string> =>
  guard((raw, path) =>
    typeof raw !== 'string' ? fail(path, 'expected a string') : pattern && !pattern.test(raw) ? fail(path, `expected ${pattern}`) : raw,
  );

export const number = (): Checked<number> =>
  guard((raw, path) => (typeof raw === 'number' && Number.isFinite(raw) ? raw : fail(path, 'expected a number')));

/** A whole number ≥ 0. */
export const count = (): Checked<number> =>
  guard((raw, path) => (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : fail(path, 'expected a count')));

export const boolean = (): Checked<boolean> => guard((raw, path) => (typeof raw === 'boolean' ? raw : fail(path, 'expected true or false')));

export const oneOf = <const V extends string>(values: readonly V[]): Checked<V> =>
  guard((raw, path) => ((values as readonly unknown[]).includes(raw) ? (raw as V) : fail(path, `expected one of ${values.join(', ')}`)));

export const optional = <T>(inner: Checked<T>): Checked<T | undefined> =>
  guard((raw, path) => (raw === undefined ? undefined : inner.check(raw, path)));

export const array = <T>(item: Checked<T>): Checked<T[]> =>
  guard((raw, path) => (Array.isArray(raw) ? raw.map((v, i) => item.check(v, [...path, i])) : fail(path, 'expected a list')));

export const pair = <A, B>(a: Checked<A>, b: Checked<B>): Checked<[A, B]> =>
  guard((raw, path) =>
    Array.isArray(raw) && raw.length === 2 ? [a.check(raw[0], [...path, 0]), b.check(raw[1], [...path, 1])] : fail(path, 'expected a pair'),
  );

type Shape = Record<string, Checked<unknown>>;
type ShapeOf<S extends Shape> = { [K in keyof S]: S[K] extends Checked<infer T> ? T : never };

/**
 * An object with these keys. A key whose value is undefined is left out, as a stored value never
 * holds one. `loose` keeps the keys it does not declare (an envelope over a larger record).
 */
export const object = <S extends Shape>(shape: S, { loose = false } = {}): Checked<ShapeOf<S>> =>
  guard((raw, path) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(path, 'expected an object');
    const source = raw as Record<string, unknown>;
    const out: Record<string, unknown> = loose ? { ...source } : {};
    for (const [key, inner] of Object.entries(shape)) {
      const value = inner.check(source[key], [...path, key]);
      if (value !== undefined) out[key] = value;
      else delete out[key];
    }
    return out as ShapeOf<S>;
  });

/** The same guard, typed as the fuller interface it stands for (its declared keys are what readers use). */
export const as = <T>(inner: Checked<unknown>): Checked<T> => inner as Checked<T>;
