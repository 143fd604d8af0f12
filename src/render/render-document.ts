// Stage 3 of the flow: an aligned document → the HTML of one language's page. Every
// segment shows its own side, with the other language's twin revealable by hover, focus
// or tap, and every paragraph carries its twin paragraph for the side-by-side view.
import { randomUUID } from 'node:crypto';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Blockquote, Heading, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString as hastToString } from 'hast-util-to-string';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { AlignedDocument, Place, SxsHtmlNode, SxsNode } from '../sxs/types.js';
import { readAlert, readImageBlock, readInclude, type AlertKind } from './docfx.js';
import { sanitizeSchema } from './sanitize-schema.js';
import type { PageChanges } from '../source-changes/page-changes.js';

export type Side = 'target' | 'source';

export interface RenderOptions {
  /** Which language's page: the translation (`target`) or the English original (`source`). */
  side: Side;
  /** BCP 47 language of each side, for `lang` attributes. */
  langs: Record<Side, string>;
  /** Maps a link target written in a source (`learn-about-competencies.md#x`) to a site URL; undefined keeps it. `from` is the document that writes it, when it is an included one. */
  resolveLink?: (href: string, from?: AlignedDocument) => string | undefined;
  /** Maps a relative image path (`images/x.png`) to the URL the site serves it at; undefined shows its alt text. */
  resolveImage?: (src: string, from?: AlignedDocument) => string | undefined;
  /** Short notes shown right after a segment (e.g. where the translation leaves a fact out), by segment id. */
  notes?: Map<string, string>;
  /** The document a DocFX include (`[!INCLUDE [x](../includes/x.md)]`) names, shown in its place; `from` is the document that writes it, when it is an included one. Default: none, so the include shows as its link. */
  resolveInclude?: (href: string, from?: AlignedDocument) => AlignedDocument | undefined;
  /**
   * How much DocFX includes may add to one page: expansions, and characters of included source.
   * An include past either shows as its link. Default: 100 expansions and 1,000,000 characters.
   */
  includeBudget?: IncludeBudget;
  /** Called once per render, at the first include past the budget, with the document that writes it. */
  onIncludeOverBudget?: (from: AlignedDocument, place: Place) => void;
  /**
   * What became of the segments' English in the current English (`ENGLISH_DIR`): a changed
   * sentence reveals the current English with the change marked, the English page shows the
   * current English, and new English sentences follow the segment before them. Default: none.
   */
  changes?: PageChanges;
  /** The title of a DocFX alert (`> [!NOTE]`) in the page's interface language, with that language. Default: the kind in English. */
  alertTitle?: (kind: AlertKind) => { text: string; lang?: string };
}

export interface IncludeBudget {
  /** Includes expanded on one page, at any depth. */
  count: number;
  /** Characters of included source expanded on one page, at any depth. */
  size: number;
}

export const DEFAULT_INCLUDE_BUDGET: IncludeBudget = { count: 100, size: 1_000_000 };

const other = (side: Side): Side => (side === 'target' ? 'source' : 'target');
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/** Converts phrasing content with a given side showing, the twins off (for twin paragraphs and headings). */
function convert(state: State, ctx: Context, children: PhrasingContent[], side: Side, twins: boolean): ElementContent[] {
  const saved = { side: ctx.side, twins: ctx.twins };
  ctx.side = side;
  ctx.twins = twins;
  const out = state.all({ type: 'paragraph', children }) as ElementContent[];
  Object.assign(ctx, saved);
  return out;
}

interface Context {
  side: Side;
  twins: boolean;
  options: RenderOptions;
  doc: AlignedDocument;
  /** Ids of segments that have text on each side somewhere in the document. */
  written: Record<Side, Set<string>>;
  /** Element ids given out so far, so a repeated segment id still gets unique ones. */
  ids: Set<string>;
  /** Documents being included, the page's own first (an include never includes itself again). */
  including: AlignedDocument[];
  /** Link and image targets of included documents, already site URLs. */
  resolved: Set<string>;
  /** What includes may still add to the page; `over` once one did not fit. */
  budget: IncludeBudget & { over: boolean };
}

