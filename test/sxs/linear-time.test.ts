// The linear-time guarantee: each hostile shape (a run of `)`, `[`, `*`, `<`, digits … in a
// requirement segment) goes through parse, QA, extraction and render, and 4 × the run costs a few
// × the time, never the 16 × of a quadratic step. The figures themselves are `npm run bench`'s.
import { describe, expect, it } from 'vitest';
import { runQa } from '../../src/qa/run-qa.ts';
import { renderDocument } from '../../src/render/render-document.ts';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import type { AlignedDocument } from '../../src/sxs/types.ts';
import { PATHOLOGICAL_SHAPES, pathologicalSource } from '../helpers/pathological-source.ts';

const SMALL = 6_000;
const LARGE = 4 * SMALL;

const STAGES: Array<[string, (text: string, doc: AlignedDocument) => unknown]> = [
  ['parse', (text) => parseSxs(text)],
  ['QA', (_text, doc) => runQa([doc])],
  ['extraction', (_text, doc) => extractRequirements(doc)],
  ['render', (_text, doc) => renderDocument(doc, { side: 'target', langs: { target: 'de-DE', source: 'en-US' } })],
];

/**
 * Milliseconds of each stage for a run of `chars` characters of `unit`, the least of `rounds` tries,
 * each on a freshly parsed document (stages may cache what they computed on a document).
 */
function stageTimes(unit: string, chars: number, rounds: number): number[] {
  const text = pathologicalSource(unit, chars);
  const best = STAGES.map(() => Infinity);
  for (let i = 0; i < rounds; i++) {
    const doc = parseSxs(text);
    for (const [s, [, stage]] of STAGES.entries()) {
      const start = performance.now();
      stage(text, doc);
      best[s] = Math.min(best[s]!, performance.now() - start);
    }
  }
  return best;
}

describe('hostile shapes take time linear in their length', () => {
  it.each(PATHOLOGICAL_SHAPES.map((s) => [s.name, s.unit]))('%s', (_name, unit) => {
    stageTimes(unit, SMALL, 1); // warm up: the first call of a stage compiles and loads what it needs
    const small = stageTimes(unit, SMALL, 2);
    const large = stageTimes(unit, LARGE, 2);
    // The seed page itself costs a few milliseconds a stage: a floor keeps noise from reading as growth.
    const ratios = STAGES.map(([name], i) => `${name} ${(large[i]! / Math.max(small[i]!, 15)).toFixed(1)}`);
    for (const [i, [name]] of STAGES.entries()) expect(large[i]! / Math.max(small[i]!, 15), `${name}: ${ratios.join(', ')}`).toBeLessThan(9);
  });
});
