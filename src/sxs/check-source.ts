// Checks on the whole source that do not depend on how segments pair: line endings, list
// indentation, emptiness, and sxs markup that markdown turned into code. Part of parsing:
// each finding becomes a diagnostic next to the pairing problems.
import type { Nodes, Root } from 'mdast';
import { isIndentedSxsCode } from './recover-code.js';
import { isHtmlComment, mentionsSxs } from './span-tags.js';
import type { Severity } from './types.js';

export type Report = (offset: number, severity: Severity, ruleId: string, reason: string, hint?: string, segmentId?: string) => void;

const start = (n: Nodes) => n.position?.start.offset ?? 0;
const end = (n: Nodes) => n.position?.end.offset ?? 0;

/**
 * CRLF and LF mixed is how the published corpus looks and parses the same either way. A bare
 * CR renders the same page too, but git, editors and the vendors' tools disagree on whether it
 * ends a line, so line numbers in other tools and the XLIFF round trip stop matching: a warning.
 */
export function checkLineEndings(text: string, report: Report): void {
  const bare = [...text.matchAll(/\r(?!\n)/g)];
  if (bare.length === 0) return;
  const more = bare.length > 1 ? ` (${bare.length} in this file)` : '';
  report(bare[0]!.index, 'warning', 'sxs-cr-line-ending', `Unexpected bare CR line ending${more}, expected LF or CRLF`, 'Convert the file to LF (or CRLF) line endings; bare CR breaks line numbers in other tools.');
}

/** The outermost lists of the tree. */
function outerLists(node: Nodes, out: Nodes[] = []): Nodes[] {
  if (node.type === 'list') out.push(node);
  else if ('children' in node) node.children.forEach((c) => outerLists(c as Nodes, out));
  return out;
}

/**
 * A tab counts as up to four columns in CommonMark, so the nesting a translator sees in an
 * editor with another tab width need not be the page's nesting. Every segment still reaches
 * the page (markup that a tab turns into code is an error of its own), so this is a warning.
 */
export function checkListTabs(text: string, root: Root, report: Report): void {
  for (const list of outerLists(root)) {
    const from = start(list);
    for (const m of text.slice(from, end(list)).matchAll(/^[ \t]*\t/gm)) {
      report(from + m.index + m[0].length - 1, 'warning', 'sxs-tab-indent', 'Unexpected tab in list indentation, expected spaces', 'Indent nested list items and continuation lines with spaces (two to four per level).');
    }
  }
}

function codeNodes(node: Nodes, out: Nodes[] = []): Nodes[] {
  if ((node.type === 'code' || node.type === 'inlineCode') && mentionsSxs(node.value)) out.push(node);
  else if ('children' in node) node.children.forEach((c) => codeNodes(c as Nodes, out));
  return out;
}

/**
 * Segments inside an indented code block are list text or a paragraph indented too far: the
 * parser reads them as such (`recoverCode`), so a warning. In fenced or inline code they would
 * reach the page as literal tags, never as sentences: an error.
 */
export function checkCode(text: string, root: Root, report: Report): void {
  for (const node of codeNodes(root)) {
    const kind = node.type === 'code' ? 'a code block' : 'inline code';
    const tag = /<span\b[^>]*(?:data-[ts]tu-id|sxs-lookup)/i.exec(text.slice(start(node), end(node)));
    const recovered = isIndentedSxsCode(text, node);
    const hint = `Four spaces or a tab more than the text above make a code block: indent continuation lines like the list item’s text.${recovered ? ' The page shows the text as it was meant meanwhile.' : ''}`;
    report(start(node) + (tag?.index ?? 0), recovered ? 'warning' : 'error', 'sxs-markup-in-code', `Unexpected sxs markup inside ${kind}, expected it in a paragraph, list item, heading or table`, hint);
  }
}

/**
 * An empty file, a file whose front matter never closes and a file with nothing below its
 * front matter cannot be published as a page: errors.
 */
export function checkContent(text: string, root: Root, report: Report): void {
  if (text.trim() === '') {
    report(0, 'error', 'sxs-empty-file', 'Unexpected empty file, expected front matter and sxs content', 'Add the page content or remove the file.');
    return;
  }
  const hasYaml = root.children[0]?.type === 'yaml';
  if (!hasYaml && /^---[ \t]*(?:\r\n|\r|\n)/.test(text)) {
    report(0, 'error', 'sxs-unclosed-front-matter', 'Unexpected end of file inside front matter, expected a closing `---` line', 'End the front matter with a line holding only `---`.');
    return;
  }
  const body = root.children.filter((c) => c.type !== 'yaml' && !(c.type === 'html' && isHtmlComment(c.value)));
  if (hasYaml && body.length === 0) {
    report(end(root.children[0]!), 'error', 'sxs-no-content', 'Unexpected end of file after the front matter, expected the page content', 'Add the translated page below the front matter, or remove the file.');
  }
}
