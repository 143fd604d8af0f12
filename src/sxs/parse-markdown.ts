// Markdown → mdast for the parser, in linear time. micromark keeps one event list per document
// and splices it, which grows faster than the file (a 5 MB source took 40 s); so a long source is
// cut where CommonMark starts afresh, each piece is parsed alone and the trees are joined with
// their positions shifted. The result equals a whole-document parse (a test holds it to that).
import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { byLiterals, guardAutolinkLiterals, onlyLiterals } from './autolink-guard.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { boundedParse, remarkCapDepth } from './bounded-parse.js';
import type { MarkerLimitData } from './defuse-markers.js';

export interface ParseMarkdownOptions {
  /** Characters a piece grows to before the next safe cut. Default: 32 768. */
  chunkSize?: number;
}

const withFrontMatter = byLiterals((kinds) => unified().use(remarkParse).use(remarkCapDepth).use(remarkGfm).use(onlyLiterals, kinds).use(guardAutolinkLiterals).use(remarkFrontmatter, ['yaml']));
// Later pieces must not read a `---` … `---` at their top as front matter.
const withoutFrontMatter = byLiterals((kinds) => unified().use(remarkParse).use(remarkCapDepth).use(remarkGfm).use(onlyLiterals, kinds).use(guardAutolinkLiterals));

/** Raw HTML blocks that run across blank lines until their end marker (CommonMark kinds 1–5). */
const LONG_HTML: Array<{ open: RegExp; close: RegExp }> = [
  { open: /^ {0,3}<!--/, close: /-->/ },
  { open: /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^ {0,3}<\?/, close: /\?>/ },
  { open: /^ {0,3}<!\[CDATA\[/, close: /\]\]>/ },
  { open: /^ {0,3}<![A-Za-z]/, close: />/ },
];
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** List markers and quote markers in front of a line's content. */
const CONTAINER = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;
/** A line that starts a block of its own at the left margin and cannot continue a list. */
const FRESH_START = /^(?![ \t]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))\S/;
const FRONT_MATTER = /^---[ \t]*(?:\r\n|\r|\n)(?:[\s\S]*?(?:\r\n|\r|\n))??---[ \t]*(?:\r\n|\r|\n|$)/;

/** Blank as CommonMark means it: spaces and tabs only (not U+FEFF or other Unicode space). */
const isBlank = (line: string) => /^[ \t]*$/.test(line);

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

/** Raw HTML blocks that end at the next blank line (CommonMark kind 6), which can interrupt a paragraph. */
const BLOCK_HTML = /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)/i;
/** A line holding one complete tag and nothing else (CommonMark kind 7), which cannot interrupt a paragraph. */
const TAG_LINE = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;

/** Whether a line starts at the left margin with block content, not a list or quote marker. */
const atMargin = (line: string) => line.length - line.slice(CONTAINER.exec(line)![0].length).length === 0;

/**
 * Tracks fenced code and raw HTML blocks line by line; a cut is safe only outside them. Only
 * blocks that start at the left margin are followed: where one may start inside a list item or
 * quote, or a line could be read two ways, it gives up and the rest of the source stays whole.
 */
class BlockState {
  private fence?: { char: string; length: number };
  private html?: RegExp;
  /** Inside a raw HTML block that ends at a blank line; `unsure` when it may be a paragraph. */
  private htmlToBlank?: 'sure' | 'unsure';
  private blankBefore = true;
  gaveUp = false;

  /** Feeds one line; returns whether the document is outside any open block after it. */
  feed(line: string): boolean {
    const blank = isBlank(line);
    if (this.fence) {
      const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
      if (close && close[1]![0] === this.fence.char && close[1]!.length >= this.fence.length) this.fence = undefined;
    } else if (this.html) {
      if (this.html.test(line)) this.html = undefined;
    } else if (blank) {
      this.htmlToBlank = undefined;
    } else if (!this.htmlToBlank || this.htmlToBlank === 'unsure') {
      this.start(line);
    }
    this.blankBefore = blank;
    return !this.fence && !this.html && !this.htmlToBlank;
  }

  private start(line: string): void {
    const inner = line.slice(CONTAINER.exec(line)![0].length);
    const fence = FENCE.exec(inner);
    const isFence = fence !== null && !(fence[1]![0] === '`' && inner.slice(fence[0].length).includes('`'));
    const long = LONG_HTML.find((h) => h.open.test(inner));
    const html = BLOCK_HTML.test(inner) ? 'sure' : TAG_LINE.test(inner) ? (this.blankBefore ? 'sure' : 'unsure') : undefined;
    if (!isFence && !long && !html) return;
    // A block opening inside a container, or a fence in what may be an HTML block: unsure.
    if (!atMargin(line) || this.htmlToBlank === 'unsure') {
      this.gaveUp = true;
      return;
    }
    if (isFence) this.fence = { char: fence![1]![0]!, length: fence![1]!.length };
    else if (long) {
      if (!long.close.test(inner.replace(long.open, ''))) this.html = long.close;
    } else this.htmlToBlank = html;
  }
}

/** Offsets where the text can be cut: a fresh block after a blank line, outside open blocks. */
function cuts(text: string, chunkSize: number): number[] {
  // Link definitions are document-wide, and micromark skips a leading BOM only at the very
  // start (shifting every offset after it): a source with either is parsed whole.
  if (text.length <= chunkSize || text.includes(']:') || text.startsWith('\uFEFF')) return [];
  const frontMatter = FRONT_MATTER.exec(text);
  // An opening `---` with no closing one sends the front matter extension down another path
  // for the rest of the source: parse such a source whole.
  if (!frontMatter && text.startsWith('---')) return [];
  const from = frontMatter ? frontMatter[0].length : 0;
  const out: number[] = [];
  const state = new BlockState();
  let pieceStart = 0;
  /** Where the run of blank lines before this line starts, if the line follows one. */
  let blankRun: number | undefined;
  let outside = true;
  let lastAtMargin = true;
  for (const line of lines(text)) {
    if (state.gaveUp) break;
    if (line.start < from) continue; // front matter is YAML, not blocks
    // The blank lines go with the next piece: a block left open at the end of a piece then ends
    // where it would have ended in the whole source, with no blank lines of its own.
    if (blankRun !== undefined && outside && lastAtMargin && blankRun - pieceStart >= chunkSize && FRESH_START.test(line.text)) {
      out.push(blankRun);
      pieceStart = blankRun;
    }
    outside = state.feed(line.text);
    if (isBlank(line.text)) blankRun ??= line.start;
    else {
      blankRun = undefined;
      // Blocks that end with a list item or quote may keep blank lines of their own: no cut there.
      lastAtMargin = atMargin(line.text);
    }
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
  if (at.length === 0) return boundedParse(withFrontMatter, text);
  const bounds = [0, ...at, text.length];
  const children: RootContent[] = [];
  const markersOver: NonNullable<MarkerLimitData['markersOver']> = [];
  let line = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = text.slice(bounds[i]!, bounds[i + 1]!);
    const tree = boundedParse(i === 0 ? withFrontMatter : withoutFrontMatter, piece);
    for (const over of (tree.data as MarkerLimitData | undefined)?.markersOver ?? []) markersOver.push({ ...over, offset: over.offset + bounds[i]! });
    for (const child of tree.children) {
      shift(child, line, bounds[i]!);
      children.push(child);
    }
    line += lineBreaks(piece);
  }
  const last = text.length;
  const end = { line: line + 1, column: last - Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')), offset: last };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end }, ...(markersOver.length ? { data: { markersOver } as Root['data'] } : {}) };
}
