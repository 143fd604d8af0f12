// The segment pairs inside a piece of the page tree, with the phrasing of their English side
// (for links). Readers work sentence by sentence: one segment pair is one sentence.
import type { Link, Nodes, PhrasingContent, RootContent } from 'mdast';
import type { AlignedDocument, Segment } from '../sxs/types.ts';

export interface Sentence {
  id: string;
  segment: Segment;
  /** English plain text, trimmed. */
  source: string;
  /** German plain text, trimmed. */
  target: string;
  /** The English side's phrasing (links live here); empty for segments from raw HTML. */
  phrasing: PhrasingContent[];
}

/** Every segment pair in `node`, in document order (nested lists included). */
export function sentencesIn(doc: AlignedDocument, node: Nodes | RootContent): Sentence[] {
  const out: Sentence[] = [];
  const add = (index: number, phrasing: PhrasingContent[]): void => {
    const segment = doc.segments[index]!;
    out.push({ id: segment.id, segment, source: segment.source.text.trim(), target: segment.target.text.trim(), phrasing });
  };
  const walk = (n: Nodes | RootContent): void => {
    if (n.type === 'sxs') add(n.index, n.source);
    else if (n.type === 'sxsHtml') n.parts.forEach((p) => p.kind === 'segment' && add(p.index, []));
    else if ('children' in n) (n.children as RootContent[]).forEach(walk);
  };
  walk(node);
  return out;
}

/** The first link target in a sentence's English phrasing. */
export function firstLink(sentence: Sentence): string | undefined {
  const find = (nodes: PhrasingContent[]): Link | undefined => {
    for (const n of nodes) {
      if (n.type === 'link') return n;
      if ('children' in n) {
        const inner = find(n.children as PhrasingContent[]);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  return find(sentence.phrasing)?.url;
}

/** Joins sentences into one label in both languages. */
export const joinLabel = (sentences: Sentence[]): { target: string; source: string } => ({
  source: sentences.map((s) => s.source).join(' '),
  target: sentences.map((s) => s.target).join(' '),
});

export const ids = (sentences: Sentence[]): string[] => [...new Set(sentences.map((s) => s.id))];

/** A segment as a sentence on its own (no phrasing: for rereading text, not links). */
export const sentenceOf = (segment: Segment): Sentence => ({
  id: segment.id,
  segment,
  source: segment.source.text.trim(),
  target: segment.target.text.trim(),
  phrasing: [],
});
