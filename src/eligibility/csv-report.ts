// What a CSV import did, in the reader's words: how many customers, the encoding it fell back
// to, and each line's problem. Loaded with the CSV reader (csv.ts), only when a file is chosen.
import { KEPT_CODES, type CsvError } from './csv.ts';
import type { Words } from './format.ts';

/** A reading of an ambiguous number in the page's decimal sign, without grouping (`2500`, `2,5`), so it cannot be misread again. */
const reading = (n: number | undefined, w: Words): string => (n === undefined ? '' : new Intl.NumberFormat(w.nf.resolvedOptions().locale, { useGrouping: false }).format(n));

const problemOf = (e: CsvError, w: Words): string =>
  e.code === 'bad-number'
    ? w.t('checker.csv.bad-number', {
        value: e.value!,
        column: e.column!,
        problem: w.t(`checker.error.${e.problem}`, { example: w.nf.format(12500), first: reading(e.readings?.[0], w), second: reading(e.readings?.[1], w) }),
      })
    : w.t(`checker.csv.${e.code}`, { value: e.value ?? '' });

/** The report's lines: the count imported, the encoding note, then one line per problem. */
export function csvReport(imported: number, encoding: string, errors: CsvError[], w: Words): string[] {
  return [
    w.t('checker.csv.done', { count: w.nf.format(imported) }),
    ...(encoding === 'windows-1252' ? [w.t('checker.csv.encoding')] : []),
    ...errors.map((e) => w.t(KEPT_CODES.has(e.code) ? 'checker.csv.row.kept' : 'checker.csv.row', { line: w.nf.format(e.line), problem: problemOf(e, w), unsure: w.t('checker.unsure') })),
  ];
}
