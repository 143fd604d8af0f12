import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultQaConfig, loadQaConfig } from '../../src/qa/load-qa-config.js';
import { runQa } from '../../src/qa/run-qa.js';
import { formatDiagnostic } from '../../src/sxs/diagnostics.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { corpusFiles, hasCorpus, ROOT, SEED } from '../helpers/shared.js';

const seedText = readFileSync(SEED, 'utf8');
const qaOf = (text: string, file = 'seed.md') => runQa([parseSxs(text, { file })], { config: defaultQaConfig() });

describe('runQa on the seed', () => {
  const ds = qaOf(seedText);

  it('reports the Fast Track Partner omission of 2ecbe-120 and 2ecbe-135 as missing-term', () => {
    const missing = ds.filter((d) => d.ruleId === 'missing-term');
    expect(missing.map((d) => [d.segmentId, d.place.line])).toEqual([
      ['2ecbe-120', 27],
      ['2ecbe-135', 49],
    ]);
    expect(missing[0]!.reason).toContain('Fast Track Partner');
  });

  it('raises no error and no number finding (2.000 = 2,000, 70-346, Office365)', () => {
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ds.filter((d) => d.ruleId.startsWith('number-'))).toEqual([]);
  });

  it('has no warning other than the real defect', () => {
    expect(ds.filter((d) => d.severity === 'warning').map((d) => d.ruleId)).toEqual(['missing-term', 'missing-term']);
  });
});

describe('runQa on a damaged copy of the seed', () => {
  const damaged = seedText
    .replace('Partner müssen 2.000 aktive', 'Partner müssen 20.000 aktive')
    .replace('[Erfahren Sie mehr](https://partner.microsoft.com/en-us/membership/digital-partner-of-record) über diese Zuordnungen.</span><span class="sxs-lookup"><span data-stu-id="2ecbe-121">', '[Erfahren Sie mehr](https://partner.microsoft.com/en-us/membership/cloud-solution-provider) über diese Zuordnungen.</span><span class="sxs-lookup"><span data-stu-id="2ecbe-121">')
    .replace('<span data-stu-id="2ecbe-124">', '<span data-stu-id="2ecbe-125">')
    .replace('<span data-ttu-id="2ecbe-122">**1** Person', '<span data-ttu-id="2ecbe-122">**1 Person');
  const ds = qaOf(damaged, 'damaged.md');
  const at = (ruleId: string) => ds.filter((d) => d.ruleId === ruleId).map((d) => d.place.line);

  it('changes four places of the seed', () => {
    expect(damaged.split('\n').filter((line, i) => line !== seedText.split('\n')[i]).length).toBe(4);
  });

  it.each([
    ['number-mismatch', 21],
    ['link-mismatch', 28],
    ['markup-unbalanced', 30],
    ['sxs-id-mismatch', 34],
  ])('reports %s at line %i', (ruleId, line) => {
    expect(at(ruleId)).toContain(line);
  });

  it('prints the number error with the German span position and the segment id', () => {
    const d = ds.find((x) => x.ruleId === 'number-mismatch')!;
    expect(formatDiagnostic(d)).toMatch(/^damaged\.md:21:41 error number-mismatch Unexpected `20\.000` in segment `2ecbe-114`, expected the value of `2,000` as in the English \(/);
  });
});

describe.skipIf(!hasCorpus)('runQa on the development corpus', () => {
  const docs = hasCorpus ? corpusFiles().map((f) => parseSxs(readFileSync(f), { file: f.slice(f.lastIndexOf('/') + 1) })) : [];
  const count = (ds: ReturnType<typeof runQa>) => {
    const out: Record<string, number> = {};
    for (const d of ds) out[`${d.severity} ${d.ruleId}`] = (out[`${d.severity} ${d.ruleId}`] ?? 0) + 1;
    return Object.fromEntries(Object.entries(out).sort());
  };

  it('yields these rule counts with the project config (read and explained in docs/qa.md)', () => {
    const ds = runQa(docs, { config: loadQaConfig(join(ROOT, 'tandem-qa.json')) });
    expect(count(ds)).toMatchInlineSnapshot(`
      {
        "info end-punctuation": 24,
        "info sxs-heading-without-space": 31,
        "warning inconsistent-source": 5,
        "warning inconsistent-translation": 5,
        "warning missing-term": 2,
      }
    `);
  });

  it('yields these rule counts with the built-in defaults (no glossary, no terms)', () => {
    expect(count(runQa(docs))).toMatchInlineSnapshot(`
      {
        "info end-punctuation": 24,
        "info sxs-heading-without-space": 31,
        "warning inconsistent-source": 5,
        "warning inconsistent-translation": 5,
        "warning missing-term": 14,
      }
    `);
  });
});
