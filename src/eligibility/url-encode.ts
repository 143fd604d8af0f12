// Answers in the page URL, compactly: the writing half, which the island loads when the reader
// first changes an answer; reading a link back is url-state.ts. The model's keys are written by
// their place in the option's inputs (so 100 customers take about 1,000 characters, not 21,000),
// behind a fingerprint of those inputs, so a link made for another version of the requirements is
// refused rather than misread. A link never holds names, and never more than `MAX_LINK_CHARS`:
// past that it leaves out the customers (then the people) and says how many.
import { HOLDS_NONE } from './answer-values.ts';
import type { Answers, Attestation, Count, Customer } from './answers.ts';
import type { OptionInputs } from './option-inputs.ts';

export const URL_PARAM = 'checker';

/**
 * The longest parameter value a link carries. Well below the 8 KB of request headers many
 * servers and proxies accept (Node's own limit is 16 KB, past which it answers 431), and short
 * enough for chat and mail programs to keep a link whole.
 */
export const MAX_LINK_CHARS = 2000;

/** The first section of every link: the format and the fingerprint of the option's inputs. */
export const FORMAT = '1';

/** The keys a link refers to by position, in the order the form shows them. */
export interface LinkKeys {
  options: string[];
  /** Association keys, then `none` and `unknown`. */
  associations: string[];
  /** Measures a customer row asks for a number. */
  rowMeasures: string[];
  /** Every measure, as totals are keyed. */
  measures: string[];
  credentials: string[];
  confirmations: string[];
}

export const linkKeys = (options: string[], inputs: OptionInputs): LinkKeys => ({
  options,
  associations: [...inputs.associations.map((a) => a.key), 'none', 'unknown'],
  rowMeasures: inputs.measures.filter((m) => !m.perCustomer).map((m) => m.key),
  measures: inputs.measures.map((m) => m.key),
  credentials: inputs.credentials.map((c) => c.key),
  confirmations: inputs.confirmations.map((r) => r.id),
});

/** FNV-1a over the keys, in base 36: what a link's positions mean. */
export function fingerprint(keys: LinkKeys): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(keys)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(36);
}

/** One-letter codes; every character a link uses is one a URL query keeps as it is. */
export const CODES = {
  market: { developed: 'd', developing: 'g', unknown: 'u' },
  mode: { customers: 'c', totals: 't' },
  status: { paid: 'p', trial: 't', unknown: 'u' },
  attestation: { yes: 'y', no: 'n', unsure: 'u' },
} as const;
export const UNANSWERED = 'o';
export const UNKNOWN = '*';

export interface LeftOut {
  customers: number;
  individuals: number;
}

export interface EncodedState {
  param: string;
  /** Rows the link leaves out because they would make it longer than `MAX_LINK_CHARS`. */
  leftOut: LeftOut;
}

const count = (v: Count | undefined): string => (v === undefined ? '' : v === 'unknown' ? UNKNOWN : v.toString(36));
/** Positional values, the trailing missing ones left off. */
const positional = (keys: string[], values: Record<string, Count>): string => keys.map((k) => count(values[k])).join('.').replace(/\.+$/, '');
/** A key's place; one the keys do not hold takes the last place (`unknown` among associations, the first option's 0 for options). */
const index = (keys: string[], key: string, otherwise: number): string => (keys.includes(key) ? keys.indexOf(key) : otherwise).toString(36);

const customer = (c: Customer, keys: LinkKeys): string => {
  const values = positional(keys.rowMeasures, c.values);
  return `${index(keys.associations, c.association, keys.associations.length - 1)}.${CODES.status[c.status]}${values ? `.${values}` : ''}`;
};

/** The link's parameter for `answers`, without names, at most `MAX_LINK_CHARS` long. */
export function encodeState(answers: Answers, keys: LinkKeys, max = MAX_LINK_CHARS): EncodedState {
  const confirmations = keys.confirmations
    .map((id) => (answers.confirmations[id] ? CODES.attestation[answers.confirmations[id] as Attestation] : UNANSWERED))
    .join('')
    .replace(/o+$/, '');
  const write = (leftOut: LeftOut): string =>
    [
      `${FORMAT}.${fingerprint(keys)}`,
      index(keys.options, answers.option, 0),
      CODES.market[answers.market] + CODES.mode[answers.mode],
      leftOut.customers ? '' : answers.customers.map((c) => customer(c, keys)).join('-'),
      positional(keys.measures, answers.totals),
      leftOut.individuals ? '' : answers.individuals.map((p) => `p${p.held[0] === HOLDS_NONE ? UNKNOWN : p.held.filter((k) => keys.credentials.includes(k)).map((k) => index(keys.credentials, k, 0)).join('.')}`).join('-'),
      confirmations,
      [leftOut.customers ? `c${leftOut.customers}` : '', leftOut.individuals ? `p${leftOut.individuals}` : ''].filter(Boolean).join('.'),
    ]
      .join('_')
      .replace(/_+$/, '');
  const none = { customers: 0, individuals: 0 };
  const tries: LeftOut[] = [none, { ...none, customers: answers.customers.length }, { customers: answers.customers.length, individuals: answers.individuals.length }];
  for (const leftOut of tries) {
    const param = write(leftOut);
    if (param.length <= max) return { param, leftOut };
  }
  const leftOut = tries[2]!;
  return { param: write(leftOut), leftOut };
}
