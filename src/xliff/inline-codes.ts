// A segment's markup as text and inline codes, the way XLIFF shows it to translators: paired
// markers (`**…**`, `[…](url)`) become `pc`, everything else that is not prose (code spans,
// images, HTML tags, entities, line breaks with their indentation) becomes `ph`. Every
// character lands in text or in a code's data, so `toMarkup(toInline(m)) === m` always.

export type InlineNode =
  | { kind: 'text'; value: string }
  | { kind: 'ph'; data: string }
  | { kind: 'pc'; start: string; end: string; children: InlineNode[] };

interface Frame {
  marker: string;
  start: string;
  children: InlineNode[];
}

const LINK = /^\[((?:[^\[\]\n]|\[[^\]\n]*\])*)\](\([^)\n]*\))/;
const STANDALONE = /^(?:!\[(?:[^\[\]\n]|\[[^\]\n]*\])*\]\([^)\n]*\)|(`+)[\s\S]*?\1|<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|\r?\n[ \t]*|\\[\\`*_{}\[\]()#+\-.!<>])/;
const EMPHASIS = /^(?:\*\*|__|\*|_)/;

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function pushText(into: InlineNode[], value: string): void {
  const last = into.at(-1);
  if (last?.kind === 'text') last.value += value;
  else into.push({ kind: 'text', value });
}

/** Splits markup into text and inline codes. */
export function toInline(markup: string): InlineNode[] {
  const root: Frame = { marker: '', start: '', children: [] };
  const stack: Frame[] = [root];
  const top = () => stack.at(-1)!;
  let i = 0;
  while (i < markup.length) {
    const rest = markup.slice(i);
    const standalone = STANDALONE.exec(rest);
    if (standalone) {
      top().children.push({ kind: 'ph', data: standalone[0] });
      i += standalone[0].length;
      continue;
    }
    const link = LINK.exec(rest);
    if (link) {
      top().children.push({ kind: 'pc', start: '[', end: `]${link[2]}`, children: toInline(link[1]!) });
      i += link[0].length;
      continue;
    }
    const emphasis = EMPHASIS.exec(rest);
    // `_` inside a word (snake_case) is text, not emphasis.
    const intraword = emphasis?.[0].startsWith('_') && isWordChar(markup[i - 1]) && isWordChar(markup[i + emphasis[0].length]);
    if (emphasis && !intraword) {
      const marker = emphasis[0];
      if (top().marker === marker) {
        const frame = stack.pop()!;
        top().children.push({ kind: 'pc', start: frame.start, end: marker, children: frame.children });
      } else stack.push({ marker, start: marker, children: [] });
      i += marker.length;
      continue;
    }
    pushText(top().children, markup[i]!);
    i++;
  }
  // Markers left open are lone characters on the page: standalone codes, content kept in place.
  while (stack.length > 1) {
    const frame = stack.pop()!;
    top().children.push({ kind: 'ph', data: frame.start });
    for (const child of frame.children) {
      if (child.kind === 'text') pushText(top().children, child.value);
      else top().children.push(child);
    }
  }
  return root.children;
}

/** Puts text and codes back together into markup. */
export function toMarkup(nodes: InlineNode[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.value : n.kind === 'ph' ? n.data : n.start + toMarkup(n.children) + n.end)).join('');
}
