// What the checker form needs of the answers as it hydrates: the limits, the empty answers and
// the reading of one typed count. The schemas (answers.ts) are loaded only where a shared link
// or a file is read, so the island stays within its budget.
import { parseInput } from '../locale/parse-input.ts';
import type { Answers, Count } from './answers.ts';
import type { IssueCode } from './schema.ts';

/** `held` of a person who holds none of the credentials listed (answered, unlike an empty list). */
export const HOLDS_NONE = 'none';

/** Largest count or US$ value one field accepts; anything above is a typing slip. */
export const MAX_VALUE = 1_000_000_000;
export const MAX_ROWS = 1000;

export const emptyAnswers = (): Answers => ({
  option: '',
  market: 'unknown',
  mode: 'customers',
  customers: [],
  totals: {},
  individuals: [],
  confirmations: {},
});

export type CountResult =
  | { ok: true; value: Count }
  | { ok: false; code: IssueCode; readings?: undefined }
  /** `2,000` on a German page: 2000 in English notation, 2 in German; the reader chooses. */
  | { ok: false; code: 'ambiguous'; readings: [grouped: number, decimal: number] };

export interface ParseCountOptions {
  /** What an empty field means; default: none, so an empty field is an `empty` issue. */
  emptyAs?: number;
}

/**
 * Reads what a partner typed into a number field or a CSV cell, in the page's number format
 * (the locale layer's `parseInput`: German `2.000` = English `2,000` = `2000`), then checks it
 * is a count; `?` or "not sure" is `unknown`, a reading that two notations give differently is
 * `ambiguous` with both readings.
 */
export function parseCount(raw: string, locale: string, options: ParseCountOptions = {}): CountResult {
  const r = parseInput(raw, locale);
  if (r.ok) {
    const v = r.value;
    const code: IssueCode | undefined = v === 'unknown' ? undefined : v < 0 ? 'negative' : !Number.isInteger(v) ? 'fractional' : v > MAX_VALUE ? 'too-large' : undefined;
    return code ? { ok: false, code } : { ok: true, value: v };
  }
  return r.code === 'empty' && options.emptyAs !== undefined ? { ok: true, value: options.emptyAs } : r;
}
