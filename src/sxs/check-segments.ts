// Checks across the segments of one file once they are paired: ids unique and of one
// prefix, no side left empty. Runs at the end of parsing, on segments in document order.
import type { Report } from './check-source.js';
import type { Segment, SegmentSide } from './types.js';

/** A side with no words: blank text and no image or inline HTML that could carry meaning. */
const isEmpty = (side: SegmentSide) => side.text.trim() === '' && !/<|!\[/.test(side.markup);

/** The prefix most segments share; on a tie, the one seen first. */
function mainPrefix(segments: Segment[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of segments) counts.set(s.prefix, (counts.get(s.prefix) ?? 0) + 1);
  let best: string | undefined;
  for (const [prefix, n] of counts) if (best === undefined || n > counts.get(best)!) best = prefix;
  return best;
}

/**
 * `broken` holds segments whose pairing already failed (a missing side, an unclosed span):
 * their empty sides are that problem, not a second one.
 */
export function checkSegments(segments: Segment[], broken: WeakSet<Segment>, report: Report): void {
  const seen = new Map<string, Segment>();
  const main = mainPrefix(segments.filter((s) => s.id !== ''));
  for (const s of segments) {
    if (!s.id) continue;
    const at = s.range.start.offset;
    const before = seen.get(s.id);
    // Two segments with one id: the XLIFF round trip and the reveal address segments by id,
    // so an update would land on the wrong sentence. An error.
    // The halves of one broken pair share its id; their problem is already reported.
    if (before && !broken.has(s) && !broken.has(before)) {
      report(at, 'error', 'sxs-duplicate-id', `Unexpected second segment \`${s.id}\` (first at line ${before.range.start.line}), expected every id once per file`, 'Give one of the two a new id, or remove the repeated segment.', s.id);
    } else if (!before) seen.set(s.id, s);
    // A foreign prefix means the sentence was pasted from another file, and translation memory
    // will not match it; the pair itself is intact and the page shows it right: a warning.
    if (main !== undefined && s.prefix !== main) {
      report(at, 'warning', 'sxs-mixed-prefix', `Unexpected id prefix \`${s.prefix}\` in \`${s.id}\`, expected \`${main}\` like the other segments of this file`, 'Segments of one file share one prefix: check whether this segment was pasted from another file.', s.id);
    }
    if (broken.has(s)) continue;
    // An empty side drops a sentence from one language's page: an error.
    if (isEmpty(s.target)) {
      report(s.target.range.start.offset, 'error', 'sxs-empty-segment', `Unexpected empty target text in segment \`${s.id}\`, expected the translated sentence`, 'Translate the sentence or remove the whole pair.', s.id);
    }
    if (isEmpty(s.source)) {
      report(s.source.range.start.offset, 'error', 'sxs-empty-segment', `Unexpected empty English original in segment \`${s.id}\`, expected the source sentence`, 'Restore the English sentence inside `<span data-stu-id>`, or remove the whole pair.', s.id);
    }
  }
}
