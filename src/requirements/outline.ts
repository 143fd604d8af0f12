// The requirement outline of a level: its content as items (list items with their own
// sentences and nested content), separators ("OR", "AND" in any case, bold or not, as a
// paragraph or a list item) and loose text. The clause readers work on this shape only.
import type { List, ListItem, RootContent } from 'mdast';
import type { AlignedDocument } from '../sxs/types.ts';
import { sentencesIn, type Sentence } from './sentences.ts';

export interface OutlineItem {
  kind: 'item';
  /** The item's own sentences (before its first nested list or block). */
  head: Sentence[];
  children: OutlineNode[];
  /** Every sentence of the item, nested ones included. */
  all: Sentence[];
  ordered: boolean;
}

export interface OutlineSeparator {
  kind: 'separator';
  word: 'or' | 'and';
  sentence: Sentence;
}

export interface OutlineText {
  kind: 'text';
  sentences: Sentence[];
}

export type OutlineNode = OutlineItem | OutlineSeparator | OutlineText;

const SEPARATOR = /^[\s*_:–—-]*(or|and)[\s*_:–—.-]*$/i;

/** `or`/`and` when a sentence is nothing but a separator word. */
export const separatorWord = (text: string): 'or' | 'and' | undefined =>
  SEPARATOR.exec(text)?.[1]!.toLowerCase() as 'or' | 'and' | undefined;

function fromNodes(doc: AlignedDocument, nodes: RootContent[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'list') {
      out.push(...fromList(doc, node));
      continue;
    }
    const sentences = sentencesIn(doc, node);
    if (sentences.length === 0) continue;
    const word = sentences.length === 1 ? separatorWord(sentences[0]!.source) : undefined;
    out.push(word ? { kind: 'separator', word, sentence: sentences[0]! } : { kind: 'text', sentences });
  }
  return out;
}

function fromItem(doc: AlignedDocument, item: ListItem, ordered: boolean): OutlineNode[] {
  const split = item.children.findIndex((c) => c.type === 'list');
  const headNodes = split < 0 ? item.children : item.children.slice(0, split);
  const rest = split < 0 ? [] : item.children.slice(split);
  const head = headNodes.flatMap((n) => sentencesIn(doc, n));
  const children = fromNodes(doc, rest);
  const word = head.length === 1 && children.length === 0 ? separatorWord(head[0]!.source) : undefined;
  if (word) return [{ kind: 'separator', word, sentence: head[0]! }];
  // "**OR**" written right under an item, with no blank line, continues that item's paragraph (or
  // ends its nested list): it still separates the items around it, so it moves out, after the item.
  const trailing: OutlineSeparator[] = [];
  while (children.at(-1)?.kind === 'separator') trailing.unshift(children.pop() as OutlineSeparator);
  const last = head.at(-1);
  const glued = head.length > 1 && children.length === 0 && last ? separatorWord(last.source) : undefined;
  if (glued) {
    head.pop();
    trailing.unshift({ kind: 'separator', word: glued, sentence: last! });
  }
  const moved = new Set(trailing.map((t) => t.sentence.id));
  const all = sentencesIn(doc, item).filter((s) => !moved.has(s.id));
  return [{ kind: 'item', head, children, all, ordered }, ...trailing];
}

const fromList = (doc: AlignedDocument, list: List): OutlineNode[] => list.children.flatMap((i) => fromItem(doc, i, !!list.ordered));

/** The outline of a level's content. */
export const outlineOf = (doc: AlignedDocument, nodes: RootContent[]): OutlineNode[] => fromNodes(doc, nodes);

/** Every sentence under an outline node. */
export function sentencesOf(node: OutlineNode): Sentence[] {
  if (node.kind === 'item') return node.all;
  if (node.kind === 'separator') return [node.sentence];
  return node.sentences;
}