const writtenIds = (doc: AlignedDocument): Record<Side, Set<string>> => {
  const written = (side: Side) => new Set(doc.segments.filter((s) => s[side].markup.trim() !== '').map((s) => s.id));
  return { target: written('target'), source: written('source') };
};

/**
 * A copy of an included document's tree whose link and image targets are already site URLs:
 * they are relative to the included file, not to the page that includes it.
 */
function resolvedTree(doc: AlignedDocument, options: RenderOptions, resolved: Set<string>): Root {
  const site = (url: string | undefined) => {
    if (url !== undefined) resolved.add(url);
    return url;
  };
  const map = <T>(node: T): T => {
    if (Array.isArray(node)) return node.map(map) as T;
    if (!node || typeof node !== 'object') return node;
    const n = { ...(node as Record<string, unknown>) };
    if ((n.type === 'link' || n.type === 'definition') && typeof n.url === 'string') n.url = site(options.resolveLink?.(n.url, doc)) ?? n.url;
    if (n.type === 'image' && typeof n.url === 'string') n.url = site(options.resolveImage?.(n.url, doc)) ?? n.url;
    for (const key of ['children', 'target', 'source']) if (Array.isArray(n[key])) n[key] = map(n[key]);
    return n as T;
  };
  return map(doc.tree);
}

/** Renders an included document's blocks in place, with its own segments. */
function renderInclude(state: State, ctx: Context, doc: AlignedDocument): ElementContent[] {
  const saved = { doc: ctx.doc, written: ctx.written };
  ctx.doc = doc;
  ctx.written = writtenIds(doc);
  ctx.including.push(doc);
  try {
    return state.all(resolvedTree(doc, ctx.options, ctx.resolved)) as ElementContent[];
  } finally {
    ctx.including.pop();
    Object.assign(ctx, saved);
  }
}

/**
 * Takes an include's expansion from the page's budget, or says at its place that the budget is
 * spent: an include may appear many times at every level, so cycles alone do not bound a page.
 */
function spend(ctx: Context, included: AlignedDocument, node: Paragraph): boolean {
  const { budget } = ctx;
  if (!budget.over && budget.count >= 1 && budget.size >= included.text.length) {
    budget.count -= 1;
    budget.size -= included.text.length;
    return true;
  }
  if (!budget.over) {
    budget.over = true;
    const start = node.position?.start;
    ctx.options.onIncludeOverBudget?.(ctx.doc, { line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? 0 });
  }
  return false;
}

/** Content with no words and nothing else to show (whitespace only). */
const isBlank = (children: PhrasingContent[]): boolean => children.every((c) => c.type === 'text' && c.value.trim() === '');

const unique = (ctx: Context, id: string): string => {
  let out = id;
  for (let n = 2; ctx.ids.has(out); n++) out = `${id}-${n}`;
  ctx.ids.add(out);
  return out;
};

/**
 * One side of a segment as the page shows it. A side that a damaged source lost (a twin with no
 * target, a target with no twin) shows the other side's text instead, marked with its language,
 * so no sentence disappears from either page.
 */
function sideContent(state: State, ctx: Context, id: string, sides: Record<Side, PhrasingContent[]>, side: Side): ElementContent[] {
  const changed = side === 'source' ? changeOf(ctx, id) : undefined;
  if (changed?.status === 'changed') return currentEnglish(ctx, changed);
  const own = convert(state, ctx, sides[side], side, false);
  if (!isBlank(sides[side]) || ctx.written[side].has(id) || isBlank(sides[other(side)])) return own;
  const stand = other(side);
  return [el('span', { className: ['sxs-fallback'], lang: ctx.options.langs[stand] }, convert(state, ctx, sides[stand], stand, false))];
}

/** The change of a segment of the page's own document (not of an included one), if it changed or went. */
const changeOf = (ctx: Context, id: string) => (ctx.including.length === 1 ? ctx.options.changes?.segments.get(id) : undefined);

