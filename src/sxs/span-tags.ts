// Recognizers for the three tags of the sxs convention. Attribute order, quoting and
// extra whitespace vary between vendors' tools, so they match loosely.

const TARGET_OPEN = /^<span\s+(?:[^>]*\s)?data-ttu-id\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>$/i;
const SOURCE_OPEN = /^<span\s+(?:[^>]*\s)?data-stu-id\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>$/i;
const LOOKUP_OPEN = /^<span\s+(?:[^>]*\s)?class\s*=\s*(?:"\s*sxs-lookup\s*"|'\s*sxs-lookup\s*'|sxs-lookup)[^>]*>$/i;
const SPAN_OPEN = /^<span(?:\s[^>]*)?>$/i;
const SPAN_CLOSE = /^<\/span\s*>$/i;
const SXS_MARK = /data-[ts]tu-id|sxs-lookup/i;

function idOf(match: RegExpExecArray | null): string | undefined {
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** The id of a `<span data-ttu-id="…">` tag, or undefined. */
export const targetOpenId = (tag: string): string | undefined => idOf(TARGET_OPEN.exec(tag.trim()));
/** The id of a `<span data-stu-id="…">` tag, or undefined. */
export const sourceOpenId = (tag: string): string | undefined => idOf(SOURCE_OPEN.exec(tag.trim()));
export const isLookupOpen = (tag: string): boolean => LOOKUP_OPEN.test(tag.trim());
export const isSpanOpen = (tag: string): boolean => SPAN_OPEN.test(tag.trim());
export const isSpanClose = (tag: string): boolean => SPAN_CLOSE.test(tag.trim());
/** Whether some markup mentions the sxs convention at all. */
export const mentionsSxs = (markup: string): boolean => SXS_MARK.test(markup);

/** Whether some HTML is one comment: its first end, `-->` or (as in HTML, where a browser shows what follows) `--!>`, is its last characters. */
export function isHtmlComment(html: string): boolean {
  const t = html.trim();
  const end = t.startsWith('<!--') ? /--!?>/.exec(t.slice(4)) : null;
  return end !== null && 4 + end.index + end[0].length === t.length;
}

/** The prefix an id shares with the rest of its file: `2ecbe-114` → `2ecbe`. */
export function idPrefix(id: string): string {
  const dash = id.lastIndexOf('-');
  return dash > 0 ? id.slice(0, dash) : id;
}

/** A tag or text run of a raw HTML string, with offsets into that string. */
export interface HtmlToken {
  kind: 'tag' | 'text' | 'comment';
  value: string;
  start: number;
  end: number;
}

// A comment ends at `-->` or, as in HTML, at `--!>`.
const HTML_TOKEN = /<!--[\s\S]*?(?:--!?>|$)|<\/?[A-Za-z][^<>]*>|[^<]+|</g;

/** Splits raw HTML into tags, comments and text, keeping every character. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  for (const match of html.matchAll(HTML_TOKEN)) {
    const value = match[0];
    const start = match.index;
    const kind = value.startsWith('<!--') ? 'comment' : value.startsWith('<') && value.length > 1 ? 'tag' : 'text';
    const last = tokens.at(-1);
    if (kind === 'text' && last?.kind === 'text') {
      last.value += value;
      last.end = start + value.length;
    } else {
      tokens.push({ kind, value, start, end: start + value.length });
    }
  }
  return tokens;
}
