// What export and import agree on: namespaces, the unit's inline codes with their ids and
// data, the English source hash, and how a unit's content maps to XML.
import { createHash } from 'node:crypto';
import type { Segment, SegmentContext } from '../sxs/types.js';
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

/** Backslash escapes, and the entities import writes, stand for one character. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const ENTITY: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const decodeEntity = (data: string, context: SegmentContext | undefined): string | undefined => {
  if (ENTITY[data]) return ENTITY[data];
  if (context !== 'front-matter') return undefined;
  if (data === '&quot;') return '"';
  const code = /^&#(\d{2,3});$/.exec(data);
  const ch = code ? String.fromCharCode(Number(code[1])) : '';
  return /^[!-/:-@[-`{-~]$/.test(ch) ? ch : undefined;
};

/**
 * Shows escaped characters as the characters they are, so translators read `Kund*innen`, not a
 * code in place of `\*`; import escapes them again (see `escape-target.ts`). A unit given back
 * unchanged keeps its markup byte for byte whatever its escapes were.
 */
function unescape(nodes: InlineNode[], context: SegmentContext | undefined): InlineNode[] {
  const out: InlineNode[] = [];
  const text = (value: string) => {
    const last = out.at(-1);
    if (last?.kind === 'text') last.value += value;
    else out.push({ kind: 'text', value });
  };
  for (const n of nodes) {
    if (n.kind === 'text') text(n.value.replace(ESCAPE, '$1'));
    else if (n.kind === 'pc') out.push({ ...n, children: unescape(n.children, context) });
    else if (/^\\[!-/:-@[-`{-~]$/.test(n.data)) text(n.data.slice(1));
    else {
      const ch = decodeEntity(n.data, context);
      if (ch === undefined) out.push(n);
      else text(ch);
    }
  }
  return out;
}

const signature = (n: InlineNode) => (n.kind === 'ph' ? `ph\u0000${n.data}` : n.kind === 'pc' ? `pc\u0000${n.start}\u0000${n.end}` : '');

/**
 * Gives every code of a segment an id. Target codes equal to a source code share its id and
 * data (XLIFF's correspondence); codes only the target has get their own (`t1`, …).
 */
export function codeUnit(segment: Pick<Segment, 'source' | 'target'> & { context?: SegmentContext }): CodedUnit {
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
  const source = unescape(toInline(segment.source.markup), segment.context).map((node) => assign(node, 'source'));
  const target = unescape(toInline(segment.target.markup), segment.context).map((node) => assign(node, 'target'));
  return { source, target, data };
}

/** Code ids and kinds in a content, in order: what must match between export and import. */
export function codeList(nodes: CodedNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'text' ? [] : n.kind === 'ph' ? [`ph ${n.id}`] : [`pc ${n.id}`, ...codeList(n.children)]));
}
