// Stage 1 of the flow: one sxs source file → one aligned document (front matter, every
// segment pair with its positions, the page structure). Problems become diagnostics;
// the parser itself never throws on content.
import type { Html, Nodes, Parent, PhrasingContent, Root, RootContent, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import { byLiterals, guardAutolinkLiterals, onlyLiterals } from './autolink-guard.js';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { parseDocument, visit as visitYaml, type Document, type YAMLError } from 'yaml';
import GithubSlugger from 'github-slugger';
import { checkCode, checkContent, checkLineEndings, checkListTabs } from './check-source.js';
import { checkSegments } from './check-segments.js';
import { boundedParse, remarkCapDepth } from './bounded-parse.js';
import { checkLimits } from './cap-depth.js';
import { containSegmentHtml } from './contain-segment-html.js';
import { reportUnspacedTags } from './unspaced-tags.js';
import { decodeSource, type DecodeProblem } from './decode-source.js';
import { LineIndex } from './line-index.js';
import { canonicalLocale, readLocale } from './read-locale.js';
import { parseMarkdown } from './parse-markdown.js';
import { recoverCode } from './recover-code.js';
import { recoverHeadings } from './recover-headings.js';
import { recoverLoneOpeners } from './recover-lone-opener.js';
import { closableEmphasis, swapChars, unpairedMarkers, type ClosedRun } from './close-emphasis.js';
import { pairTokens, type Pair, type PairProblem } from './pair-tokens.js';
import { idPrefix, isHtmlComment, isSpanClose, isSpanOpen, mentionsSxs, tokenizeHtml, type HtmlToken } from './span-tags.js';
import type {
  AlignedDocument,
  Diagnostic,
  FrontMatter,
  Heading,
  Place,
  Segment,
  SegmentContext,
  SegmentSide,
  Severity,
  SxsHtmlNode,
  SxsNode,
} from './types.js';

export interface ParseOptions {
  /** Path used in diagnostics. Default: `<input>`. */
  file?: string;
  /** Locale of the `sxs-lookup` side. Default: `en-US` (the sources' originals are English). */
  sourceLocale?: string;
  /**
   * Locale of the translation when the front matter has no `ms.contentlocale` (e.g. the one its
   * folder's other files carry). Default: none, and such a file has no language (`und`).
   */
  fallbackLocale?: string;
}

/**
 * A segment's markup is phrasing: turn off every block construct, so a segment that starts with
 * `<div>`, `<iframe>`, `#` or `- ` stays one paragraph and its words stay in its text.
 */
function inlineOnly(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({
    disable: { null: ['blockQuote', 'codeFenced', 'codeIndented', 'definition', 'headingAtx', 'htmlFlow', 'list', 'setextUnderline', 'thematicBreak', 'table', 'frontmatter'] },
  });
}
const markdown = byLiterals((kinds) => unified().use(remarkParse).use(remarkCapDepth).use(remarkGfm).use(onlyLiterals, kinds).use(guardAutolinkLiterals).use(inlineOnly));

const FLOW_PARENTS = new Set(['root', 'listItem', 'blockquote', 'footnoteDefinition']);

/**
 * Parses inline markdown (a segment from a raw HTML block or a front matter value) into phrasing
 * content; `place` maps an offset into `markup` to its place in the source (positions are left
 * out without it, as for a YAML-decoded value that has no exact place).
 */
function parseInline(markup: string, place?: (offset: number) => Place): PhrasingContent[] {
  const closing = closableEmphasis(markup, { side: true });
  const root = boundedParse(markdown, closing.text);
  closing.restore(root);
  const locate = (node: Nodes): void => {
    const p = node.position;
    if (p && place) node.position = { start: place(p.start.offset ?? 0), end: place(p.end.offset ?? 0) };
    else delete node.position;
    if ('children' in node) node.children.forEach(locate);
  };
  locate(root);
  if (root.children.length === 1 && root.children[0]!.type === 'paragraph') return root.children[0]!.children;
  return markup === '' ? [] : [{ type: 'text', value: toString(root, { includeHtml: false }) }];
}

const plain = (nodes: PhrasingContent[]): string => toString({ type: 'paragraph', children: nodes }, { includeHtml: false });

class Parser {
  readonly diagnostics: Diagnostic[] = [];
  readonly segments: Segment[] = [];
  /** Segments whose pairing failed; their missing sides are already reported. */
  readonly broken = new WeakSet<Segment>();
  readonly lines: LineIndex;
  readonly file: string;
  readonly text: string;

  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
    this.lines = new LineIndex(text);
  }

  place(offset: number): Place {
    return this.lines.place(offset);
  }

  report(offset: number, severity: Severity, ruleId: string, reason: string, hint?: string, segmentId?: string): void {
    this.diagnostics.push({ file: this.file, place: this.place(offset), severity, ruleId, reason, hint, segmentId });
  }

  side(start: number, end: number, children: PhrasingContent[]): SegmentSide {
    return { markup: this.text.slice(start, end), text: plain(children), phrasing: children, range: { start: this.place(start), end: this.place(end) } };
  }

  /** Records a pair as a segment, with its problems as diagnostics, and returns its index. */
  addSegment<T>(pair: Pair<T>, at: { start: (t: T) => number; end: (t: T) => number }, parse: (tokens: T[], start: number, end: number) => PhrasingContent[], context: SegmentContext, field?: string): number {
    const inner = (open: T | undefined, close: T | undefined, content: T[], fallback: number) => {
      const start = open ? at.end(open) : fallback;
      const end = close ? at.start(close) : content.length ? at.end(content.at(-1)!) : start;
      return { start, end, children: parse(content, start, end) };
    };
    const first = at.start(pair.first);
    const t = inner(pair.targetOpen, pair.targetClose, pair.target, first);
    const s = inner(pair.sourceOpen, pair.sourceClose, pair.source, at.end(pair.last));
    const segment: Segment = {
      id: pair.id,
      prefix: idPrefix(pair.id),
      target: this.side(t.start, t.end, t.children),
      source: this.side(s.start, s.end, s.children),
      range: { start: this.place(first), end: this.place(at.end(pair.last)) },
      context,
      ...(field ? { field } : {}),
    };
    for (const p of pair.problems as PairProblem<T>[]) this.report(at.start(p.at), 'error', p.ruleId, p.reason, p.hint, pair.id || undefined);
    if (pair.problems.length) this.broken.add(segment);
    this.segments.push(segment);
    return this.segments.length - 1;
  }
}

