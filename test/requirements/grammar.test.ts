// The requirement grammar on small pages written the way real competency pages are: each
// clause form it accepts, each form it must refuse to type (kept whole for confirmation),
// and rewordings of the product page that keep or change its meaning.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import type { Requirement } from '../../src/requirements/model.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { SEED } from '../helpers/shared.ts';
import { shape } from './shape.ts';
import { EXAM, pageBuilder, silverPage } from './sxs-page.ts';

/** The requirements of one Silver level whose body is `lines` (English; the German side mirrors it). */
function silver(...lines: string[]) {
  const result = extractRequirements(silverPage(...lines));
  const requirements: Requirement[] = result.model.options[0]?.levels[0]?.requirements ?? [];
  return { requirements, shapes: requirements.map(shape), diagnostics: result.diagnostics };
}

describe('skills clauses', () => {
  it.each([
    ['all of / or a certification', [
      '1. {Your organization must have **2** individuals pass the exam requirements.}',
      '    - {**2** individuals must pass all the following exams:}',
      `        - ${EXAM('70-100')}`,
      `        - ${EXAM('70-101')}`,
      '    **{OR}**',
      '    - {**2** individuals must obtain the following certification:}',
      '        - {[MCSA](https://example.com/mcsa): Cloud}',
    ], 'skills 2: 2×[g1] — g1 all-of(70-100,70-101) | all-of(MCSA)'],
    ['number words, "Or" in mixed case as a list item, "all of the following"', [
      '1. {Your organization must have two individuals pass the exam requirements.}',
      '    - {Two individuals must pass all of the following exams:}',
      `        - ${EXAM('70-100')}`,
      `        - ${EXAM('70-101')}`,
      '    - {Or}',
      '    - {Two individuals must earn one of the following certifications:}',
      '        - {[MCSA](https://example.com/mcsa): Cloud}',
      '        - {[MCSE](https://example.com/mcse): Productivity}',
    ], 'skills 2: 2×[g1] — g1 all-of(70-100,70-101) | one-of(MCSA,MCSE)'],
    ['"each pass", then "1 of the same 2 individuals"', [
      '1. {Your organization must have **2** individuals pass the exam requirements.}',
      '    - {**2** individuals must each pass all the following exams:}',
      `        - ${EXAM('70-100')}`,
      `        - ${EXAM('70-101')}`,
      '    **{AND}**',
      '    - {**1** of the same **2** individuals must pass one of the following exams:}',
      `        * ${EXAM('70-102')}`,
      '        * {[PMI Agile Certified Practitioner (PMI-ACP)](https://example.com/pmi)}',
    ], 'skills 2: 1×[g1+g2] 1×[g1] — g1 all-of(70-100,70-101); g2 one-of(70-102,PMI-ACP)'],
    ['"the same individual also" and "the other individual", with no separator', [
      '2. {Your organization must have at least **2** individuals pass the exam requirements.}',
      '    - {**1** individual must pass one of the following exams:}',
      `        - ${EXAM('MB2-714')}`,
      `        - ${EXAM('MB2-713')}`,
      '    - {The same individual also must pass one of the following exams:}',
      `        - ${EXAM('MB2-710')}`,
      '    - {The other individual must pass one of the following exams:}',
      `        - ${EXAM('MB2-712')}`,
    ], 'skills 2: 1×[g1+g2] 1×[g3] — g1 one-of(MB2-714,MB2-713); g2 one-of(MB2-710); g3 one-of(MB2-712)'],
    ['"the same or different 5 individuals" counts people on their own', [
      '2. {Your organization must have at least **5** individuals pass the exam requirements.}',
      '    - {**5** individuals must pass all of the following technical exams:}',
      `        - ${EXAM('MB2-715')}`,
      `        - ${EXAM('MB2-716')}`,
      '    **{AND}**',
      '    - {The same or different **5** individuals must pass one of the following exams:}',
      `        - ${EXAM('MB2-717')}`,
      '        - {MB2-877: Field Service (Available in December 2017)}',
    ], 'skills 5: 5×[g1] +5×(g2) — g1 all-of(MB2-715,MB2-716); g2 one-of(MB2-717,MB2-877)'],
    ['"another individual", one exam each, joined by AND', [
      '2. {Your organization must have **3** individuals pass the exam requirements.}',
      '    - {**1** individual must pass the following exam:}',
      `        - {Exam [MB6-890](https://example.com/mb6-890): Development}`,
      '    **{AND}**',
      '    - {Another individual must pass the following exam:}',
      `        - ${EXAM('MB6-892')}`,
      '    **{AND}**',
      '    - {Another individual must pass the following exam:}',
      `        - ${EXAM('70-462')}`,
    ], 'skills 3: 1×[g1] 1×[g2] 1×[g3] — g1 all-of(MB6-890); g2 all-of(MB6-892); g3 all-of(70-462)'],
    ['"1 of the 2 individuals", then "All individuals must either … OR the following certification"', [
      '1. {Your organization must have **2** individuals pass the exams or a certification.}',
      '    - {**1** of the **2** individuals must pass the following assessment:}',
      '        - {[Technical Assessment for Voice](https://example.com/voice)}',
      '    - {**All** individuals must either pass all the following exams:}',
      `        - ${EXAM('70-334')}`,
      `        - ${EXAM('70-333')}`,
      '    **{OR}**',
      '    - {The following certification:}',
      '        - {[MCSE](https://example.com/mcse): Productivity}',
    ], 'skills 2: 1×[g1+g2] 1×[g2] — g1 all-of(assessment-voice); g2 all-of(70-334,70-333) | all-of(MCSE)'],
    ['"2 of the following" is k of a list', [
      '1. {Your organization must have **1** individual pass the exam requirements.}',
      '    - {**1** individual must pass 2 of the following exams:}',
      `        - ${EXAM('70-100')}`,
      `        - ${EXAM('70-101')}`,
      `        - ${EXAM('70-102')}`,
    ], 'skills 1: 1×[g1] — g1 k-of2(70-100,70-101,70-102)'],
    ['focus areas: all exams in any one of them, and the same individual an assessment', [
      '1. {Your organization must have **1** individual pass all of the exams in any one of the two focus areas: **A** OR **B**, and the individual must pass an assessment.}',
      '    - {**A** focus area}',
      `        - ${EXAM('70-767')}`,
      `        - ${EXAM('70-768')}`,
      '    - {**B** focus area}',
      `        - ${EXAM('70-773')}`,
      '    **{AND}**',
      '    - {The same individual must pass the following assessment:}',
      '        - {[Technical Assessment Foundational](https://example.com/f)}',
    ], 'skills 1: 1×[g1+g2] — g1 all-of(70-767,70-768) | all-of(70-773); g2 all-of(assessment-foundational)'],
    ['"any one of the exams" over focus areas: one exam of any', [
      '1. {Your organization must have **2** individuals pass any one of the exams.}',
      '    - {**System Center** 2012 focus area}',
      `        - ${EXAM('70-246')}`,
      '    - {**Windows Server 2012** focus area}',
      `        - ${EXAM('70-410')}`,
    ], 'skills 2: 2×[g1] — g1 one-of(70-246,70-410)'],
    ['a bare assessment link under the lead-in', [
      '1. {Your organization must have **1** individual pass the required assessment.}',
      '    - {[Technical Assessment Business Intelligence](https://example.com/bi)}',
    ], 'skills 1: 1×[g1] — g1 all-of(assessment-business-intelligence)'],
  ] as const)('reads %s', (_, lines, expected) => {
    const { shapes } = silver(...lines);
    expect(shapes).toEqual([expected]);
  });

  it('reads "(A AND B) OR C" with AND first, and says so', () => {
    const { shapes, diagnostics } = silver(
      '2. {Your organization must have **5** individuals pass the exam requirements.}',
      '    - {**5** individuals must pass all of the following technical exams:}',
      `        - ${EXAM('MB6-894')}`,
      '    **{AND}**',
      '    - {The same or different **5** individuals must pass one of the following functional exams:}',
      `        - ${EXAM('MB6-895')}`,
      '    **{OR}**',
      '    - {**5** individuals must pass all of the following exams:}',
      `        - ${EXAM('MB6-705')}`,
    );
    expect(shapes).toEqual(['skills 5: 5×[g1] +5×(g2) — g1 all-of(MB6-894); g2 one-of(MB6-895) OR 5×[g3] — g3 all-of(MB6-705)']);
    expect(diagnostics.map((d) => d.ruleId)).toContain('req-precedence-assumed');
  });

  it.each([
    ['a singular "the following assessment" over two items', [
      '1. {Your organization must have **2** individuals pass the required assessments.}',
      '    - {**2** individuals must pass the following assessment:}',
      '        - {[Technical Assessment A](https://example.com/a)}',
      '        - {[Technical Assessment B](https://example.com/b)}',
    ], 'req-quantity-ambiguous'],
    ['"different individuals" (more people than the clauses count)', [
      '1. {Your organization must have **2** individuals pass the exam requirements.}',
      '    - {**2** individuals must pass the following exam:}',
      `        - ${EXAM('70-100')}`,
      '    **{AND}**',
      '    - {**2** different individuals must pass the following exam:}',
      `        - ${EXAM('70-101')}`,
    ], 'req-individuals-mismatch'],
    ['a head count the clauses contradict', [
      '1. {Your organization must have **2** individuals pass the exam requirements.}',
      '    - {**3** individuals must pass all the following exams:}',
      `        - ${EXAM('70-100')}`,
    ], 'req-individuals-mismatch'],
    ['a clause that names no quantity', [
      '1. {Your organization must have **2** individuals pass the exam requirements.}',
      '    - {**2** individuals must pass exams such as these:}',
      `        - ${EXAM('70-100')}`,
    ], 'req-quantity-unknown'],
    ['a list item that is not a credential', [
      '1. {Your organization must have **2** individuals pass the exam requirements.}',
      '    - {**2** individuals must pass all the following exams:}',
      `        - ${EXAM('70-100')}`,
      '        - {You must also register your team with the program office.}',
    ], 'req-credential-unknown'],
  ] as const)('keeps %s whole for confirmation', (_, lines, ruleId) => {
    const { requirements, shapes, diagnostics } = silver(...lines);
    expect(shapes).toEqual([expect.stringMatching(/^confirm /)]);
    expect(shapes[0]).toContain(ruleId);
    // The whole item, every sentence, in both languages.
    const all = lines.flatMap((l) => [...l.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*/g, '')));
    expect(requirements[0]!.label.source.replace(/\*\*/g, '')).toBe(all.join(' '));
    expect(requirements[0]!.label.target.startsWith('DE ')).toBe(true);
    expect(diagnostics.some((d) => d.ruleId === ruleId && d.severity === 'info')).toBe(true);
  });
});

