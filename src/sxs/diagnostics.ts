// Diagnostics: how a problem in content is reported, and the one error type the
// pipeline throws when a source cannot be published.
import type { Diagnostic, Severity } from './types.js';

/** `file:line:col severity rule-id reason (hint)`, the format every tool prints. */
export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${d.file}:${d.place.line}:${d.place.column} ${d.severity} ${d.ruleId} ${d.reason}${hint}`;
}

export const countBySeverity = (ds: Diagnostic[], severity: Severity): number =>
  ds.filter((d) => d.severity === severity).length;

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => a.file.localeCompare(b.file) || a.place.offset - b.place.offset || a.ruleId.localeCompare(b.ruleId));
}

/** Thrown when sources hold errors: carries every diagnostic of every file. */
export class SxsError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const errors = sortDiagnostics(diagnostics).filter((d) => d.severity === 'error');
    super(`${errors.length} error(s) in sxs sources:\n${errors.map(formatDiagnostic).join('\n')}`);
    this.name = 'SxsError';
    this.diagnostics = diagnostics;
  }
}
