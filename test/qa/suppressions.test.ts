import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultQaConfig, qaConfigSchema } from '../../src/qa/load-qa-config.js';
import { runQa } from '../../src/qa/run-qa.js';
import { inlineSuppressions } from '../../src/qa/suppressions.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { SEED } from '../helpers/shared.js';

const seed = readFileSync(SEED, 'utf8');
const missingTerms = (text: string, config = defaultQaConfig()) =>
  runQa([parseSxs(text, { file: 'seed.md' })], { config })
    .filter((d) => d.ruleId === 'missing-term')
    .map((d) => d.segmentId);

const beforeLine27 = (comment: string) => seed.replace('    - <span data-ttu-id="2ecbe-120">', `    ${comment}\n    - <span data-ttu-id="2ecbe-120">`);

describe('inline suppression', () => {
  it('drops the named rule for the next segment only', () => {
    expect(missingTerms(beforeLine27('<!-- tandem-qa-disable missing-term -->'))).toEqual(['2ecbe-135']);
  });

  it('drops every rule when no rule is named', () => {
    const text = beforeLine27('<!-- tandem-qa-disable -->');
    expect(inlineSuppressions(parseSxs(text)).get('2ecbe-120')).toEqual(new Set());
    expect(missingTerms(text)).toEqual(['2ecbe-135']);
  });

  it('keeps findings of other rules', () => {
    expect(missingTerms(beforeLine27('<!-- tandem-qa-disable link-mismatch, number-mismatch -->'))).toEqual(['2ecbe-120', '2ecbe-135']);
  });

  it('does not reach past the next line', () => {
    expect(missingTerms(beforeLine27('<!-- tandem-qa-disable missing-term -->\n'))).toEqual(['2ecbe-120', '2ecbe-135']);
  });
});

describe('config suppression', () => {
  it('drops one segment, optionally for some rules and files', () => {
    const config = qaConfigSchema.parse({ suppress: [{ segment: '2ecbe-135', rules: ['missing-term'], file: 'seed.md', reason: 'checked' }] });
    expect(missingTerms(seed, config)).toEqual(['2ecbe-120']);
  });

  it('does not apply to another file', () => {
    const config = qaConfigSchema.parse({ suppress: [{ segment: '2ecbe-135', file: 'other.md' }] });
    expect(missingTerms(seed, config)).toEqual(['2ecbe-120', '2ecbe-135']);
  });

  it('turns a rule off or changes its severity', () => {
    const off = qaConfigSchema.parse({ rules: { 'missing-term': 'off' } });
    expect(missingTerms(seed, off)).toEqual([]);
    const raised = runQa([parseSxs(seed)], { config: qaConfigSchema.parse({ rules: { 'missing-term': 'error' } }) });
    expect(raised.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['missing-term', 'missing-term']);
  });
});
