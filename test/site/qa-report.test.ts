// The editors' QA page: what the requirement grammar made of each competency page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeSpans, extractionReports, reportGroups, sortFindings } from '../../src/site/qa-report.ts';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { pageBuilder } from '../requirements/sxs-page.ts';
import { SEED } from '../helpers/shared.ts';

describe('extractionReports', () => {
  it('counts the typed requirements of a page and lists those kept whole, with the first reason and the sentence to link to', () => {
    const seed = extractRequirements(parseSxs(readFileSync(SEED), { file: 'seed.md' })).model;
    const { seg, page } = pageBuilder();
    const odd = extractRequirements(
      page(`## ${seg('X', 'X option')}`, `### ${seg('S', 'Silver')}`, `1. ${seg('DE', 'Partner must also be an authorized Surface Hub ADR.')}`),
    ).model;
    const reports = extractionReports(
      [
        { lang: 'de', slug: 'seed', title: 'Seed', model: seed },
        { lang: 'de', slug: 'odd', title: 'Odd', model: odd },
        { lang: 'de', slug: 'plain', title: 'Plain' },
        { lang: 'en', slug: 'seed', title: 'Seed (en)', model: seed },
      ],
      'de',
    );
    expect(reports.map((r) => [r.title, r.href, r.typed, r.confirm.map((c) => [c.id, c.ruleId, c.segmentId])])).toEqual([
      ['Seed', '/de/seed/', 4, []],
      ['Odd', '/de/odd/', 0, [['x.silver.1', 'req-item-unknown', 'abcde-102']]],
    ]);
  });
});

describe('the QA report order and message text', () => {
  const d = (severity: 'error' | 'warning' | 'info', line: number, column = 1) => ({ severity, place: { line, column }, ruleId: 'r', reason: 'x' }) as Parameters<typeof sortFindings>[0][number];

  it('puts errors first, then warnings, then notes, each in source order', () => {
    const sorted = sortFindings([d('info', 1), d('error', 30), d('warning', 5), d('error', 2, 9), d('error', 2, 3)]);
    expect(sorted.map((x) => `${x.severity}@${x.place.line}:${x.place.column}`)).toEqual(['error@2:3', 'error@2:9', 'error@30:1', 'warning@5:1', 'info@1:1']);
  });

  it('puts the files with errors first, then path order', () => {
    const file = (name: string, ...ds: Array<ReturnType<typeof d>>) => ({ file: name, lang: 'de', slug: name, kind: 'page' as const, diagnostics: ds });
    const groups = reportGroups([file('a.md', d('info', 1)), file('c.md', d('error', 4)), file('b.md', d('warning', 2)), file('d.md', d('error', 1))], 'de');
    expect(groups.map((g) => g.file)).toEqual(['c.md', 'd.md', 'b.md', 'a.md']);
  });

  it.each([
    ['Unexpected `.` at the end of segment `2ecbe-114`, expected none', [['t', 'Unexpected '], ['c', '.'], ['t', ' at the end of segment '], ['c', '2ecbe-114'], ['t', ', expected none']]],
    ['no code here', [['t', 'no code here']]],
    ['a lone ` backtick', [['t', 'a lone ` backtick']]],
    ['`all code`', [['c', 'all code']]],
  ])('reads the code spans of %j', (message, parts) => {
    expect(codeSpans(message).map((p) => [p.code ? 'c' : 't', p.text])).toEqual(parts);
  });
});
