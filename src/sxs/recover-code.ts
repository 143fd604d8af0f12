// Part of parsing: sxs segments that CommonMark reads as an indented code block (list text
// indented one level too far, or a paragraph after a blank line with 4+ spaces) are read again
// as markdown, the way the author meant them, with every position mapped back to the source.
import type { Code, Nodes, Parent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import { byLiterals, guardAutolinkLiterals, onlyLiterals } from './autolink-guard.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Point } from 'unist';
import type { LineIndex } from './line-index.js';
import { mentionsSxs } from './span-tags.js';
import { boundedParse, remarkCapDepth } from './bounded-parse.js';

const markdown = byLiterals((kinds) => unified().use(remarkParse).use(remarkCapDepth).use(remarkGfm).use(onlyLiterals, kinds).use(guardAutolinkLiterals));

/** An indented code block (not fenced) whose text holds sxs markup. */
export function isIndentedSxsCode(text: string, node: Nodes): node is Code {
  if (node.type !== 'code' || !mentionsSxs(node.value)) return false;
  const start = node.position?.start.offset ?? 0;
  return !/^[ \t]*(?:`{3,}|~{3,})/.test(text.slice(start, text.indexOf('\n', start) >>> 0));
}

/** Parses a code block's text as markdown; positions point into the whole source. */
function reparse(text: string, lines: LineIndex, node: Code): RootContent[] {
  const firstLine = node.position!.start.line;
  // The code's value keeps whatever indentation lies beyond the code block's own four columns.
  const raw = node.value.split(/\r\n|\r|\n/);
  const common = Math.min(...raw.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length));
  const valueLines = raw.map((l) => l.slice(Math.min(common, /^[ \t]*/.exec(l)![0].length)));
  const lineText = (line: number) => text.slice(lines.lineStart(line), lines.lineStart(line + 1)).replace(/\r?\n$|\r$/, '');
  // Each line of the code's value is its source line less the indentation: shift by the difference.
  const map = (p: Point): Point => {
    const line = firstLine + p.line - 1;
    const indent = Math.max(0, lineText(line).length - (valueLines[p.line - 1] ?? '').length);
    const offset = lines.lineStart(line) + indent + p.column - 1;
    return { line, column: offset - lines.lineStart(line) + 1, offset };
  };
  const shift = (n: Nodes): void => {
    if (n.position) n.position = { start: map(n.position.start), end: map(n.position.end) };
    if ('children' in n) n.children.forEach((c) => shift(c as Nodes));
  };
  const tree = boundedParse(markdown, valueLines.join('\n'));
  tree.children.forEach((c) => shift(c));
  return tree.children;
}

/** Replaces every indented code block holding sxs markup by the markdown it was meant to be. */
export function recoverCode(text: string, lines: LineIndex, parent: Parent): void {
  parent.children = parent.children.flatMap((child) => {
    if (isIndentedSxsCode(text, child as Nodes)) return reparse(text, lines, child as Code);
    if ('children' in child) recoverCode(text, lines, child as Parent);
    return [child];
  }) as Parent['children'];
}
