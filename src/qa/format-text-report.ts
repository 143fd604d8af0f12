// The text reporter: `file:line:col severity rule-id message (hint)` lines grouped by file, each
// grouped finding followed by its other occurrences, then one summary line. Every line is
// printed with its control characters escaped (content reaches the terminal as text).
import { formatDiagnostic } from '../sxs/diagnostics.js';
import type { Diagnostic } from '../sxs/types.js';
import { terminalText } from '../util/terminal-text.js';
import { countDiagnostics, groupByFile } from './summarize-diagnostics.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface TextReportOptions {
  /** Findings counted in the summary but not listed (notes, unless `--notes`). Default: none. */
  hidden?: Diagnostic[];
  /** Occurrences listed under a grouped finding; the rest are counted. Default: 10. */
  occurrences?: number;
}

/** One line summing up a run: `1 error, 2 warnings, 0 notes in 3 files (17 checked)`. */
export function formatSummary(ds: Diagnostic[], filesChecked: number, hidden: Diagnostic[] = []): string {
  const c = countDiagnostics([...ds, ...hidden]);
  const files = groupByFile(ds).size;
  const notesHidden = hidden.filter((d) => d.severity === 'info').length;
  const notes = `${plural(c.info, 'note')}${notesHidden ? ` (${notesHidden} hidden, --notes lists them)` : ''}`;
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${notes} in ${plural(files, 'file')} (${filesChecked} checked)`;
}

/** The other places of a grouped finding, as indented lines. */
function occurrenceLines(d: Diagnostic, limit: number): string[] {
  const others = (d.occurrences ?? []).slice(1);
  const lines = others.slice(0, limit).map((o) => `    also ${o.file}:${o.place.line}:${o.place.column}${o.segmentId ? ` segment ${o.segmentId}` : ''}`);
  if (others.length > limit) lines.push(`    and ${plural(others.length - limit, 'more occurrence')} (--json or --sarif lists every one)`);
  return lines;
}

export function formatTextReport(ds: Diagnostic[], filesChecked: number, options: TextReportOptions = {}): string {
  const limit = options.occurrences ?? 10;
  const blocks = [...groupByFile(ds)].map(([file, fds]) => [file, ...fds.flatMap((d) => [formatDiagnostic(d), ...occurrenceLines(d, limit)])].map(terminalText).join('\n'));
  return [...blocks, terminalText(formatSummary(ds, filesChecked, options.hidden))].join('\n\n') + '\n';
}
