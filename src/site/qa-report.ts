// The editors' report for one language's QA page: problems grouped by source file, each file
// with its page, from the QA stage's own grouping and counts.
import { countDiagnostics, groupByFile, type QaCounts } from '../qa/summarize-diagnostics.js';
import type { Diagnostic } from '../sxs/types.js';

export interface ReportGroup {
  file: string;
  slug: string;
  counts: QaCounts;
  items: Diagnostic[];
}

interface PageFacts {
  slug: string;
  lang: string;
  diagnostics: Diagnostic[];
}

/** The report for a language: its own translations' problems; English (the originals) lists every file. */
export function reportGroups(pages: PageFacts[], lang: string): ReportGroup[] {
  const mine = pages.filter((p) => lang === 'en' || p.lang === lang);
  const slugOf = new Map(mine.flatMap((p) => p.diagnostics.map((d) => [d.file, p.slug] as const)));
  return [...groupByFile(mine.flatMap((p) => p.diagnostics))].map(([file, items]) => ({ file, slug: slugOf.get(file)!, counts: countDiagnostics(items), items }));
}
