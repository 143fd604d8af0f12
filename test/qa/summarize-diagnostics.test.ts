import { describe, expect, it } from 'vitest';
import { buildQaReport, countDiagnostics, groupByFile, totalsByRule } from '../../src/qa/summarize-diagnostics.js';
import { runQa } from '../../src/qa/run-qa.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';

const page = (locale: string, target: string, source: string) =>
  `---\ntitle: T\nms.contentlocale: ${locale}\n---\n\n<span data-ttu-id="a-101">${target}</span><span class="sxs-lookup"><span data-stu-id="a-101">${source}</span></span>\n`;

describe('buildQaReport', () => {
  const docs = [parseSxs(page('de-DE', '20.000 Benutzer.', '2,000 users.'), { file: 'de.md' }), parseSxs(page('fr-FR', 'Les utilisateurs actifs du service', 'The active users of the service.'), { file: 'fr.md' })];
  const ds = runQa(docs);
  const report = buildQaReport(ds, docs);

  it('counts by severity and by rule', () => {
    expect(report.counts).toEqual(countDiagnostics(ds));
    expect(report.counts.error).toBe(1);
    expect(report.byRule['number-mismatch']).toBe(1);
  });

  it('groups files under their locale with their own counts', () => {
    expect(report.locales.map((l) => [l.locale, l.files.map((f) => f.file), l.counts.error])).toEqual([
      ['de-DE', ['de.md'], 1],
      ['fr-FR', ['fr.md'], 0],
    ]);
    expect(report.locales[0]!.files[0]!.items[0]).toMatchObject({ line: 6, column: 27, severity: 'error', ruleId: 'number-mismatch', segmentId: 'a-101' });
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('groups by file in name order', () => {
    expect([...groupByFile(ds).keys()]).toEqual(['de.md', 'fr.md']);
  });
});

describe('totalsByRule', () => {
  const at = (ruleId: string, severity: 'error' | 'warning' | 'info') => ({ file: 'a.md', place: { line: 1, column: 1, offset: 0 }, severity, ruleId, reason: 'Unexpected x, expected y' });
  it('counts each rule by severity, rules with errors first, then by findings', () => {
    const ds = [at('b-rule', 'warning'), at('b-rule', 'warning'), at('a-rule', 'info'), at('c-rule', 'error'), at('b-rule', 'info')];
    expect(totalsByRule(ds)).toEqual([
      { ruleId: 'c-rule', counts: { error: 1, warning: 0, info: 0 } },
      { ruleId: 'b-rule', counts: { error: 0, warning: 2, info: 1 } },
      { ruleId: 'a-rule', counts: { error: 0, warning: 0, info: 1 } },
    ]);
  });
});
