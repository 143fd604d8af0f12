import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { fixtures } from './fixture-dirs.ts';

const edge = fixtures('edge');

describe('valid sources at the edges of the sxs convention', () => {
  it.each(edge.map((f) => [f.name, f] as const))('%s parses to its expected.json', (_name, f) => {
    const doc = parseSxs(readFileSync(join(f.dir, 'input.md')), { file: f.file });
    const expected = JSON.parse(readFileSync(join(f.dir, 'expected.json'), 'utf8'));
    const got = doc.segments.map((s) => ({ id: s.id, context: s.context, ...(s.field ? { field: s.field } : {}), target: s.target.text, source: s.source.text, targetMarkup: s.target.markup, sourceMarkup: s.source.markup }));
    expect(got).toEqual(expected.segments);
    expect(doc.diagnostics.map((d) => `${d.place.line}:${d.place.column} ${d.severity} ${d.ruleId}`)).toEqual(expected.diagnostics);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('keeps commented-out segments off the page and says so once per comment', () => {
    const doc = parseSxs(readFileSync(join(edge.find((f) => f.name === 'edge-commented-segment')!.dir, 'input.md')));
    expect(doc.segments.map((s) => s.id)).toEqual(['c0ffe-101', 'c0ffe-104', 'c0ffe-106']);
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['sxs-commented-segment', 'sxs-commented-segment']);
  });

  it('takes title and description in both languages from spans in the front matter', () => {
    const doc = parseSxs(readFileSync(join(edge.find((f) => f.name === 'edge-front-matter-spans')!.dir, 'input.md')));
    expect(doc.title).toEqual({ target: 'Titel der Seite', source: 'Page title' });
    expect(doc.description).toEqual({ target: 'Die Beschreibung: kurz.', source: 'The description: short.' });
  });

  it('keeps paragraph-level ids whole and under the file prefix', () => {
    const doc = parseSxs(readFileSync(join(edge.find((f) => f.name === 'edge-paragraph-ids')!.dir, 'input.md')));
    expect(doc.segments.map((s) => [s.id, s.prefix])).toEqual([
      ['d2d10-p101', 'd2d10'],
      ['d2d10-p105', 'd2d10'],
      ['d2d10-106', 'd2d10'],
      ['d2d10-107', 'd2d10'],
    ]);
  });
});
