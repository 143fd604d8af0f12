// Bounds how deep a source can nest, so that no recursive step after parsing (GFM's
// transforms, the parser's walks, mdast → hast, the HTML parser and serializer) can overflow the
// stack: `> > > …`, lists in lists, `***…` runs and `<div><div>…` past a depth are flattened,
// their words (and, for raw HTML, their tags) kept as text, and the place is reported.
import type { Html, Nodes, Parent, Root, Text } from 'mdast';
import type { Processor } from 'unified';
import type { Report } from './check-source.js';
import { MARKER_BUDGET, MAX_LINE_CONTAINERS, MAX_LINE_INDENT } from './defuse-markers.js';

/** Markdown nesting (quotes, lists, emphasis, links) the page keeps; deeper structure is flattened. */
export const MAX_DEPTH = 32;
/** Raw HTML elements open at once that the page keeps; deeper tags are shown as text. */
export const MAX_HTML_DEPTH = 64;

const FLOW_CONTAINERS = new Set(['blockquote', 'listItem', 'footnoteDefinition']);
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

export interface DepthData {
  /** Set on a node whose deeper structure was flattened. */
  depthCapped?: 'markdown' | 'html';
}

const hasChildren = (n: Nodes): n is Nodes & Parent => 'children' in n;

/** The descendants of `node` that `keep` accepts, in order, not looking inside them. */
function descendants(node: Parent, keep: (n: Nodes) => boolean): Nodes[] {
  const out: Nodes[] = [];
  const stack: Nodes[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  while (stack.length) {
    const n = stack.pop()!;
    if (keep(n) || !hasChildren(n)) out.push(n);
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out;
}

const isBlockLeaf = (n: Nodes) => !FLOW_CONTAINERS.has(n.type) && n.type !== 'list';
const isPhrasingLeaf = (n: Nodes) => !hasChildren(n);

/** Flattens whatever nests deeper than `max` (the root is depth 0); iterative, so any depth is safe. */
export function capTreeDepth(tree: Root, max: number = MAX_DEPTH): void {
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!hasChildren(node)) continue;
    if (depth >= max) {
      const flow = FLOW_CONTAINERS.has(node.type);
      const phrasing = PHRASING_PARENTS.has(node.type);
      const deeper = node.children.some((c) => hasChildren(c as Nodes) && (phrasing || !isBlockLeaf(c as Nodes)));
      if ((flow || phrasing) && deeper) {
        node.children = descendants(node, flow ? isBlockLeaf : isPhrasingLeaf) as Parent['children'];
        ((node.data ??= {}) as DepthData).depthCapped = 'markdown';
      }
    }
    for (const child of node.children) stack.push([child as Nodes, depth + 1]);
  }
}

/** The micromark-to-mdast step with the cap as its first transform, before GFM walks the tree. */
export function remarkCapDepth(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: unknown[] };
  (data.fromMarkdownExtensions ??= []).push({ transforms: [(tree: Root) => capTreeDepth(tree)] });
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements an HTML parser closes by itself when a sibling opens: they do not nest. */
const SELF_CLOSING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rt', 'rp']);

/**
 * Where, in `value`, the open-element count passes `max` (or -1), and the elements the node opened
 * before that and left open; `depth` carries the count from one HTML node to the next. One pass:
 * a `<` with no `>` after it ends the scan (no tag follows).
 */
function overflowAt(value: string, depth: { open: number }, max: number): { at: number; opened: string[] } {
  const opened: string[] = [];
  let i = value.indexOf('<');
  while (i >= 0) {
    if (value.startsWith('<!--', i)) {
      const end = value.indexOf('-->', i + 4);
      if (end < 0) break;
      i = value.indexOf('<', end + 3);
      continue;
    }
    const close = value.indexOf('>', i + 1);
    if (close < 0) break;
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(value.slice(i, Math.min(close + 1, i + 40)));
    const name = m?.[2]!.toLowerCase();
    if (m && name && !VOID.has(name) && !SELF_CLOSING.has(name)) {
      if (m[1]) {
        depth.open = Math.max(0, depth.open - 1);
        const at = opened.lastIndexOf(name);
        if (at >= 0) opened.length = at;
      } else if (value[close - 1] !== '/') {
        if (depth.open + 1 > max) return { at: i, opened };
        depth.open++;
        opened.push(name);
      }
    }
    i = value.indexOf('<', close + 1);
  }
  return { at: -1, opened };
}

