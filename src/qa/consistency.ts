// Consistency across every document of a run: one English sentence translated two ways,
// and one translation standing for two different English sentences. Notes by default: a
// rendering that differs is a wording choice more often than a defect (machine translation
// words one sentence several ways); one note per pair of pages translated apart.
import type { AlignedDocument, Segment } from '../sxs/types.js';
import type { Finding, Rule } from './rule.js';
import { seg } from './rule.js';
import { sentenceKey, words } from './segment-text.js';

interface Occurrence {
  doc: AlignedDocument;
  segment: Segment;
}

/** Texts of fewer words are labels and titles whose translation depends on the place ("Status"). */
const MIN_WORDS = 4;

type Side = 'source' | 'target';
interface Keys {
  key: Record<Side, string>;
  /** Whether the side is long enough to compare (at least MIN_WORDS words). */
  long: Record<Side, boolean>;
}

// Per segment object: a build that keeps unchanged documents (the dev server) reads each once.
const kept = new WeakMap<Segment, Keys>();

function keysOf(segment: Segment): Keys {
  let keys = kept.get(segment);
  if (!keys) {
    const side = (s: Side) => segment[s].text;
    keys = { key: { source: sentenceKey(side('source')), target: sentenceKey(side('target')) }, long: { source: words(side('source')).length >= MIN_WORDS, target: words(side('target')).length >= MIN_WORDS } };
    kept.set(segment, keys);
  }
  return keys;
}

/** Groups occurrences by one side and reports those whose other side differs from the first occurrence's. */
function conflicts(docs: AlignedDocument[], by: Side, describe: (o: Occurrence, first: Occurrence) => Omit<Finding, 'doc' | 'segment' | 'pattern'>): Finding[] {
  const other = by === 'source' ? 'target' : 'source';
  const groups = new Map<string, Occurrence[]>();
  for (const doc of docs) {
    for (const segment of doc.segments) {
      const keys = keysOf(segment);
      if (!keys.long[by]) continue;
      const group = groups.get(keys.key[by]);
      if (group) group.push({ doc, segment });
      else groups.set(keys.key[by], [{ doc, segment }]);
    }
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const firstKey = keysOf(first.segment).key[other];
    // The cause is two pages translated apart: one finding per pair of pages, each sentence an occurrence.
    for (const o of group.slice(1)) if (keysOf(o.segment).key[other] !== firstKey) out.push({ ...o, ...describe(o, first), pattern: [first.doc.file, o.doc.file].sort().join(' and ') });
  }
  return out;
}

const where = (o: Occurrence) => `${o.doc.file}:${o.segment.target.range.start.line}`;
const quote = (s: string) => `“${s.trim().replace(/\s+/g, ' ')}”`;

export const inconsistentTranslation: Rule = {
  id: 'inconsistent-translation',
  severity: 'info',
  summary: 'The same English sentence is translated differently elsewhere in the folder.',
  checkDocuments: (docs) =>
    conflicts(docs, 'source', (o, first) => ({
      reason: `Unexpected translation ${quote(o.segment.target.text)} in ${seg(o.segment)}, expected ${quote(first.segment.target.text)} as for the same English at ${where(first)}`,
      hint: 'Use one translation for one sentence, or suppress this segment if the context really differs.',
    })),
};

export const inconsistentSource: Rule = {
  id: 'inconsistent-source',
  severity: 'info',
  summary: 'One translation stands for two different English sentences in the folder.',
  // Two pages already noted as translated apart are one cause: their sources are not noted again.
  checkDocuments: (docs) => {
    const noted = new Set(conflicts(docs, 'source', () => ({ reason: '' })).map((f) => f.pattern));
    return conflicts(docs, 'target', (o, first) => ({
      reason: `Unexpected English ${quote(o.segment.source.text)} for the translation in ${seg(o.segment)}, expected ${quote(first.segment.source.text)} as for the same translation at ${where(first)}`,
      hint: 'One of the two translations may render the wrong sentence; compare them.',
    })).filter((f) => !noted.has(f.pattern));
  },
};
