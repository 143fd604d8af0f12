// Answers read elsewhere (a shared link, a CSV file) written back as form rows in the page's
// number format. Apart from form.ts so that the island loads it only with what needs it: the
// link state and the CSV import, both loaded on demand.
import type { Answers, Count, Customer } from './answers.ts';
import type { CustomerRow, FormState } from './form.ts';

const show = (v: Count, nf: Intl.NumberFormat): string => (v === 'unknown' ? '?' : nf.format(v));

const shown = (values: Record<string, Count>, nf: Intl.NumberFormat) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, show(v, nf)]));

/** A form row for a customer read elsewhere (a shared link, a CSV import). */
export const customerRow = (c: Customer, locale: string): CustomerRow => ({ ...c, values: shown(c.values, new Intl.NumberFormat(locale)) });

/** The form that reads back into `answers` (for a shared link). */
export function formFromAnswers(answers: Answers, locale: string): FormState {
  return {
    ...answers,
    customers: answers.customers.map((c) => customerRow(c, locale)),
    totals: shown(answers.totals, new Intl.NumberFormat(locale)),
  };
}
