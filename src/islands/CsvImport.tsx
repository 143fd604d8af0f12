// Customers from a CSV file; every line that is not imported is listed with its problem.
import { useId, useState } from 'preact/hooks';
import type { Customer } from '../eligibility/answers.ts';
import type { CsvError } from '../eligibility/csv.ts';
import type { Words } from '../eligibility/format.ts';
import type { CompetencyOption } from '../requirements/model.ts';

export interface Props {
  option: CompetencyOption;
  locale: string;
  w: Words;
  /** `append`: keep the customers entered before; otherwise the file replaces them, so importing twice does not count twice. */
  onImport: (customers: Customer[], append: boolean) => void;
}

const problemOf = (e: CsvError, w: Words): string =>
  e.code === 'bad-number'
    ? w.t('checker.csv.bad-number', {
        value: e.value!,
        column: e.column!,
        problem: w.t(`checker.error.${e.problem}`, { example: w.nf.format(12500), first: e.readings?.[0]!, second: e.readings?.[1]! }),
      })
    : w.t(`checker.csv.${e.code}`, { value: e.value ?? '' });


export function CsvImport({ option, locale, w, onImport }: Props) {
  const id = useId();
  const [report, setReport] = useState<string[]>([]);
  const [append, setAppend] = useState(false);
  const read = async (file: File | undefined) => {
    if (!file) return;
    // The parser loads only when a file is chosen: most visitors never import one.
    const { KEPT_CODES, decodeCsv, importCustomers } = await import('../eligibility/csv.ts');
    const { text, encoding } = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    const { customers, errors } = importCustomers(text, option, locale, w.t);
    onImport(customers, append);
    setReport([
      w.t('checker.csv.done', { count: w.nf.format(customers.length) }),
      ...(encoding === 'windows-1252' ? [w.t('checker.csv.encoding')] : []),
      ...errors.map((e) => w.t(KEPT_CODES.has(e.code) ? 'checker.csv.row.kept' : 'checker.csv.row', { line: w.nf.format(e.line), problem: problemOf(e, w), unsure: w.t('checker.unsure') })),
    ]);
  };
  return (
    <div class="checker-field checker-csv">
      <label for={id}>{w.t('checker.csv')}</label>
      <input id={id} type="file" accept=".csv,text/csv" onChange={(e) => void read(e.currentTarget.files?.[0])} />
      <label class="checker-check">
        <input type="checkbox" checked={append} onChange={(e) => setAppend(e.currentTarget.checked)} />
        {w.t('checker.csv.append')}
      </label>
      <div role="status">
        <ul>
          {report.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
