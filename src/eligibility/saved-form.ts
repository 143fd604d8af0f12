// The checker's form kept in the browser's storage beside the link it last wrote, so a reload
// gives back all of it: names, rows a link leaves out, a value half typed. Another browser gets
// only the link. Storage that is full, blocked or tampered with is passed over, never thrown.
import { MAX_ROWS } from './answer-values.ts';
import type { FormState } from './form.ts';
import { isPlainObject } from './schema.ts';

/**
 * What a saved form may hold, so storage someone tampered with cannot make a reload slow: the
 * rows a link may carry, as many values per row as a model has measures (with room), as many
 * credentials per person as a shared link carries, and a bounded text to parse at all.
 */
const LIMITS = { rows: MAX_ROWS, valuesPerRow: 100, heldPerPerson: 200, chars: 4_000_000 } as const;

export interface SavedForm {
  /** The `checker` parameter the form was saved with; the form is restored only for that link. */
  param: string;
  form: FormState;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One entry per page. */
export const storageKey = (path: string): string => `tandem-checker:${path}`;

const strings = (v: unknown, max = Infinity): boolean => isPlainObject(v) && Object.keys(v).length <= max && Object.values(v).every((x) => typeof x === 'string');
const ofEach = (v: unknown, item: (x: Record<string, unknown>) => boolean): boolean => Array.isArray(v) && v.length <= LIMITS.rows && v.every((x) => isPlainObject(x) && item(x));

/** The shape of a saved form, field by field: a reload must not run on something else. */
function isForm(f: unknown): f is FormState {
  return (
    isPlainObject(f) &&
    typeof f.option === 'string' &&
    ['developed', 'developing', 'unknown'].includes(f.market as string) &&
    ['customers', 'totals'].includes(f.mode as string) &&
    ofEach(f.customers, (c) => typeof c.name === 'string' && typeof c.association === 'string' && ['paid', 'trial', 'unknown'].includes(c.status as string) && strings(c.values, LIMITS.valuesPerRow)) &&
    strings(f.totals, LIMITS.valuesPerRow) &&
    ofEach(f.individuals, (p) => typeof p.name === 'string' && Array.isArray(p.held) && p.held.length <= LIMITS.heldPerPerson && p.held.every((k) => typeof k === 'string')) &&
    strings(f.confirmations, LIMITS.rows)
  );
}

/** Saves the form; false when the storage refused it (full, or blocked). */
export function saveForm(storage: StorageLike | undefined, key: string, saved: SavedForm): boolean {
  try {
    storage?.setItem(key, JSON.stringify(saved));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** The form saved for this link, if any. */
export function loadForm(storage: StorageLike | undefined, key: string, param: string): FormState | undefined {
  try {
    const text = storage?.getItem(key) ?? 'null';
    if (text.length > LIMITS.chars) return undefined;
    const saved: unknown = JSON.parse(text);
    return isPlainObject(saved) && saved.param === param && isForm(saved.form) ? saved.form : undefined;
  } catch {
    return undefined;
  }
}

export function forgetForm(storage: StorageLike | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing saved that could be read either.
  }
}
