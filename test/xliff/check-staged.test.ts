import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdits, checkStaged, type TargetEdit } from '../../src/xliff/check-staged.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { SEED } from '../helpers/shared.js';

const seed = parseSxs(readFileSync(SEED), { file: 'seed.md' });
const text = (id: string, markup: string, plain = markup): TargetEdit => ({ id, markup, texts: [plain], textOnly: true });

describe('checkStaged', () => {
  it('passes edits that keep every pair and read back as written', () => {
    expect(checkStaged(seed, [text('2ecbe-118', 'Test-SKUs \\*nicht\\*.', 'Test-SKUs *nicht*.')])).toEqual([]);
  });

  it('names the unit whose markup closes its span early', () => {
    const problems = checkStaged(seed, [text('2ecbe-114', 'Gut.'), text('2ecbe-118', 'a</span><span data-ttu-id="2ecbe-999">b')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.unit).toBe('2ecbe-118');
    expect(problems[0]!.reason).toMatch(/^Unexpected (segment pairs after import: at pair \d+ the source would read `2ecbe-999`|sxs-[a-z-]+ error after import)/);
  });

  it('names a unit that starts a new block and so breaks its pair', () => {
    const problems = checkStaged(seed, [text('2ecbe-118', 'a\n\n# b')]);
    expect(problems.map((p) => p.unit)).toEqual(['2ecbe-118']);
  });

  it('names each unit whose text does not read back as written (an unescaped gender star, bold)', () => {
    const problems = checkStaged(seed, [text('2ecbe-114', 'Gut.'), text('2ecbe-118', 'Kund*innen und Partner*innen'), text('2ecbe-124', '**fett**')]);
    expect(problems.map((p) => p.unit)).toEqual(['2ecbe-118', '2ecbe-124']);
    expect(problems[1]!.reason).toBe('Unexpected text of `2ecbe-124` after import ("fett"), expected the translation as written');
  });

  it('applies edits at the segments\' offsets, from the end', () => {
    const out = applyEdits(seed, [text('2ecbe-105', 'A'), text('2ecbe-118', 'B')]);
    expect(parseSxs(out).segments.filter((s) => ['2ecbe-105', '2ecbe-118'].includes(s.id)).map((s) => s.target.markup)).toEqual(['A', 'B']);
  });
});
