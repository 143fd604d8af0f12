// Answers in the page URL (`?checker=<JSON>`, which URLSearchParams percent-encodes), so
// a shared link or a reload gives the same result. Names stay in the browser: a link carries none. Reading a link validates it with
// the answers schema and against the model; whatever fails is dropped and named, so the
// island can say so instead of failing or guessing.
import type { Competency } from '../requirements/model.ts';
import { Attestation, Count, Customer, Individual, MAX_ROWS, Market, Mode, emptyAnswers, type Answers } from './answers.ts';
export { URL_PARAM, encodeState } from './url-encode.ts';
import { findOption, optionInputs } from './option-inputs.ts';
import type { Schema } from './schema.ts';

export interface DecodedState {
  answers: Answers;
  /** Paths of what was dropped (`state` when nothing could be read). */
  dropped: string[];
}


/** Reads a URL parameter value; never throws. */
export function decodeState(model: Competency, param: string): DecodedState {
  const dropped: string[] = [];
  let raw: Record<string, unknown> | undefined;
  try {
    raw = JSON.parse(param);
  } catch {
    raw = undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { answers: emptyAnswers(), dropped: ['state'] };

  const option = findOption(model, typeof raw.option === 'string' ? raw.option : '');
  const inputs = option ? optionInputs(option) : undefined;
  const measureKeys = new Set(inputs?.measures.map((m) => m.key));
  const associationKeys = new Set(['none', 'unknown', ...(inputs?.associations.map((a) => a.key) ?? [])]);
  const credentialKeys = new Set(inputs?.credentials.map((c) => c.key));
  const confirmIds = new Set(inputs?.confirmations.map((r) => r.id));

  /** The entries of an array or object that pass `schema` and `fits`; the others are named in `dropped`. */
  const keep = <T>(schema: Schema<T>, value: unknown, path: string, fits: (v: T, key: string) => boolean): [string, T][] => {
    if (value === undefined) return [];
    if (typeof value !== 'object' || value === null) return dropped.push(path), [];
    // A link holds at most as many rows as the form does; the rest is named, not read.
    const entries = Object.entries(value);
    if (entries.length > MAX_ROWS) dropped.push(`${path}.${MAX_ROWS}…`);
    return entries.slice(0, MAX_ROWS).flatMap(([k, v]) => {
      const r = schema.safeParse(v);
      // A key from the link is named by a short excerpt only: the notice never echoes what a link carries.
      const name = k.length > 24 ? `${k.slice(0, 23)}…` : k;
      return r.success && fits(r.data, k) ? [[k, r.data]] : (dropped.push(path ? `${path}.${name}` : name), []);
    });
  };
  const values = <T>(...args: Parameters<typeof keep<T>>): T[] => keep(...args).map(([, v]) => v);

  const base = emptyAnswers();
  const field = <K extends 'market' | 'mode'>(k: K, schema: Schema<Answers[K]>): Answers[K] =>
    keep(schema, { [k]: raw[k] ?? base[k] }, '', () => true)[0]?.[1] ?? base[k];
  const answers: Answers = {
    option: raw.option === undefined || option?.key === raw.option ? (option?.key ?? '') : (dropped.push('option'), option?.key ?? ''),
    market: field('market', Market),
    mode: field('mode', Mode),
    customers: values(Customer, raw.customers, 'customers', (c) =>
      associationKeys.has(c.association) && Object.keys(c.values).every((k) => measureKeys.has(k)),
    ),
    totals: Object.fromEntries(keep(Count, raw.totals, 'totals', (_, k) => measureKeys.has(k))),
    individuals: values(Individual, raw.individuals, 'individuals', (p) => p.held.every((k) => credentialKeys.has(k))),
    confirmations: Object.fromEntries(keep(Attestation, raw.confirmations, 'confirmations', (_, k) => confirmIds.has(k))),
  };
  return { answers, dropped };
}