describe('performance clauses', () => {
  it.each([
    ['two minimums per market, each its own measure', [
      '1. {Your organization must meet the performance thresholds.}',
      '    - **{Developed Markets}**',
      '        - {Partner must have earned at least US$100,000 Revenue from Dynamics 365 Plan 2 and AX 2012 On-Premises.}',
      '        - {Partner must have earned a minimum of US$25,000 Cloud Revenue, Net New Revenue in the TTM period.}',
      '    - **{Developing Markets}**',
      '        - {Partner must have earned at least US$50,000 Revenue from Dynamics 365 Plan 2 and AX 2012 On-Premises.}',
      '        - {Partner must have earned a minimum of US$12,000 Cloud Revenue, Net New Revenue in the TTM period.}',
      '    - {For these customers, you have to be associated as Digital Partner of Record.}',
    ], ['performance usd-revenue developed 100000, developing 50000 (12 months)', 'performance usd-cloud-revenue developed 25000, developing 12000 (12 months)']],
    ['customers and seats in one sentence, numbers in names left alone', [
      '1. {Your organization must meet the performance thresholds.}',
      '    - {Add 3 new Office 365 customers and deploy 500 active entitlements within the last 12 months.}',
    ], ['performance new-customers 3 (per customer, 12 months)', 'performance active-users 500 (12 months)']],
    ['number words as minimums, "any one or combination" not', [
      '1. {Your organization must meet the performance thresholds.}',
      '    - {Add two new Office 365 customers within the last 12 months.}',
      '    - {Meet revenue thresholds of any one or combination of the eligible components.}',
    ], ['performance new-customers 2 (per customer, 12 months)']],
    ['years and names with numbers left alone', [
      '1. {Your organization must meet the performance thresholds.}',
      '    - {Partners must have sold 50 licenses of System Center 2012 or Visual Studio 2012 Level 2 since 2016.}',
    ], ['performance licenses 50']],
    ['a bold market paragraph over its siblings', [
      '1. {Your organization must meet the performance thresholds.}',
      '    **{Developed Markets}**',
      '    - {Partner must have earned a total annual gross license revenue of US$75,000}',
      '    - {Meet Revenue Requirements for Dynamics AX and Dynamics 365 Plan 2.}',
    ], ['performance usd developed 75000 (12 months)']],
    ['"In developed markets" as a heading', [
      '1. {Your organization must meet the performance thresholds.}',
      '    - **{In developed markets}**',
      '        - {Partners must have deployed 2,000 seats}',
      '    - **{In developing markets:}**',
      '        - {Partners must have deployed 1,000 seats}',
    ], ['performance seats developed 2000, developing 1000']],
  ] as const)('reads %s', (_, lines, expected) => {
    expect(silver(...lines).shapes).toEqual(expected);
  });

  it.each([
    ['a rate ("an average of 1 unit a month")', ['1. {Your organization must meet the performance thresholds.}', '    - {Partner must have shipped 12 devices in the TTM period with an average of 1 unit a month.}'], 'req-threshold-unknown'],
    ['a condition no reader knows', ['1. {Your organization must meet the performance thresholds.}', '    - {Partner must have shipped 12 devices in the TTM period.}', '    - {Partner must also be an authorized Surface Hub ADR.}'], 'req-sentence-unknown'],
    ['a market heading it does not know', ['1. {Your organization must meet the performance thresholds.}', '    - **{Mature markets}**', '        - {Partners must have deployed 2,000 seats}'], 'req-heading-unknown'],
    ['a percentage', ['1. {Your organization must meet the performance thresholds.}', '    - {At least 50% of your customers must renew.}'], 'req-threshold-unknown'],
    ['a minimum per customer ("each")', ['1. {Your organization must meet the performance thresholds.}', '    - {Partners must have 5 customers with at least 10 seats each.}'], 'req-threshold-unknown'],
    ['a maximum ("up to")', ['1. {Your organization must meet the performance thresholds.}', '    - {Partners may count up to 500 seats from one customer.}'], 'req-threshold-unknown'],
    ['an exclusion the checker cannot ask about', ['1. {Your organization must meet the performance thresholds.}', '    - {Partners must have deployed 2,000 seats.}', '    - {Internal use seats are not included.}'], 'req-exclusion-unknown'],
    ['a note that restricts what counts', ['1. {Your organization must meet the performance thresholds.}', '    - {Partners must have deployed 2,000 seats.}', '    - {Note: only customers in your own country count.}'], 'req-sentence-unknown'],
    ['a lead-in with no minimum after it', ['1. {Your organization must meet the performance thresholds.}', '    - {Meet the thresholds that Partner Center shows.}'], 'req-threshold-missing'],
  ] as const)('keeps %s whole for confirmation', (_, lines, ruleId) => {
    const { shapes } = silver(...lines);
    expect(shapes).toEqual([expect.stringMatching(/^confirm /)]);
    expect(shapes[0]).toContain(ruleId);
  });
});

