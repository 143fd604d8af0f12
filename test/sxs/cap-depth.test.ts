// Hostile nesting: deep enough that a recursive step overflowed the stack, each must parse, be
// reported at its place and render with every word still on the page.
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/render/render-document.ts';
import { MAX_DEPTH, MAX_HTML_DEPTH } from '../../src/sxs/cap-depth.ts';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { runQa } from '../../src/qa/run-qa.ts';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';

const FRONT = '---\ntitle: t\nms.contentlocale: de-DE\n---\n\n';
const pair = (de: string, en: string) => `<span data-ttu-id="a-1">${de}</span><span class="sxs-lookup"><span data-stu-id="a-1">${en}</span></span>`;
const render = (text: string) => {
  const doc = parseSxs(text, { file: 'deep.md' });
  runQa([doc]);
  extractRequirements(doc);
  return { doc, html: renderDocument(doc, { side: 'target', langs: { target: 'de-DE', source: 'en-US' } }) };
};
const limits = (doc: ReturnType<typeof parseSxs>) => doc.diagnostics.filter((d) => d.ruleId === 'sxs-nesting-too-deep' || d.ruleId === 'sxs-too-many-markers').map(formatDiagnostic);

describe('nesting past the caps', () => {
  it('reads 2,000 quote markers on a line, reports the first past the cap, and keeps the text', () => {
    const { doc, html } = render(`${FRONT}${'> '.repeat(2000)}${pair('Tief', 'Deep')}\n`);
    expect(limits(doc)[0]).toMatch(/^deep\.md:6:65 warning sxs-nesting-too-deep Unexpected line opening more than 32 quotes/);
    expect(html).toContain('Tief');
    expect(html.split('<blockquote>').length - 1).toBeLessThanOrEqual(MAX_DEPTH);
  });

  it('reads lists nested 2,000 deep on one line', () => {
    const { doc, html } = render(`${FRONT}${'- '.repeat(2000)}${pair('Liste', 'List')}\n`);
    // The lists past 32 levels are flattened; the markers past the 32nd are text.
    expect(limits(doc).map((l) => l.split(' Unexpected')[0])).toEqual(['deep.md:6:31 warning sxs-nesting-too-deep', 'deep.md:6:65 warning sxs-nesting-too-deep']);
    expect(html).toContain('Liste');
  });

  it('reads lists nested 600 deep by indentation (360 KB), reading the lines indented past the cap as text', () => {
    const text = FRONT + Array.from({ length: 600 }, (_, i) => `${'  '.repeat(i)}- item${i}`).join('\n') + '\n';
    const { doc, html } = render(text);
    expect(limits(doc).map((l) => l.split(' Unexpected')[0])).toEqual(['deep.md:21:31 warning sxs-nesting-too-deep', 'deep.md:38:66 warning sxs-nesting-too-deep']);
    for (const i of [0, 150, 599]) expect(html).toContain(`item${i}`);
  });

  it('reads 1,500 nested <div> around a pair, showing the tags past the cap as text', () => {
    const { doc, html } = render(`${FRONT}${'<div>'.repeat(1500)}${pair('Kern', 'Core')}${'</div>'.repeat(1500)}\n`);
    expect(limits(doc)).toEqual([`deep.md:6:${5 * MAX_HTML_DEPTH + 1} warning sxs-nesting-too-deep Unexpected HTML nested more than ${MAX_HTML_DEPTH} elements deep, expected at most ${MAX_HTML_DEPTH} open elements (Close the elements or flatten the markup; from this tag on the page shows the HTML as text.)`]);
    expect(html).toContain('&#x3C;div>');
    expect(html).toContain('Kern');
  });

  it('closes the elements it kept open before the cap, so the pairs after deep HTML still pair', () => {
    const later = '<span data-ttu-id="a-2">Danach</span><span class="sxs-lookup"><span data-stu-id="a-2">After</span></span>';
    const { doc, html } = render(`${FRONT}${'<div>'.repeat(1500)}x${'</div>'.repeat(1500)}\n\n${later}\n`);
    expect(doc.segments.map((s) => s.id)).toEqual(['a-2']);
    expect(html).toContain('Danach');
    expect(html).not.toMatch(/(<div>){65}/);
  });

  it('reads 1,500 nested <b> in a segment', () => {
    const { doc, html } = render(`${FRONT}${pair(`${'<b>'.repeat(1500)}fett${'</b>'.repeat(1500)}`, 'bold')}\n`);
    expect(limits(doc)).toHaveLength(1);
    expect(html).toContain('fett');
  });

  it('reads 50,000 nested strong markers across a pair', () => {
    const { doc, html } = render(`${FRONT}${pair(`${'*'.repeat(50_000)}x`, `y${'*'.repeat(50_000)}`)}\n`);
    expect(limits(doc).length).toBeGreaterThan(0);
    expect(html).toContain('x');
  });
});
