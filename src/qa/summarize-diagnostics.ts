// The QA result as plain data: counts, diagnostics grouped by file and by locale. The site's
// editors' QA page and the JSON reporter both render this shape; it knows nothing of Astro.
import type { AlignedDocument, Diagnostic, Severity } from '../sxs/types.js';
import { sortDiagnostics } from '../sxs/diagnostics.js';

export type QaCounts = Record<Severity, number>;

export interface QaItem {
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  segmentId?: string;
  reason: string;
  hint?: string;
  /** What makes this finding one cause (a term, a value, a wording), for suppression by pattern. */
  pattern?: string;
  /** Every place of the pattern, this one first. */
  occurrences?: Array<{ file: string; line: number; column: number; segmentId?: string }>;
}

export interface QaFileReport {
  file: string;
  locale: string;
  counts: QaCounts;
  items: QaItem[];
}

export interface QaReport {
  counts: QaCounts;
  /** Findings per rule id, sorted by id. */
  byRule: Record<string, number>;
  /** Files with findings, grouped by their target locale (`de-DE`), locales sorted. */
  locales: Array<{ locale: string; counts: QaCounts; files: QaFileReport[] }>;
}

export function countDiagnostics(ds: Diagnostic[]): QaCounts {
  const counts: QaCounts = { error: 0, warning: 0, info: 0 };
  for (const d of ds) counts[d.severity]++;
  return counts;
}

/** Diagnostics by file, files in name order, each file's diagnostics in source order. */
export function groupByFile(ds: Diagnostic[]): Map<string, Diagnostic[]> {
  return Map.groupBy(sortDiagnostics(ds), (d) => d.file);
}

const item = (d: Diagnostic): QaItem => ({
  line: d.place.line,
  column: d.place.column,
  severity: d.severity,
  ruleId: d.ruleId,
  segmentId: d.segmentId,
  reason: d.reason,
  hint: d.hint,
  ...(d.pattern !== undefined ? { pattern: d.pattern } : {}),
  ...(d.occurrences ? { occurrences: d.occurrences.map((o) => ({ file: o.file, line: o.place.line, column: o.place.column, ...(o.segmentId ? { segmentId: o.segmentId } : {}) })) } : {}),
});

/** Builds the report; `docs` give each file its locale (`und` for a file not among them). */
export function buildQaReport(ds: Diagnostic[], docs: AlignedDocument[] = []): QaReport {
  const localeOf = new Map(docs.map((d) => [d.file, d.locales.target]));
  const files: QaFileReport[] = [...groupByFile(ds)].map(([file, fds]) => ({ file, locale: localeOf.get(file) ?? 'und', counts: countDiagnostics(fds), items: fds.map(item) }));
  const locales = [...new Set(files.map((f) => f.locale))].sort().map((locale) => {
    const own = files.filter((f) => f.locale === locale);
    return { locale, counts: countDiagnostics(ds.filter((d) => own.some((f) => f.file === d.file))), files: own };
  });
  const byRule: Record<string, number> = {};
  for (const d of [...ds].sort((a, b) => a.ruleId.localeCompare(b.ruleId))) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
  return { counts: countDiagnostics(ds), byRule, locales };
}

export interface RuleTotal {
  ruleId: string;
  counts: QaCounts;
}

/** Findings per rule and severity, the rules with errors first, then by how many findings they have, then by id. */
export function totalsByRule(ds: Diagnostic[]): RuleTotal[] {
  const byRule = Map.groupBy(ds, (d) => d.ruleId);
  return [...byRule]
    .map(([ruleId, rds]) => ({ ruleId, counts: countDiagnostics(rds) }))
    .sort((a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || b.counts.info - a.counts.info || a.ruleId.localeCompare(b.ruleId));
}
