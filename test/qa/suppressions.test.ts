import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { qaConfigSchema } from '../../src/qa/load-qa-config.js';
import { runQa } from '../../src/qa/run-qa.js';
import { inlineSuppressions } from '../../src/qa/suppressions.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { SEED } from '../helpers/shared.js';

const seed = readFileSync(SEED, 'utf8');
/** A config that declares the seed's dropped term, with other settings. */
const withTerms = (settings: object = {}) => qaConfigSchema.parse({ requiredTerms: ['Fast Track Partner'], ...settings });
const missingTerms = (text: string, config = withTerms()) =>
  runQa([parseSxs(text, { file: 'seed.md' })], { config, group: false })
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
    const config = withTerms({ suppress: [{ segment: '2ecbe-135', rules: ['missing-term'], file: 'seed.md', reason: 'checked' }] });
    expect(missingTerms(seed, config)).toEqual(['2ecbe-120']);
  });

  it('does not apply to another file', () => {
    const config = withTerms({ suppress: [{ segment: '2ecbe-135', file: 'other.md' }] });
    expect(missingTerms(seed, config)).toEqual(['2ecbe-120', '2ecbe-135']);
  });

  it('turns a rule off or changes its severity', () => {
    const off = withTerms({ rules: { 'missing-term': 'off' } });
    expect(missingTerms(seed, off)).toEqual([]);
    const raised = runQa([parseSxs(seed)], { config: withTerms({ rules: { 'missing-term': 'error' } }), group: false });
    expect(raised.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['missing-term', 'missing-term']);
  });

  it('drops a pattern wherever it occurs, for the rules named', () => {
    const config = withTerms({ suppress: [{ pattern: 'Fast Track Partner', rules: ['missing-term'] }] });
    expect(missingTerms(seed, config)).toEqual([]);
    expect(missingTerms(seed, withTerms({ suppress: [{ pattern: 'Fast Track Partner', rules: ['link-mismatch'] }] }))).toEqual(['2ecbe-120', '2ecbe-135']);
  });

  it('refuses an entry that names neither a segment nor a pattern', () => {
    expect(qaConfigSchema.safeParse({ suppress: [{ rules: ['missing-term'] }] }).success).toBe(false);
  });
});
