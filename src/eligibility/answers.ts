// A partner's answers to the checker: the one schema the form, the URL state and the CSV
// import are read with before anything is evaluated (evaluate.ts).
import { parseInput } from '../locale/parse-input.ts';
import { array, either, enumOf, integer, object, record, text, type Infer, type IssueCode } from './schema.ts';

/** Largest count or US$ value one field accepts; anything above is a typing slip. */
export const MAX_VALUE = 1_000_000_000;
export const MAX_ROWS = 1000;

/** A number the partner knows, or `unknown` ("not sure"). */
export const Count = either(enumOf(['unknown']), integer(MAX_VALUE));
export type Count = Infer<typeof Count>;

export const Customer = object({
  /** Kept in the browser only: never written to a shared link. */
  name: text(200),
  /** An association key of the model, `none` (none of those listed) or `unknown`. */
  association: text(100),
  status: enumOf(['paid', 'trial', 'unknown']),
  /** Per measure key (see `measuresOf`): active users on a workload, US$, …; a missing key is 0. */
  values: record(Count, 200),
});
export type Customer = Infer<typeof Customer>;

export const Individual = object({
  name: text(200),
  /** Credential keys of the model this person holds. */
  held: array(text(100), 200),
});
export type Individual = Infer<typeof Individual>;

export const Attestation = enumOf(['yes', 'no', 'unsure']);
export type Attestation = Infer<typeof Attestation>;

export const Market = enumOf(['developed', 'developing', 'unknown']);
export const Mode = enumOf(['customers', 'totals']);

export const Answers = object({
  /** Option key; empty means the model's first option. */
  option: text(100),
  market: Market,
  /** `customers`: one row per customer; `totals`: per-measure totals of qualifying customers only. */
  mode: Mode,
  customers: array(Customer, MAX_ROWS),
  /** Per measure key, the total over qualifying customers; a missing key is unknown. */
  totals: record(Count, 200),
  individuals: array(Individual, MAX_ROWS),
  /** Per `confirm` requirement id: the partner's own reading of a requirement kept whole; a missing id is unanswered. */
  confirmations: record(Attestation, 200),
});
export type Answers = Infer<typeof Answers>;

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
    const checked = Count.safeParse(r.value);
    return checked.success ? { ok: true, value: checked.data } : { ok: false, code: checked.issues[0]!.code };
  }
  return r.code === 'empty' && options.emptyAs !== undefined ? { ok: true, value: options.emptyAs } : r;
}
