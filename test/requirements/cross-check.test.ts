import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/requirements/cross-check.ts';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { ROOT, SEED } from '../helpers/shared.ts';

const fixture = (name: string) => {
  const file = `test/fixtures/${name}/input.md`;
  return parseSxs(readFileSync(join(ROOT, file)), { file });
};

describe('crossCheck', () => {
  it('reports the seed’s German lists without Fast Track Partner, at the German span', () => {
    const doc = parseSxs(readFileSync(SEED), { file: 'seed.md' });
    const { model } = extractRequirements(doc);
    const { diagnostics, disagreements } = crossCheck(doc, model);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'seed.md:27:37 warning req-list-item-missing Unexpected translated list without “Fast Track Partner”, expected every item of the English original (Correct the translation of segment 2ecbe-120 to match the English original.)',
      'seed.md:49:37 warning req-list-item-missing Unexpected translated list without “Fast Track Partner”, expected every item of the English original (Correct the translation of segment 2ecbe-135 to match the English original.)',
    ]);
    expect(disagreements.map((d) => d.segmentId)).toEqual(['2ecbe-120', '2ecbe-135']);
  });

  it('finds nothing else on the seed: 2.000 and 2,000 are the same number, Office365 and Office 365 the same 365', () => {
    const doc = parseSxs(readFileSync(SEED), { file: 'seed.md' });
    const { disagreements } = crossCheck(doc, extractRequirements(doc).model);
    expect(disagreements.filter((d) => d.kind !== 'list-item')).toEqual([]);
  });

  it.each([
    ['requirements-number-differs', 'number', '2,000', '2.500', 'req-number-mismatch', 'f0f0f-105', ['test-partner.silver.1']],
    ['requirements-code-differs', 'credential', '70-346', '70-347', 'req-credential-mismatch', 'f0f0f-108', ['test-partner.silver.2']],
  ])('reports %s: a %s that differs by value', (name, kind, source, target, ruleId, segmentId, requirementIds) => {
    const doc = fixture(name);
    const { disagreements, diagnostics } = crossCheck(doc, extractRequirements(doc).model);
    expect(disagreements).toEqual([
      expect.objectContaining({ segmentId, kind, source, target, requirementIds, note: { source: expect.stringContaining(target), target: expect.stringContaining(target) } }),
    ]);
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId, severity: 'warning', segmentId, place: doc.segments.find((s) => s.id === segmentId)!.target.range.start })]);
    expect(diagnostics[0]!.reason).toMatch(/^Unexpected .*, expected /);
  });

  it('lets the model follow the English number where the German differs', () => {
    const { model } = extractRequirements(fixture('requirements-number-differs'));
    const first = model.options[0]!.levels[0]!.requirements[0]!;
    expect(first.kind === 'performance' && first.thresholds[0]!.value).toBe(2000);
  });
});

describe('crossCheck on other locales', () => {
  it('reads a French exam code glued to its word (“Examen70-334”) as the same code', () => {
    const seg = (id: number, fr: string, en: string) => `<span data-ttu-id="aaaaa-${id}">${fr}</span><span class="sxs-lookup"><span data-stu-id="aaaaa-${id}">${en}</span></span>`;
    const text = [
      '---', 'title: Test', 'ms.contentlocale: fr-FR', '---',
      `## ${seg(100, 'Option X', 'X option')}`,
      `### ${seg(101, 'Argent', 'Silver')}`,
      `1. ${seg(102, 'Votre organisation doit avoir **2** personnes qui réussissent les examens.', 'Your organization must have **2** individuals pass the exam requirements.')}`,
      `    - ${seg(103, '**2** personnes doivent réussir tous les examens suivants :', '**2** individuals must pass all the following exams:')}`,
      `        - ${seg(104, '[Examen70-334](https://example.com/334) : Core Solutions', '[Exam 70-334](https://example.com/334): Core Solutions')}`,
      '',
    ].join('\n');
    const doc = parseSxs(text, { file: 'fr.md' });
    const { model, diagnostics } = extractRequirements(doc);
    expect(model.disagreements.filter((d) => d.kind === 'credential')).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === 'req-credential-mismatch')).toEqual([]);
  });
});

describe('crossCheck on the French and Japanese product pages', () => {
  const read = (lang: string, edit: (text: string) => string = (t) => t) => {
    const file = join(ROOT, 'test', 'fixtures', 'site-multilingual', lang, 'competency-cloud-productivity.md');
    const doc = parseSxs(edit(readFileSync(file, 'utf8')), { file: `${lang}.md` });
    return extractRequirements(doc).model.disagreements;
  };

  it.each(['fr-fr', 'ja-jp'])('finds no disagreement on a faithful %s translation (its own separators, glued codes, names kept in English)', (lang) => {
    expect(read(lang)).toEqual([]);
  });

  it.each([
    ['fr-fr', (t: string) => t.replace('déployé 2\u202f000 droits', 'déployé 3\u202f000 droits'), ['2ecbe-114', 'number', '2,000', '3\u202f000']],
    ['ja-jp', (t: string) => t.replace('2,000 のアクティブな権利', '3,000 のアクティブな権利'), ['2ecbe-114', 'number', '2,000', '3,000']],
    ['fr-fr', (t: string) => t.replace('Digital Partner of Record ou Fast Track Partner.</span><span class="sxs-lookup"><span data-stu-id="2ecbe-120">', 'ou Digital Partner of Record.</span><span class="sxs-lookup"><span data-stu-id="2ecbe-120">'), ['2ecbe-120', 'list-item', 'Fast Track Partner', undefined]],
    ['ja-jp', (t: string) => t.replace('[試験 70-346](https://www.microsoft.com/en-us/learning/exam-70-346.aspx)', '[試験 70-347](https://www.microsoft.com/en-us/learning/exam-70-346.aspx)'), ['2ecbe-124', 'credential', '70-346', '70-347']],
  ] as const)('reports a real defect in %s', (lang, edit, [segmentId, kind, source, target]) => {
    const found = read(lang, edit);
    expect(found.map((d) => [d.segmentId, d.kind, d.source, d.target])).toContainEqual([segmentId, kind, source, target]);
    const d = found.find((x) => x.segmentId === segmentId)!;
    expect(d.note.source).toMatch(/^The (French|Japanese) translation of this sentence /);
    expect(d.note.target).not.toMatch(/^The /);
  });
});
