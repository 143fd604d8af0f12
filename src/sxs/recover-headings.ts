// Part of parsing: headings the published sources write in ways CommonMark reads as paragraph
// text. `##Option` (no space after the marker) opening a paragraph, and any `#` heading whose line
// follows a paragraph line with no blank line between when CommonMark does not see it (no space,
// or `###<a name=…>`), are read as the headings they are meant to be, each with a note.
import type { Heading, List, ListItem, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { LineIndex } from './line-index.js';
import type { Node } from 'unist';
import type { Severity } from './types.js';

type Report = (offset: number, severity: Severity, ruleId: string, reason: string, hint?: string) => void;

/** A heading marker with no space after it, at the start of a value or of one of its lines. */
const MARKER = /(^|\n)[ \t]*(#{1,6})(?=[^\s#\d]|$)/g;

interface Context {
  text: string;
  lines: LineIndex;
  report: Report;
  /** Headings this module made, the only ones it may move. */
  recovered: WeakSet<Heading>;
}

const offsetOf = (n: Node, end = false): number => (end ? n.position?.end.offset : n.position?.start.offset) ?? 0;

/** A text node for `value`, between two source offsets. */
const textNode = (ctx: Context, value: string, start: number, end: number): Text => ({ type: 'text', value, position: { start: ctx.lines.place(start), end: ctx.lines.place(end) } });

/** Where the `#` run of the `line`-th line (counted from the text node's first) starts in the source. */
function markerOffset(ctx: Context, node: Text, line: number): number {
  const at = ctx.lines.lineStart(node.position!.start.line + line);
  const from = line === 0 ? offsetOf(node) : at;
  return ctx.text.indexOf('#', from);
}

/**
 * Splits the paragraph at its first heading marker written without a space (on its first line or
 * a later one): the paragraph before, the heading (to the end of its line) and the paragraph after,
 * itself split again. Undefined when it holds no such marker.
 */
function split(ctx: Context, paragraph: Paragraph): RootContent[] | undefined {
  const children = paragraph.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== 'text' || !child.position) continue;
    for (const m of child.value.matchAll(MARKER)) {
      const glued = m[1] === '\n';
      // At the very start only when it starts the paragraph; at a value's end only when something follows on that line.
      if (!glued && (i > 0 || m.index > 0)) continue;
      const runEnd = m.index + m[0].length;
      if (runEnd === child.value.length && children[i + 1] === undefined) continue;
      const line = child.value.slice(0, m.index + m[1]!.length).split('\n').length - 1;
      const hash = markerOffset(ctx, child, line);
      // `\#` is the author's way to say it is no heading.
      if (ctx.text[hash - 1] === '\\') continue;
      const depth = m[2]!.length as Heading['depth'];
      return assemble(ctx, paragraph, i, { before: child.value.slice(0, m.index), after: child.value.slice(runEnd), hash, depth, glued });
    }
  }
  return undefined;
}

interface Cut {
  /** The text node's value before the marker's line break, and after the `#` run. */
  before: string;
  after: string;
  /** Source offset of the `#` run. */
  hash: number;
  depth: Heading['depth'];
  glued: boolean;
}

function assemble(ctx: Context, paragraph: Paragraph, at: number, cut: Cut): RootContent[] {
  const children = paragraph.children;
  const node = children[at] as Text;
  const lineEnd = ctx.lines.lineStart(ctx.lines.place(cut.hash).line + 1);
  const out: RootContent[] = [];
  const beforeKids: PhrasingContent[] = [...children.slice(0, at), ...(cut.before ? [textNode(ctx, cut.before, offsetOf(node), cut.hash)] : [])];
  if (beforeKids.length) out.push({ type: 'paragraph', children: beforeKids, position: { start: paragraph.position!.start, end: ctx.lines.place(cut.hash) } });
  // The heading runs to the end of its line: the rest of this text node's line, then siblings on it.
  const headingKids: PhrasingContent[] = [];
  const rest: PhrasingContent[] = [];
  const run = cut.hash + cut.depth;
  const nl = cut.after.indexOf('\n');
  if (nl < 0) {
    if (cut.after) headingKids.push(textNode(ctx, cut.after, run, offsetOf(node, true)));
    let j = at + 1;
    for (; j < children.length; j++) {
      const c = children[j]!;
      if (offsetOf(c) >= lineEnd) break;
      if (c.type === 'text' && c.value.includes('\n')) {
        const k = c.value.indexOf('\n');
        if (k > 0) headingKids.push(textNode(ctx, c.value.slice(0, k), offsetOf(c), offsetOf(c) + k));
        const tail = c.value.slice(k + 1);
        if (tail) rest.push(textNode(ctx, tail, lineEnd, offsetOf(c, true)));
        j++;
        break;
      }
      headingKids.push(c);
    }
    rest.push(...children.slice(j));
  } else {
    if (nl > 0) headingKids.push(textNode(ctx, cut.after.slice(0, nl), run, run + nl));
    rest.push(textNode(ctx, cut.after.slice(nl + 1), lineEnd, offsetOf(node, true)), ...children.slice(at + 1));
  }
  const heading: Heading = { type: 'heading', depth: cut.depth, children: headingKids, position: { start: ctx.lines.place(cut.hash), end: ctx.lines.place(Math.max(run, lineEnd - 1)) } };
  out.push(heading);
  ctx.recovered.add(heading);
  reportHeading(ctx, cut, headingKids);
  if (rest.length) {
    const after: Paragraph = { type: 'paragraph', children: rest, position: { start: ctx.lines.place(Math.max(offsetOf(rest[0]!), lineEnd)), end: paragraph.position!.end } };
    out.push(...(split(ctx, after) ?? [after]));
  }
  return out;
}