const nodeOffsets = {
  start: (n: Nodes) => n.position?.start.offset ?? 0,
  end: (n: Nodes) => n.position?.end.offset ?? 0,
};
const nodeView = (n: Nodes) => ({ tag: n.type === 'html' ? n.value : undefined, blank: n.type === 'text' && n.value.trim() === '' });
const htmlView = (t: HtmlToken) => ({ tag: t.kind === 'tag' ? t.value : undefined, blank: t.kind === 'text' && t.value.trim() === '' });

/** Replaces pairs among phrasing children with `sxs` nodes, recursing into bold, links and the like. */
function pairPhrasing(parser: Parser, parent: Parent, context: SegmentContext): void {
  const children = parent.children as PhrasingContent[];
  if (children.some((c) => c.type === 'html')) {
    const paired = pairTokens<PhrasingContent>(children, nodeView);
    parent.children = paired.map((item): PhrasingContent => {
      if (item.kind === 'token') return item.token;
      const index = parser.addSegment(item, nodeOffsets, (tokens) => tokens, context);
      const node: SxsNode = {
        type: 'sxs',
        index,
        id: item.id,
        target: item.target,
        source: item.source,
        position: { start: parser.place(nodeOffsets.start(item.first)), end: parser.place(nodeOffsets.end(item.last)) },
      };
      return node;
    }) as Parent['children'];
  }
  for (const child of parent.children) {
    if ('children' in child) pairPhrasing(parser, child as Parent, context);
  }
}

/** Splits a raw HTML block holding pairs into raw parts and segments. */
function pairHtmlBlock(parser: Parser, node: Html): SxsHtmlNode | Html {
  if (!mentionsSxs(node.value)) return node;
  const base = node.position?.start.offset ?? 0;
  const tokens = tokenizeHtml(node.value);
  const at = { start: (t: HtmlToken) => base + t.start, end: (t: HtmlToken) => base + t.end };
  const parts: SxsHtmlNode['parts'] = [];
  for (const item of pairTokens(tokens, htmlView)) {
    if (item.kind === 'token') {
      if (item.token.kind === 'comment') reportCommented(parser, at.start(item.token), item.token.value);
      const last = parts.at(-1);
      if (last?.kind === 'raw') last.value += item.token.value;
      else parts.push({ kind: 'raw', value: item.token.value });
      continue;
    }
    const index = parser.addSegment(item, at, (_tokens, start, end) => parseInline(parser.text.slice(start, end), (o) => parser.place(start + o)), 'html');
    parts.push({ kind: 'segment', index });
  }
  return { type: 'sxsHtml', parts, position: node.position };
}

