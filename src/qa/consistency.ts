// Consistency across every document of a run: one English sentence translated two ways,
// and one translation standing for two different English sentences.
import type { AlignedDocument, Segment } from '../sxs/types.js';
import type { Finding, Rule } from './rule.js';
import { seg } from './rule.js';
import { sentenceKey, words } from './segment-text.js';

interface Occurrence {
  doc: AlignedDocument;
  segment: Segment;
}

/** Sentences of fewer words are labels whose translation depends on the place ("Status"). */
const MIN_WORDS = 3;

/** Groups occurrences by one side and reports those whose other side differs from the first occurrence's. */
function conflicts(docs: AlignedDocument[], by: 'source' | 'target', describe: (o: Occurrence, first: Occurrence) => Omit<Finding, 'doc' | 'segment'>): Finding[] {
  const other = by === 'source' ? 'target' : 'source';
  const groups = new Map<string, Occurrence[]>();
  for (const doc of docs) {
    for (const segment of doc.segments) {
      const text = segment[by].text;
      if (words(text).length < MIN_WORDS) continue;
      const key = sentenceKey(text);
      groups.set(key, [...(groups.get(key) ?? []), { doc, segment }]);
    }
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const firstKey = sentenceKey(first.segment[other].text);
    for (const o of group.slice(1)) if (sentenceKey(o.segment[other].text) !== firstKey) out.push({ ...o, ...describe(o, first) });
  }
  return out;
}

const where = (o: Occurrence) => `${o.doc.file}:${o.segment.target.range.start.line}`;
const quote = (s: string) => `“${s.trim().replace(/\s+/g, ' ')}”`;

export const inconsistentTranslation: Rule = {
  id: 'inconsistent-translation',
  severity: 'warning',
  summary: 'The same English sentence is translated differently elsewhere in the folder.',
  checkDocuments: (docs) =>
    conflicts(docs, 'source', (o, first) => ({
      reason: `Unexpected translation ${quote(o.segment.target.text)} in ${seg(o.segment)}, expected ${quote(first.segment.target.text)} as for the same English at ${where(first)}`,
      hint: 'Use one translation for one sentence, or suppress this segment if the context really differs.',
    })),
};

export const inconsistentSource: Rule = {
  id: 'inconsistent-source',
  severity: 'warning',
  summary: 'One translation stands for two different English sentences in the folder.',
  checkDocuments: (docs) =>
    conflicts(docs, 'target', (o, first) => ({
      reason: `Unexpected English ${quote(o.segment.source.text)} for the translation in ${seg(o.segment)}, expected ${quote(first.segment.source.text)} as for the same translation at ${where(first)}`,
      hint: 'One of the two translations may render the wrong sentence; compare them.',
    })),
};
