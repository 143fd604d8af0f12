// Keeps a segment's raw HTML inside the segment. A browser closes the page's paragraph at a
// `</p>` or a block tag such as `<div>` wherever it stands, so one inside a sentence would carry
// the rest of it, and the hidden English twin after it, out into the page's flow. Such tags are
// made text (shown as written) and reported. Part of parsing, after the pairs are found.
import type { Nodes, Root } from 'mdast';
import type { Report } from './check-source.js';
import type { SxsNode } from './types.js';

/** Elements whose start or end tag closes an open paragraph in HTML. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'dd', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html']);
const VOID = new Set(['area', 'br', 'col', 'embed', 'img', 'input', 'source', 'track', 'wbr']);
const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/;

/** The HTML nodes of some phrasing, in order, however deep in emphasis or links. */
function htmlNodes(nodes: Nodes[]): Array<Nodes & { type: 'html' }> {
  const out: Array<Nodes & { type: 'html' }> = [];
  const stack = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'html') out.push(n);
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out;
}

/** Tags of one side that would escape it: block tags, and end tags with no start tag before them in the side. */
function escaping(side: Nodes[]): Array<Nodes & { type: 'html' }> {
  const open: string[] = [];
  const out: Array<Nodes & { type: 'html' }> = [];
  for (const node of htmlNodes(side)) {
    const m = TAG.exec(node.value);
    if (!m) continue;
    const name = m[2]!.toLowerCase();
    if (BLOCK.has(name)) out.push(node);
    else if (!m[1]) {
      if (!VOID.has(name) && !node.value.endsWith('/>')) open.push(name);
    } else {
      const at = open.lastIndexOf(name);
      if (at < 0) out.push(node);
      else open.length = at;
    }
  }
  return out;
}

/** Turns every escaping tag of every segment into text, reporting each. */
export function containSegmentHtml(tree: Root, report: Report): void {
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()! as Nodes | SxsNode;
    if (node.type === 'sxs') {
      for (const side of [node.target, node.source] as Nodes[][]) {
        for (const tag of escaping(side)) {
          report(tag.position?.start.offset ?? node.position?.start.offset ?? 0, 'warning', 'sxs-escaping-tag', `Unexpected \`${tag.value.slice(0, 40)}\` inside segment ${node.id}, a tag that would end the paragraph there, expected inline markup that opens and closes inside the segment`, 'Remove the tag or close it within the segment; the page shows it as text.', node.id || undefined);
          (tag as unknown as { type: string }).type = 'text';
        }
      }
      continue;
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}
