// The editors' report, grouped by source file with counts per severity.
import type { Diagnostic } from '../sxs/types.js';

export interface ReportGroup {
  file: string;
  slug: string;
  counts: Record<Diagnostic['severity'], number>;
  items: Diagnostic[];
}

export function reportGroups(pages: Array<{ slug: string; diagnostics: Diagnostic[] }>): ReportGroup[] {
  return pages
    .filter((p) => p.diagnostics.length > 0)
    .map((p) => ({
      file: p.diagnostics[0]!.file,
      slug: p.slug,
      counts: {
        error: p.diagnostics.filter((d) => d.severity === 'error').length,
        warning: p.diagnostics.filter((d) => d.severity === 'warning').length,
        info: p.diagnostics.filter((d) => d.severity === 'info').length,
      },
      items: p.diagnostics,
    }))
    .sort((a, b) => a.file.localeCompare(b.file));
}
