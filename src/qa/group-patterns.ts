// Findings grouped by cause: every finding of one rule, severity, language and pattern (the
// term, value kind or wording a rule names) becomes one finding at its first place, carrying
// every place as its occurrences, the way review tools (Xbench, Verifika) group a cause.
import { sortDiagnostics } from '../sxs/diagnostics.js';
import type { Diagnostic } from '../sxs/types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Merges findings that share rule, severity, pattern and the language of their file
 * (`languageOf`); findings without a pattern stay as they are. The result is sorted.
 */
export function groupPatterns(ds: Diagnostic[], languageOf: (file: string) => string = () => ''): Diagnostic[] {
  const groups = new Map<string, Diagnostic[]>();
  const out: Diagnostic[] = [];
  for (const d of sortDiagnostics(ds)) {
    if (d.pattern === undefined) {
      out.push(d);
      continue;
    }
    const key = `${d.ruleId}\0${d.severity}\0${languageOf(d.file)}\0${d.pattern}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  for (const [first, ...rest] of groups.values()) {
    if (!rest.length) {
      out.push(first!);
      continue;
    }
    const occurrences = [first!, ...rest].map((d) => ({ file: d.file, place: d.place, ...(d.segmentId ? { segmentId: d.segmentId } : {}) }));
    out.push({ ...first!, reason: `${first!.reason}; the same in ${plural(rest.length, 'more segment')}`, occurrences });
  }
  return sortDiagnostics(out);
}
