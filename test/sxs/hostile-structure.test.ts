// Sources that once crashed the parser or lost content without a word: each now parses, says
// what happened at file:line:col, and shows what a browser would show.
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/render/render-document.ts';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';

const FRONT = '---\ntitle: t\nms.contentlocale: de-DE\n---\n\n';
const pair = (id: string, de: string, en: string) => `<span data-ttu-id="${id}">${de}</span><span class="sxs-lookup"><span data-stu-id="${id}">${en}</span></span>`;
const parse = (text: string) => parseSxs(text, { file: 'x.md' });
const html = (text: string) => renderDocument(parse(text), { side: 'target', langs: { target: 'de-DE', source: 'en-US' } });
const lines = (text: string) => parse(text).diagnostics.map(formatDiagnostic);

describe('front matter', () => {
  it('reports a YAML alias bomb as sxs-front-matter-yaml at the first alias, and keeps the plain lines', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const doc = parse(`---\ntitle: Titel\nms.contentlocale: de-DE\n${bomb}\n---\n\n${pair('a-1', 'Hallo', 'Hello')}\n`);
    expect(doc.diagnostics.map(formatDiagnostic)).toEqual([
      'x.md:4:4 error sxs-front-matter-yaml Unexpected YAML in front matter (Excessive alias count indicates a resource exhaustion attack), expected `key: value` lines (Write each value out: at most 100 alias expansions (`*name`) are read.)',
    ]);
    expect(doc.frontMatter.data.title).toBe('Titel');
  });
});

describe('tags markdown does not read', () => {
  it('reports an sxs span whose attributes run together, at the tag', () => {
    const text = `${FRONT}Vor <span data-ttu-id="a-1"dir="ltr">Hallo</span><span class="sxs-lookup"><span data-stu-id="a-1">Hello</span></span>\n`;
    expect(lines(text)).toContain('x.md:6:5 error sxs-unspaced-attributes Unexpected `<span data-ttu-id="a-1"dir="ltr">` with no space between two attributes, expected a space before each attribute (Add the space (`" dir=`); until then markdown does not read the tag, the pair is not formed and the page shows the tags as text.)');
  });

  it('leaves a spaced attribute list alone', () => {
    expect(lines(`${FRONT}<span data-ttu-id="a-1" dir="ltr">Hallo</span><span class="sxs-lookup"><span data-stu-id="a-1">Hello</span></span>\n`)).toEqual([]);
  });
});

describe('comments closed with --!>', () => {
  const text = `${FRONT}<!-- ${pair('a-1', 'Versteckt', 'Hidden')} --!> ${pair('a-2', 'Sichtbar', 'Visible')}\n`;

  it('end where HTML ends them: the segment after is published, the one inside is said to be not', () => {
    const doc = parse(text);
    expect(doc.segments.map((s) => s.id)).toEqual(['a-2']);
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['sxs-commented-segment']);
  });

  it('and the page shows what the parser publishes, and nothing it does not', () => {
    const out = html(text);
    expect(out).toContain('Sichtbar');
    expect(out).not.toContain('Versteckt');
  });
});

describe('block tags inside a segment', () => {
  const text = `${FRONT}${pair('a-1', 'Eins</p> zwei<div>drei', 'One two three')}\n`;

  it('are reported at the tag', () => {
    expect(lines(text).map((l) => l.split(' Unexpected')[0])).toEqual(['x.md:6:29 warning sxs-escaping-tag', 'x.md:6:38 warning sxs-escaping-tag']);
  });

  it('are shown as text, so the English twin stays in its segment, not in the German flow', () => {
    const out = html(text);
    const paragraph = /<div class="pair"><p>([\s\S]*?)<\/p><p class="pair-twin"/.exec(out)?.[1] ?? '';
    expect(paragraph).toContain('Eins&#x3C;/p> zwei&#x3C;div>drei');
    expect(paragraph).toContain('<span class="sxs-twin" id="o-a-1" lang="en-US" role="note">One two three</span>');
    expect(out.replace(paragraph, '')).not.toMatch(/<\/p>\s*One two three|<div>/);
  });

  it('leave inline markup that opens and closes in the segment alone', () => {
    expect(lines(`${FRONT}${pair('a-1', '<b>fett</b> und<br>neu', '<b>bold</b> and<br>new')}\n`)).toEqual([]);
  });
});

describe('a link to a fragment that does not percent-decode', () => {
  it('renders, the link kept as written', () => {
    const doc = parseSxs(`---\nms.contentlocale: de-DE\n---\n\n<span data-ttu-id="a-1">Siehe [hier](#%E0%A4%A) und [dort](#%).</span><span class="sxs-lookup"><span data-stu-id="a-1">See [here](#%).</span></span>\n`, { file: 'x.md' });
    const html = renderDocument(doc, { side: 'target', langs: { target: 'de-DE', source: 'en-US' } });
    expect(html).toContain('href="#%E0%A4%25A"');
    expect(html).toContain('Siehe');
  });
});