const labelled = (ctx: Context, text: string): Element => el('span', { className: ['sxs-change-label'], lang: ctx.options.changes!.labels.lang }, [{ type: 'text', value: text }]);

/**
 * The current English of a changed sentence: on the English page as it reads now; on the
 * translated page, where it is revealed, with its label and the words removed and added marked.
 */
function currentEnglish(ctx: Context, change: NonNullable<ReturnType<typeof changeOf>>): ElementContent[] {
  if (ctx.options.side === 'source') return [{ type: 'text', value: change.current!.text }];
  const diff = (change.diff ?? []).map((c): ElementContent => (c.kind === 'same' ? { type: 'text', value: c.text } : el(c.kind === 'added' ? 'ins' : 'del', {}, [{ type: 'text', value: c.text }])));
  return [labelled(ctx, ctx.options.changes!.labels.changed), { type: 'text', value: ' ' }, ...diff];
}

/** What a twin says first about a changed or removed sentence (the translated page's own twin shows the change itself). */
function twinLabel(ctx: Context, change: ReturnType<typeof changeOf>): ElementContent[] {
  const text = change?.status === 'removed' ? ctx.options.changes!.labels.removed : change?.status === 'changed' && ctx.side === 'source' ? ctx.options.changes!.labels.changed : undefined;
  return text ? [labelled(ctx, text), { type: 'text', value: ' ' }] : [];
}

/** New English sentences that follow a segment, marked as not translated yet. */
function addedAfter(ctx: Context, id: string): ElementContent[] {
  const added = ctx.including.length === 1 ? ctx.options.changes?.addedAfter.get(id) : undefined;
  if (!added?.length) return [];
  return added.map((text) => el('span', { className: ['sxs-added'], lang: ctx.options.langs.source }, [labelled(ctx, ctx.options.changes!.labels.added), { type: 'text', value: ` ${text}` }]));
}

function segmentElement(state: State, ctx: Context, id: string, target: PhrasingContent[], source: PhrasingContent[]): ElementContent[] {
  const sides = { target, source };
  const main = sideContent(state, ctx, id, sides, ctx.side);
  if (!ctx.twins) return main;
  const change = changeOf(ctx, id);
  const twinSide = other(ctx.side);
  // The page's sentences are one Tab stop (WAI-ARIA roving tabindex): the first takes it, site.js moves it.
  const tabIndex = ctx.ids.size === 0 ? 0 : -1;
  const twinId = unique(ctx, `o-${id}`);
  const nodes: ElementContent[] = [
    el('span', { className: change ? ['sxs', `sxs-${change.status}`] : ['sxs'], id: unique(ctx, `s-${id}`), dataSxs: id }, [
      el('span', { className: ['sxs-main'], tabIndex, ariaDescribedBy: [twinId] }, change?.status === 'removed' && ctx.side === 'source' ? [el('del', {}, main)] : main),
      el('span', { className: ['sxs-twin'], id: twinId, lang: ctx.options.langs[twinSide], role: 'note' }, [
        ...twinLabel(ctx, change),
        ...sideContent(state, ctx, id, sides, twinSide),
      ]),
    ]),
    ...addedAfter(ctx, id),
  ];
  const note = ctx.options.notes?.get(id);
  if (note) nodes.push(el('span', { className: ['sxs-note'], role: 'note' }, [{ type: 'text', value: note }]));
  return nodes;
}

/** Whether a block holds translated text, so a twin of it is worth showing. */
const hasSegments = (children: PhrasingContent[]): boolean =>
  children.some((c) => c.type === 'sxs' || ('children' in c && hasSegments(c.children as PhrasingContent[])));

