// Markdown → mdast for the parser, in linear time. micromark keeps one event list per document
// and splices it, which grows faster than the file (a 5 MB source took 40 s); so a long source is
// cut where CommonMark starts afresh, each piece is parsed alone and the trees are joined with
// their positions shifted. The result equals a whole-document parse (a test holds it to that).
import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface ParseMarkdownOptions {
  /** Characters a piece grows to before the next safe cut. Default: 32 768. */
  chunkSize?: number;
}

const withFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
// Later pieces must not read a `---` … `---` at their top as front matter.
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm);

/** Raw HTML blocks that run across blank lines until their end marker (CommonMark kinds 1–5). */
const LONG_HTML: Array<{ open: RegExp; close: RegExp }> = [
  { open: /^ {0,3}<!--/, close: /-->/ },
  { open: /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^ {0,3}<\?/, close: /\?>/ },
  { open: /^ {0,3}<!\[CDATA\[/, close: /\]\]>/ },
  { open: /^ {0,3}<![A-Za-z]/, close: />/ },
];
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that starts a block of its own at the left margin and cannot continue a list. */
const FRESH_START = /^(?![ \t]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))\S/;
const FRONT_MATTER = /^---[ \t]*(?:\r\n|\r|\n)(?:[\s\S]*?(?:\r\n|\r|\n))??---[ \t]*(?:\r\n|\r|\n|$)/;

interface Line {
  start: number;
  text: string;
}

function* lines(text: string): Generator<Line> {
  const re = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    yield { start: m.index, text: m[1]! };
    if (m[2] === '') break;
  }
}

/** Tracks fenced code and long HTML blocks line by line; a cut is safe only outside them. */
class BlockState {
  private fence?: { char: string; length: number };
  private html?: RegExp;

  /** Feeds one line; returns whether the document is outside any open block after it. */
  feed(line: string): boolean {
    if (this.fence) {
      const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
      if (close && close[1]![0] === this.fence.char && close[1]!.length >= this.fence.length) this.fence = undefined;
    } else if (this.html) {
      if (this.html.test(line)) this.html = undefined;
    } else {
      const fence = FENCE.exec(line);
      if (fence && !(fence[1]![0] === '`' && line.slice(fence[0].length).includes('`'))) {
        this.fence = { char: fence[1]![0]!, length: fence[1]!.length };
      } else {
        const long = LONG_HTML.find((h) => h.open.test(line));
        const rest = long ? line.replace(long.open, '') : '';
        if (long && !long.close.test(rest)) this.html = long.close;
      }
    }
    return !this.fence && !this.html;
  }
}

/** Offsets where the text can be cut: a fresh block after a blank line, outside open blocks. */
function cuts(text: string, chunkSize: number): number[] {
  // Link definitions are document-wide; a source with any is parsed whole.
  if (text.length <= chunkSize || text.includes(']:')) return [];
  const frontMatter = FRONT_MATTER.exec(text);
  const from = frontMatter ? frontMatter[0].length : 0;
  const out: number[] = [];
  const state = new BlockState();
  let pieceStart = 0;
  let blankBefore = false;
  let outside = true;
  for (const line of lines(text)) {
    if (line.start >= from && blankBefore && outside && line.start - pieceStart >= chunkSize && FRESH_START.test(line.text)) {
      out.push(line.start);
      pieceStart = line.start;
    }
    outside = state.feed(line.text);
    blankBefore = line.text.trim() === '';
  }
  return out;
}

function shift(node: Nodes, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    p.start = { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset };
    p.end = { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset };
  }
  if ('children' in node) for (const c of node.children) shift(c as Nodes, lines, offset);
}

const lineBreaks = (text: string) => (text.match(/\r\n|\r|\n/g) ?? []).length;

/** Parses markdown (GFM, YAML front matter) into mdast with positions into `text`. */
export function parseMarkdown(text: string, options: ParseMarkdownOptions = {}): Root {
  const at = cuts(text, options.chunkSize ?? 32_768);
  if (at.length === 0) return withFrontMatter.parse(text) as Root;
  const bounds = [0, ...at, text.length];
  const children: RootContent[] = [];
  let line = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = text.slice(bounds[i]!, bounds[i + 1]!);
    const tree = (i === 0 ? withFrontMatter : withoutFrontMatter).parse(piece) as Root;
    for (const child of tree.children) {
      shift(child, line, bounds[i]!);
      children.push(child);
    }
    line += lineBreaks(piece);
  }
  const last = text.length;
  const end = { line: line + 1, column: last - Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')), offset: last };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}
