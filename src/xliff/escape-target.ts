// The inverse of the export's inline codes for what translators type: a text run of an XLIFF
// target becomes markup that the sxs parser reads back as exactly that text, never as
// emphasis, a link, a tag, an entity, a block marker or the end of a span.
import type { SegmentContext } from '../sxs/types.js';

export interface EscapeOptions {
  /** Where the segment sits; front matter needs YAML-safe output. Default: `phrasing`. */
  context?: SegmentContext;
  /** Whether the run starts a line (it follows a line-break code). Default: false. */
  lineStart?: boolean;
}

/**
 * Characters markdown or HTML could read as syntax anywhere in a line. `<`, `>` and `&` become
 * entities, not backslash escapes: inside a raw HTML block the span pairing reads tags before
 * markdown does, and an entity is text to both.
 */
const INLINE: Record<string, string> = {
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '~': '\\~',
  '|': '\\|',
  '!': '\\!',
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
};

/** In YAML values every character with a meaning (quotes, `:`, `#`, backslash) is a numeric entity. */
const FRONT_MATTER: Record<string, string> = {
  ...Object.fromEntries(Object.keys(INLINE).map((ch) => [ch, `&#${ch.codePointAt(0)};`])),
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&#39;',
  '"': '&quot;',
  ':': '&#58;',
  '#': '&#35;',
  '%': '&#37;',
  '@': '&#64;',
  '{': '&#123;',
  '}': '&#125;',
  ',': '&#44;',
};

const INLINE_RE = /[\\`*_[\]~|!<>&]/g;
const FRONT_MATTER_RE = new RegExp(`[${Object.keys(FRONT_MATTER).map((c) => `\\${c}`).join('')}]`, 'g');

/** A block marker at the start of a line: heading, list, quote, setext underline, ordered list. */
const LINE_START = /^([ \t]*)(?:([#+\-=])|(\d{1,9})([.)]))/;

/** Escapes one text run so that it reads back as itself. Linear in its length. */
export function escapeTargetText(text: string, options: EscapeOptions = {}): string {
  const frontMatter = options.context === 'front-matter';
  let out = frontMatter ? text.replace(FRONT_MATTER_RE, (ch) => FRONT_MATTER[ch]!) : text.replace(INLINE_RE, (ch) => INLINE[ch]!);
  if (options.lineStart && !frontMatter) {
    out = out.replace(LINE_START, (_all, indent: string, marker: string | undefined, digits: string | undefined, dot: string | undefined) => (marker ? `${indent}\\${marker}` : `${indent}${digits}\\${dot}`));
  }
  return out;
}
