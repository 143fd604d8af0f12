import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeTargetText } from '../../src/xliff/escape-target.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import type { SegmentContext } from '../../src/sxs/types.js';

type Where = SegmentContext | 'table cell' | 'second line';

/** A page whose one segment holds `markup`, in the place asked for; returns what it parses to. */
function readBack(markup: string, where: Where) {
  const pair = `<span data-ttu-id="e-101">${where === 'second line' ? 'Zeile\n' : ''}${markup}</span><span class="sxs-lookup"><span data-stu-id="e-101">Text.</span></span>`;
  const body = {
    phrasing: `Vorher ${pair} nachher.\n`,
    'second line': `Vorher ${pair} nachher.\n`,
    heading: `## ${pair}\n`,
    html: `<table><tr><td>${pair}</td></tr></table>\n`,
    'table cell': `| Spalte | B |\n| --- | --- |\n| ${pair} | y |\n`,
    'front-matter': '',
  }[where];
  const title = where === 'front-matter' ? `title: ${pair}\n` : '';
  const doc = parseSxs(`---\n${title}ms.contentlocale: de-DE\n---\n\n${body}\n| a | b |\n| - | - |\n| x | y |\n`);
  return { doc, segment: doc.segments.find((s) => s.id === 'e-101') };
}

const places: Where[] = ['phrasing', 'second line', 'heading', 'html', 'table cell', 'front-matter'];

describe('escapeTargetText', () => {
  it.each([
    ['Kund*innen und Partner*innen', 'Kund\\*innen und Partner\\*innen'],
    ['snake_case und _kursiv_', 'snake\\_case und \\_kursiv\\_'],
    ['[mehr](https://example.com)', '\\[mehr\\](https://example.com)'],
    ['</span><span class="sxs-lookup">', '&lt;/span&gt;&lt;span class="sxs-lookup"&gt;'],
    ['AT&T &amp; &#42;', 'AT&amp;T &amp;amp; &amp;#42;'],
    ['C:\\Pfad `code` ~~weg~~ a|b ![x]', 'C:\\\\Pfad \\`code\\` \\~\\~weg\\~\\~ a\\|b \\!\\[x\\]'],
  ])('escapes %j in a sentence', (text, markup) => {
    expect(escapeTargetText(text)).toBe(markup);
  });

  it.each([
    ['# Titel', '\\# Titel'],
    ['- Punkt', '\\- Punkt'],
    ['+ Punkt', '\\+ Punkt'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['2. Schritt', '2\\. Schritt'],
    ['  10) Schritt', '  10\\) Schritt'],
    ['> Zitat', '&gt; Zitat'],
    ['Mitten # drin - 1. ok', 'Mitten # drin - 1. ok'],
  ])('escapes %j at the start of a line', (text, markup) => {
    expect(escapeTargetText(text, { lineStart: true })).toBe(markup);
  });

  it('writes quotes, colons and hashes in front matter as entities', () => {
    expect(escapeTargetText(`Titel: "a" 'b' #1 \\`, { context: 'front-matter' })).toBe('Titel&#58; &quot;a&quot; &#39;b&#39; &#35;1 &#92;');
  });

  it.each(places)('gives text that reads back as itself in a %s', (where) => {
    const context = where === 'table cell' || where === 'second line' ? 'phrasing' : where;
    const piece = fc.constantFrom('*', '**', '_', '[', ']', '(', ')', '`', '<', '>', '&', '&amp;', '&lt;', '</span>', '<span class="sxs-lookup">', '\\', '#', '-', '+', '1.', '|', '!', '~', ':', "'", '"', ' ', 'ä', 'Wort', '😀', '---', '<!--', '-->', '%', '@', '{', '}', ',');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (parts) => {
        const text = `${where === 'second line' ? '' : 'a'}${parts.join('')}z`;
        const { doc, segment } = readBack(escapeTargetText(text, { context, lineStart: where === 'second line' }), where);
        expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(doc.segments.map((s) => s.id)).toEqual(['e-101']);
        expect(segment!.target.text).toBe(where === 'second line' ? `Zeile\n${text.trimStart()}` : text);
      }),
      { numRuns: 60 },
    );
  });
});
