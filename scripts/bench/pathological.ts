// The pathological-input row of `npm run bench`: the seed page with 100,000 characters of one
// shape in a requirement segment (a 200 KB source), through parse, QA, extraction and render,
// seconds per stage. The target is under 2 s each; figures are printed, never asserted.
import { runQa } from '../../src/qa/run-qa.ts';
import { renderDocument } from '../../src/render/render-document.ts';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { exportXliff } from '../../src/xliff/export-xliff.ts';
import type { AlignedDocument } from '../../src/sxs/types.ts';
import { PATHOLOGICAL_SHAPES, RUN_PLACEMENTS, pathologicalSource, type RunPlacement } from '../../test/helpers/pathological-source.ts';

export interface PathologicalOptions {
  /** Characters of the shape in each language of the segment. Default: 100,000. */
  chars?: number;
  /** Names of the shapes to run. Default: every shape. */
  shapes?: string[];
  /** Where each run goes in the sentence. Default: at its start, inside it and at its end. */
  placements?: RunPlacement[];
}

/** Seconds `fn` took, or the error it threw (a stack overflow is a finding too). */
const time = <T>(fn: () => T): [T | undefined, number | string] => {
  const start = performance.now();
  try {
    const value = fn();
    return [value, (performance.now() - start) / 1000];
  } catch (error) {
    return [undefined, error instanceof Error ? error.name : 'error'];
  }
};

const render = (doc: AlignedDocument): void => {
  for (const side of ['target', 'source'] as const) renderDocument(doc, { side, langs: { target: doc.locales.target, source: doc.locales.source } });
};

export async function benchPathological(options: PathologicalOptions = {}): Promise<void> {
  const chars = options.chars ?? 100_000;
  const shapes = PATHOLOGICAL_SHAPES.filter((s) => !options.shapes || options.shapes.includes(s.name));
  const placements = options.placements ?? RUN_PLACEMENTS;
  console.log(`\nPathological inputs (${chars.toLocaleString('en')} characters of one shape in a requirement sentence, both languages, at its start, inside it before its number, at its end; target < 2 s per stage)`);
  console.log(`  ${'shape'.padEnd(16)} ${'where'.padEnd(6)} ${'parse'.padStart(7)} ${'QA'.padStart(7)} ${'extract'.padStart(7)} ${'render'.padStart(7)} ${'XLIFF'.padStart(7)}`);
  for (const { name, unit } of shapes) {
    for (const placement of placements) {
      const text = pathologicalSource(unit, chars, placement);
      const [doc, parse] = time(() => parseSxs(text, { file: `${name}.md` }));
      const [, qa] = doc ? time(() => runQa([doc])) : [, '-'];
      const [, extract] = doc ? time(() => extractRequirements(doc)) : [, '-'];
      const [, rendered] = doc ? time(() => render(doc)) : [, '-'];
      const [, xliff] = doc ? time(() => exportXliff([doc])) : [, '-'];
      const cell = (s: number | string) => (typeof s === 'number' ? `${s.toFixed(2)} s` : s).padStart(7);
      console.log(`  ${name.padEnd(16)} ${placement.padEnd(6)} ${cell(parse)} ${cell(qa)} ${cell(extract)} ${cell(rendered)} ${cell(xliff)}`);
    }
  }
}
