// A folder's `TOC.md` (DocFX's markdown table of contents) is not a page: each heading line is
// one entry, `#` … `######` its depth, its text a link `[Title](page.md)` or a plain group title.
// Titles are in the folder's language, sometimes as sxs pairs. Read line by line, as DocFX
// does, so `###[Title](page.md)` (no space) is an entry too.
import { stripTags } from '../util/strip-tags.js';
import { decodeSource } from './decode-source.js';
import { LineIndex } from './line-index.js';
import { pairTokens } from './pair-tokens.js';
import { mentionsSxs, tokenizeHtml, type HtmlToken } from './span-tags.js';
import type { Diagnostic, Place } from './types.js';

export interface TocEntry {
  /** 1 for `#`, 2 for `##` … */
  depth: number;
  /** The title in the folder's language; `source` is the English of an sxs title. */
  title: { target: string; source?: string };
  /** The link target as written (`page.md`, `sub/TOC.md`), when the entry links. */
  href?: string;
  place: Place;
}

export interface TocDocument {
  file: string;
  entries: TocEntry[];
  diagnostics: Diagnostic[];
}

export interface ParseTocOptions {
  /** Path used in diagnostics. Default: `<input>`. */
  file?: string;
}

const HEADING = /^ {0,3}(#{1,6})([ \t]*)(.*?)[ \t]*$/;
const LINK = /^\[(.*)\]\(\s*<?([^\s>)]*)>?(?:\s+["'][^"']*["'])?\s*\)$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const NUMERIC_REFERENCE = /&#(?:[xX]([0-9a-fA-F]+)|(\d+));/g;
/** The code point a numeric reference (`&#x41;`, `&#65;`) names, or undefined when it names none (past U+10FFFF). */
const codePointOf = (hex: string | undefined, decimal: string | undefined): number | undefined => {
  const n = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
  return Number.isSafeInteger(n) && n <= 0x10ffff ? n : undefined;
};
/** Entities decoded; a reference to no code point reads as U+FFFD, as browsers read it. */
const decode = (s: string) =>
  s.replace(/&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|([a-zA-Z]+));/g, (m, hex: string | undefined, decimal: string | undefined, name: string | undefined) =>
    name !== undefined ? (ENTITIES[name.toLowerCase()] ?? m) : String.fromCodePoint(codePointOf(hex, decimal) ?? 0xfffd),
  );
/** Text of a title without tags, markdown emphasis and entities. */
const text = (s: string) => decode(stripTags(s).replace(/(\*\*|__|`)/g, '')).replace(/\s+/g, ' ').trim();

/** The title in both languages: sxs pairs give each side its text; anything else is the folder's language only. */
function readTitle(raw: string): TocEntry['title'] {
  if (!mentionsSxs(raw)) return { target: text(raw) };
  let target = '';
  let source = '';
  const view = (t: HtmlToken) => ({ tag: t.kind === 'tag' ? t.value : undefined, blank: t.kind === 'text' && t.value.trim() === '' });
  for (const item of pairTokens(tokenizeHtml(raw), view)) {
    if (item.kind === 'token') {
      target += item.token.value;
      source += item.token.value;
    } else {
      target += item.target.map((t) => t.value).join('');
      source += item.source.map((t) => t.value).join('');
    }
  }
  return { target: text(target), source: text(source) };
}

/** Reads a TOC file's entries in order. Never throws on content. */
export function parseToc(input: string | Uint8Array, options: ParseTocOptions = {}): TocDocument {
  const file = options.file ?? '<input>';
  const { text: source } = decodeSource(input);
  const lines = new LineIndex(source);
  const entries: TocEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  let offset = 0;
  for (const line of source.split(/\r\n|\r|\n/)) {
    const m = HEADING.exec(line);
    if (m && m[3] !== '') {
      const [, hashes, space, body] = m as unknown as [string, string, string, string];
      const place = lines.place(offset + line.indexOf('#'));
      if (space === '') {
        diagnostics.push({ file, place, severity: 'info', ruleId: 'sxs-heading-without-space', reason: `Unexpected \`${hashes}\` directly followed by text, expected a space after it`, hint: 'Write `## [Title](page.md)`; DocFX reads the entry either way, other markdown tools do not.' });
      }
      for (const ref of line.matchAll(NUMERIC_REFERENCE)) {
        if (codePointOf(ref[1], ref[2]) !== undefined) continue;
        diagnostics.push({ file, place: lines.place(offset + ref.index), severity: 'warning', ruleId: 'sxs-invalid-character-reference', reason: `Unexpected \`${ref[0].slice(0, 24)}\`, a character reference past U+10FFFF, expected a reference to a Unicode code point`, hint: 'Write the character itself or correct the number; the title shows U+FFFD (�) in its place meanwhile.' });
      }
      const link = LINK.exec(body);
      entries.push({ depth: hashes.length, title: readTitle(link ? link[1]! : body), ...(link && link[2] ? { href: link[2] } : {}), place });
    }
    offset += line.length + (/^\r\n/.test(source.slice(offset + line.length)) ? 2 : 1);
  }
  return { file, entries, diagnostics };
}

/** Whether a path names a DocFX table of contents rather than a page. */
export const isTocFile = (path: string): boolean => /(?:^|[\\/])toc\.md$/i.test(path);
