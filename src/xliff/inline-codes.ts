// A segment's markup as text and inline codes, the way XLIFF shows it to translators: paired
// markers (`**…**`, `[…](url)`) become `pc`, everything else that is not prose (code spans,
// images, HTML tags, entities, line breaks with their indentation) becomes `ph`. Every
// character lands in text or in a code's data, so `toMarkup(toInline(m)) === m` always.

export type InlineNode =
  | { kind: 'text'; value: string }
  | { kind: 'ph'; data: string }
  | { kind: 'pc'; start: string; end: string; children: InlineNode[] };

interface Frame {
  marker: string;
  start: string;
  children: InlineNode[];
}

const TAG = /<\/?[A-Za-z][^<>]*>/y;
const ENTITY_OR_BREAK = /&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|\r?\n[ \t]*|\\[\\`*_{}\[\]()#+\-.!<>]/y;
const EMPHASIS = /^(?:\*\*|__|\*|_)/;

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** For each position, the first at or after it holding one of `stops` (or the end): one pass from the end. */
function nextOf(markup: string, stops: string): Int32Array {
  const next = new Int32Array(markup.length + 1).fill(markup.length);
  for (let p = markup.length - 1; p >= 0; p--) next[p] = stops.includes(markup[p]!) ? p : next[p + 1]!;
  return next;
}

/**
 * What the constructs that read ahead need, computed once per markup so that trying one at any
 * position costs no more than its own length: a run of `[`, `![` or backticks with nothing to
 * close it is read in one pass, never once per character.
 */
class Lookahead {
  private readonly bracketStop: Int32Array;
  private readonly parenStop: Int32Array;
  /** Where a link label starting at a position stops: at a `]`, a line break, a `[` that does not close, or the end. */
  private readonly labelEnd: Int32Array;
  /** Starts of maximal backtick runs, by run length. */
  private readonly runs = new Map<number, number[]>();
  private commentEnd = -2;
  private readonly markup: string;

  constructor(markup: string) {
    this.markup = markup;
    const n = markup.length;
    this.bracketStop = nextOf(markup, ']\n');
    this.parenStop = nextOf(markup, ')\n');
    this.labelEnd = new Int32Array(n + 1).fill(n);
    for (let p = n - 1; p >= 0; p--) {
      const ch = markup[p]!;
      if (ch === ']' || ch === '\n') this.labelEnd[p] = p;
      else if (ch === '[') {
        const close = this.bracketStop[p + 1]!;
        this.labelEnd[p] = markup[close] === ']' ? this.labelEnd[close + 1]! : p;
      } else this.labelEnd[p] = this.labelEnd[p + 1]!;
    }
    for (let p = 0; p < n; ) {
      if (markup[p] !== '`') {
        p++;
        continue;
      }
      const length = this.runAt(p);
      const starts = this.runs.get(length);
      if (starts) starts.push(p);
      else this.runs.set(length, [p]);
      p += length;
    }
  }

  runAt(p: number): number {
    let q = p;
    while (this.markup[q] === '`') q++;
    return q - p;
  }

  /** Where the label of `[label](destination)` starting with the `[` at `p` ends, and where the link ends; undefined when none starts there. */
  link(p: number): { labelEnd: number; end: number } | undefined {
    const labelEnd = this.labelEnd[p + 1]!;
    if (this.markup[labelEnd] !== ']' || this.markup[labelEnd + 1] !== '(') return undefined;
    const close = this.parenStop[labelEnd + 2]!;
    return this.markup[close] === ')' ? { labelEnd, end: close + 1 } : undefined;
  }

  /** The end of a code span opened by the backtick run at `p`: the next run of the same length; none leaves the run as text. */
  codeSpan(p: number, length: number): number | undefined {
    const starts = this.runs.get(length) ?? [];
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < p + length) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo]! + length : undefined;
  }

  /** The end of the comment opened at `p`; positions only grow within one markup, so each search starts past the last. */
  comment(p: number): number | undefined {
    if (this.commentEnd !== -1 && this.commentEnd < p + 4) this.commentEnd = this.markup.indexOf('-->', p + 4);
    return this.commentEnd === -1 ? undefined : this.commentEnd + 3;
  }
}

/** The length of a standalone code (image, code span, tag, comment, entity, line break, escape) at `i`, or 0. */
function standaloneAt(markup: string, i: number, look: Lookahead): number {
  const ch = markup[i];
  if (ch === '!' && markup[i + 1] === '[') return (look.link(i + 1)?.end ?? i) - i;
  if (ch === '<' && markup.startsWith('<!--', i)) return (look.comment(i) ?? i) - i;
  const re = ch === '<' ? TAG : ENTITY_OR_BREAK;
  re.lastIndex = i;
  return re.exec(markup)?.[0].length ?? 0;
}

function pushText(into: InlineNode[], value: string): void {
  const last = into.at(-1);
  if (last?.kind === 'text') last.value += value;
  else into.push({ kind: 'text', value });
}

/** Splits markup into text and inline codes, in time linear in its length. */
export function toInline(markup: string): InlineNode[] {
  const look = new Lookahead(markup);
  const root: Frame = { marker: '', start: '', children: [] };
  const stack: Frame[] = [root];
  const top = () => stack.at(-1)!;
  let i = 0;
  while (i < markup.length) {
    if (markup[i] === '`') {
      const length = look.runAt(i);
      const end = look.codeSpan(i, length);
      if (end === undefined) pushText(top().children, markup.slice(i, i + length));
      else top().children.push({ kind: 'ph', data: markup.slice(i, end) });
      i = end ?? i + length;
      continue;
    }
    const standalone = standaloneAt(markup, i, look);
    if (standalone > 0) {
      top().children.push({ kind: 'ph', data: markup.slice(i, i + standalone) });
      i += standalone;
      continue;
    }
    const link = markup[i] === '[' ? look.link(i) : undefined;
    if (link) {
      top().children.push({ kind: 'pc', start: '[', end: markup.slice(link.labelEnd, link.end), children: toInline(markup.slice(i + 1, link.labelEnd)) });
      i = link.end;
      continue;
    }
    const emphasis = EMPHASIS.exec(markup.slice(i, i + 2));
    // `_` inside a word (snake_case) is text, not emphasis.
    const intraword = emphasis?.[0].startsWith('_') && isWordChar(markup[i - 1]) && isWordChar(markup[i + emphasis[0].length]);
    if (emphasis && !intraword) {
      const marker = emphasis[0];
      if (top().marker === marker) {
        const frame = stack.pop()!;
        top().children.push({ kind: 'pc', start: frame.start, end: marker, children: frame.children });
      } else stack.push({ marker, start: marker, children: [] });
      i += marker.length;
      continue;
    }
    pushText(top().children, markup[i]!);
    i++;
  }
  // Markers left open are lone characters on the page: standalone codes, content kept in place,
  // each frame's content moved once, in document order, however deep the open markers nest.
  for (const frame of stack.slice(1)) {
    root.children.push({ kind: 'ph', data: frame.start });
    for (const child of frame.children) {
      if (child.kind === 'text') pushText(root.children, child.value);
      else root.children.push(child);
    }
  }
  return root.children;
}

/** Puts text and codes back together into markup. */
export function toMarkup(nodes: InlineNode[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.value : n.kind === 'ph' ? n.data : n.start + toMarkup(n.children) + n.end)).join('');
}
