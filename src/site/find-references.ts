// Every link and image a source writes, with the place it is written: markdown links, images
// and definitions (inside segments too), `<a href>` / `<img src>` in raw HTML, DocFX `:::image`. What the
// site checks links and images against (`link-missing-page`, `image-missing`).
import type { Nodes } from 'mdast';
import { readImageBlock } from '../render/docfx.js';
import type { AlignedDocument, Place, SxsHtmlNode, SxsNode } from '../sxs/types.js';
import { LineIndex } from '../sxs/line-index.js';

export interface Reference {
  kind: 'link' | 'image';
  href: string;
  place: Place;
}

const RAW = /<(a|img)\b[^>]*?\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function rawRefs(html: string, base: number, lines: LineIndex): Reference[] {
  return [...html.matchAll(RAW)].map((m) => ({ kind: m[1]!.toLowerCase() === 'img' ? 'image' : 'link', href: m[3] ?? m[4] ?? m[5] ?? '', place: lines.place(base + m.index) }) as Reference);
}

/** The references of one document, in source order, each place once per target. */
export function findReferences(doc: AlignedDocument): Reference[] {
  const lines = new LineIndex(doc.text);
  const out: Reference[] = [];
  const at = (n: { position?: { start: { offset?: number } } }, fallback: number) => lines.place(n.position?.start.offset ?? fallback);
  const visit = (node: Nodes | SxsNode | SxsHtmlNode, fallback: number): void => {
    const here = (node as Nodes).position?.start.offset ?? fallback;
    if (node.type === 'link' || node.type === 'definition') out.push({ kind: 'link', href: node.url, place: at(node, here) });
    else if (node.type === 'image') out.push({ kind: 'image', href: node.url, place: at(node, here) });
    else if (node.type === 'html') out.push(...rawRefs(node.value, here, lines));
    else if (node.type === 'paragraph' && readImageBlock(node)) out.push({ kind: 'image', href: readImageBlock(node)!.src, place: at(node, here) });
    if (node.type === 'sxs') {
      const seg = doc.segments[node.index];
      node.target.forEach((c) => visit(c, seg?.target.range.start.offset ?? here));
      node.source.forEach((c) => visit(c, seg?.source.range.start.offset ?? here));
    } else if (node.type === 'sxsHtml') {
      for (const part of node.parts) {
        if (part.kind === 'raw') out.push(...rawRefs(part.value, here, lines));
        else {
          const seg = doc.segments[part.index]!;
          for (const side of [seg.target, seg.source]) out.push(...rawRefs(side.markup, side.range.start.offset, lines), ...mdRefs(side.markup, side.range.start.offset, lines));
        }
      }
    } else if ('children' in node) node.children.forEach((c) => visit(c as Nodes, here));
  };
  visit(doc.tree, 0);
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = `${r.place.line} ${r.kind} ${r.href}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const MD_LINK = /(!?)\[[^\]]*\]\(\s*<?([^\s)>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g;

/** Markdown links inside a segment of a raw HTML block (the parser keeps those as markup). */
function mdRefs(markup: string, base: number, lines: LineIndex): Reference[] {
  return [...markup.matchAll(MD_LINK)].map((m) => ({ kind: m[1] ? 'image' : 'link', href: m[2]!, place: lines.place(base + m.index) }) as Reference);
}
