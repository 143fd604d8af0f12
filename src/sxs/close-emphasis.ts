// Part of parsing: emphasis that CommonMark's flanking rules cannot close (or open) next to
// full-width punctuation, as translations write it (`**注意：**如果`). Left alone, the `**` runs on
// to the next pair's `**` and takes the span tags between with it, losing segments. Inside one
// segment side, the punctuation beside such a run is swapped, length for length, for a
// private-use placeholder micromark reads as a letter, so the emphasis closes within its pair;
// the tree gets the characters back. Offsets stay exact.
import type { Nodes } from 'mdast';
import { restoreStrings } from './defuse-markers.js';

/** Full-width and CJK punctuation, and the curly quotes and ellipsis such text uses. */
const WIDE_PUNCTUATION = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018-\u201F\u2026\u00B7]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/;

/** A run of `*` whose neighbour was swapped so it opens or closes inside its segment side. */
export interface ClosedRun {
  /** Offset of the run's first `*`. */
  offset: number;
  run: string;
  /** The character before and after the run, as written. */
  before: string;
  after: string;
  /** Whether the run opens or closes the emphasis. */
  kind: 'opening' | 'closing';
}

export interface ClosableText {
  /** The text to parse: same length as the input. */
  text: string;
  runs: ClosedRun[];
  /** Puts the swapped characters back into every string of the tree. */
  restore(tree: Nodes): void;
}

/** Span tags, each bounded by the next `<` so an unclosed one cannot make the scan quadratic. */
const SPAN_TAG = /<span\s[^<>]*>|<\/span\s*>/gi;
const SIDE_OPEN = /data-[ts]tu-id\s*=/i;

const isOther = (c: string | undefined): boolean => c !== undefined && !SPACE.test(c) && !PUNCTUATION.test(c);
const escaped = (text: string, at: number): boolean => {
  let n = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) n++;
  return n % 2 === 1;
};

/** Offsets of the characters to swap in one side's content (`from` … `to`), with the runs they let close. */
function sideSwaps(text: string, from: number, to: number, runs: ClosedRun[], swaps: number[]): void {
  const open = new Set<number>();
  const side = text.slice(from, to);
  for (const star of side.matchAll(/\*+/g)) {
    const at = from + star.index;
    if (escaped(text, at)) continue;
    const n = star[0].length;
    const before = text[at - 1];
    const after = at + n < to ? text[at + n] : undefined;
    const run = (kind: ClosedRun['kind']): ClosedRun => ({ offset: at, run: star[0], before: before ?? '', after: after ?? '', kind });
    if (!open.has(n)) {
      open.add(n);
      // An opener followed by wide punctuation after a letter is not left-flanking.
      if (after !== undefined && WIDE_PUNCTUATION.test(after) && isOther(before)) {
        swaps.push(at + n);
        runs.push(run('opening'));
      }
      continue;
    }
    open.delete(n);
    // A closer after wide punctuation and before a letter is not right-flanking.
    if (before !== undefined && WIDE_PUNCTUATION.test(before) && isOther(after)) {
      swaps.push(at - 1);
      runs.push(run('closing'));
    }
  }
}

/** Private-use characters the text does not hold, `count` of them. */
function placeholders(text: string, count: number): string[] {
  const out: string[] = [];
  for (let code = 0xf8ff; code >= 0xe000 && out.length < count; code--) {
    const ch = String.fromCharCode(code);
    if (!text.includes(ch)) out.push(ch);
  }
  return out;
}

export interface SwappedText {
  /** The text to parse: same length as the input. */
  text: string;
  /** Puts the swapped characters back into every string of the tree. */
  restore(tree: Nodes): void;
}

/** The text with the characters at `offsets` swapped, one placeholder per distinct character, for micromark to read as letters. */
export function swapChars(text: string, offsets: number[]): SwappedText {
  const chars = [...new Set(offsets.map((i) => text[i]!))];
  const marks = offsets.length ? placeholders(text, chars.length) : [];
  if (offsets.length === 0 || marks.length < chars.length) return { text, restore: () => {} };
  const markOf = new Map(chars.map((c, i) => [c, marks[i]!]));
  const back = new Map(chars.map((c, i) => [marks[i]!, c]));
  const out = text.split('');
  for (const i of offsets) out[i] = markOf.get(text[i]!)!;
  return { text: out.join(''), restore: (tree) => restoreStrings(tree, back) };
}

/** The content of each segment side of a source, from its opening tag to the `</span>` that closes it. */
export function segmentSides(text: string): Array<[number, number]> {
  const sides: Array<[number, number]> = [];
  let open: number | undefined;
  let depth = 0;
  for (const m of text.matchAll(SPAN_TAG)) {
    if (m[0][1] !== '/') {
      if (SIDE_OPEN.test(m[0])) [open, depth] = [m.index + m[0].length, 0];
      else if (open !== undefined) depth++;
    } else if (open !== undefined && depth-- === 0) {
      sides.push([open, m.index]);
      open = undefined;
    }
  }
  return sides;
}

export interface ClosableOptions {
  /** The text is one segment side's content, not a source with span tags. Default: false. */
  side?: boolean;
}

/** The text with emphasis next to wide punctuation made closable within each segment side. */
export function closableEmphasis(text: string, options: ClosableOptions = {}): ClosableText {
  const runs: ClosedRun[] = [];
  const swaps: number[] = [];
  if (options.side) sideSwaps(text, 0, text.length, runs, swaps);
  else if (text.includes('*')) for (const [from, to] of segmentSides(text)) sideSwaps(text, from, to, runs, swaps);
  const swapped = swapChars(text, swaps);
  return { ...swapped, runs: swapped.text === text ? [] : runs.sort((a, b) => a.offset - b.offset) };
}

const DELIMITER = /(?<!\\)(?:\*+|_+)/g;

/**
 * Offsets of the `*` and `_` that each segment side, read alone, leaves as text: they open or
 * close nothing inside their side, so they must not pair with a marker of another segment.
 * `parse` reads one side's markup as inline markdown.
 */
export function unpairedMarkers(text: string, parse: (markup: string) => Nodes): number[] {
  const out: number[] = [];
  for (const [from, to] of segmentSides(text)) {
    const side = text.slice(from, to);
    if (!/[*_]/.test(side)) continue;
    const visit = (node: Nodes): void => {
      if (node.type === 'text' && node.position) {
        const start = node.position.start.offset ?? 0;
        const slice = side.slice(start, node.position.end.offset ?? start);
        for (const m of slice.matchAll(DELIMITER)) for (let k = 0; k < m[0].length; k++) out.push(from + start + m.index + k);
      }
      if ('children' in node) node.children.forEach((c) => visit(c as Nodes));
    };
    visit(parse(side));
  }
  return out;
}