/**
 * Raw HTML past `max` open elements is shown as text from the tag that crosses it: the node is
 * split there (in a source's own order across all its HTML nodes, as an HTML parser reads them),
 * and the elements it opened before are closed right after, so the rest of the page nests as before.
 */
export function capHtmlDepth(tree: Root, max: number = MAX_HTML_DEPTH): void {
  const depth = { open: 0 };
  /** Whether the depth has stayed at the cap since the last report: one report a run of deep HTML. */
  let over = false;
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (!hasChildren(node)) continue;
    const out: Nodes[] = [];
    for (const child of node.children as Nodes[]) {
      const { at, opened } = child.type === 'html' ? overflowAt(child.value, depth, max) : { at: -1, opened: [] };
      if (depth.open < max) over = false;
      if (at < 0) {
        out.push(child);
        continue;
      }
      const html = child as Html;
      const start = html.position?.start.offset ?? 0;
      const verbatim = html.position?.end.offset !== undefined && html.position.end.offset - start === html.value.length;
      const text: Text = { type: 'text', value: html.value.slice(at), ...(over ? {} : { data: { depthCapped: 'html' } as Text['data'] }) };
      over = true;
      if (html.position) text.position = { start: { ...html.position.start, ...(verbatim ? { offset: start + at } : {}) }, end: html.position.end };
      if (at > 0) out.push({ ...html, value: html.value.slice(0, at) });
      out.push(text);
      if (opened.length) out.push({ type: 'html', value: opened.reverse().map((n) => `</${n}>`).join('') });
      depth.open -= opened.length;
    }
    node.children = out as Parent['children'];
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}

/** Offsets of the nodes flattened by either cap, in document order, with which cap it was. */
export function cappedPlaces(tree: Root): Array<{ offset: number; kind: 'markdown' | 'html' }> {
  const out: Array<{ offset: number; kind: 'markdown' | 'html' }> = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const kind = ((node as { data?: unknown }).data as DepthData | undefined)?.depthCapped;
    if (kind) out.push({ offset: node.position?.start.offset ?? 0, kind });
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * Applies the HTML cap and reports each place where a limit made structure into text: deep
 * nesting (`sxs-nesting-too-deep`) and markers over their budget (`sxs-too-many-markers`).
 */
export function checkLimits(tree: Root, report: Report): void {
  capHtmlDepth(tree);
  for (const { offset, kind } of cappedPlaces(tree)) {
    if (kind === 'html') report(offset, 'warning', 'sxs-nesting-too-deep', `Unexpected HTML nested more than ${MAX_HTML_DEPTH} elements deep, expected at most ${MAX_HTML_DEPTH} open elements`, 'Close the elements or flatten the markup; from this tag on the page shows the HTML as text.');
    else report(offset, 'warning', 'sxs-nesting-too-deep', `Unexpected nesting more than ${MAX_DEPTH} levels deep (quotes, lists, emphasis or links), expected at most ${MAX_DEPTH}`, 'Flatten the quotes or lists, or close the emphasis; what is deeper is shown as plain text, without its nesting.');
  }
  for (const { offset, kind } of (tree.data as { markersOver?: Array<{ offset: number; kind: string }> } | undefined)?.markersOver ?? []) {
    if (kind === 'containers') {
      report(offset, 'warning', 'sxs-nesting-too-deep', `Unexpected line opening more than ${MAX_LINE_CONTAINERS} quotes or list items or indented more than ${MAX_LINE_INDENT} columns, expected at most ${MAX_LINE_CONTAINERS} and ${MAX_LINE_INDENT}`, 'Remove the extra `>` or list markers, or indent less; from here on the line is shown as text.');
      continue;
    }
    const what = kind === 'brackets' ? '`[` and `]`' : '`*` and `_`';
    report(offset, 'warning', 'sxs-too-many-markers', `Unexpected block with more than ${MARKER_BUDGET} ${what}, expected at most ${MARKER_BUDGET} between blank lines`, `Split the block with a blank line or escape the characters (\\${kind === 'brackets' ? '[' : '*'}); from here on they are shown as text, not as links or emphasis.`);
  }
}