function reportHeading(ctx: Context, cut: Cut, kids: PhrasingContent[]): void {
  const marker = '#'.repeat(cut.depth);
  const first = kids[0];
  const next = first?.type === 'html' ? (/^<\/?[A-Za-z]+/.exec(first.value)?.[0] ?? '<') : ctx.text.slice(cut.hash + cut.depth, cut.hash + cut.depth + 1);
  if (cut.glued) {
    ctx.report(cut.hash, 'info', 'sxs-glued-heading', `Unexpected heading \`${marker}${next}\` on the line after a paragraph without a space after \`${marker}\`, expected a blank line before the heading and a space after its marker`, `Write a blank line before it and \`${marker} \`; the page reads it as a heading either way.`);
  } else {
    ctx.report(cut.hash, 'info', 'sxs-heading-without-space', `Unexpected \`#\` directly before \`${next}\`, expected a space after the heading marker`, `Write \`${marker} ${next}…\`; the page treats it as a heading either way.`);
  }
}

/** Column where a list item's content starts: a recovered heading left of it is not the item's. */
const contentColumn = (item: ListItem): number => item.children[0]?.position?.start.column ?? (item.position?.start.column ?? 1) + 2;

/**
 * Recovers the headings of a flow parent's paragraphs. Returns what must leave the parent: a
 * recovered heading that starts left of `column` (written at the margin after a list item, which
 * CommonMark read as the item's text), with everything after it.
 */
function walk(ctx: Context, parent: Parent, column: number): RootContent[] {
  const kids = parent.children as RootContent[];
  const out: RootContent[] = [];
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    // A quote keeps what a heading inside it leaves: its lines carry no column to compare.
    if (FLOW.has(child.type)) walk(ctx, child as Parent, 1);
    const all: RootContent[] = child.type === 'paragraph' ? (split(ctx, child) ?? [child]) : child.type === 'list' ? [child, ...walkList(ctx, child)] : [child];
    const leave = all.findIndex((n) => n.type === 'heading' && ctx.recovered.has(n) && (n.position?.start.column ?? 1) < column);
    if (leave < 0) {
      out.push(...all);
      continue;
    }
    out.push(...all.slice(0, leave));
    parent.children = out as Parent['children'];
    return [...all.slice(leave), ...kids.slice(i + 1)];
  }
  parent.children = out as Parent['children'];
  return [];
}

/** Walks each item of a list; an item a heading leaves ends the list, the items after it make a new one. */
function walkList(ctx: Context, list: List): RootContent[] {
  for (let k = 0; k < list.children.length; k++) {
    const item = list.children[k]!;
    const escaped = walk(ctx, item, contentColumn(item));
    if (escaped.length === 0) continue;
    const rest = list.children.slice(k + 1);
    list.children = list.children.slice(0, k + 1);
    if (list.position && item.position) list.position = { ...list.position, end: item.position.end };
    if (rest.length === 0) return escaped;
    const next: List = { ...list, children: rest, ...(typeof list.start === 'number' ? { start: list.start + k + 1 } : {}), position: { start: rest[0]!.position!.start, end: rest.at(-1)!.position!.end } };
    return [...escaped, next, ...walkList(ctx, next)];
  }
  return [];
}

const FLOW = new Set(['blockquote', 'footnoteDefinition']);

/** Reads headings written without a space after the marker, at a paragraph's start or glued to its lines. */
export function recoverHeadings(text: string, lines: LineIndex, root: Root, report: Report): void {
  walk({ text, lines, report, recovered: new WeakSet() }, root, 1);
}