describe('level and option headings', () => {
  const { seg, page } = pageBuilder();
  const item = `1. ${seg('DE', 'Your organization must meet the performance thresholds.')}\n    - ${seg('DE 2.000', 'Partners must have deployed 2,000 seats')}`;
  it.each([
    [`## ${seg('X', 'X option')}\n### ${seg('S', 'Silver level')}\n${item}\n### ${seg('G', 'Gold competency')}\n${item}`, ['x', ['silver', 'gold']]],
    [`## ${seg('X', 'Option: X')}\n**${seg('S', 'Silver')}**\n\n${item}`, ['x', ['silver']]],
    [`## ${seg('X', 'X Option')}\n### ${seg('S', 'The Silver level requirements')}\n${item}`, ['x', ['silver']]],
  ])('reads levels and options in their variants (%#)', (body, [option, levels]) => {
    const { model } = extractRequirements(page(body));
    expect(model.options.map((o) => [o.key, o.levels.map((l) => l.level)])).toEqual([[option, levels]]);
  });

  it('reports a heading that names a level in a form it does not know', () => {
    const { model, diagnostics } = extractRequirements(page(`## ${seg('X', 'X option')}`, `### ${seg('S', 'Silver and Gold')}`, item));
    expect(model.options).toEqual([]);
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toContainEqual(['req-level-heading-unknown', 'warning']);
  });
});

