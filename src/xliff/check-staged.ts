// Before anything is written, each staged source is parsed again: the same segment ids in the
// same order, no error the old source did not have, every edited target where it was written
// and reading back as the translator's text. A failure is pinned on the units that cause it.
import { parseSxs } from '../sxs/parse-sxs.js';
import type { AlignedDocument, Diagnostic } from '../sxs/types.js';

/** A new target for one segment. */
export interface TargetEdit {
  id: string;
  /** The inner markup of the target span to write. */
  markup: string;
  /** The translator's text runs, in order. */
  texts: string[];
  /** Whether the target is text only, so its plain text must be exactly `texts`. */
  textOnly: boolean;
}

export interface StagedProblem {
  unit?: string;
  reason: string;
  hint?: string;
}

/** The source text with the edits made, by the segments' offsets (no BOM). */
export function applyEdits(doc: AlignedDocument, edits: TargetEdit[]): string {
  const byId = new Map(doc.segments.map((s) => [s.id, s]));
  const ranges = edits.map((e) => ({ e, range: byId.get(e.id)!.target.range })).sort((a, b) => b.range.start.offset - a.range.start.offset);
  let text = doc.text;
  for (const { e, range } of ranges) text = text.slice(0, range.start.offset) + e.markup + text.slice(range.end.offset);
  return text;
}

const errorKey = (d: Diagnostic) => `${d.ruleId} ${d.segmentId ?? ''}`;
/** How a segment's text compares: in raw HTML and front matter it is read without its outer whitespace. */
const comparable = (context: string) => (s: string) => (context === 'html' || context === 'front-matter' ? s.trim() : s);

/** Problems of the whole parsed document: ids and new errors. */
function structure(before: AlignedDocument, after: AlignedDocument): string | undefined {
  const a = before.segments.map((s) => s.id);
  const b = after.segments.map((s) => s.id);
  const at = a.findIndex((id, i) => id !== b[i]);
  if (at >= 0 || a.length !== b.length) {
    const i = at >= 0 ? at : Math.min(a.length, b.length);
    return `Unexpected segment pairs after import: at pair ${i + 1} the source would read ${b[i] ? `\`${b[i]}\`` : 'no pair'} instead of ${a[i] ? `\`${a[i]}\`` : 'no pair'}, expected the same ids in the same order`;
  }
  const old = new Map<string, number>();
  for (const d of before.diagnostics) if (d.severity === 'error') old.set(errorKey(d), (old.get(errorKey(d)) ?? 0) + 1);
  for (const d of after.diagnostics) {
    if (d.severity !== 'error') continue;
    const left = old.get(errorKey(d)) ?? 0;
    if (left > 0) old.set(errorKey(d), left - 1);
    else return `Unexpected ${d.ruleId} error after import at ${d.place.line}:${d.place.column} (${d.reason}), expected no new error`;
  }
  return undefined;
}

/** Problems of one edit in the parsed document: where it landed and how it reads. */
function readBack(after: AlignedDocument, edit: TargetEdit): string | undefined {
  const segment = after.segments.find((s) => s.id === edit.id);
  if (!segment) return `Unexpected loss of segment \`${edit.id}\` after import, expected it kept`;
  if (segment.target.markup !== edit.markup) return `Unexpected target of \`${edit.id}\` after import that differs from what was written, expected the span to hold exactly the new text`;
  const squash = comparable(segment.context);
  const text = squash(segment.target.text);
  if (edit.textOnly) {
    if (text !== squash(edit.texts.join(''))) return `Unexpected text of \`${edit.id}\` after import (${JSON.stringify(segment.target.text)}), expected the translation as written`;
    return undefined;
  }
  let from = 0;
  for (const run of edit.texts.map((t) => t.trim()).filter(Boolean)) {
    const found = text.indexOf(run, from);
    if (found < 0) return `Unexpected text of \`${edit.id}\` after import (${JSON.stringify(segment.target.text)}), expected it to contain ${JSON.stringify(run)}`;
    from = found + run.length;
  }
  return undefined;
}

/** How many edits of a broken file are tried one by one to find the culprit. */
const MAX_ALONE = 32;

/** Parses the staged source and says what is wrong with it; nothing when it may be written. */
export function checkStaged(before: AlignedDocument, edits: TargetEdit[]): StagedProblem[] {
  if (!edits.length) return [];
  const after = parseSxs(applyEdits(before, edits), { file: before.file });
  const whole = structure(before, after);
  if (!whole) {
    return edits.flatMap((e) => {
      const reason = readBack(after, e);
      return reason ? [{ unit: e.id, reason, hint: 'Report this unit: its text could not be written so that it reads back as written.' }] : [];
    });
  }
  // Find the units that break the source on their own (among the first few, so that a hostile
  // file cannot make this quadratic); if none does alone, they do together.
  const alone = edits.slice(0, MAX_ALONE).flatMap((e) => {
    const reason = structure(before, parseSxs(applyEdits(before, [e]), { file: before.file }));
    return reason ? [{ unit: e.id, reason, hint: 'Check this unit for markup that the inline codes do not carry, or keep its codes where they were.' }] : [];
  });
  return alone.length ? alone : [{ reason: `${whole} (from the edited units ${edits.map((e) => e.id).join(', ')} together)` }];
}
