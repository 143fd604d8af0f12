// Small readers over a segment's markup and text shared by several rules: link targets,
// markup with URLs and code removed, words.

/** What follows a link text's `](`: destination and optional title, bounded so no attempt scans far. */
const DESTINATION = /\s{0,64}<?([^)\s>]{0,2048})>?(?:\s{1,64}(?:"[^"]{0,1024}"|'[^']{0,1024}'))?\s{0,64}\)/y;
/** An `<a>` or `<img>` tag with its URL; `[^<>]` keeps each attempt within one tag. */
const HTML_URL = /<(a|img)\s[^<>]*?\b(href|src)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s<>]+))[^<>]*>/gi;
const BARE_URL = /\bhttps?:\/\/[^\s<>()"']+/g;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

interface MarkdownLink {
  start: number;
  end: number;
  image: boolean;
  text: string;
  url: string;
}

/**
 * Markdown links and images (`[text](url "title")`, `![alt](src)`) in order, in linear time: each
 * `[` is matched with its `]` once, by a stack, instead of a pattern rescanning from every `[`.
 * Link text may hold balanced brackets; a link inside a link's text is not read again.
 */
function markdownLinks(markup: string): MarkdownLink[] {
  const closeOf = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < markup.length; i++) {
    if (markup[i] === '[') open.push(i);
    else if (markup[i] === ']' && open.length) closeOf.set(open.pop()!, i);
  }
  const out: MarkdownLink[] = [];
  let after = 0;
  for (const [start, close] of [...closeOf].sort((a, b) => a[0] - b[0])) {
    if (start < after || markup[close + 1] !== '(') continue;
    DESTINATION.lastIndex = close + 2;
    const m = DESTINATION.exec(markup);
    if (!m) continue;
    const image = markup[start - 1] === '!';
    out.push({ start: image ? start - 1 : start, end: DESTINATION.lastIndex, image, text: markup.slice(start + 1, close), url: m[1]! });
    after = DESTINATION.lastIndex;
  }
  return out;
}

export interface LinkTarget {
  kind: 'link' | 'image';
  url: string;
}

/** Link and image targets of some markup, markdown and HTML, in order. */
export function linkTargets(markup: string): LinkTarget[] {
  const found: Array<LinkTarget & { at: number }> = [];
  const withoutCode = markup.replace(CODE_SPAN, (m) => ' '.repeat(m.length));
  for (const l of markdownLinks(withoutCode)) found.push({ kind: l.image ? 'image' : 'link', url: l.url, at: l.start });
  for (const m of withoutCode.matchAll(HTML_URL)) {
    found.push({ kind: m[1]!.toLowerCase() === 'img' ? 'image' : 'link', url: m[3] ?? m[4] ?? m[5] ?? '', at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ kind, url }) => ({ kind, url }));
}

/** Markup with link destinations, bare URLs and code spans blanked out (so `_` and `*` in them do not count). */
export function withoutUrlsAndCode(markup: string): string {
  const code = markup.replace(CODE_SPAN, '');
  let out = '';
  let from = 0;
  for (const l of markdownLinks(code)) {
    out += `${code.slice(from, l.start)}${l.image ? '!' : ''}[${l.text}]()`;
    from = l.end;
  }
  return (out + code.slice(from)).replace(BARE_URL, '');
}

/** Plain text with URLs and inline code removed, whitespace collapsed. */
export function comparableText(text: string): string {
  return text.replace(CODE_SPAN, ' ').replace(BARE_URL, ' ').replace(/\s+/g, ' ').trim();
}

/** Words (letters, digits, inner hyphens and apostrophes) in order. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Text reduced for "is this the same sentence" questions: full-width forms as their ASCII
 * (`：` is `:`), no spaces (Chinese and Japanese space Latin words or not) and no punctuation
 * (German „…“ and "…" say the same), lower case.
 */
export function sentenceKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}]+/gu, '').toLocaleLowerCase();
}

/** The primary language subtag: `de-DE` → `de`. */
export { languageOf as language } from '../locale/language-of.ts';

type Phrasing = import('mdast').PhrasingContent;

/**
 * A side's words and values as the page shows them, from its parsed phrasing: inline HTML,
 * code, images and line breaks stand apart as a space, so `2<sup>2</sup>` is two numbers and
 * a value in a code span is sample data, not a fact. A side without phrasing (front matter) gives its text.
 */
export function phrasingText(side: { text: string; phrasing: Phrasing[] }): string {
  if (!side.phrasing.length) return side.text;
  let out = '';
  const stack: Phrasing[] = [...side.phrasing].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') out += node.value;
    else if ('children' in node) stack.push(...[...(node.children as Phrasing[])].reverse());
    else out += ' ';
  }
  return out;
}
