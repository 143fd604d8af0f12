// remark-gfm turns bare URLs and e-mail addresses into links with a pass over every text node of
// every tree it parses (four patterns with lookbehinds per node: about a tenth of a source's parse
// time). Every one of those patterns needs `@`, `://` or `www.`, so a tree without them in any text
// has nothing to link; this plugin, used after remark-gfm, skips the pass for such trees.
import type { Nodes, Root } from 'mdast';
import type { Processor } from 'unified';

type Transform = (tree: Root) => Root | undefined | void;
interface FromMarkdownExtension {
  transforms?: Transform[];
  [key: string]: unknown;
}

const TRIGGER = /@|:\/\/|www\./i;

/** Whether any text outside links holds what an autolink literal needs. */
export function mayHoldLiteral(node: Nodes): boolean {
  if (node.type === 'text') return TRIGGER.test(node.value);
  if (node.type === 'link' || node.type === 'linkReference') return false;
  return 'children' in node && node.children.some((c) => mayHoldLiteral(c as Nodes));
}

const guard = (transform: Transform): Transform => (tree) => (mayHoldLiteral(tree) ? transform(tree) : undefined);

function wrap(ext: FromMarkdownExtension | FromMarkdownExtension[]): FromMarkdownExtension | FromMarkdownExtension[] {
  if (Array.isArray(ext)) return ext.map((e) => wrap(e) as FromMarkdownExtension);
  if (!ext.transforms) return ext;
  return { ...ext, transforms: ext.transforms.map((t) => (t.name === 'transformGfmAutolinkLiterals' ? guard(t) : t)) };
}

/** Use after remark-gfm. */
export function guardAutolinkLiterals(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: Array<FromMarkdownExtension | FromMarkdownExtension[]> };
  data.fromMarkdownExtensions = data.fromMarkdownExtensions?.map(wrap);
}
