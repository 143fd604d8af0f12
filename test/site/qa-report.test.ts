// The editors' QA page: what the requirement grammar made of each competency page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractionReports } from '../../src/site/qa-report.ts';
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