function transform(parser: Parser, parent: Parent): void {
  const flow = FLOW_PARENTS.has(parent.type);
  if (flow) {
    parent.children = parent.children.map((child) => (child.type === 'html' ? pairHtmlBlock(parser, child) : child)) as Parent['children'];
    for (const child of parent.children) {
      if (child.type === 'heading') pairPhrasing(parser, child, 'heading');
      else if (FLOW_PARENTS.has(child.type)) transform(parser, child as Parent);
      else if ('children' in child) {
        if (child.type === 'table' || child.type === 'tableRow' || child.type === 'list') transform(parser, child as Parent);
        else pairPhrasing(parser, child as Parent, 'phrasing');
      }
    }
  } else {
    // tables, rows and lists hold flow-ish children that hold phrasing
    for (const child of parent.children) {
      if (!('children' in child)) continue;
      if (child.type === 'listItem') transform(parser, child);
      else if (child.type === 'tableRow') transform(parser, child);
      else pairPhrasing(parser, child as Parent, 'phrasing');
    }
  }
}

const isComment = isHtmlComment;

const EMPHASIS = new Set(['emphasis', 'strong', 'delete']);

/** Whether the span tags inside a node open and close there (a whole pair in bold does). */
function balancedSpans(node: Nodes): boolean {
  let depth = 0;
  let balanced = true;
  const visit = (n: Nodes): void => {
    if (n.type === 'html') {
      if (isSpanOpen(n.value)) depth++;
      else if (isSpanClose(n.value) && --depth < 0) balanced = false;
    } else if ('children' in n) n.children.forEach((c) => visit(c as Nodes));
  };
  visit(node);
  return balanced && depth === 0;
}

/** Emphasis nodes that cut across span tags: a marker of one segment paired with one of another. */
function crossingEmphasis(tree: Nodes): Nodes[] {
  const out: Nodes[] = [];
  const visit = (node: Nodes): void => {
    if (EMPHASIS.has(node.type) && !balancedSpans(node)) out.push(node);
    else if ('children' in node) node.children.forEach((c) => visit(c as Nodes));
  };
  visit(tree);
  return out;
}

function reportCrossingEmphasis(parser: Parser, nodes: Nodes[]): void {
  for (const node of nodes) {
    const marker = parser.text.slice(nodeOffsets.start(node), nodeOffsets.start(node) + (node.type === 'strong' || node.type === 'delete' ? 2 : 1));
    parser.report(nodeOffsets.start(node), 'warning', 'sxs-emphasis-across-segments', `Unexpected \`${marker}\` that nothing closes inside its segment, expected emphasis to open and close inside one segment`, `The page shows the marker as text instead of letting it run into the next segment or out of its span; close the emphasis inside the segment or escape the marker (\`\\${marker[0]}\`).`);
  }
}

/** Emphasis read as closing inside its pair though CommonMark would not: a note at each run. */
function reportClosedEmphasis(parser: Parser, runs: ClosedRun[]): void {
  for (const r of runs) {
    const fixed = r.kind === 'closing' ? `\`${r.run}${r.before}\`` : `\`${r.after}${r.run}\``;
    parser.report(r.offset, 'info', 'sxs-unclosable-emphasis', `Unexpected \`${r.run}\` between \`${r.before}\` and \`${r.after}\` that CommonMark cannot read as ${r.kind} emphasis, expected punctuation outside the emphasis markers`, `Write ${fixed} (the punctuation outside the asterisks) so every markdown reader sees the same; the page closes the emphasis inside its segment meanwhile.`);
  }
}

/**
 * A commented-out segment is the author's choice to keep it off the page, as the corpus does
 * with notes to editors: not an error, but said, so nobody wonders where the sentence went.
 */
