// remark-gfm turns bare URLs and e-mail addresses into links with a pass over every text node of
// every tree it parses (four patterns with lookbehinds per node: about a tenth of a source's parse
// time). Every one of those patterns needs `@`, `://` or `www.`, so a tree without them in any text
// has nothing to link; this plugin, used after remark-gfm, skips the pass for such trees. Before
// it, micromark's own autolink-literal constructs are limited to what the text can hold.
import type { Nodes, Root } from 'mdast';
import type { Processor } from 'unified';

type Transform = (tree: Root) => Root | undefined | void;
interface FromMarkdownExtension {
  transforms?: Transform[];
  [key: string]: unknown;
}

/** The kinds of autolink literal micromark looks for, by the name of their construct. */
const LITERAL_CONSTRUCTS = { email: 'emailAutolink', www: 'wwwAutolink', protocol: 'protocolAutolink' } as const;
export type LiteralKind = keyof typeof LITERAL_CONSTRUCTS;

/** What a text must hold for each kind: a literal `@`, `www.` (any case) or `://`. */
const NEEDS: Record<LiteralKind, RegExp> = { email: /@/, www: /www\./i, protocol: /:\/\// };

/**
 * The kinds of literal a text can hold. The e-mail construct is tried at every letter and digit
 * of every text (more than a third of a source's parse time), so leaving out the kinds a source
 * cannot hold gives the same tree, sooner.
 */
export const literalsIn = (text: string): LiteralKind[] => (Object.keys(NEEDS) as LiteralKind[]).filter((kind) => NEEDS[kind].test(text));

/** Whether any text outside links holds what an autolink literal needs. */
export function mayHoldLiteral(node: Nodes): boolean {
  if (node.type === 'text') return literalsIn(node.value).length > 0;
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

interface Construct {
  name?: string;
}
type ConstructRecord = Record<string, Construct | Construct[] | undefined>;
interface SyntaxExtension {
  text?: ConstructRecord;
  [hook: string]: unknown;
}

function withoutConstructs(ext: SyntaxExtension | SyntaxExtension[], names: Set<string>): SyntaxExtension | SyntaxExtension[] {
  if (Array.isArray(ext)) return ext.map((e) => withoutConstructs(e, names) as SyntaxExtension);
  if (!ext.text) return ext;
  const text: ConstructRecord = {};
  for (const [code, value] of Object.entries(ext.text)) {
    const kept = (Array.isArray(value) ? value : value ? [value] : []).filter((c) => !c.name || !names.has(c.name));
    if (kept.length) text[code] = kept;
  }
  return { ...ext, text };
}

/** Use after remark-gfm: micromark looks only for the kinds of autolink literal given. */
export function onlyLiterals(this: Processor, kinds: readonly LiteralKind[]): void {
  const left = new Set(Object.entries(LITERAL_CONSTRUCTS).flatMap(([kind, name]) => (kinds.includes(kind as LiteralKind) ? [] : [name])));
  if (left.size === 0) return;
  const data = this.data() as { micromarkExtensions?: Array<SyntaxExtension | SyntaxExtension[]> };
  data.micromarkExtensions = data.micromarkExtensions?.map((e) => withoutConstructs(e, left));
}

/** A parser for each text that looks only for the autolink literals it can hold: `make(kinds)`, made once per set of kinds. */
export function byLiterals<P>(make: (kinds: LiteralKind[]) => P): (text: string) => P {
  const made = new Map<string, P>();
  return (text) => {
    const kinds = literalsIn(text);
    const key = kinds.join();
    let p = made.get(key);
    if (!p) made.set(key, (p = make(kinds)));
    return p;
  };
}
