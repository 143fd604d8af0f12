// The segment pairs inside a piece of the page tree, with the phrasing of their English side
// (for links). Readers work sentence by sentence: one segment pair is one sentence.
import type { Link, ListItem, Nodes, PhrasingContent, RootContent } from 'mdast';
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

/** The sentences of a list item's own text: the children before its first nested list. */
export function itemHead(doc: AlignedDocument, item: ListItem): Sentence[] {
  const end = item.children.findIndex((c) => c.type === 'list');
  return item.children.slice(0, end < 0 ? undefined : end).flatMap((c) => sentencesIn(doc, c));
}

/** The children of a list item from its first nested list on (lists and separator paragraphs). */
export function itemBody(item: ListItem): RootContent[] {
  const start = item.children.findIndex((c) => c.type === 'list');
  return start < 0 ? [] : item.children.slice(start);
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