function reportCommented(parser: Parser, offset: number, comment: string): void {
  if (!mentionsSxs(comment)) return;
  parser.report(offset, 'info', 'sxs-commented-segment', 'Unexpected sxs markup inside an HTML comment, expected segments outside comments', 'The commented-out segment is not published; remove the comment markers to publish it.');
}

/** Anything sxs-looking left as raw HTML was not understood: say where, never drop it quietly. */
function reportStrays(parser: Parser, node: Nodes | SxsHtmlNode | SxsNode): void {
  if (node.type === 'html' && isComment(node.value)) reportCommented(parser, nodeOffsets.start(node), node.value);
  else if (node.type === 'html' && mentionsSxs(node.value)) {
    parser.report(nodeOffsets.start(node), 'error', 'sxs-stray-markup', `Unexpected sxs markup \`${node.value.slice(0, 60)}\` outside a segment pair, expected \`<span data-ttu-id>…</span><span class="sxs-lookup"><span data-stu-id>…</span></span>\``, 'Check the span nesting around this place: a closing tag may be missing or extra.');
  }
  if (node.type === 'sxs') {
    node.target.forEach((c) => reportStrays(parser, c));
    node.source.forEach((c) => reportStrays(parser, c));
  } else if ('children' in node) node.children.forEach((c) => reportStrays(parser, c as Nodes));
}

const ANCHOR = /^<a\s+(?:[^>]*\s)?(?:name|id)\s*=\s*["']([^"']+)["'][^>]*>$/i;

/** Takes `<a name>` anchors out of headings and gives every heading a unique id. */
function collectHeadings(parser: Parser, root: Root): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') {
      let anchor: string | undefined;
      node.children = node.children.filter((c, i, all) => {
        if (c.type !== 'html') return true;
        const m = ANCHOR.exec(c.value.trim());
        if (m) {
          anchor ??= m[1];
          return false;
        }
        return !(/^<\/a\s*>$/i.test(c.value.trim()) && all[i - 1]?.type === 'html');
      });
      while (node.children[0]?.type === 'text' && node.children[0].value.trim() === '') node.children.shift();
      const segs = node.children.filter((c): c is SxsNode => c.type === 'sxs');
      const side = (which: 'target' | 'source') => {
        const parts = node.children.map((c) => (c.type === 'sxs' ? plain(c[which]) : plain([c]))).join('');
        return parts.trim();
      };
      const source = side('source');
      const id = slugger.slug(anchor ?? (source || side('target') || 'section'));
      ((node.data ??= {}) as { hProperties?: Record<string, string> }).hProperties = { id };
      headings.push({ depth: node.depth, anchor: id, target: side('target'), source, segmentIds: segs.map((s) => s.id), line: node.position?.start.line ?? 0 });
    }
    if ('children' in node) node.children.forEach((c) => visit(c as Nodes));
  };
  visit(root);
  return headings;
}

/**
 * Where to show a YAML error, as an offset into the YAML text. The yaml library puts a missing
 * closing quote at the end of the text; the place to fix is the quote that opened the value.
 */
function yamlErrorOffset(doc: Document, error: YAMLError): number {
  const pos = error.pos[0];
  let at = pos;
  if (error.code === 'MISSING_CHAR') {
    visitYaml(doc, {
      Scalar(_key, node) {
        const [from, to] = node.range ?? [pos + 1, pos];
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && from <= pos && pos <= to) at = from;
      },
    });
  }
  return at;
}

/**
 * What a reader still sees in front matter YAML that does not parse: each `key: value` line
 * at the left margin as a string (`title: Minecraft: Education Edition`), quotes taken off.
 */
function plainLines(yaml: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of yaml.matchAll(/^([A-Za-z][\w.-]*):[ \t]*(.*?)[ \t]*$/gm)) {
    const raw = m[2]!;
    out[m[1]!] ??= /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw.replace(/^["']/, '');
  }
  return out;
}

/** Aliases a front matter may expand: a few are normal YAML, thousands are a bomb. */
const MAX_YAML_ALIASES = 100;

/** The YAML's value; an alias bomb (or any other failure to build it) is reported and read as plain lines. */
function frontMatterValue(parser: Parser, doc: Document, yaml: string, yamlStart: number): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    const what = error instanceof Error ? error.message.split('\n')[0]!.replace(/\.$/, '') : String(error);
    const alias = /[*&][\w-]/.exec(yaml);
    parser.report(yamlStart + (alias?.index ?? 0), 'error', 'sxs-front-matter-yaml', `Unexpected YAML in front matter (${what}), expected \`key: value\` lines`, `Write each value out: at most ${MAX_YAML_ALIASES} alias expansions (\`*name\`) are read.`);
    return plainLines(yaml);
  }
}

