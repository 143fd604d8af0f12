// The editors' report for one language's QA page: every source file with problems (pages and
// tables of contents), its page, its counts; and the links to missing pages as one list.
import { countDiagnostics, type QaCounts } from '../qa/summarize-diagnostics.js';
import type { Diagnostic } from '../sxs/types.js';
import type { Competency } from '../requirements/model.js';

export interface ReportGroup {
  file: string;
  /** The page's URL in this report's language, when the file is a page. */
  href?: string;
  counts: QaCounts;
  items: Diagnostic[];
}

interface SourceFacts {
  file: string;
  lang?: string;
  slug?: string;
  kind: 'page' | 'include' | 'toc';
  diagnostics: Diagnostic[];
}

/** Whether a language's report covers a file: its own files; English (the originals) lists every file. */
const covers = (lang: string) => (f: SourceFacts) => lang === 'en' || f.lang === lang;

const RANK: Record<Diagnostic['severity'], number> = { error: 0, warning: 1, info: 2 };
const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Findings as an editor works through them: errors first, then warnings, then notes, each in source order. */
export const sortFindings = (ds: Diagnostic[]): Diagnostic[] =>
  [...ds].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.place.line - b.place.line || a.place.column - b.place.column);

/** The most severe finding's rank: files with errors come first. */
const worst = (ds: Diagnostic[]): number => Math.min(...ds.map((d) => RANK[d.severity]));

/** The report for a language: files with errors first, then with warnings, then with notes, each group in path order. */
export function reportGroups(files: SourceFacts[], lang: string): ReportGroup[] {
  return files
    .filter(covers(lang))
    .filter((f) => f.diagnostics.length > 0)
    .sort((a, b) => worst(a.diagnostics) - worst(b.diagnostics) || byPath(a.file, b.file))
    .map((f) => ({ file: f.file, ...(f.kind === 'page' && f.slug ? { href: `/${f.lang ?? lang}/${f.slug}/` } : {}), counts: countDiagnostics(f.diagnostics), items: sortFindings(f.diagnostics) }));
}

/** A message's text and its code spans (`` `2ecbe-114` ``), to render each span as code; a lone backtick stays text. */
export function codeSpans(message: string): Array<{ code: boolean; text: string }> {
  const parts: Array<{ code: boolean; text: string }> = [];
  let rest = message;
  for (let m = /`([^`]+)`/.exec(rest); m; m = /`([^`]+)`/.exec(rest)) {
    if (m.index > 0) parts.push({ code: false, text: rest.slice(0, m.index) });
    parts.push({ code: true, text: m[1]! });
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest) parts.push({ code: false, text: rest });
  return parts;
}

/** Every `link-missing-page` of the report, with its file's page. */
export const brokenLinks = (groups: ReportGroup[]): Array<{ group: ReportGroup; item: Diagnostic }> =>
  groups.flatMap((group) => group.items.filter((d) => d.ruleId === 'link-missing-page').map((item) => ({ group, item })));

/** An anchor for one finding on the report page: `f3-12-4` (file number, line, column). */
export const findingAnchor = (fileIndex: number, d: Diagnostic): string => `f${fileIndex + 1}-${d.place.line}-${d.place.column}`;

/** What the requirement grammar made of one competency page: requirements typed, and those kept whole with why. */
export interface ExtractionReport {
  title: string;
  href: string;
  typed: number;
  confirm: Array<{ id: string; anchor: string; segmentId: string; ruleId: string; reason: string }>;
}

/** One report per competency page of a language, in page order. */
export function extractionReports(pages: Array<{ lang: string; slug: string; title: string; model?: Competency }>, lang: string): ExtractionReport[] {
  return pages
    .filter((p) => p.lang === lang && p.model)
    .map((p) => {
      const all = p.model!.options.flatMap((o) => o.levels.flatMap((l) => l.requirements));
      return {
        title: p.title,
        href: `/${lang}/${p.slug}/`,
        typed: all.filter((r) => r.kind !== 'confirm').length,
        confirm: all.flatMap((r) => (r.kind === 'confirm' ? [{ id: r.id, anchor: r.anchor, segmentId: r.segmentIds[0]!, ruleId: r.reasons[0]!.ruleId, reason: r.reasons[0]!.reason }] : [])),
      };
    });
}
