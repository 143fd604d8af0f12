// What export and import agree on: namespaces, the unit's inline codes with their ids and
// data, the English source hash, and how a unit's content maps to XML.
import { createHash } from 'node:crypto';
import type { Segment } from '../sxs/types.js';
import { toInline, type InlineNode } from './inline-codes.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
export const HASH_META = 'tandem-source-hash';

/** Short hash of an English source segment's markup: tells a stale unit on import. */
export const sourceHash = (markup: string): string => `sha256:${createHash('sha256').update(markup, 'utf8').digest('hex').slice(0, 16)}`;

/** An inline node with the XLIFF ids it is written with. */
export type CodedNode =
  | { kind: 'text'; value: string }
  | { kind: 'ph'; id: string; dataRef: string }
  | { kind: 'pc'; id: string; dataRefStart: string; dataRefEnd: string; children: CodedNode[] };

export interface CodedUnit {
  source: CodedNode[];
  target: CodedNode[];
  /** originalData: data id → the markup it stands for. */
  data: Map<string, string>;
}

const signature = (n: InlineNode) => (n.kind === 'ph' ? `ph\u0000${n.data}` : n.kind === 'pc' ? `pc\u0000${n.start}\u0000${n.end}` : '');

/**
 * Gives every code of a segment an id. Target codes equal to a source code share its id and
 * data (XLIFF's correspondence); codes only the target has get their own (`t1`, …).
 */
export function codeUnit(segment: Pick<Segment, 'source' | 'target'>): CodedUnit {
  const data = new Map<string, string>();
  const free = new Map<string, string[]>();
  let n = 0;
  let t = 0;
  const assign = (node: InlineNode, side: 'source' | 'target'): CodedNode => {
    if (node.kind === 'text') return node;
    const sig = signature(node);
    const reused = side === 'target' ? free.get(sig)?.shift() : undefined;
    const id = reused ?? (side === 'source' ? String(++n) : `t${++t}`);
    if (side === 'source') free.set(sig, [...(free.get(sig) ?? []), id]);
    if (node.kind === 'ph') {
      data.set(`d${id}`, node.data);
      return { kind: 'ph', id, dataRef: `d${id}` };
    }
    data.set(`d${id}s`, node.start);
    data.set(`d${id}e`, node.end);
    return { kind: 'pc', id, dataRefStart: `d${id}s`, dataRefEnd: `d${id}e`, children: node.children.map((c) => assign(c, side)) };
  };
  const source = toInline(segment.source.markup).map((node) => assign(node, 'source'));
  const target = toInline(segment.target.markup).map((node) => assign(node, 'target'));
  return { source, target, data };
}

/** Code ids and kinds in a content, in order: what must match between export and import. */
export function codeList(nodes: CodedNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'text' ? [] : n.kind === 'ph' ? [`ph ${n.id}`] : [`pc ${n.id}`, ...codeList(n.children)]));
}