/**
 * Front matter YAML that does not parse is an error for every other tool that reads it, placed on
 * the file's line (the YAML starts on the line after the opening fence); the page keeps the title,
 * description and locale its `key: value` lines give.
 */
function readFrontMatter(parser: Parser, root: Root): FrontMatter {
  const node = root.children.find((c): c is Yaml => c.type === 'yaml');
  if (!node) return { raw: '', data: {} };
  const start = nodeOffsets.start(node);
  const fence = /\r\n|\r|\n/.exec(parser.text.slice(start));
  const yamlStart = fence ? start + fence.index + fence[0].length : start;
  const doc = parseDocument(node.value, { prettyErrors: false });
  for (const error of doc.errors) {
    const what = error.message.split('\n')[0]!.replace(/\.$/, '');
    parser.report(yamlStart + yamlErrorOffset(doc, error), 'error', 'sxs-front-matter-yaml', `Unexpected YAML in front matter (${what}), expected \`key: value\` lines`, 'Quote values that contain `: ` or start with a quote, close every quote, and indent with spaces.');
  }
  const value = doc.errors.length ? plainLines(node.value) : frontMatterValue(parser, doc, node.value, yamlStart);
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (!doc.errors.length && (value === null || typeof value !== 'object' || Array.isArray(value)) && node.value.trim() !== '') {
    parser.report(start, 'error', 'sxs-front-matter-yaml', 'Unexpected front matter that is not a mapping, expected `key: value` lines', 'Write the front matter as `title: …`, `description: …` lines.');
  }
  return { raw: node.value, data, range: { start: parser.place(start), end: parser.place(nodeOffsets.end(node)) } };
}

/** Pairs inside front matter values (`title: <span data-ttu-id>…`). */
function frontMatterSegments(parser: Parser, fm: FrontMatter): Record<string, { target: string; source: string }> {
  const out: Record<string, { target: string; source: string }> = {};
  const fmStart = fm.range?.start.offset ?? 0;
  for (const [key, value] of Object.entries(fm.data)) {
    if (typeof value !== 'string' || !mentionsSxs(value)) continue;
    const tokens = tokenizeHtml(value);
    // Offsets inside a YAML value are found in the raw text by the pair's opening tag.
    let target = '';
    let source = '';
    for (const item of pairTokens(tokens, htmlView)) {
      if (item.kind === 'token') {
        target += item.token.value;
        source += item.token.value;
        continue;
      }
      const opening = item.first.value;
      const rawAt = parser.text.indexOf(opening, fmStart);
      const base = rawAt >= 0 ? rawAt - item.first.start : fmStart;
      const at = { start: (t: HtmlToken) => base + t.start, end: (t: HtmlToken) => base + t.end };
      const index = parser.addSegment(item, at, () => [], 'front-matter', key);
      const seg = parser.segments[index]!;
      // The value as YAML decoded it is what the page shows.
      const decoded = (side: HtmlToken[]): Pick<SegmentSide, 'markup' | 'text' | 'phrasing'> => {
        const markup = side.map((t) => t.value).join('');
        const phrasing = parseInline(markup);
        return { markup, text: plain(phrasing), phrasing };
      };
      seg.target = { ...seg.target, ...decoded(item.target) };
      seg.source = { ...seg.source, ...decoded(item.source) };
      target += seg.target.text;
      source += seg.source.text;
    }
    out[key] = { target: target.trim(), source: source.trim() };
  }
  return out;
}

