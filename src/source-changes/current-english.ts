// The current English of a page (plain markdown, no sxs spans) read into the blocks a reader
// sees: headings, paragraphs, list items' paragraphs, table cells and the text blocks of raw
// HTML, each as normalized plain text with a map back to source offsets. Front matter values are
// kept by key. Code, images, DocFX markers and comments are not sentences to translate.
import type { Element, Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { LineIndex } from '../sxs/line-index.js';
import type { Place } from '../sxs/types.js';
import { normalizeWithOffsets } from './normalize.js';

/** One block of the current English: its text normalized, and each character's source offset. */
export interface EnglishBlock {
  text: string;
  /** Source offset of each character of `text`. */
  offsets: number[];
  /** Spaces of `text` that stand for a line break (a soft break in a paragraph, `<br>`). */
  breaks: Set<number>;
  /**
   * Text a translation may or may not hold as segments (an image's alt text): it stands for an
   * old sentence, but is never reported as new.
   */
  optional?: boolean;
}

export interface CurrentEnglish {
  file: string;
  /** Whether the file has front matter: pages do; a folder's notes to its authors do not. */
  isPage: boolean;
  /** Front matter values that are text (`title`, `description`), normalized. */
  fields: Map<string, string>;
  blocks: EnglishBlock[];
  /** line:column of a source offset. */
  placeOf: (offset: number) => Place;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** HTML elements whose text is one block when they hold no other such element. */
const HTML_BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'caption', 'figcaption', 'blockquote', 'div']);
/** Inline tags that end a line of text: a break, or a block element written inside a paragraph or cell. */
const LINE_TAG = /^<\/?(?:br|p|div|li|ul|ol|tr|td|th|h[1-6])\b/i;
/** DocFX markers that stand before a paragraph's text: `[!NOTE]` opens an alert, `[!div class="…"]` a styled block. */
const ALERT_MARKER = /^\[![A-Za-z]+(?:\s[^\]]*)?\]\s*/;
/** DocFX block extensions written as a paragraph (`:::image …:::`, `[!INCLUDE …]`, `[!VIDEO …]`). */
const DOCFX_BLOCK = /^(?::::|\[!(?:INCLUDE|VIDEO)\b)/i;

/** Reads a current English file. */
export function readCurrentEnglish(text: string, file: string): CurrentEnglish {
  const tree = parser.parse(text) as Root;
  const index = new LineIndex(text);
  const fields = new Map<string, string>();
  let isPage = false;
  const blocks: EnglishBlock[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      isPage = true;
      for (const [key, value] of Object.entries(frontMatter(node.value))) if (typeof value === 'string') fields.set(key, normalizeWithOffsets([[value, 0]]).text);
    }
  }
  collectBlocks(tree, blocks, text);
  return { file, isPage, fields, blocks: blocks.filter((b) => /\p{L}/u.test(b.text)), placeOf: (offset) => index.place(offset) };
}

function frontMatter(yaml: string): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(yaml);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function collectBlocks(node: Nodes, out: EnglishBlock[], source: string): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'tableCell': {
      const block = phrasingBlock(node.children);
      if (block && !DOCFX_BLOCK.test(block.text)) out.push(block);
      out.push(...altTexts(node.children));
      return;
    }
    case 'html':
      out.push(...htmlBlocks(node.value, node.position?.start.offset ?? 0));
      return;
    case 'code':
    case 'yaml':
    case 'definition':
      return;
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) collectBlocks(child, out, source);
  }
}

/** The alt texts of a block's images, each an optional block of its own. */
function altTexts(children: PhrasingContent[]): EnglishBlock[] {
  const out: EnglishBlock[] = [];
  const walk = (nodes: PhrasingContent[]): void => {
    for (const n of nodes) {
      if ((n.type === 'image' || n.type === 'imageReference') && n.alt) out.push({ ...normalizeWithOffsets([[n.alt, n.position?.start.offset ?? 0]]), optional: true });
      else if ('children' in n) walk(n.children as PhrasingContent[]);
    }
  };
  walk(children);
  return out.filter((b) => b.text);
}

/** A block's plain text, pieces placed at their node's source offset. */
function phrasingBlock(children: PhrasingContent[]): EnglishBlock | undefined {
  const pieces: Array<[string, number]> = [];
  const walk = (nodes: PhrasingContent[]): void => {
    for (const n of nodes) {
      const at = n.position?.start.offset ?? 0;
      if (n.type === 'text') pieces.push([n.value, at]);
      else if (n.type === 'inlineCode') pieces.push([n.value, at + 1]);
      else if (n.type === 'break') pieces.push(['\n', at]);
      else if (n.type === 'html') {
        if (LINE_TAG.test(n.value)) pieces.push(['\n', at]);
      } else if ('children' in n) walk(n.children as PhrasingContent[]);
    }
  };
  walk(children);
  const block = normalizeWithOffsets(pieces);
  const marker = ALERT_MARKER.exec(block.text);
  if (marker) {
    const cut = marker[0].length;
    return { text: block.text.slice(cut), offsets: block.offsets.slice(cut), breaks: new Set([...block.breaks].filter((b) => b >= cut).map((b) => b - cut)) };
  }
  return block.text ? block : undefined;
}

/** The text blocks of a raw HTML block, each placed at the HTML block's start; `<br>` ends a line. */
function htmlBlocks(html: string, at: number): EnglishBlock[] {
  const out: EnglishBlock[] = [];
  const textOf = (n: HastNodes): string =>
    n.type === 'text' ? n.value : n.type === 'element' && n.tagName === 'br' ? '\n' : 'children' in n ? n.children.map((c) => textOf(c as HastNodes)).join('') : '';
  const walk = (n: HastNodes): void => {
    if (n.type === 'element' && HTML_BLOCKS.has(n.tagName) && !holdsBlock(n)) {
      const block = normalizeWithOffsets([[textOf(n), 0]]);
      if (block.text) out.push({ ...block, offsets: block.offsets.map(() => at) });
      return;
    }
    if ('children' in n) for (const child of n.children) walk(child as HastNodes);
  };
  walk(fromHtml(html, { fragment: true }));
  return out;
}

const holdsBlock = (e: Element): boolean =>
  e.children.some((c) => c.type === 'element' && (HTML_BLOCKS.has(c.tagName) || holdsBlock(c)));
