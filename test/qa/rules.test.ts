// Every registered rule against its fixture folder (test/fixtures/qa-<rule-id>/): `fires.md`
// must yield exactly the findings of `expected.json`, `passes.md` none. `also` names parser
// rules that may report the same finding first (the rule then stays quiet, never doubles it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/qa/rules.js';
import { runQa } from '../../src/qa/run-qa.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { ROOT } from '../helpers/shared.js';

const fixture = (ruleId: string, name: string) => join(ROOT, 'test', 'fixtures', `qa-${ruleId}`, name);

interface Expected {
  also?: string[];
  fires: Array<{ segment: string; line: number; column: number }>;
}

const expectedOf = (ruleId: string): Expected => JSON.parse(readFileSync(fixture(ruleId, 'expected.json'), 'utf8')) as Expected;

function findings(ruleId: string, name: string) {
  const ids = new Set([ruleId, ...(expectedOf(ruleId).also ?? [])]);
  const rule = rules.find((r) => r.id === ruleId)!;
  const doc = parseSxs(readFileSync(fixture(ruleId, name)), { file: name });
  expect(doc.diagnostics.filter((d) => d.severity === 'error' && !ids.has(d.ruleId))).toEqual([]);
  // Each occurrence at its own place: the fixtures pin places, not the grouping of patterns.
  return runQa([doc], { rules: [rule], group: false }).filter((d) => ids.has(d.ruleId));
}

describe.each(rules.map((r) => [r.id]))('rule %s', (ruleId) => {
  it('has a fixture folder', () => {
    expect(existsSync(fixture(ruleId, 'expected.json'))).toBe(true);
  });

  it('fires on fires.md at the expected segments and places', () => {
    const expected = expectedOf(ruleId);
    const got = findings(ruleId, 'fires.md');
    // A parser rule may point at the English span instead of the German one: same line, other column.
    const place = (p: { line: number; column: number }) => (expected.also ? { line: p.line } : { line: p.line, column: p.column });
    expect(got.map((d) => ({ segment: d.segmentId, ...place(d.place) }))).toEqual(expected.fires.map((f) => ({ segment: f.segment, ...place(f) })));
    if (!expected.also) expect(got.every((d) => d.ruleId === ruleId)).toBe(true);
    for (const d of got) {
      expect(d.reason).toMatch(/^Unexpected /);
      expect(d.reason).toContain(`\`${d.segmentId}\``);
      expect(d.hint).toBeTruthy();
    }
  });

  it('stays silent on passes.md', () => {
    expect(findings(ruleId, 'passes.md')).toEqual([]);
  });
});