function handlers(ctx: Context): Record<string, Handler> {
  return {
    sxs: (state, node: SxsNode) => segmentElement(state, ctx, node.id, node.target, node.source),
    sxsHtml: (_state, node: SxsHtmlNode) => {
      const out: HastContent[] = [];
      for (const part of node.parts) {
        if (part.kind === 'raw') {
          out.push({ type: 'raw', value: part.value });
          continue;
        }
        const seg = ctx.doc.segments[part.index]!;
        out.push(...segmentElement(_state, ctx, seg.id, seg.target.phrasing, seg.source.phrasing));
      }
      return out as ElementContent[];
    },
    blockquote: (state, node: Blockquote) => {
      const alert = readAlert(node);
      if (!alert) {
        const q = el('blockquote', {}, state.wrap(state.all(node) as ElementContent[], true));
        state.patch(node, q);
        return q;
      }
      const title = ctx.options.alertTitle?.(alert.kind) ?? { text: alert.kind.charAt(0).toUpperCase() + alert.kind.slice(1), lang: 'en' };
      const body = state.all({ ...node, children: alert.children }) as ElementContent[];
      const div = el('div', { className: ['alert', `alert-${alert.kind}`], role: 'note' }, [el('p', { className: ['alert-title'], ...(title.lang ? { lang: title.lang } : {}) }, [{ type: 'text', value: title.text }]), ...state.wrap(body, true)]);
      state.patch(node, div);
      return div;
    },
    paragraph: (state, node: Paragraph) => {
      const includeHref = readInclude(node);
      const included = includeHref === undefined ? undefined : ctx.options.resolveInclude?.(includeHref, ctx.doc);
      if (included && !ctx.including.includes(included) && spend(ctx, included, node)) return el('div', { className: ['include'] }, state.wrap(renderInclude(state, ctx, included), true));
      const image = readImageBlock(node);
      if (image) return el('p', {}, [el('img', { src: image.src, alt: image.alt }, [])]);
      const p = el('p', {}, convert(state, ctx, node.children, ctx.side, ctx.twins));
      state.patch(node, p);
      if (!ctx.twins || !hasSegments(node.children)) return p;
      const twinSide = other(ctx.side);
      const twin = el('p', { className: ['pair-twin'], lang: ctx.options.langs[twinSide] }, convert(state, ctx, node.children, twinSide, false));
      return el('div', { className: ['pair'] }, [p, twin]);
    },
    heading: (state, node: Heading) => {
      const id = (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
      const children = convert(state, ctx, node.children, ctx.side, ctx.twins);
      if (ctx.twins && hasSegments(node.children)) {
        const twinSide = other(ctx.side);
        children.push(el('span', { className: ['pair-twin'], lang: ctx.options.langs[twinSide] }, convert(state, ctx, node.children, twinSide, false)));
      }
      const h = el(`h${node.depth}`, id ? { id } : {}, children);
      state.patch(node, h);
      return h;
    },
  };
}

/**
 * Content may not take the page's ids: the sanitizer prefixes every `id` and `name`
 * (`user-content-main`), so an image named `createElement` or an anchor `id="checker"` cannot
 * clobber the page's own. Ids this renderer wrote itself (headings, sentences, twins) are marked
 * before the content's raw HTML is parsed, with a mark content cannot guess, and given back after.
 */
function markOwnIds(tree: HastRoot): string {
  const nonce = randomUUID();
  eachElement(tree, (node) => {
    const p = node.properties;
    if (p.id !== undefined || p.ariaDescribedBy !== undefined || p.ariaLabelledBy !== undefined) p.dataTandemOwn = nonce;
  });
  return nonce;
}

/**
 * Calls `f` on every element below `parent`, in document order, then walks the element's own
 * children (as they were when `f` was called on it). `unist-util-visit` does the same but copies
 * the list of ancestors at every element, which was a fifth of a page's rendering.
 */
function eachElement(parent: HastRoot | Element, f: (node: Element, index: number, parent: HastRoot | Element) => void): void {
  const { children } = parent;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'element') continue;
    f(node, i, parent);
    eachElement(node, f);
  }
}

const bare = (v: unknown): string => String(v).replace(/^user-content-/, '');

