// What a localization team reads of a comparison with the current English: one finding per
// changed, removed or new sentence (`source-changed`, `source-removed`, `source-new`), each naming
// its segment and showing the change; notes for sentences that moved to another page and for
// pages renamed or gone; and counts per file.
import type { Diagnostic, Place } from '../sxs/types.js';
import type { FolderComparison } from './compare-folder.js';
import type { SourceComparison } from './compare-source.js';
import { formatWordDiff } from './word-diff.js';

export interface SourceChangeCounts {
  unchanged: number;
  changed: number;
  removed: number;
  moved: number;
  new: number;
}

const NONE: SourceChangeCounts = { unchanged: 0, changed: 0, removed: 0, moved: 0, new: 0 };

const quote = (text: string, max = 160): string => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
const at = (file: string, place: Place): string => `${file}:${place.line}:${place.column}`;

/** One source's findings, in segment order. */
export function sourceChangeDiagnostics(c: SourceComparison): Diagnostic[] {
  const file = c.doc.file;
  const out: Diagnostic[] = [];
  for (const s of c.segments) {
    const place = s.segment.target.range.start;
    const base = { file, place, segmentId: s.segment.id };
    if (s.status === 'changed') {
      const how = s.how === 'split' ? ' (split into several sentences)' : s.how === 'merged' ? ' (merged with its neighbour)' : '';
      out.push({ ...base, severity: 'warning', ruleId: 'source-changed', reason: `Unexpected English original of segment \`${s.segment.id}\`: it changed since it was translated${how}: ${formatWordDiff(s.diff ?? [])}, expected the translation to follow the current English`, hint: `Translate the current English (${at(c.current.file, s.current!.place)}) and replace the segment's English twin with it.` });
    } else if (s.status === 'removed' && s.movedTo) {
      out.push({ ...base, severity: 'info', ruleId: 'source-moved', reason: `Unexpected place of segment \`${s.segment.id}\`: its English now stands in ${at(s.movedTo.file, s.movedTo.place)}, expected it in ${c.current.file}`, hint: 'Move the translated sentence with its English to that page.' });
    } else if (s.status === 'removed') {
      out.push({ ...base, severity: 'warning', ruleId: 'source-removed', reason: `Unexpected segment \`${s.segment.id}\` ${quote(s.segment.source.text)}: its English is no longer in ${c.current.file}, expected every translated sentence to stand in the current English`, hint: 'Remove the segment from the translation, unless the English is only reworded beyond recognition.' });
    }
  }
  const ends = new Map(c.doc.segments.map((s) => [s.id, s.range.end]));
  for (const n of c.added) {
    const place = (n.after && ends.get(n.after)) || c.doc.segments[0]?.range.start || { line: 1, column: 1, offset: 0 };
    out.push({ file, place, severity: 'warning', ruleId: 'source-new', ...(n.after ? { segmentId: n.after } : {}), reason: `Unexpected English sentence without a translation at ${at(c.current.file, n.place)}: ${quote(n.text)}, expected a segment for it${n.after ? ` after segment \`${n.after}\`` : ''}`, hint: 'Translate it: `npm run xliff:export -- <folder> --against <English folder>` exports it with the changed sentences.' });
  }
  return out;
}

/** Every finding of a folder comparison: per source, then one per new page. */
export function folderChangeDiagnostics(f: FolderComparison): Diagnostic[] {
  const pages = f.newPages.map(({ current, added }): Diagnostic => ({
    file: current.file,
    place: added[0]?.place ?? { line: 1, column: 1, offset: 0 },
    severity: 'warning',
    ruleId: 'source-new',
    reason: `Unexpected English page without a translation: ${added.length} sentence(s) to translate, expected a translated source of the same name`,
    hint: 'Translate the page, or export it as XLIFF with `--against`.',
  }));
  return [...f.notes, ...f.files.flatMap(sourceChangeDiagnostics), ...pages];
}

/** How many segments of a source are unchanged, changed, removed or moved, and how many sentences are new. */
export function countChanges(c: SourceComparison): SourceChangeCounts {
  const counts: SourceChangeCounts = { unchanged: 0, changed: 0, removed: 0, moved: 0, new: c.added.length };
  for (const s of c.segments) counts[s.movedTo ? 'moved' : s.status]++;
  return counts;
}

export function addCounts(a: SourceChangeCounts, b: SourceChangeCounts): SourceChangeCounts {
  return { unchanged: a.unchanged + b.unchanged, changed: a.changed + b.changed, removed: a.removed + b.removed, moved: a.moved + b.moved, new: a.new + b.new };
}

/** The per-file counts and the folder's totals, as the terminal shows them. */
export function formatChangeSummary(f: FolderComparison): string {
  const line = (c: SourceChangeCounts) => `${c.unchanged} unchanged, ${c.changed} changed, ${c.removed} removed, ${c.moved} moved, ${c.new} new`;
  const rows = f.files.map((c) => ({ file: c.doc.file, counts: countChanges(c) })).filter((r) => r.counts.changed + r.counts.removed + r.counts.moved + r.counts.new > 0);
  const total = f.files.map(countChanges).reduce(addCounts, NONE);
  const newSentences = f.newPages.reduce((n, p) => n + p.added.length, 0);
  return [
    'Against the current English:',
    ...rows.map((r) => `  ${r.file}: ${line(r.counts)}`),
    `  ${f.files.length} source(s) compared: ${line(total)} segment(s) or sentence(s); ${f.newPages.length} new page(s) with ${newSentences} sentence(s)${f.notes.length ? `; ${f.notes.length} note(s)` : ''}`,
  ].join('\n') + '\n';
}

/** The counts as data, for the JSON report: per source, per new page, and in total. */
export function changeReport(f: FolderComparison): { total: SourceChangeCounts; files: Array<{ file: string; english: string } & SourceChangeCounts>; newPages: Array<{ file: string; sentences: number }> } {
  const files = f.files.map((c) => ({ file: c.doc.file, english: c.current.file, ...countChanges(c) }));
  return {
    total: f.files.map(countChanges).reduce(addCounts, NONE),
    files,
    newPages: f.newPages.map((p) => ({ file: p.current.file, sentences: p.added.length })),
  };
}
