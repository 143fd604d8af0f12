// Keeps markdown parsing linear on hostile input. micromark looks back over a paragraph's
// events at every `]` (label ends, GFM footnote calls) and every unmatched `*`/`_`, so a block
// with 100,000 of them takes minutes. Past a budget per block those characters are swapped,
// length for length, for private-use placeholders micromark reads as plain text, and swapped
// back in the tree: offsets stay exact and the characters still show, as text. Part of parsing.
import type { Nodes, Root } from 'mdast';

/**
 * Markers of each kind a block may hold before the rest are text. A block ends at a blank line or
 * where a list item, heading or table row starts, as the inline content micromark reads at once does.
 */
export const MARKER_BUDGET = 1024;

const KINDS: ReadonlyArray<{ name: string; chars: string }> = [
  { name: 'brackets', chars: '[]' },
  { name: 'emphasis', chars: '*_' },
];
/** Container markers (quotes, list items) one line may open; the rest of the line is text. */
export const MAX_LINE_CONTAINERS = 32;
/** Columns of white space a line's container prefix may hold; more would nest lists deeper than any page does. */
export const MAX_LINE_INDENT = 64;
/** What a line's container prefix is made of, swapped like the budgeted markers. */
const CONTAINER_CHARS = '>-+.) \t';
const CHARS = KINDS.map((k) => k.chars).join('') + CONTAINER_CHARS;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Where the content of the line at `start` begins and how many container markers (`>`, `-`/`+`/`*`
 * or `1.`/`1)` before a space) come before it; pushes to `out` the offsets of those past the first
 * `max`, which CommonMark would nest one in another and micromark reads in quadratic time, and of
 * the white space past `MAX_LINE_INDENT` columns, which nests lists by indentation as deep.
 */
function containerMarkers(text: string, start: number, max: number, out: number[]): { end: number; count: number } {
  let i = start;
  let count = 0;
  let indent = 0;
  for (;;) {
    while (isSpace(text[i])) {
      if (++indent > MAX_LINE_INDENT) out.push(i);
      i++;
    }
    let marker = -1;
    let next = i;
    if (text[i] === '>') {
      marker = i;
      next = i + 1;
    } else if ((text[i] === '-' || text[i] === '+' || text[i] === '*') && isSpace(text[i + 1])) {
      marker = i;
      next = i + 1;
    } else {
      let j = i;
      while (j < text.length && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
      if (j > i && (text[j] === '.' || text[j] === ')') && isSpace(text[j + 1])) {
        marker = j;
        next = j + 1;
      }
    }
    if (marker < 0) return { end: i, count };
    if (++count > max || indent > MAX_LINE_INDENT) out.push(marker);
    i = next;
  }
}

export interface DefusedText {
  /** The text to parse: same length as the input, markers over budget replaced. */
  text: string;
  /** Where each block (or, for containers, line) that went over budget first did so, with the kind of marker. */
  over: Array<{ offset: number; kind: string }>;
  /** Puts the original characters back into every string of the tree. */
  restore(tree: Nodes): void;
}

/** Private-use characters the text does not hold, one per marker character. */
function placeholders(text: string): string[] | undefined {
  const out: string[] = [];
  for (let code = 0xe000; code <= 0xf8ff && out.length < CHARS.length; code++) {
    const ch = String.fromCharCode(code);
    if (!text.includes(ch)) out.push(ch);
  }
  return out.length === CHARS.length ? out : undefined;
}

const STRING_FIELDS = ['value', 'url', 'title', 'alt', 'label', 'identifier'] as const;

/** Puts back, in every string of the tree, the characters that placeholders (`back`'s keys) stood for. */
export function restoreStrings(tree: Nodes, back: ReadonlyMap<string, string>): void {
  const pattern = new RegExp(`[${[...back.keys()].join('')}]`, 'g');
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()! as Nodes & Record<string, unknown>;
    for (const field of STRING_FIELDS) {
      const value = node[field];
      if (typeof value === 'string') node[field] = value.replace(pattern, (m) => back.get(m)!);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}

/** Two ascending lists as one, each offset once. */
function merge(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.at(-1) !== next) out.push(next);
  }
  return out;
}

/** Replaces markers beyond `budget` per block; the input itself when no block is over. */
export function defuseMarkers(text: string, budget: number = MARKER_BUDGET): DefusedText {
  const counts = KINDS.map(() => 0);
  const over: DefusedText['over'] = [];
  const swap: number[] = [];
  let lineBlank = true;
  const containers: number[] = [];
  let lineStart = 0;
  let lineOver = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (i === lineStart) {
      const before = containers.length;
      const { end, count } = containerMarkers(text, i, MAX_LINE_CONTAINERS, containers);
      // One report for a run of such lines, as for a block.
      if (containers.length > before && !lineOver) over.push({ offset: containers[before]!, kind: 'containers' });
      lineOver = containers.length > before;
      // A list item, heading or table row starts inline content of its own: a fresh budget.
      if (count > 0 || text[end] === '#' || text[end] === '|') counts.fill(0);
    }
    if (c === '\n' || c === '\r') {
      if (lineBlank) counts.fill(0);
      lineBlank = true;
      lineStart = i + 1;
      continue;
    }
    if (c !== ' ' && c !== '\t') lineBlank = false;
    const kind = KINDS.findIndex((k) => k.chars.includes(c));
    if (kind < 0) continue;
    if (++counts[kind]! === budget + 1) over.push({ offset: i, kind: KINDS[kind]!.name });
    if (counts[kind]! > budget) swap.push(i);
  }
  const all = merge(swap, containers);
  const marks = all.length ? placeholders(text) : undefined;
  if (!marks) return { text, over: all.length ? over : [], restore: () => {} };
  const parts: string[] = [];
  let from = 0;
  for (const i of all) {
    parts.push(text.slice(from, i), marks[CHARS.indexOf(text[i]!)]!);
    from = i + 1;
  }
  parts.push(text.slice(from));
  const back = new Map(marks.map((m, i) => [m, CHARS[i]!]));
  return {
    text: parts.join(''),
    over,
    restore: (tree) => restoreStrings(tree, back),
  };
}

/** Where the text went over budget, kept on the tree for the parser to report. */
export interface MarkerLimitData {
  markersOver?: DefusedText['over'];
}

export const markersOver = (tree: Root): DefusedText['over'] => ((tree.data ?? {}) as MarkerLimitData).markersOver ?? [];
