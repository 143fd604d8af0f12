// DocFX's markdown extensions as the localized repositories use them, read so that a page never
// shows their markup: alerts (`> [!NOTE]`, `>[!Important]`), the `:::image … :::` block and
// includes (`[!INCLUDE [name](../includes/file.md)]`).
import type { Blockquote, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export const ALERT_KINDS = ['note', 'tip', 'important', 'caution', 'warning'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

const ALERT = /^\s*\[!(note|tip|important|caution|warning)\][ \t]*/i;

/** An alert's kind and its content without the `[!KIND]` marker, or undefined for a plain quote. */
export function readAlert(node: Blockquote): { kind: AlertKind; children: Blockquote['children'] } | undefined {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const lead = first.children[0];
  if (lead?.type !== 'text') return undefined;
  const m = ALERT.exec(lead.value);
  if (!m) return undefined;
  const rest = lead.value.slice(m[0].length).replace(/^\r?\n/, '');
  const tail = first.children.slice(1);
  // The marker often stands alone on its line, ended by a hard break (`[!NOTE]  `).
  while (rest === '' && (tail[0]?.type === 'break' || (tail[0]?.type === 'text' && tail[0].value.trim() === ''))) tail.shift();
  const phrasing: PhrasingContent[] = [...(rest ? [{ ...lead, value: rest }] : []), ...tail];
  const children = phrasing.length ? [{ ...first, children: phrasing } as Paragraph, ...node.children.slice(1)] : node.children.slice(1);
  return { kind: m[1]!.toLowerCase() as AlertKind, children };
}

const IMAGE = /^:::image\s+([\s\S]*?)\s*:::\s*$/;
const ATTR = /([\w-]+)\s*=\s*"([^"]*)"/g;

/** The source and alt text of a `:::image type="content" source="…" alt-text="…":::` paragraph. */
export function readImageBlock(node: RootContent): { src: string; alt: string } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const m = IMAGE.exec(toString(node, { includeHtml: false }).trim());
  if (!m) return undefined;
  const attrs = Object.fromEntries([...m[1]!.matchAll(ATTR)].map((a) => [a[1]!.toLowerCase(), a[2]!]));
  return attrs.source ? { src: attrs.source, alt: attrs['alt-text'] ?? '' } : undefined;
}

/** The file a `[!INCLUDE [name](path.md)]` paragraph includes, or undefined for any other paragraph. */
export function readInclude(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const [open, link, close] = kids;
  if (kids.length !== 3 || open?.type !== 'text' || link?.type !== 'link' || close?.type !== 'text') return undefined;
  return /^\s*\[!include\s*$/i.test(open.value) && /^\s*\]\s*$/.test(close.value) ? link.url : undefined;
}
