// A partner's answers to the checker: the one schema the form, the URL state and the CSV
// import are read with before anything is evaluated (evaluate.ts).
import { MAX_ROWS, MAX_VALUE } from './answer-values.ts';
import { array, either, enumOf, integer, object, record, text, type Infer } from './schema.ts';

export { HOLDS_NONE, MAX_ROWS, MAX_VALUE, emptyAnswers, parseCount, type CountResult, type ParseCountOptions } from './answer-values.ts';


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
  /** Credential keys of the model this person holds; `[HOLDS_NONE]` when none; empty while not answered. */
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
