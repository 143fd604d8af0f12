// Pair integrity. Pairing itself (twins, orphans, duplicates, one prefix per file) is the
// parser's job and arrives as its `sxs-*` diagnostics; this adds the order of the ids.
import type { Rule } from './rule.js';
import { seg } from './rule.js';

const idNumber = (id: string): number | undefined => {
  const m = /(\d+)$/.exec(id);
  return m ? Number(m[1]) : undefined;
};

export const segmentOrder: Rule = {
  id: 'segment-order',
  severity: 'warning',
  summary: 'Segment ids of one prefix do not increase in document order (a pasted or moved segment).',
  checkDocument(doc) {
    const last = new Map<string, { id: string; n: number }>();
    return doc.segments.flatMap((segment) => {
      const n = idNumber(segment.id);
      if (n === undefined || segment.context === 'front-matter') return [];
      const before = last.get(segment.prefix);
      last.set(segment.prefix, { id: segment.id, n });
      if (!before || n >= before.n) return [];
      return [{ doc, segment, reason: `Unexpected ${seg(segment)} after \`${before.id}\`, expected ids in increasing order`, hint: 'The segment may have been moved or pasted from elsewhere; check it against its neighbours.' }];
    });
  },
};
