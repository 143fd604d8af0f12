import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv, type AnySchema } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../src/qa/format-sarif.js';
import { runQa } from '../../src/qa/run-qa.js';
import { qaConfigSchema } from '../../src/qa/load-qa-config.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { SEED } from '../helpers/shared.js';

// The official SARIF 2.1.0 schema as shipped by @microsoft/jest-sarif. It is a draft-04
// schema; its keywords validate the same under Ajv's default draft once `id` is `$id`. One of
// its patterns (`language`) is not a valid Unicode-mode regular expression, hence
// `unicodeRegExp: false`.
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const { $schema: _draft, id, ...rest } = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
const schema = { $id: id, ...rest } as AnySchema;
const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);

const damaged = readFileSync(SEED, 'utf8').replace('Partner müssen 2.000 aktive', 'Partner müssen 20.000 aktive').replace('<span data-stu-id="2ecbe-124">', '<span data-stu-id="2ecbe-125">');

describe('formatSarif', () => {
  const ds = runQa([parseSxs(damaged, { file: 'content/de-de/a page.md' })]);
  const log = formatSarif(ds);

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a log the schema forbids (the validator is live)', () => {
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('has one result per diagnostic, at the German span, with the level mapped', () => {
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(ds.length);
    const number = results.find((r) => r.ruleId === 'number-mismatch')!;
    expect(number.level).toBe('error');
    expect(number.locations![0]!.physicalLocation!.region).toEqual({ startLine: 21, startColumn: 41 });
    expect(number.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('content/de-de/a%20page.md');
    expect(results.some((r) => r.ruleId === 'sxs-id-mismatch')).toBe(true);
  });

  it('describes every rule a result refers to', () => {
    const rules = log.runs[0]!.tool.driver.rules!;
    for (const r of log.runs[0]!.results!) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
  });

  it('gives a grouped finding its other occurrences as relatedLocations, still valid SARIF', () => {
    const grouped = formatSarif(runQa([parseSxs(readFileSync(SEED, 'utf8'), { file: 'seed.md' })], { config: qaConfigSchema.parse({ requiredTerms: ['Fast Track Partner'] }) }));
    expect(validate(grouped), JSON.stringify(validate.errors)).toBe(true);
    const result = grouped.runs[0]!.results!.find((r) => r.ruleId === 'missing-term')!;
    expect(result.locations![0]!.physicalLocation!.region!.startLine).toBe(27);
    expect(result.relatedLocations!.map((l) => l.physicalLocation!.region!.startLine)).toEqual([49]);
    expect(result.partialFingerprints).toEqual({ segmentId: '2ecbe-120', pattern: 'Fast Track Partner' });
  });
});
