// Customers from a CSV file, replacing or added to those entered; every problem is listed by its line.
import { useId, useState } from 'preact/hooks';
import type { CustomerRow } from '../eligibility/form.ts';
import type { Words } from '../eligibility/format.ts';
import type { CompetencyOption } from '../requirements/model.ts';

export interface Props {
  option: CompetencyOption;
  locale: string;
  w: Words;
  /** `append`: keep the customers entered before; otherwise the file replaces them, so importing twice does not count twice. */
  onImport: (customers: CustomerRow[], append: boolean) => void;
  /** Customers entered now: a file added to them reads only as many as the row limit leaves. */
  entered: number;
}

export function CsvImport({ option, locale, w, onImport, entered }: Props) {
  const id = useId();
  const [report, setReport] = useState<string[]>([]);
  const [append, setAppend] = useState(false);
  const read = async (file: File | undefined) => {
    if (!file) return;
    // The parser loads only when a file is chosen: most visitors never import one.
    const [{ decodeCsv, importCustomers }, { csvReport }, { customerRow }] = await Promise.all([import('../eligibility/csv.ts'), import('../eligibility/csv-report.ts'), import('../eligibility/form-rows.ts')]);
    const { text, encoding } = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    const { customers, errors } = importCustomers(text, option, locale, w.t, append ? entered : 0);
    onImport(customers.map((c) => customerRow(c, locale)), append);
    setReport(csvReport(customers.length, encoding, errors, w));
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
