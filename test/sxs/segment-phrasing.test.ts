// Each segment side carries its phrasing, parsed once, with positions into the source: the
// tree's text is the side's text, every positioned node lies inside the side's markup, and a
// segment inside a raw HTML block is read (and rendered) like any other.
import { readFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/sxs/line-index.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { renderDocument } from '../../src/render/render-document.ts';
import type { AlignedDocument } from '../../src/sxs/types.ts';
import { SEED, corpusFiles, hasCorpus } from '../helpers/shared.ts';

const pair = (id: string, de: string, en: string) => `<span data-ttu-id="${id}">${de}</span><span class="sxs-lookup"><span data-stu-id="${id}">${en}</span></span>`;

function positioned(nodes: Nodes[]): Nodes[] {
  return nodes.flatMap((n) => [...(n.position ? [n] : []), ...('children' in n ? positioned(n.children as Nodes[]) : [])]);
}

/** Every segment side: its phrasing's text is its text; its nodes sit inside its markup, at consistent places. */
function expectPhrasingOf(doc: AlignedDocument): number {
  const lines = new LineIndex(doc.text);
  let checked = 0;
  for (const seg of doc.segments) {
    for (const side of [seg.target, seg.source]) {
      expect(toString({ type: 'paragraph', children: side.phrasing }, { includeHtml: false })).toBe(side.text);
      if (seg.context === 'front-matter') continue;
      for (const node of positioned(side.phrasing)) {
        const { start, end } = node.position!;
        expect(start.offset!).toBeGreaterThanOrEqual(side.range.start.offset);
        expect(end.offset!).toBeLessThanOrEqual(side.range.end.offset);
        expect(start).toEqual(lines.place(start.offset!));
        if (node.type === 'text' && !/[&\\]/.test(doc.text.slice(start.offset, end.offset))) expect(doc.text.slice(start.offset, end.offset)).toBe(node.value);
        checked++;
      }
    }
  }
  return checked;
}

describe('segment phrasing', () => {
  it('is the side read once, placed in the source, on the seed', () => {
    expect(expectPhrasingOf(parseSxs(readFileSync(SEED), { file: SEED }))).toBeGreaterThan(100);
  });

  it.runIf(hasCorpus)('is the side read once, placed in the source, on every corpus page', () => {
    for (const file of corpusFiles()) expectPhrasingOf(parseSxs(readFileSync(file), { file }));
  });

  it('reads a segment inside a raw HTML table cell as phrasing, with places, and renders its emphasis', () => {
    const text = `---\nms.contentlocale: de-DE\n---\n<table><tr><td>${pair('t-1', '- **Fett** Punkt', '- **Bold** point')}</td></tr></table>\n`;
    const doc = parseSxs(text);
    const [seg] = doc.segments;
    expect(seg!.context).toBe('html');
    expect(seg!.target.phrasing.map((n) => n.type)).toEqual(['text', 'strong', 'text']);
    const strong = seg!.target.phrasing[1]!;
    expect(text.slice(strong.position!.start.offset, strong.position!.end.offset)).toBe('**Fett**');
    expect(strong.position!.start.line).toBe(4);
    const html = renderDocument(doc, { side: 'target', langs: { target: 'de', source: 'en' } });
    expect(html).toContain('<strong>Fett</strong>');
    expect(html).not.toContain('**');
  });
});
