// Nothing is lost: every character inside a `data-ttu-id` or `data-stu-id` span of a source is
// either inside a parsed segment side with that id, or on a line an error diagnostic names.
// The spans are found here by a scanner of its own, not by the parser under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { LineIndex } from '../../src/sxs/line-index.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import type { AlignedDocument } from '../../src/sxs/types.ts';
import { SEED, corpusFiles, hasCorpus } from '../helpers/shared.ts';
import { FIXTURES, fixtures } from './fixture-dirs.ts';
import { markdownFiles } from '../../src/sxs/read-sources.ts';
import { isTocFile } from '../../src/sxs/parse-toc.ts';

interface RawSpan {
  id: string;
  side: 'target' | 'source';
  /** Content offsets in the decoded text. */
  start: number;
  end: number;
}

/** Spans of sxs text as written: from the opening tag to its matching `</span>`, or to the end of the block. */
function scanSpans(text: string): RawSpan[] {
  const spans: RawSpan[] = [];
  const comments = [...text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const inComment = (at: number) => comments.some(([a, b]) => a <= at && at < b);
  for (const m of text.matchAll(/<span\s[^>]*data-([ts])tu-id\s*=\s*"([^"]*)"[^>]*>/gi)) {
    if (inComment(m.index)) continue;
    const start = m.index + m[0].length;
    const blockEnd = /\n[ \t]*\r?\n|$/g;
    blockEnd.lastIndex = start;
    const limit = blockEnd.exec(text)!.index;
    let depth = 0;
    let end = limit;
    const tags = /<(\/?)span\b[^>]*>/gi;
    tags.lastIndex = start;
    for (let t = tags.exec(text); t && t.index < limit; t = tags.exec(text)) {
      if (!t[1]) depth++;
      else if (depth-- === 0) {
        end = t.index;
        break;
      }
    }
    spans.push({ id: m[2]!, side: m[1] === 't' ? 'target' : 'source', start, end });
  }
  return spans;
}

/** The characters of `doc` no segment holds and no error names, as `line:col id side`. */
function lostCharacters(doc: AlignedDocument): string[] {
  const errorLines = new Set(doc.diagnostics.filter((d) => d.severity === 'error').map((d) => d.place.line));
  const lines = doc.text.split(/\r\n|\r|\n/);
  const index = new LineIndex(doc.text);
  const lineOf = (offset: number) => index.place(offset).line;
  const lost: string[] = [];
  for (const span of scanSpans(doc.text)) {
    const sides = doc.segments.filter((s) => s.id === span.id).map((s) => s[span.side].range);
    const first = lineOf(span.start);
    const last = lineOf(span.end);
    const named = Array.from({ length: last - first + 1 }, (_, i) => first + i).some((l) => errorLines.has(l));
    for (let at = span.start; at < span.end && !named; at++) {
      if (!sides.some((r) => r.start.offset <= at && at < r.end.offset)) {
        lost.push(`${lineOf(at)} ${span.id} ${span.side} ${JSON.stringify(lines[lineOf(at) - 1]!.slice(0, 80))}`);
        break;
      }
    }
  }
  return lost;
}

const withoutFrontMatterQuoting = (doc: AlignedDocument) => doc.segments.filter((s) => s.context !== 'front-matter');

function expectNothingLost(doc: AlignedDocument): void {
  expect(lostCharacters(doc), doc.file).toEqual([]);
  // What a segment holds is the source itself, character for character.
  for (const s of withoutFrontMatterQuoting(doc)) {
    for (const side of [s.target, s.source]) expect(doc.text.slice(side.range.start.offset, side.range.end.offset), `${doc.file} ${s.id}`).toBe(side.markup);
  }
}

describe('nothing is lost', () => {
  it('on the seed', () => {
    const doc = parseSxs(readFileSync(SEED), { file: SEED });
    expect(scanSpans(doc.text)).toHaveLength(78);
    expectNothingLost(doc);
  });

  it.skipIf(!hasCorpus)('on every corpus page', () => {
    for (const file of corpusFiles()) expectNothingLost(parseSxs(readFileSync(file), { file }));
  });

  it('on every page of the repository-shaped folder', () => {
    const dir = join(FIXTURES, 'repo-shaped');
    const pages = markdownFiles(dir).filter((f) => !isTocFile(f));
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const file of pages) expectNothingLost(parseSxs(readFileSync(file), { file }));
  });

  it.each([...fixtures('broken'), ...fixtures('edge'), ...fixtures('hostile')].map((f) => [f.name, f] as const))('on %s', (_name, f) => {
    expectNothingLost(parseSxs(readFileSync(join(f.dir, 'input.md')), { file: f.file }));
  });

  it('catches a segment the parser drops', () => {
    const doc = parseSxs('---\nms.contentlocale: de-DE\n---\n<span data-ttu-id="a-1">Eins</span><span class="sxs-lookup"><span data-stu-id="a-1">One</span></span>\n');
    const dropped = { ...doc, segments: [] };
    expect(lostCharacters(dropped)).toHaveLength(2);
    const shortened = { ...doc, segments: doc.segments.map((s) => ({ ...s, source: { ...s.source, range: { ...s.source.range, end: { ...s.source.range.end, offset: s.source.range.end.offset - 1 } } } })) };
    expect(lostCharacters(shortened).map((l) => l.split(' ').slice(1, 3).join(' '))).toEqual(['a-1 source']);
    expect(doc.diagnostics.map(formatDiagnostic)).toEqual([]);
  });
});
