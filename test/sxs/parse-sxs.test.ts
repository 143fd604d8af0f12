import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { SEED, corpusFiles, hasCorpus } from '../helpers/shared.ts';

const seedText = readFileSync(SEED);

describe('parseSxs on the seed', () => {
  const doc = parseSxs(seedText, { file: 'seed.md' });

  it('finds 39 pairs, 2ecbe-105 to 2ecbe-143, in order', () => {
    expect(doc.segments.map((s) => s.id)).toEqual(Array.from({ length: 39 }, (_, i) => `2ecbe-${105 + i}`));
  });

  it('keeps each side’s exact text', () => {
    const s114 = doc.segments.find((s) => s.id === '2ecbe-114')!;
    expect(s114.target.text).toBe('Partner müssen 2.000 aktive Berechtigungen (aktive Benutzer) bereitgestellt haben.');
    expect(s114.source.text).toBe('Partners must have deployed 2,000 active entitlements (active users)');
    const s124 = doc.segments.find((s) => s.id === '2ecbe-124')!;
    expect(s124.target.markup).toBe('[Prüfung 70-346](https://www.microsoft.com/en-us/learning/exam-70-346.aspx): Managing Office 365 Identities and Requirements');
    expect(s124.target.text).toBe('Prüfung 70-346: Managing Office 365 Identities and Requirements');
    expect(doc.segments[0]!.source.text).toBe('Cloud Productivity competency');
  });

  it('records where each side starts and its markup is exactly the source slice', () => {
    const s113 = doc.segments.find((s) => s.id === '2ecbe-113')!;
    expect(s113.range.start.line).toBe(20);
    expect(s113.target.range.start).toMatchObject({ line: 20, column: 39 });
    for (const s of doc.segments) {
      expect(doc.text.slice(s.target.range.start.offset, s.target.range.end.offset)).toBe(s.target.markup);
      expect(doc.text.slice(s.source.range.start.offset, s.source.range.end.offset)).toBe(s.source.markup);
    }
  });

  it('reads the locale pair and titles from the file', () => {
    expect(doc.locales).toEqual({ target: 'de-DE', source: 'en-US' });
    expect(doc.title).toEqual({ target: 'Cloud Productivity-Kompetenz', source: 'Cloud Productivity competency' });
    expect(doc.description.source).toMatch(/^The Cloud Productivity competency is for partners/);
    expect(doc.frontMatter.data['ms.lasthandoff']).toBe('07/07/2017');
  });

  it('takes heading anchors from the source and keeps them unique', () => {
    expect(doc.headings.map((h) => h.anchor)).toEqual(['cloud-productivity-competency', 'managed-service-partner-option', 'silver', 'gold']);
    expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('parseSxs on the corpus', () => {
  it.skipIf(!hasCorpus)('finds as many pairs as each page has data-ttu-id attributes, with no error', () => {
    for (const file of corpusFiles()) {
      const bytes = readFileSync(file);
      const doc = parseSxs(bytes, { file });
      const expected = (bytes.toString('utf8').match(/data-ttu-id/g) ?? []).length;
      expect(doc.segments.length, file).toBe(expected);
      expect(doc.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic), file).toEqual([]);
      for (const s of doc.segments) expect(s.source.text.trim(), `${file} ${s.id}`).not.toBe('');
    }
  });

  it.skipIf(!hasCorpus)('treats `#<a name>` with no space as a heading, ending at the line break', () => {
    const file = corpusFiles().find((f) => f.endsWith('competency-cloud-platform.md'))!;
    const doc = parseSxs(readFileSync(file), { file });
    expect(doc.headings[0]).toMatchObject({ depth: 1, anchor: 'cloud-platform', source: 'Cloud Platform' });
    expect(doc.diagnostics.some((d) => d.ruleId === 'sxs-heading-without-space' && d.place.line === 12)).toBe(true);
  });

  it.skipIf(!hasCorpus)('pairs segments inside raw HTML table cells', () => {
    const file = corpusFiles().find((f) => f.endsWith('create-user-accounts-and-set-permissions.md'))!;
    const doc = parseSxs(readFileSync(file), { file });
    const cell = doc.segments.find((s) => s.id === '04150-148')!;
    expect(cell).toMatchObject({ context: 'html' });
    expect(cell.target.text).toBe('Rolle im Partner Center');
    expect(cell.source.text).toBe('Role in Partner Center');
  });
});

describe('parseSxs on broken pairs', () => {
  const fm = '---\nms.contentlocale: de-DE\n---\n';
  const cases: Array<[string, string, string, number, number]> = [
    ['a target without twin', '<span data-ttu-id="a-1">Hallo</span> Welt', 'sxs-missing-twin', 4, 1],
    ['a twin whose id differs', '<span data-ttu-id="a-1">Hallo</span><span class="sxs-lookup"><span data-stu-id="a-2">Hello</span></span>', 'sxs-id-mismatch', 4, 62],
    ['an unclosed target', 'Text <span data-ttu-id="a-1">Hallo', 'sxs-unclosed-span', 4, 6],
    ['a twin before its target', '<span class="sxs-lookup"><span data-stu-id="a-1">Hello</span></span><span data-ttu-id="a-1">Hallo</span>', 'sxs-orphan-twin', 4, 1],
  ];
  it.each(cases)('reports %s at its line and column', (_name, body, ruleId, line, column) => {
    const doc = parseSxs(fm + body + '\n', { file: 'x.md' });
    const d = doc.diagnostics.find((x) => x.ruleId === ruleId);
    expect(d, JSON.stringify(doc.diagnostics)).toBeDefined();
    expect(formatDiagnostic(d!)).toMatch(new RegExp(`^x\\.md:${line}:${column} error ${ruleId} Unexpected`));
  });

  it('never loses the text of a broken pair', () => {
    const doc = parseSxs(fm + '<span data-ttu-id="a-1">Hallo</span> Welt\n', { file: 'x.md' });
    expect(doc.segments).toHaveLength(1);
    expect(doc.segments[0]!.target.text).toBe('Hallo');
  });
});

describe('reading damaged sources as a forgiving reader would', () => {
  const fm = '---\nms.contentlocale: de-DE\n---\n';
  const twin = (id: string, en: string) => `<span class="sxs-lookup"><span data-stu-id="${id}">${en}</span></span>`;
  const read = (body: string) => {
    const doc = parseSxs(`${fm}${body}`, { file: 'f.md' });
    return { doc, segments: doc.segments.map((s) => [s.id, s.target.text, s.source.text]), found: doc.diagnostics.map((d) => `${d.place.line}:${d.place.column} ${d.severity} ${d.ruleId}`) };
  };

  it('ends an unclosed target where its twin starts, so the twin stays its English side', () => {
    const { segments, found } = read(`<span data-ttu-id="a-1">Nie geschlossen. ${twin('a-1', 'Never closed.')}\n`);
    expect(segments).toEqual([['a-1', 'Nie geschlossen. ', 'Never closed.']]);
    expect(found).toEqual(['4:1 error sxs-unclosed-span']);
  });

  it('reads a data-stu-id span without its sxs-lookup wrapper as the twin', () => {
    const { segments, found } = read('<span data-ttu-id="a-1">Satz.</span><span data-stu-id="a-1">Sentence.</span>\n');
    expect(segments).toEqual([['a-1', 'Satz.', 'Sentence.']]);
    expect(found).toEqual(['4:37 error sxs-stray-markup']);
  });

  it('reads sxs text indented into a code block as the paragraphs and lists it was meant to be, at its place', () => {
    const body = `1. <span data-ttu-id="a-1">Eins.</span>${twin('a-1', 'One.')}\n\n          - <span data-ttu-id="a-2">Zwei.</span>${twin('a-2', 'Two.')}\n          - <span data-ttu-id="a-3">Drei.</span>${twin('a-3', 'Three.')}\n\n        Text <span data-ttu-id="a-4">Vier.</span>${twin('a-4', 'Four.')}\n`;
    const { doc, segments, found } = read(body);
    expect(segments.map((s) => s[1])).toEqual(['Eins.', 'Zwei.', 'Drei.', 'Vier.']);
    expect(found).toEqual(['6:13 warning sxs-markup-in-code']);
    for (const s of doc.segments) expect(doc.text.slice(s.target.range.start.offset, s.target.range.end.offset)).toBe(s.target.markup);
    expect(doc.segments.map((s) => `${s.target.range.start.line}:${s.target.range.start.column}`)).toEqual(['4:28', '6:37', '7:37', '9:38']);
    const item = (doc.tree.children[0] as import('mdast').List).children[0]!;
    expect(item.children.map((c) => c.type)).toEqual(['paragraph', 'list', 'paragraph']);
  });

  it('keeps sxs markup in fenced code an error: it would show as tags', () => {
    const { found } = read('```\n<span data-ttu-id="a-1">Eins.</span>\n```\n');
    expect(found).toContain('5:1 error sxs-markup-in-code');
  });

  it('notes a page without any pair as monolingual', () => {
    expect(read('# Nur Deutsch\n\nEin Absatz.\n').found).toEqual(['1:1 info sxs-monolingual']);
  });

  it('takes the folder’s locale for a file without ms.contentlocale, with a note', () => {
    const doc = parseSxs(`---\ntitle: x\n---\n<span data-ttu-id="a-1">Eins.</span>${twin('a-1', 'One.')}\n`, { fallbackLocale: 'de-de' });
    expect(doc.locales.target).toBe('de-DE');
    expect(doc.diagnostics.map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['info sxs-missing-locale']);
  });
});

describe('front matter YAML that does not parse', () => {
  it('still gives the page its title, description and locale from the key: value lines, and reports the error', () => {
    const doc = parseSxs('---\ntitle: Minecraft: Education Edition verkaufen\ndescription: "Offen\nms.contentlocale: fr-FR\n---\n<span data-ttu-id="a-1">Un.</span><span class="sxs-lookup"><span data-stu-id="a-1">One.</span></span>\n', { file: 'f.md' });
    expect(doc.title.target).toBe('Minecraft: Education Edition verkaufen');
    expect(doc.description.target).toBe('Offen');
    expect(doc.locales.target).toBe('fr-FR');
    expect(doc.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toContain('sxs-front-matter-yaml');
  });
});
