// The checker form as the partner typed it (strings in the page's number format) and its
// reading into validated answers. Fields that fail are reported, and no answers are given
// for evaluation while any does: no verdict from input that failed validation.
import { emptyAnswers, parseCount } from './answer-values.ts';
import type { Answers, Attestation, Count, Customer, Individual } from './answers.ts';
import type { Issue } from './schema.ts';

export interface CustomerRow {
  name: string;
  association: string;
  status: 'paid' | 'trial' | 'unknown';
  /** Per measure key, as typed; empty means 0. */
  values: Record<string, string>;
}

export interface FormState {
  option: string;
  market: Answers['market'];
  mode: Answers['mode'];
  customers: CustomerRow[];
  /** Per measure key, as typed; every shown total must be filled (`?` when not known). */
  totals: Record<string, string>;
  individuals: Individual[];
  confirmations: Record<string, Attestation>;
}

export const emptyForm = (option = ''): FormState => ({ ...emptyAnswers(), customers: [], totals: {}, option });

// A new row is "not sure" in every field until the partner fills it.
export const emptyCustomer = (): CustomerRow => ({ name: '', association: 'unknown', status: 'unknown', values: {} });

export type FormReading = { answers: Answers; errors: [] } | { answers: undefined; errors: Issue[] };

/**
 * Reads the form into answers. `totalKeys` are the measures shown in totals mode; only those
 * are read there, and each must be filled.
 */
export function readForm(form: FormState, locale: string, totalKeys: string[]): FormReading {
  const errors: Issue[] = [];
  const read = (raw: string, path: string, emptyAs?: number): Count => {
    const r = parseCount(raw, locale, { emptyAs });
    if (r.ok) return r.value;
    errors.push({ path, code: r.code });
    return 'unknown';
  };
  const readAll = (raw: Record<string, string>, keys: string[], path: string, emptyAs?: number) =>
    Object.fromEntries(keys.map((k) => [k, read(raw[k] ?? '', `${path}.${k}`, emptyAs)]));
  const answers: Answers = {
    ...form,
    customers:
      form.mode === 'customers'
        ? form.customers.map((c, i) => ({ ...c, values: readAll(c.values, Object.keys(c.values), `customers.${i}.values`, 0) }))
        : [],
    // In totals mode an empty total is 0 once any total is typed; with none typed, nothing is answered yet.
    totals: form.mode === 'totals' && totalKeys.some((k) => (form.totals[k] ?? '').trim()) ? readAll(form.totals, totalKeys, 'totals', 0) : {},
  };
  return errors.length ? { answers: undefined, errors } : { answers, errors: [] };
}

