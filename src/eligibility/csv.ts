// Customers from a CSV file (columns documented in docs/checker.md). Every line either
// becomes a customer or is named in an error; a header problem imports nothing. The parser
// is a few lines (quotes, doubled quotes, CRLF, `,` or `;`, no cell across lines): the
// island's 8 KB budget has no room for a CSV library's features the import never uses.
import type { CompetencyOption } from '../requirements/model.ts';
import { parseCount } from './answer-values.ts';
import type { Count, Customer } from './answers.ts';
import { optionInputs } from './option-inputs.ts';
import type { IssueCode } from './schema.ts';

/** The cells of one line, or `undefined` when its quotes do not close. */
function splitLine(raw: string, sep: string): string[] | undefined {
  const cell = new RegExp(`${sep}\\s*(?:"((?:[^"]|"")*)"|([^${sep}"]*))\\s*(?=${sep}|$)`, 'g');
  const line = sep + raw;
  const cells: string[] = [];
  let covered = 0;
  for (const m of line.matchAll(cell)) {
    if (m.index !== covered) return undefined;
    covered += m[0].length;
    cells.push(m[1]?.replace(/""/g, '"') ?? m[2]!.trim());
  }
  return covered === line.length ? cells : undefined;
}

/**
 * Splits CSV text into rows: one per non-blank line (a cell cannot span lines), cells
 * separated by `,`, or by `;` when the first line has `;` and no `,`; `"…"` quotes a cell,
 * `""` is a quote inside one.
 */
export function parseCsv(text: string): { line: number; cells: string[] | undefined }[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const sep = lines[0]!.includes(';') && !lines[0]!.includes(',') ? ';' : ',';
  return lines.flatMap((raw, i) => (raw.trim() ? [{ line: i + 1, cells: splitLine(raw, sep) }] : []));
}

export type CsvErrorCode = 'no-header' | 'unknown-column' | 'unknown-association' | 'unknown-status' | 'bad-number' | 'columns' | 'quote';

export interface CsvError {
  line: number;
  code: CsvErrorCode;
  /** The cell or header as written. */
  value?: string;
  /** The column header, for `bad-number`. */
  column?: string;
  /** What is wrong with the number, for `bad-number`. */
  problem?: IssueCode;
  /** The two readings of an `ambiguous` number (`2,000` on a German page: 2000 or 2). */
  readings?: [number, number];
}

const norm = (s: string): string => s.trim().toLowerCase();

const STATUS: Record<string, Customer['status']> = {
  paid: 'paid', bezahlt: 'paid', trial: 'trial', test: 'trial', unknown: 'unknown', unbekannt: 'unknown', '?': 'unknown', '': 'unknown',
};

/** The catalogue words a header or status cell may use besides English: column names, the status labels. */
const CATALOGUE_WORDS = {
  name: 'checker.csv.column.name',
  association: 'checker.csv.column.association',
  status: 'checker.csv.column.status',
  paid: 'checker.customer.status.paid',
  trial: 'checker.customer.status.trial',
  unknown: 'checker.unsure',
} as const;

/**
 * Customers from CSV text for one option of a model; numbers read in `locale`'s format. With
 * `t`, the page's checker catalogue, column names and status words in the page's language are
 * accepted too (`Name;Zuordnung;Status`). Default: English only.
 */
export function importCustomers(text: string, option: CompetencyOption, locale: string, t?: (key: string) => string): { customers: Customer[]; errors: CsvError[] } {
  const words: Partial<Record<keyof typeof CATALOGUE_WORDS, string>> = t ? Object.fromEntries(Object.entries(CATALOGUE_WORDS).map(([k, key]) => [k, t(key)])) : {};
  const inputs = optionInputs(option);
  const errors: CsvError[] = [];
  const [header, ...body] = parseCsv(text);
  const names = (labels: { source: string; target: string }, key: string) => [key, labels.source, labels.target].map(norm);
  const measureOf = (h: string) => inputs.measures.find((m) => !m.perCustomer && names(m.label, m.key).includes(norm(h)));
  if (header && !header.cells) return { customers: [], errors: [{ line: header.line, code: 'quote' }] };
  const fixed = (h: string) => (['name', 'association', 'status'] as const).find((k) => norm(h) === k || (words[k] !== undefined && norm(h) === norm(words[k])));
  const columns = header?.cells!.map((h) => fixed(h) ?? measureOf(h)?.key) ?? [];
  header?.cells!.forEach((h, i) => columns[i] ?? errors.push({ line: header.line, code: 'unknown-column', value: h }));
  if (!header || columns.every((c) => c === undefined)) return { customers: [], errors: [{ line: 1, code: 'no-header' }] };
  if (errors.length) return { customers: [], errors };

  const association = (cell: string): string | undefined => {
    const v = norm(cell);
    if (v === '' || v === '?' || v === 'unknown') return 'unknown';
    if (v === 'none') return 'none';
    return inputs.associations.find((a) => names(a.name, a.key).includes(v))?.key;
  };
  const customers: Customer[] = [];
  for (const { line, cells } of body) {
    if (cells?.length !== columns.length) {
      errors.push({ line, code: cells ? 'columns' : 'quote' });
      continue;
    }
    const before = errors.length;
    const c: Customer = { name: '', association: 'unknown', status: 'unknown', values: {} };
    cells.forEach((cell, i) => {
      const col = columns[i]!;
      if (col === 'name') c.name = cell.trim().slice(0, 200);
      else if (col === 'association') {
        const a = association(cell);
        if (a) c.association = a;
        else errors.push({ line, code: 'unknown-association', value: cell });
      } else if (col === 'status') {
        const s = STATUS[norm(cell)] ?? (['paid', 'trial', 'unknown'] as const).find((k) => words[k] !== undefined && norm(cell) === norm(words[k]));
        if (s) c.status = s;
        else errors.push({ line, code: 'unknown-status', value: cell });
      } else {
        const r = parseCount(cell, locale, { emptyAs: 0 });
        if (r.ok) c.values[col] = r.value as Count;
        else errors.push({ line, code: 'bad-number', value: cell, column: header.cells![i]!, problem: r.code, ...(r.readings ? { readings: r.readings } : {}) });
      }
    });
    if (errors.length === before) customers.push(c);
  }
  return { customers, errors };
}
