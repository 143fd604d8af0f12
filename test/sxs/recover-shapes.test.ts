// Shapes CommonMark reads otherwise than their authors meant, read as meant, each with its note:
// a lone opening span tag, a heading glued to a paragraph or written without a space, emphasis
// next to full-width punctuation. Generated variants of a small sxs page, never a corpus page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { renderDocument } from '../../src/render/render-document.ts';
import { shownIds } from '../../src/site/segment-census.ts';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import type { Competency } from '../../src/requirements/model.ts';
import { SEED } from '../helpers/shared.ts';
import { pair, page, variants } from '../helpers/sxs-variants.ts';

const render = (doc: ReturnType<typeof parseSxs>, side: 'target' | 'source') => renderDocument(doc, { side, langs: { target: doc.locales.target, source: 'en-US' } });
const words = (html: string) => html.replace(/<[^>]*>/g, '');

describe.each(variants())('$name', (v) => {
  const doc = parseSxs(v.source, { file: 'v.md' });

  it(`is read with one ${v.severity ?? 'info'} ${v.ruleId} and nothing worse`, () => {
    expect(doc.diagnostics.map((d) => `${d.severity} ${d.ruleId}`)).toEqual([`${v.severity ?? 'info'} ${v.ruleId}`]);
  });

  it('keeps every pair, each on both pages with its words', () => {
    expect(doc.segments.map((s) => s.id)).toEqual(v.ids);
    for (const side of ['target', 'source'] as const) {
      const html = render(doc, side);
      expect([...shownIds(html)], side).toEqual(v.ids);
      // No markup of the source reaches the page as text.
      expect(words(html), side).not.toMatch(/<\/?span|\*\*|#/);
      for (const s of doc.segments) expect(words(html).replace(/\s+/g, ' '), `${side} ${s.id}`).toContain(words(s[side].text).replace(/\s+/g, ' ').trim());
    }
  });
});

describe('the notes of each recovery', () => {
  const notes = (source: string) => parseSxs(source, { file: 'p.md' }).diagnostics.map(formatDiagnostic);

  it('names a lone opening tag at the tag', () => {
    expect(notes(page('de-DE', `Text.\n\n  <span data-ttu-id="a-1">\n  Eins.</span><span class="sxs-lookup"><span data-stu-id="a-1">One.</span></span>`))).toEqual([
      "p.md:6:3 info sxs-lone-span-opener Unexpected `<span data-ttu-id=\"a-1\">` alone at the end of its line, expected the segment's text on the line of its opening tag (Join the tag and its text on one line: a line holding one tag starts a raw HTML block in CommonMark. The page reads the lines as a paragraph meanwhile.)",
    ]);
  });

  it('names a glued heading at its marker, and reads a second one glued below it', () => {
    const doc = parseSxs(page('de-DE', `${pair('a-1', 'Eins.', 'One.')}\n##Option A\n${pair('a-2', 'Zwei.', 'Two.')}\n###<a name="gold"></a>Gold\n${pair('a-3', 'Drei.', 'Three.')}`), { file: 'p.md' });
    expect(doc.diagnostics.map(formatDiagnostic)).toEqual([
      'p.md:5:1 info sxs-glued-heading Unexpected heading `##O` on the line after a paragraph without a space after `##`, expected a blank line before the heading and a space after its marker (Write a blank line before it and `## `; the page reads it as a heading either way.)',
      'p.md:7:1 info sxs-glued-heading Unexpected heading `###<a` on the line after a paragraph without a space after `###`, expected a blank line before the heading and a space after its marker (Write a blank line before it and `### `; the page reads it as a heading either way.)',
    ]);
    expect(doc.headings.map((h) => `${h.depth} ${h.anchor} ${h.target} line ${h.line}`)).toEqual(['2 option-a Option A line 5', '3 gold Gold line 7']);
    expect(doc.tree.children.map((c) => c.type)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('takes a heading written at the margin after a list item out of the list, the items after it in a list of their own', () => {
    const doc = parseSxs(page('de-DE', `1. ${pair('a-1', 'Eins.', 'One.')}\n   - ${pair('a-2', 'Zwei.', 'Two.')}\n###Gold\n${pair('a-3', 'Drei.', 'Three.')}\n2. ${pair('a-4', 'Vier.', 'Four.')}`), { file: 'p.md' });
    expect(doc.tree.children.map((c) => `${c.type}:${c.position?.start.line}`)).toEqual(['list:4', 'heading:6', 'paragraph:7', 'list:8']);
    expect(doc.tree.children.map((c) => (c.type === 'list' ? c.start : undefined))).toEqual([1, undefined, undefined, 2]);
    expect(doc.segments.map((s) => s.id)).toEqual(['a-1', 'a-2', 'a-3', 'a-4']);
  });

  it('leaves a `#` that starts no heading as text: a number after it, escaped, or inside a line', () => {
    const doc = parseSxs(page('de-DE', `${pair('a-1', 'Eins.', 'One.')}\n#1 Priorität, C# und ##\n\\#Hashtag ${pair('a-2', 'Zwei.', 'Two.')}\n\n\\##Kein Titel`), { file: 'p.md' });
    expect(doc.diagnostics).toEqual([]);
    expect(doc.headings).toEqual([]);
  });

  it('names emphasis that could not close at its run, with the spelling that reads the same everywhere', () => {
    expect(notes(page('zh-CN', pair('a-1', '**注意：**如果', '**Note:** If')))).toEqual([
      'p.md:4:30 info sxs-unclosable-emphasis Unexpected `**` between `：` and `如` that CommonMark cannot read as closing emphasis, expected punctuation outside the emphasis markers (Write `**：` (the punctuation outside the asterisks) so every markdown reader sees the same; the page closes the emphasis inside its segment meanwhile.)',
    ]);
  });

  it('keeps a marker that nothing closes inside its segment from pairing with one of the next segment', () => {
    const doc = parseSxs(page('zh-CN', `${pair('a-1', '选择 _“管理”。', 'Select Manage_, then OK.')} ${pair('a-2', '**二**', '**Two**')}`), { file: 'p.md' });
    expect(doc.diagnostics.map(formatDiagnostic)).toEqual([
      'p.md:4:28 warning sxs-emphasis-across-segments Unexpected `_` that nothing closes inside its segment, expected emphasis to open and close inside one segment (The page shows the marker as text instead of letting it run into the next segment or out of its span; close the emphasis inside the segment or escape the marker (`\\_`).)',
    ]);
    expect(doc.segments.map((s) => [s.id, s.target.text, s.source.text])).toEqual([
      ['a-1', '选择 _“管理”。', 'Select Manage_, then OK.'],
      ['a-2', '二', 'Two'],
    ]);
  });

  it('leaves a whole pair in bold as it is', () => {
    const doc = parseSxs(page('de-DE', `**${pair('a-1', 'Eins', 'One')}** ${pair('a-2', '*Zwei*', '*Two*')}`));
    expect(doc.diagnostics).toEqual([]);
    expect(doc.tree.children[0]!.type === 'paragraph' && doc.tree.children[0].children[0]!.type).toBe('strong');
  });

  it('closes the emphasis inside its side, keeping the punctuation', () => {
    const doc = parseSxs(page('zh-CN', `${pair('a-1', '**注意：**如果', '**Note:** If')} ${pair('a-2', '请打开**设置**。', 'Open **Settings**.')}`));
    const [first] = doc.segments;
    expect(first!.target.phrasing.map((n) => n.type)).toEqual(['strong', 'text']);
    expect(first!.target.text).toBe('注意：如果');
    expect(doc.segments.map((s) => s.id)).toEqual(['a-1', 'a-2']);
  });
});

describe('a competency page with its headings glued and unspaced', () => {
  const text = readFileSync(SEED, 'utf8');
  const shape = (m: Competency) => m.options.map((o) => `${o.key}: ${o.levels.map((l) => `${l.level} (${l.requirements.length})`).join(', ')}`);

  it('gives the same options and levels as the page written well', () => {
    const glued = text.replace(/\r?\n\r?\n(#{2,3}) </g, '\n$1<').replace(/^(#{2,3}) </gm, '$1<');
    expect(glued).not.toBe(text);
    const well = extractRequirements(parseSxs(text, { file: 'seed.md' })).model;
    const doc = parseSxs(glued, { file: 'glued.md' });
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(doc.diagnostics.some((d) => d.ruleId === 'sxs-glued-heading')).toBe(true);
    expect(shape(extractRequirements(doc).model)).toEqual(shape(well));
    expect(shape(well).length).toBeGreaterThan(0);
  });
});
