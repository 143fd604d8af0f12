// A few validation combinators for the checker's answers. The island ships them to the
// browser, where Zod (even `zod/mini`, 7.4 KB gzip measured for the answers shape) would use
// the island's whole 8 KB budget; these cost a few hundred bytes and still give one schema,
// with its type inferred, for the form, the URL state and the CSV import.

/** `ambiguous`: a typed number that two notations read differently (`2,000` on a German page). */
export type IssueCode = 'empty' | 'not-a-number' | 'ambiguous' | 'negative' | 'fractional' | 'too-large' | 'invalid';
export interface Issue {
  /** Where in the value, e.g. `customers.2.values.exchange`. */
  path: string;
  code: IssueCode;
}
export type Result<T> = { success: true; data: T } | { success: false; issues: Issue[] };

export interface Schema<T> {
  /** Reads `value`, adding an issue for each problem; the result is meaningful only when none was added. */
  read(value: unknown, path: string, issues: Issue[]): T;
  safeParse(value: unknown): Result<T>;
}
export type Infer<S> = S extends Schema<infer T> ? T : never;

function schema<T>(read: Schema<T>['read']): Schema<T> {
  return {
    read,
    safeParse(value) {
      const issues: Issue[] = [];
      const data = read(value, '', issues);
      return issues.length ? { success: false, issues } : { success: true, data };
    },
  };
}

const join = (path: string, key: string | number): string => (path ? `${path}.${key}` : String(key));

export const enumOf = <const V extends readonly string[]>(values: V): Schema<V[number]> =>
  schema((v, path, issues) => {
    if (!values.includes(v as string)) issues.push({ path, code: 'invalid' });
    return v as V[number];
  });

export const text = (max: number): Schema<string> =>
  schema((v, path, issues) => {
    if (typeof v !== 'string' || v.length > max) issues.push({ path, code: 'invalid' });
    return v as string;
  });

/** A whole number in `0..max`; each way of missing that has its own code. */
export const integer = (max: number): Schema<number> =>
  schema((v, path, issues) => {
    const code: IssueCode | undefined =
      typeof v !== 'number' || !Number.isFinite(v) ? 'not-a-number'
      : v < 0 ? 'negative'
      : !Number.isInteger(v) ? 'fractional'
      : v > max ? 'too-large'
      : undefined;
    if (code) issues.push({ path, code });
    return v as number;
  });

/** `a`, or else `b`; the issues reported are `b`'s. */
export const either = <A, B>(a: Schema<A>, b: Schema<B>): Schema<A | B> =>
  schema((v, path, issues) => (a.safeParse(v).success ? (v as A) : b.read(v, path, issues)));

export const array = <T>(item: Schema<T>, max: number): Schema<T[]> =>
  schema((v, path, issues) => {
    if (!Array.isArray(v) || v.length > max) {
      issues.push({ path, code: 'invalid' });
      return [];
    }
    return v.map((x, i) => item.read(x, join(path, i), issues));
  });

/** A JSON object: not null, not an array. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** String keys (at most `max`) to values of one schema. */
export const record = <T>(value: Schema<T>, max: number): Schema<Record<string, T>> =>
  schema((v, path, issues) => {
    const entries = isPlainObject(v) ? Object.entries(v) : undefined;
    if (!entries || entries.length > max) {
      issues.push({ path, code: 'invalid' });
      return {};
    }
    return Object.fromEntries(entries.map(([k, x]) => [k, value.read(x, join(path, k), issues)]));
  });

/** Exactly the keys of `shape`; others are dropped. */
export const object = <S extends Record<string, Schema<unknown>>>(shape: S): Schema<{ [K in keyof S]: Infer<S[K]> }> =>
  schema((v, path, issues) => {
    if (!isPlainObject(v)) {
      issues.push({ path, code: 'invalid' });
      return {} as { [K in keyof S]: Infer<S[K]> };
    }
    return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, s.read(v[k], join(path, k), issues)])) as {
      [K in keyof S]: Infer<S[K]>;
    };
  });
