import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultQaConfig, loadQaConfig } from '../../src/qa/load-qa-config.js';
import { runQa } from '../../src/qa/run-qa.js';
import { formatDiagnostic } from '../../src/sxs/diagnostics.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { corpusFiles, hasCorpus, ROOT, SEED } from '../helpers/shared.js';

const seedText = readFileSync(SEED, 'utf8');
const projectConfig = loadQaConfig(join(ROOT, 'tandem-qa.json'));
const qaOf = (text: string, file = 'seed.md', config = defaultQaConfig()) => runQa([parseSxs(text, { file })], { config });

describe('runQa on the seed', () => {
  // "Fast Track Partner" is a term the project declares (tandem-qa.json): names are never guessed.
  const ds = qaOf(seedText, 'seed.md', projectConfig);

  it('reports the Fast Track Partner omission of 2ecbe-120 and 2ecbe-135 once, as a missing-term pattern with both occurrences', () => {
    const missing = ds.filter((d) => d.ruleId === 'missing-term');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.pattern).toBe('Fast Track Partner');
    expect(missing[0]!.occurrences!.map((o) => [o.segmentId, o.place.line])).toEqual([
      ['2ecbe-120', 27],
      ['2ecbe-135', 49],
    ]);
  });

  it('raises no error and no number finding (2.000 = 2,000, 70-346, Office365)', () => {
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ds.filter((d) => d.ruleId.startsWith('number-'))).toEqual([]);
  });

  it('has no warning other than the real defect', () => {
    expect(ds.filter((d) => d.severity === 'warning').map((d) => d.ruleId)).toEqual(['missing-term']);
  });

  it('guesses no term without a declaration', () => {
    expect(qaOf(seedText).filter((d) => d.ruleId === 'missing-term')).toEqual([]);
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
    const ds = runQa(docs, { config: projectConfig });
    expect(count(ds)).toMatchInlineSnapshot(`
      {
        "info end-punctuation": 1,
        "info inconsistent-source": 2,
        "info inconsistent-translation": 4,
        "info sxs-heading-without-space": 6,
        "warning missing-term": 1,
        "warning spacing-lost": 1,
      }
    `);
  });

  it('yields these rule counts with the built-in defaults (no glossary, no terms)', () => {
    expect(count(runQa(docs))).toMatchInlineSnapshot(`
      {
        "info end-punctuation": 1,
        "info inconsistent-source": 2,
        "info inconsistent-translation": 4,
        "info sxs-heading-without-space": 6,
        "warning spacing-lost": 1,
      }
    `);
  });
});
