// Part of extraction: footnotes ("*Retiring December 31, 2017") go to the requirement whose
// credential carries the mark, wherever the footnote stands on the page (under the next level,
// after an item kept whole). A footnote no credential is marked for is a diagnostic, never a
// requirement. Runs once the page's requirements have their ids.
import type { AlignedDocument, Diagnostic } from '../sxs/types.ts';
import type { CompetencyOption, Requirement } from './model.ts';
import { ids, joinLabel, type Sentence } from './sentences.ts';

/** A footnote's mark (`*`, `**`, escaped or not) before its text; emphasis would have left no `*` in plain text. */
const MARK = /^(?:\\?\*)+(?=\s*\S)/;
const TRAILING_MARK = /(?:\\?\*)+\s*$/;

/** The `*` count a footnote starts with, if it starts with one. */
export const footnoteMark = (s: Sentence): number | undefined => {
  const m = MARK.exec(s.source);
  return m ? m[0].replaceAll('\\', '').length : undefined;
};

/** The `*` count a credential ends with, if it is marked (and is not itself a footnote). */
export const credentialMark = (s: Sentence): number | undefined => {
  if (MARK.test(s.source)) return undefined;
  const m = TRAILING_MARK.exec(s.source);
  return m ? m[0].replace(/[\\\s]/g, '').length : undefined;
};

/** One paragraph of a footnote: the first carries the mark, the paragraphs after it (`lead`) continue it. */
export interface Footnote {
  sentences: Sentence[];
  lead?: Footnote;
}

export interface FootnoteScan {
  footnotes: Footnote[];
  /** Marked credential sentences with their mark, in the order the levels were read. */
  marked: Array<{ sentence: Sentence; mark: number }>;
}

/** Each requirement holding a segment, by segment id. */
function ownersOf(options: CompetencyOption[]): Map<string, Requirement> {
  const owners = new Map<string, Requirement>();
  for (const r of options.flatMap((o) => o.levels.flatMap((l) => l.requirements))) for (const id of r.segmentIds) if (!owners.has(id)) owners.set(id, r);
  return owners;
}

/** The requirement of the nearest credential marked like the footnote: before it on the page, else after it. */
function ownerOf(first: Sentence, scan: FootnoteScan, owners: Map<string, Requirement>, at: (s: Sentence) => number): Requirement | undefined {
  const mark = footnoteMark(first);
  const same = scan.marked.filter((m) => m.mark === mark && owners.has(m.sentence.id)).sort((a, b) => at(a.sentence) - at(b.sentence));
  const target = same.findLast((m) => at(m.sentence) < at(first)) ?? same.find((m) => at(m.sentence) > at(first));
  return target && owners.get(target.sentence.id);
}

function attach(owner: Requirement, sentences: Sentence[]): void {
  const holder = owner as Requirement & { notes?: Array<{ label: Requirement['label']; segmentIds: string[] }> };
  holder.notes = [...(holder.notes ?? []), { label: joinLabel(sentences), segmentIds: ids(sentences) }];
  owner.segmentIds = [...new Set([...owner.segmentIds, ...ids(sentences)])];
}

const unmarked = (doc: AlignedDocument, first: Sentence): Diagnostic => ({
  file: doc.file,
  place: first.segment.source.range.start,
  severity: 'warning',
  ruleId: 'req-footnote-unmarked',
  reason: `Unexpected footnote “${first.source.slice(0, 60)}” that no credential on the page is marked for, expected a credential item ending in \`${'*'.repeat(footnoteMark(first) ?? 1)}\``,
  hint: 'Mark the credential it concerns with the same `*`, or take the `*` off the footnote. The page shows it; the checker leaves it out.',
  segmentId: first.id,
});

/**
 * Attaches every footnote to the requirement of the credential it marks: the nearest marked
 * credential (with the same number of `*`) before it on the page, else the first after it.
 */
export function attachFootnotes(doc: AlignedDocument, options: CompetencyOption[], scan: FootnoteScan): Diagnostic[] {
  const order = new Map(doc.segments.map((s, i) => [s.id, i]));
  const at = (s: Sentence) => order.get(s.id) ?? -1;
  const owners = ownersOf(options);
  const diagnostics: Diagnostic[] = [];
  const placed = new Map<Footnote, Requirement | undefined>();
  for (const note of scan.footnotes) {
    const owner = note.lead ? placed.get(note.lead) : ownerOf(note.sentences[0]!, scan, owners, at);
    placed.set(note, owner);
    if (owner) attach(owner, note.sentences);
    else if (!note.lead) diagnostics.push(unmarked(doc, note.sentences[0]!));
  }
  return diagnostics;
}
