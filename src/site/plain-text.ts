// Titles and descriptions are text, never markup: front matter may carry tags (by mistake or
// malice), and a page shows only their words.
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';

const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

export function plainText(value: string): string {
  if (!value.includes('<') && !value.includes('&')) return value.trim();
  const tree = fromHtml(value, { fragment: true });
  remove(tree, (node) => node.type === 'element' && NOT_TEXT.has((node as Element).tagName));
  return toString(tree).replace(/\s+/g, ' ').trim();
}
