// Customers from a CSV file (columns documented in docs/checker.md). Every line either
// becomes a customer or is named in an error; a header problem imports nothing. The parser
// is one pass over the text, linear in its length whatever it holds (quotes, doubled quotes,
// cells across lines, CRLF, `,` or `;`, Excel's `sep=` line), and stops after MAX_ROWS rows:
// the island's budget has no room for a CSV library's features the import never uses.
import type { CompetencyOption } from '../requirements/model.ts';
import { MAX_ROWS, parseCount } from './answer-values.ts';
import { excerpt } from './excerpt.ts';
import type { Count, Customer } from './answers.ts';
import { optionInputs } from './option-inputs.ts';
import type { IssueCode } from './schema.ts';

export interface CsvRow {
  /** The line the row starts on. */
  line: number;
  /** Its cells; `undefined` when a quote does not close before the end of the file. */
  cells: string[] | undefined;
}

/** The separator: Excel's `sep=;` line, else `;` when the first line has `;` and no `,`, else `,`. */
function separatorOf(text: string): { sep: string; from: number } {
  const first = /^[^\r\n]*/.exec(text)![0];
  const declared = /^sep=(.)$/i.exec(first.trim());
  if (declared) return { sep: declared[1]!, from: first.length };
  return { sep: first.includes(';') && !first.includes(',') ? ';' : ',', from: 0 };
}

/**
 * Splits CSV text into rows, one pass: `"…"` quotes a cell (which may hold separators and line
 * breaks), `""` is a quote inside one; blank lines are skipped; at most `limit` rows are read.
 */
export function parseCsv(text: string, limit = Infinity): { rows: CsvRow[]; truncated: boolean } {
  const src = text.replace(/^\uFEFF/, '');
  const { sep, from } = separatorOf(src);
  const rows: CsvRow[] = [];
  let line = 1;
  let i = from;
  if (from > 0) {
    // Past the `sep=` line and its line break.
    if (src[i] === '\r') i++;
    if (src[i] === '\n') i++;
    line = 2;
  }
  while (i < src.length) {
    if (rows.length >= limit) return { rows, truncated: true };
    const start = line;
    const cells: string[] = [];
    // A cell is read by slicing, never by re-reading it: `prefix` holds what a closed quote gave,
    // `from` where the unquoted rest starts, `blank` whether all of it so far is white space
    // (then a `"` opens a quote). A cell of 400,000 quotes costs one pass.
    let prefix = '';
    let from = i;
    let blank = true;
    let quoted = false;
    let ended = false;
    for (; i < src.length; i++) {
      const ch = src[i]!;
      if (quoted) {
        if (ch === '"' && src[i + 1] === '"') (prefix += src.slice(from, i + 1)), (from = ++i + 1);
        else if (ch === '"') (prefix += src.slice(from, i)), (from = i + 1), (quoted = false), (blank = prefix.trim() === '');
        else if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) line++;
      } else if (ch === '"' && blank) (quoted = true), (prefix = ''), (from = i + 1);
      else if (ch === sep) cells.push((prefix + src.slice(from, i)).trim()), (prefix = ''), (from = i + 1), (blank = true);
      else if (ch === '\r' || ch === '\n') {
        cells.push((prefix + src.slice(from, i)).trim());
        if (ch === '\r' && src[i + 1] === '\n') i++;
        i++;
        line++;
        ended = true;
        break;
      } else if (blank && ch.trim() !== '') blank = false;
    }
    if (quoted) {
      rows.push({ line: start, cells: undefined });
      break;
    }
    if (!ended) cells.push((prefix + src.slice(from)).trim());
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: start, cells });
  }
  return { rows, truncated: false };
}

/** Bytes of a file as text: UTF-8 (with or without BOM) or UTF-16 by its BOM; else Windows-1252, said so. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Problems with one cell: the line is imported with that cell as "not sure". */
export const KEPT_CODES: ReadonlySet<CsvErrorCode> = new Set(['unknown-association', 'unknown-status', 'bad-number']);

export type CsvErrorCode = 'no-header' | 'unknown-column' | 'unknown-association' | 'unknown-status' | 'bad-number' | 'columns' | 'quote' | 'too-many';

export interface CsvError {
  line: number;
  code: CsvErrorCode;
  /** The cell or header as written, as a short excerpt. */
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
 * accepted too (`Name;Zuordnung;Status`). Default: English only. `entered` is how many customers
 * the file adds to: together they stay within MAX_ROWS. Default: 0 (the file replaces them).
 */
export function importCustomers(text: string, option: CompetencyOption, locale: string, t?: (key: string) => string, entered = 0): { customers: Customer[]; errors: CsvError[] } {
  const words: Partial<Record<keyof typeof CATALOGUE_WORDS, string>> = t ? Object.fromEntries(Object.entries(CATALOGUE_WORDS).map(([k, key]) => [k, t(key)])) : {};
  const inputs = optionInputs(option);
  const errors: CsvError[] = [];
  const limit = Math.max(0, MAX_ROWS - entered);
  const { rows, truncated } = parseCsv(text, limit + 1);
  const [header, ...body] = rows;
  if (truncated) errors.push({ line: (body.at(-1) ?? header)!.line, code: 'too-many', value: String(limit) });
  const names = (labels: { source: string; target: string }, key: string) => [key, labels.source, labels.target].map(norm);
  const measureOf = (h: string) => inputs.measures.find((m) => !m.perCustomer && names(m.label, m.key).includes(norm(h)));
  if (header && !header.cells) return { customers: [], errors: [{ line: header.line, code: 'quote' }] };
  const fixed = (h: string) => (['name', 'association', 'status'] as const).find((k) => norm(h) === k || (words[k] !== undefined && norm(h) === norm(words[k])));
  const columns = header?.cells!.map((h) => fixed(h) ?? measureOf(h)?.key) ?? [];
  header?.cells!.forEach((h, i) => columns[i] ?? errors.push({ line: header.line, code: 'unknown-column', value: excerpt(h) }));
  if (!header || columns.every((c) => c === undefined)) return { customers: [], errors: [{ line: 1, code: 'no-header' }] };
  if (errors.some((e) => e.code === 'unknown-column')) return { customers: [], errors };

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
    // A cell that does not read is "not sure" on its own: the row keeps its other cells.
    const c: Customer = { name: '', association: 'unknown', status: 'unknown', values: {} };
    cells.forEach((cell, i) => {
      const col = columns[i]!;
      if (col === 'name') c.name = cell.trim().slice(0, 200);
      else if (col === 'association') {
        const a = association(cell);
        if (a) c.association = a;
        else errors.push({ line, code: 'unknown-association', value: excerpt(cell) });
      } else if (col === 'status') {
        const s = STATUS[norm(cell)] ?? (['paid', 'trial', 'unknown'] as const).find((k) => words[k] !== undefined && norm(cell) === norm(words[k]));
        if (s) c.status = s;
        else errors.push({ line, code: 'unknown-status', value: excerpt(cell) });
      } else {
        const r = parseCount(cell, locale, { emptyAs: 0 });
        c.values[col] = r.ok ? (r.value as Count) : 'unknown';
        if (!r.ok) errors.push({ line, code: 'bad-number', value: excerpt(cell), column: excerpt(header.cells![i]!), problem: r.code, ...(r.readings ? { readings: r.readings } : {}) });
      }
    });
    customers.push(c);
  }
  return { customers, errors };
}
