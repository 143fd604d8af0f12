// The text reporter: `file:line:col severity rule-id message (hint)` lines grouped by file,
// then one summary line.
import { formatDiagnostic } from '../sxs/diagnostics.js';
import type { Diagnostic } from '../sxs/types.js';
import { countDiagnostics, groupByFile } from './summarize-diagnostics.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line summing up a run: `1 error, 2 warnings, 0 notes in 3 files (17 checked)`. */
export function formatSummary(ds: Diagnostic[], filesChecked: number): string {
  const c = countDiagnostics(ds);
  const files = groupByFile(ds).size;
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'note')} in ${plural(files, 'file')} (${filesChecked} checked)`;
}

export function formatTextReport(ds: Diagnostic[], filesChecked: number): string {
  const blocks = [...groupByFile(ds)].map(([file, fds]) => `${file}\n${fds.map(formatDiagnostic).join('\n')}`);
  return [...blocks, formatSummary(ds, filesChecked)].join('\n\n') + '\n';
}
