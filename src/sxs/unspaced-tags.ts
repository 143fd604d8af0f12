// `<span data-ttu-id="x"dir="ltr">`: HTML reads the attributes though no space parts them, but
// CommonMark does not take the tag as HTML, so the pair is neither formed nor shown as markup:
// the page would print the tags. Said at the tag, with the fix. Part of parsing.
import type { Nodes, Root } from 'mdast';
import type { Report } from './check-source.js';
import type { SxsNode } from './types.js';

/** An sxs span tag whose attribute is followed, with no space, by another; each attempt stays within one `<…>`. */
const UNSPACED = /<span\b[^<>]*?(?:"[^"<>]*"|'[^'<>]*')[A-Za-z_:][^<>]*>/gi;
const SXS = /data-[ts]tu-id|sxs-lookup/i;

/** Reports each sxs span tag that markdown read as text because attributes run together. */
export function reportUnspacedTags(text: string, tree: Root, report: Report): void {
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text' && node.position && node.value.includes('<span')) {
      const start = node.position.start.offset ?? 0;
      const raw = text.slice(start, node.position.end.offset ?? start);
      for (const m of raw.matchAll(UNSPACED)) {
        if (!SXS.test(m[0])) continue;
        report(start + m.index, 'error', 'sxs-unspaced-attributes', `Unexpected \`${m[0].slice(0, 60)}\` with no space between two attributes, expected a space before each attribute`, 'Add the space (`" dir=`); until then markdown does not read the tag, the pair is not formed and the page shows the tags as text.');
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
    const pair = node as Nodes | SxsNode;
    if (pair.type === 'sxs') for (const child of [...pair.target, ...pair.source]) stack.push(child);
  }
}
