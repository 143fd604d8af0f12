// Small sxs sources written by the tests themselves: pairs of a translation and its English.

import { pair, page as localePage } from './sxs-variants.ts';

export { pair };

/** A German page: front matter with its locale, then `body`. */
export const page = (body: string): string => localePage('de-DE', body);

/** An sxs source: front matter title, then paragraphs of [translation, English] pairs (`#` opens a heading). */
export function sxsSource(title: [string, string], paragraphs: Array<Array<[string, string]>>, prefix = 'ab12c'): string {
  let n = 100;
  const next = ([t, e]: [string, string]) => pair(`${prefix}-${++n}`, t, e);
  const titlePair = next(title);
  const body = paragraphs.map((p) => {
    const heading = p[0]![1].startsWith('# ');
    return heading ? `## ${next([p[0]![0], p[0]![1].slice(2)])}` : p.map(next).join(' ');
  });
  return `---\ntitle: ${titlePair}\nms.contentlocale: de-DE\n---\n\n${body.join('\n\n')}\n`;
}