/** Gives back the renderer's own ids on an element the renderer marked (see `markOwnIds`). */
function restoreOwnIds(node: Element, nonce: string): void {
  const mark = node.properties.dataTandemOwn;
  if (mark === undefined) return;
  delete node.properties.dataTandemOwn;
  if (mark !== nonce) return;
  if (node.properties.id !== undefined) node.properties.id = bare(node.properties.id);
  for (const key of ['ariaDescribedBy', 'ariaLabelledBy'] as const) {
    const refs = node.properties[key];
    if (refs !== undefined) node.properties[key] = (Array.isArray(refs) ? refs : [refs]).map(bare);
  }
}

/** Rewrites links between source files and images beside them to site URLs; drops images the site cannot serve. */
function rewrite(node: Element, index: number | undefined, parent: HastRoot | Element | undefined, options: RenderOptions, resolved: Set<string>): void {
  // A header cell with nothing in it (`| &nbsp; |`, as the repositories have them) heads nothing.
  if (node.tagName === 'th' && hastToString(node).trim() === '' && !node.children.some((c) => c.type === 'element' && c.tagName === 'img')) node.tagName = 'td';
  if (node.tagName === 'a' && typeof node.properties.href === 'string' && options.resolveLink && !resolved.has(node.properties.href)) {
    const to = options.resolveLink(node.properties.href);
    if (to !== undefined) node.properties.href = to;
  }
  if (node.tagName === 'img' && parent && index !== undefined) {
    const src = String(node.properties.src ?? '');
    const served = /^https?:/i.test(src) ? undefined : resolved.has(src) ? src : options.resolveImage?.(src);
    if (served !== undefined) node.properties.src = served;
    else if (!/^https?:/i.test(src)) {
      // An image the folder does not hold: keep its text.
      parent.children[index] = el('span', { className: ['img-missing'] }, [{ type: 'text', value: String(node.properties.alt ?? '') }]);
    }
  }
}

/** A link's `#fragment` as the browser matches it to an id: percent-decoded, or as written when that is not valid UTF-8 (`#%`). */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * After sanitizing, in one pass: the renderer's own ids back, links and images to site URLs,
 * and `#x` links to an anchor the content defined led to its prefixed id (`#user-content-x`).
 */
function finishTree(tree: HastRoot, nonce: string, options: RenderOptions, resolved: Set<string>): void {
  const ids = new Set<string>();
  const anchorLinks: Element[] = [];
  eachElement(tree, (node, index, parent) => {
    restoreOwnIds(node, nonce);
    if (node.properties.id !== undefined) ids.add(String(node.properties.id));
    if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) anchorLinks.push(node);
    rewrite(node, index, parent, options, resolved);
  });
  for (const a of anchorLinks) {
    const href = a.properties.href;
    if (typeof href !== 'string' || !href.startsWith('#')) continue;
    const id = decodeFragment(href.slice(1));
    if (!ids.has(id) && ids.has(`user-content-${id}`)) a.properties.href = `#user-content-${id}`;
  }
}

const finish = unified().use(rehypeRaw).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify);
// Without raw HTML in the tree there is nothing for parse5 to read: sanitize and stringify only.
const finishPlain = unified().use(rehypeSanitize, sanitizeSchema).use(rehypeStringify);

const hasRaw = (node: HastRoot | HastContent): boolean => (node.type as string) === 'raw' || ('children' in node && node.children.some((c) => hasRaw(c)));

/** Renders one language's page body as sanitized HTML. */
export function renderDocument(doc: AlignedDocument, options: RenderOptions): string {
  const ctx: Context = { side: options.side, twins: true, options, doc, written: writtenIds(doc), ids: new Set(), including: [doc], resolved: new Set(), budget: { ...(options.includeBudget ?? DEFAULT_INCLUDE_BUDGET), over: false } };
  const hast = toHast(doc.tree, { allowDangerousHtml: true, handlers: handlers(ctx) }) as HastRoot;
  const nonce = markOwnIds(hast);
  const processor = hasRaw(hast) ? finish : finishPlain;
  const tree = processor.runSync(hast) as HastRoot;
  finishTree(tree, nonce, options, ctx.resolved);
  return processor.stringify(tree);
}