describe('rewordings of the product page', () => {
  const seedText = readFileSync(SEED, 'utf8');
  const modelOf = (text: string) => {
    const { model } = extractRequirements(parseSxs(text, { file: 'variant.md' }));
    return model.options.map((o) => [o.key, o.levels.map((l) => [l.level, l.requirements.map(shape)])]);
  };
  const base = modelOf(seedText);
  const english = (from: string, to: string) => (text: string) => text.replaceAll(`">${from}</span></span>`, `">${to}</span></span>`);
  const inEnglish = (from: string, to: string) => (text: string) =>
    text.replace(/(<span data-stu-id="[^"]+">)(.*?)(<\/span><\/span>)/g, (m, a: string, body: string, b: string) => `${a}${body.replaceAll(from, to)}${b}`);

  it.each([
    ['Silver → Silver level', english('Silver', 'Silver level')],
    ['Gold → Gold competency', english('Gold', 'Gold competency')],
    ['OR → Or', english('OR', 'Or')],
    ['OR → or', english('OR', 'or')],
    ['Developed markets → In developed markets', english('Developed markets', 'In developed markets')],
    ['Developing markets → Developing Markets:', english('Developing markets', 'Developing Markets:')],
    ['associated as → registered as', inEnglish('associated as', 'registered as')],
    ['all the following → all of the following', inEnglish('all the following', 'all of the following')],
    ['**1** individual → One individual', inEnglish('**1** individual', 'One individual')],
    ['**2** individuals → Two individuals', inEnglish('**2** individuals', 'Two individuals')],
    ['obtain → earn', inEnglish('must obtain', 'must earn')],
    ['2,000 → 2000', inEnglish('2,000', '2000')],
    ['have deployed → deploy', inEnglish('must have deployed', 'must deploy')],
    ['the performance thresholds → the following performance thresholds', inEnglish('meet the performance thresholds', 'meet the following performance thresholds')],
    ['are not included → are not counted', inEnglish('are not included', 'are not counted')],
  ])('keeps the model: %s', (_, rewrite) => {
    const text = rewrite(seedText);
    expect(text).not.toBe(seedText);
    expect(modelOf(text)).toEqual(base);
  });

  it.each([
    ['2,000 → 3,000', inEnglish('2,000', '3,000'), /developed 3000/],
    ['all the following exams → one of the following exams', inEnglish('all the following exams', 'one of the following exams'), /one-of\(70-346,70-347\)/],
    ['1 individual → 2 individuals in the Silver clauses', inEnglish('**1** individual must', '**2** individuals must'), /confirm \(req-individuals-mismatch/],
    ['Developed markets → Mature markets', english('Developed markets', 'Mature markets'), /confirm \(req-heading-unknown/],
  ])('changes the model or keeps it whole: %s', (_, rewrite, expected) => {
    const changed = modelOf(rewrite(seedText));
    expect(changed).not.toEqual(base);
    expect(JSON.stringify(changed)).toMatch(expected);
  });
});

describe('pathological sources', () => {
  it.each([
    ['100,000 closing parentheses', ')'.repeat(100_000)],
    ['100,000 opening brackets', '['.repeat(100_000)],
    ['100,000 spaces before a word', `${' '.repeat(100_000)}individuals must pass`],
    ['100,000 stars and spaces', '* '.repeat(50_000)],
  ])('keeps an item of %s whole, and returns', (_, text) => {
    const { shapes } = silver('1. {Your organization must meet the performance thresholds.}', `    - {Partners must have deployed 2,000 seats ${text}}`);
    expect(shapes).toEqual(['confirm (req-sentence-too-long)']);
  });

  it('reads no level from a heading of 100,000 characters, and returns', () => {
    const { seg, page } = pageBuilder();
    const { model } = extractRequirements(page(`## ${seg('X', 'X option')}`, `### ${seg('S', `Silver${' '.repeat(100_000)}:x`)}`, `1. ${seg('A', 'B')}`));
    expect(model.options).toEqual([]);
  });
});

describe('more shapes of real competency pages', () => {
  it.each([
    ['focus areas nested under each route', [
      '1. {Your organization must have **2** individuals pass the required exams or assessments.}',
      '    - {**2** individuals must each pass one of the following exams:}',
      '',
      '        - **{Application Builders}** {focus area}',
      '',
      `            - ${EXAM('70-354')}`,
      `            - ${EXAM('70-357')}`,
      '',
      '    **{OR}**',
      '',
      '    - {**2** individuals must each pass the following assessment:}',
      '',
      '        - **{Deployment Partner}** {focus area}',
      '',
      '            - {[Windows 10 Deployment, Security and Management Assessment](https://example.com/w10)}',
    ], 'skills 2: 2×[g1] — g1 one-of(70-354,70-357) | all-of(assessment-windows-10-deployment-securit-05q4qrq)'],
    ['"All individuals" for both clauses, joined by AND', [
      '2. {Your organization must have **4** individuals pass the required exams and assessment.}',
      '    - {**All** individuals must pass the following assessment:}',
      '        - {[Surface Hub Assessment](https://example.com/sh)}',
      '',
      '    **{AND}**',
      '',
      '    - {**All** individuals must each pass one of the following exams:}',
      `        - ${EXAM('70-347')}`,
      `        - ${EXAM('70-334')}`,
    ], 'skills 4: 4×[g1+g2] — g1 all-of(assessment-surface-hub-assessment); g2 one-of(70-347,70-334)'],
    ['"2 of the same 4 individuals must each pass the following exam", a Gold-only extra', [
      '1. {Your organization must have **4** individuals pass the exam requirements.}',
      '    - {**4** individuals must each pass all the following exams:}',
      `        * ${EXAM('74-343')}`,
      `        * ${EXAM('70-348')}`,
      '',
      '    **{AND}**',
      '',
      '    - {**2** of the same **4** individuals must each pass the following exam:}',
      `        *  ${EXAM('70-339')}`,
    ], 'skills 4: 2×[g1+g2] 2×[g1] — g1 all-of(74-343,70-348); g2 all-of(70-339)'],
    ['exams in focus areas, AND indented into the last one, then an assessment clause', [
      '1. {Your organization must have **2** individuals pass both exams and assessments.}',
      '    - {**2** individuals must pass any one of the following exams:}',
      '        - **{Windows Server}** {focus area}',
      `            - ${EXAM('70-410')}`,
      '        - **{Azure}** {focus area}',
      `            - ${EXAM('70-532')}`,
      '',
      '        **{AND}**',
      '',
      '    - {**2** individuals must pass the following assessment:}',
      '        - {[BizTalk Technical Competency Assessment for Application Integration (BizTalk Server 2013)](https://example.com/bt)}',
    ], 'skills 2: 2×[g1+g2] — g1 one-of(70-410,70-532); g2 all-of(assessment-biztalk-technical-competency-0my4f9m)'],
  ] as const)('reads %s', (_, lines, expected) => {
    expect(silver(...lines).shapes).toEqual([expected]);
  });

  it('reads a lead-in written as a paragraph, with its list under it, as one requirement', () => {
    const { shapes } = silver(
      '{Your organization must meet the performance thresholds.}',
      '',
      '- **{Developed Markets}**',
      '    - {Partner must have earned a total annual gross license revenue of US$175,000}',
      '- **{Developing Markets}**',
      '    - {Partner must have earned a total annual gross license revenue of US$75,000}',
    );
    expect(shapes).toEqual(['performance usd developed 175000, developing 75000 (12 months)']);
  });

  it('reads performance without skills at Silver, as small-business pages have it', () => {
    const { shapes } = silver(
      '1. {Your organization must meet the performance thresholds.}',
      '    - {You must have at least 4 net new Office 365 customers in the last 12 months.}',
      '    - {For these customers, you have to be associated as Office 365 Delegated Administrator or Transacting Partner or Digital Partner of Record.}',
    );
    expect(shapes).toEqual(['performance new-customers 4 (per customer, 12 months)']);
  });
});
