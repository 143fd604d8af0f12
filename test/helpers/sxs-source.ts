// Small sxs sources written by the tests themselves: pairs of a translation and its English.

/** An sxs source: front matter title, then paragraphs of [translation, English] pairs (`#` opens a heading). */
export function sxsSource(title: [string, string], paragraphs: Array<Array<[string, string]>>, prefix = 'ab12c'): string {
  let n = 100;
  const pair = ([t, e]: [string, string]) => `<span data-ttu-id="${prefix}-${++n}">${t}</span><span class="sxs-lookup"><span data-stu-id="${prefix}-${n}">${e}</span></span>`;
  const titlePair = pair(title);
  const body = paragraphs.map((p) => {
    const heading = p[0]![1].startsWith('# ');
    return heading ? `## ${pair([p[0]![0], p[0]![1].slice(2)])}` : p.map(pair).join(' ');
  });
  return `---\ntitle: ${titlePair}\nms.contentlocale: de-DE\n---\n\n${body.join('\n\n')}\n`;
}
