// The hostile fixtures are valid sxs pages carrying script in every place content can reach:
// the parser must read them like any page (the sanitizer, later, must defuse them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { fixtures } from './fixture-dirs.ts';

const hostile = fixtures('hostile');
const ATTACK = /<script|\son\w+\s*=|javascript:|data:|<iframe|<style|<svg|&#|&lt;|\s(?:id|name)\s*=\s*"/i;

describe('hostile fixtures', () => {
  it('cover script, handlers, javascript: and data: links, iframe, style, svg, entities, front matter, cells and the English twin', () => {
    expect(hostile.map((f) => f.name)).toEqual(expect.arrayContaining([
      'hostile-script', 'hostile-event-handler', 'hostile-javascript-link', 'hostile-data-link', 'hostile-iframe', 'hostile-style',
      'hostile-svg-onload', 'hostile-entities', 'hostile-front-matter', 'hostile-front-matter-plain', 'hostile-table-cell', 'hostile-english-twin',
    ]));
  });

  it.each(hostile.map((f) => [f.name, f] as const))('%s parses as a valid page with its attack kept in the segments', (_name, f) => {
    const doc = parseSxs(readFileSync(join(f.dir, 'input.md')), { file: f.file });
    expect(doc.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(doc.segments.length).toBeGreaterThanOrEqual(1);
    for (const s of doc.segments) {
      expect(s.target.text.trim(), s.id).not.toBe('');
      expect(s.source.text.trim(), s.id).not.toBe('');
    }
    // The attack reaches the parsed document (a segment or the front matter), so the sanitizer sees it.
    const carried = [...doc.segments.flatMap((s) => [s.target.markup, s.source.markup]), ...Object.values(doc.frontMatter.data).map(String), doc.text];
    expect(carried.some((m) => ATTACK.test(m))).toBe(true);
  });

  it('puts the attacks of the twin fixture in the English side only', () => {
    const doc = parseSxs(readFileSync(join(hostile.find((f) => f.name === 'hostile-english-twin')!.dir, 'input.md')));
    const body = doc.segments.filter((s) => s.context !== 'heading');
    expect(body.every((s) => !ATTACK.test(s.target.markup) && ATTACK.test(s.source.markup))).toBe(true);
  });

  it('keeps front matter attacks inside the title and description pairs', () => {
    const doc = parseSxs(readFileSync(join(hostile.find((f) => f.name === 'hostile-front-matter')!.dir, 'input.md')));
    const fm = doc.segments.filter((s) => s.context === 'front-matter');
    expect(fm.map((s) => s.field)).toEqual(['title', 'description']);
    expect(fm.every((s) => ATTACK.test(s.target.markup) && ATTACK.test(s.source.markup))).toBe(true);
  });
});