/** The English title and description: from sxs spans where the source has them, else from the page's first heading or paragraph. */
function titles(fmData: Record<string, unknown>, fmPairs: Record<string, { target: string; source: string }>, headings: Heading[], segments: Segment[]) {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const h1 = headings.find((h) => h.depth === 1) ?? headings[0];
  // Keys as the repositories write them, `Description` and `Title` too.
  const field = (name: string) => Object.entries(fmData).find(([k]) => k.toLowerCase() === name)?.[1];
  const title = fmPairs.title ?? (() => {
    const t = str(fmData.title ?? field('title')) || h1?.target || '';
    if (!h1) return { target: t, source: t };
    if (t === h1.target) return { target: t, source: h1.source };
    const bar = t.lastIndexOf(' | ');
    return { target: t, source: bar > 0 && t.slice(0, bar) === h1.target ? h1.source + t.slice(bar) : bar > 0 ? h1.source + t.slice(bar) : h1.source };
  })();
  const description = fmPairs.description ?? (() => {
    const d = str(fmData.description ?? field('description')).trim();
    const body = segments.filter((s) => s.context !== 'heading' && s.context !== 'front-matter');
    // The description is often the first sentences of the page, word for word.
    for (let i = 0; i < body.length; i++) {
      let joined = '';
      for (let j = i; j < body.length && joined.length < d.length; j++) {
        joined = (joined ? joined + ' ' : '') + body[j]!.target.text.trim();
        if (joined === d) return { target: d, source: body.slice(i, j + 1).map((s) => s.source.text.trim()).join(' ') };
      }
    }
    const first = body[0];
    return { target: d || first?.target.text.trim() || '', source: first?.source.text.trim() || d };
  })();
  return { title, description };
}

const FRONT_MATTER_RULES = new Set(['sxs-empty-file', 'sxs-unclosed-front-matter', 'sxs-front-matter-yaml']);

/**
 * Bytes that are not UTF-8 reach the page as U+FFFD, changing a sentence: an error at each bad
 * sequence (the first `limit` of them, then one line with the count).
 */
function reportDecoding(parser: Parser, invalid: DecodeProblem[], count: number): void {
  const hint = 'Re-save the file as UTF-8; the bad bytes are often Latin-1 umlauts (ä = 0xE4, ü = 0xFC, ß = 0xDF).';
  for (const p of invalid) {
    const byte = p.byte.toString(16).toUpperCase().padStart(2, '0');
    parser.report(p.offset, 'error', 'sxs-invalid-utf8', `Unexpected byte 0x${byte} (file byte ${p.byteOffset}) that is not UTF-8, expected a UTF-8 encoded file`, hint);
  }
  const rest = count - invalid.length;
  if (rest > 0) parser.report(invalid.at(-1)!.offset, 'error', 'sxs-invalid-utf8', `Unexpected ${rest} more byte sequences that are not UTF-8 after this one, expected a UTF-8 encoded file`, hint);
}

