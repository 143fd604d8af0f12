// Part of parsing: a segment whose opening tag stands alone at the end of its line, its text on
// the next (indented) line. CommonMark reads a line holding one tag as the start of a raw HTML
// block running to the next blank line, so the sentences would reach the page as raw HTML, not
// as the paragraph they are. Such a block is read again as the paragraph it was meant to be.
import type { Html, Paragraph, Parent, PhrasingContent } from 'mdast';
import { isLookupOpen, sourceOpenId, targetOpenId } from './span-tags.js';
import type { Place, Severity } from './types.js';

type Report = (offset: number, severity: Severity, ruleId: string, reason: string, hint?: string) => void;

export interface LoneOpenerContext {
  text: string;
  report: Report;
  place(offset: number): Place;
  /** Parses a source slice starting at `start` as phrasing, with positions into the source. */
  phrasing(start: number, end: number): PhrasingContent[];
}

const FIRST_LINE = /^[^\r\n]*/;

/** The sxs opening tag the HTML block's first line holds alone, if it does. */
function loneOpener(value: string): string | undefined {
  const first = FIRST_LINE.exec(value)![0].trim();
  if (first === value.trim()) return undefined;
  return targetOpenId(first) !== undefined || sourceOpenId(first) !== undefined || isLookupOpen(first) ? first : undefined;
}

/** Whether the block's source lines are its value's lines (no quote markers read off them). */
function sameLines(source: string, value: string): boolean {
  const a = source.split(/\r\n|\r|\n/).map((l) => l.trimStart());
  const b = value.split(/\r\n|\r|\n/).map((l) => l.trimStart());
  return a.length === b.length && a.every((l, i) => l === b[i]);
}

function recover(ctx: LoneOpenerContext, node: Html): Paragraph | undefined {
  const tag = loneOpener(node.value);
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (tag === undefined || start === undefined || end === undefined || !sameLines(ctx.text.slice(start, end), node.value)) return undefined;
  ctx.report(start + ctx.text.slice(start, end).indexOf('<'), 'info', 'sxs-lone-span-opener', `Unexpected \`${tag}\` alone at the end of its line, expected the segment's text on the line of its opening tag`, 'Join the tag and its text on one line: a line holding one tag starts a raw HTML block in CommonMark. The page reads the lines as a paragraph meanwhile.');
  return { type: 'paragraph', children: ctx.phrasing(start, end), position: node.position };
}

const FLOW = new Set(['root', 'listItem', 'blockquote', 'footnoteDefinition', 'list']);

/** Replaces every raw HTML block that starts with a lone sxs opening tag by the paragraph it was meant to be. */
export function recoverLoneOpeners(ctx: LoneOpenerContext, parent: Parent): void {
  parent.children = parent.children.map((child) => {
    if (child.type === 'html') return recover(ctx, child) ?? child;
    if (FLOW.has(child.type)) recoverLoneOpeners(ctx, child as Parent);
    return child;
  }) as Parent['children'];
}
