// Small readers over a segment's markup and text shared by several rules: link targets,
// markup with URLs and code removed, words.

const MD_LINK = /(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const HTML_URL = /<(a|img)\s[^>]*?\b(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
const BARE_URL = /\bhttps?:\/\/[^\s<>()"']+/g;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

export interface LinkTarget {
  kind: 'link' | 'image';
  url: string;
}

/** Link and image targets of some markup, markdown and HTML, in order. */
export function linkTargets(markup: string): LinkTarget[] {
  const found: Array<LinkTarget & { at: number }> = [];
  const withoutCode = markup.replace(CODE_SPAN, (m) => ' '.repeat(m.length));
  for (const m of withoutCode.matchAll(MD_LINK)) found.push({ kind: m[1] ? 'image' : 'link', url: m[3]!, at: m.index });
  for (const m of withoutCode.matchAll(HTML_URL)) {
    found.push({ kind: m[1]!.toLowerCase() === 'img' ? 'image' : 'link', url: m[3] ?? m[4] ?? m[5] ?? '', at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ kind, url }) => ({ kind, url }));
}

/** Markup with link destinations, bare URLs and code spans blanked out (so `_` and `*` in them do not count). */
export function withoutUrlsAndCode(markup: string): string {
  return markup
    .replace(CODE_SPAN, '')
    .replace(MD_LINK, (_m, bang: string, text: string) => `${bang}[${text}]()`)
    .replace(BARE_URL, '');
}

/** Plain text with URLs and inline code removed, whitespace collapsed. */
export function comparableText(text: string): string {
  return text.replace(CODE_SPAN, ' ').replace(BARE_URL, ' ').replace(/\s+/g, ' ').trim();
}

/** Words (letters, digits, inner hyphens and apostrophes) in order. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Text reduced for "is this the same sentence" questions: lower case, single spaces, no edge punctuation. */
export function sentenceKey(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .toLocaleLowerCase();
}

/** The primary language subtag: `de-DE` → `de`. */
export { languageOf as language } from '../locale/language-of.ts';