/** Parses one sxs source into an aligned document. Never throws on content. */
export function parseSxs(input: string | Uint8Array, options: ParseOptions = {}): AlignedDocument {
  const file = options.file ?? '<input>';
  const { text, bom, invalid, invalidCount } = decodeSource(input);
  const parser = new Parser(file, text);
  const report = parser.report.bind(parser);
  reportDecoding(parser, invalid, invalidCount);
  // The BOM is removed before parsing and the page comes out the same: a warning, kept so the
  // file can be cleaned for tools that read a BOM before `---` as content.
  if (bom) parser.report(0, 'warning', 'sxs-bom', 'Unexpected byte-order mark at the start of the file, expected UTF-8 without a BOM', 'Save the file as UTF-8 without BOM.');
  checkLineEndings(text, report);

  const closing = closableEmphasis(text);
  let tree = parseMarkdown(closing.text);
  const crossing = crossingEmphasis(tree);
  if (crossing.length) {
    // Emphasis ran from one segment into another: read again with the markers each side leaves open as text.
    const unpaired = swapChars(closing.text, unpairedMarkers(closing.text, (side) => boundedParse(markdown, side)));
    tree = parseMarkdown(unpaired.text);
    unpaired.restore(tree);
    reportCrossingEmphasis(parser, crossing);
  }
  closing.restore(tree);
  reportClosedEmphasis(parser, closing.runs);
  checkContent(text, tree, report);
  checkListTabs(text, tree, report);
  checkCode(text, tree, report);
  recoverCode(text, parser.lines, tree);
  checkLimits(tree, report);
  const frontMatter = readFrontMatter(parser, tree);
  const fmPairs = frontMatterSegments(parser, frontMatter);
  recoverLoneOpeners({ text, report, place: (o) => parser.place(o), phrasing: (start, end) => parseInline(text.slice(start, end), (o) => parser.place(start + o)) }, tree);
  recoverHeadings(text, parser.lines, tree, report);
  transform(parser, tree);
  reportStrays(parser, tree as Nodes);
  containSegmentHtml(tree, report);
  reportUnspacedTags(text, tree, report);
  // Segments are collected per container kind; put them back in document order.
  const order = parser.segments.map((s, i) => ({ s, i })).sort((a, b) => a.s.range.start.offset - b.s.range.start.offset);
  const remap = new Map(order.map((o, n) => [o.i, n]));
  parser.segments.splice(0, parser.segments.length, ...order.map((o) => o.s));
  const renumber = (node: Nodes | SxsNode | SxsHtmlNode): void => {
    if (node.type === 'sxs') node.index = remap.get(node.index)!;
    else if (node.type === 'sxsHtml') node.parts.forEach((p) => p.kind === 'segment' && (p.index = remap.get(p.index)!));
    else if ('children' in node) node.children.forEach((c) => renumber(c as Nodes));
  };
  renumber(tree as Nodes);
  checkSegments(parser.segments, parser.broken, report);

  const written = typeof frontMatter.data['ms.contentlocale'] === 'string' ? (frontMatter.data['ms.contentlocale'] as string) : undefined;
  const locale = written === undefined ? undefined : checkLocale(parser, text, written, options.fallbackLocale);
  // Without the locale the page has no route; unless the front matter is already reported broken.
  const frontMatterBroken = parser.diagnostics.some((d) => FRONT_MATTER_RULES.has(d.ruleId));
  // A file without its locale still has one where its folder says so: a note. Without that, a warning.
  if (!locale && !frontMatterBroken) {
    const reason = 'Unexpected front matter without `ms.contentlocale`, expected the locale of the translation (e.g. `ms.contentlocale: de-DE`)';
    if (options.fallbackLocale) parser.report(0, 'info', 'sxs-missing-locale', reason, `Add \`ms.contentlocale\` to the front matter; the page is published as ${normalizeLocale(options.fallbackLocale)}, the locale of its folder.`);
    else parser.report(0, 'warning', 'sxs-missing-locale', reason, 'Add `ms.contentlocale` to the front matter.');
  }
  // A page with no pair at all was never translated side by side (or not translated): it is
  // published in its own language only, and editors should know.
  const unpublishable = parser.diagnostics.some((d) => FRONT_MATTER_RULES.has(d.ruleId) || d.ruleId === 'sxs-no-content');
  if (parser.segments.length === 0 && !unpublishable) {
    parser.report(0, 'info', 'sxs-monolingual', 'Unexpected page without any sxs segment pair, expected `<span data-ttu-id>…</span>` sentences with their English originals', 'The page is published in its own language only, with no English twin; translate it side by side to pair it.');
  }
  const headings = collectHeadings(parser, tree);
  const { title, description } = titles(frontMatter.data, fmPairs, headings, parser.segments);
  tree.children = tree.children.filter((c: RootContent) => c.type !== 'yaml');

  return {
    file,
    text,
    bom,
    frontMatter,
    locales: { target: normalizeLocale(locale ?? options.fallbackLocale ?? 'und'), source: options.sourceLocale ?? 'en-US' },
    title,
    description,
    segments: parser.segments,
    headings,
    tree,
    diagnostics: parser.diagnostics.sort((a, b) => a.place.offset - b.place.offset),
  };
}

/** `de-de` → `de-DE`; a tag `Intl` refuses is kept as written. */
export const normalizeLocale = (tag: string): string => canonicalLocale(tag) ?? tag;

/**
 * The locale `ms.contentlocale` gives, always one `Intl` accepts: a malformed tag (`de-DE-`) is an
 * error at its place and reads as its longest well-formed start, else as the folder's locale.
 */
function checkLocale(parser: Parser, text: string, written: string, fallback: string | undefined): string | undefined {
  if (canonicalLocale(written)) return written;
  const read = readLocale(written) ?? fallback;
  const at = /^ms\.contentlocale[ \t]*:[ \t]*["']?/m.exec(text);
  const shown = JSON.stringify(written.slice(0, 40));
  parser.report(at ? at.index + at[0].length : 0, 'error', 'sxs-invalid-locale', `Unexpected \`ms.contentlocale\` ${shown}, which is not a BCP 47 language tag, expected a tag such as \`de-DE\``, read ? `Correct the tag; the page is published as ${normalizeLocale(read)} meanwhile.` : 'Correct the tag; until then the page has no language.');
  return read;
}
