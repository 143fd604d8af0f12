import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import { findSections } from '../../src/requirements/find-sections.ts';
import { Competency, competencyJsonSchema, type PerformanceRequirement, type Requirement, type SkillsRequirement } from '../../src/requirements/model.ts';
import { sentencesIn } from '../../src/requirements/sentences.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import type { AlignedDocument } from '../../src/sxs/types.ts';
import { SEED, corpusFiles, hasCorpus } from '../helpers/shared.ts';
import { shape } from './shape.ts';

const seedDoc = parseSxs(readFileSync(SEED), { file: 'content/de-de/competency-cloud-productivity.md' });
const seed = extractRequirements(seedDoc);
const requirements = (m: Competency): Requirement[] => m.options.flatMap((o) => o.levels.flatMap((l) => l.requirements));

function level(name: 'silver' | 'gold') {
  const found = seed.model.options[0]!.levels.find((l) => l.level === name)!;
  const of = <K extends Requirement['kind']>(kind: K) => found.requirements.filter((r) => r.kind === kind) as Extract<Requirement, { kind: K }>[];
  return { found, performance: of('performance')[0]!, skills: of('skills')[0]!, confirms: of('confirm') };
}

const WORKLOADS = ['Exchange Online', 'SharePoint Online', 'Skype for Business', 'Yammer', 'ProPlus'];
const ASSOCIATIONS = ['Office 365 Delegated Administrator', 'Transacting Partner', 'Digital Partner of Record', 'Fast Track Partner'];

describe('extractRequirements on the seed', () => {
  it('finds one option, Managed Service Partner, with Silver and Gold', () => {
    expect(seed.model.options.map((o) => [o.key, o.name, o.anchor, o.segmentIds])).toEqual([
      ['managed-service-partner', { source: 'Managed Service Partner', target: 'Managed Service Partner' }, 'managed-service-partner-option', ['2ecbe-108']],
    ]);
    expect(seed.model.options[0]!.levels.map((l) => [l.level, l.anchor, l.name.target])).toEqual([
      ['silver', 'silver', 'Silver'],
      ['gold', 'gold', 'Gold'],
    ]);
  });

  it('reads every requirement of the seed: nothing is kept whole for confirmation', () => {
    expect(requirements(seed.model).map((r) => [r.id, r.kind])).toEqual([
      ['managed-service-partner.silver.1', 'performance'],
      ['managed-service-partner.silver.2', 'skills'],
      ['managed-service-partner.gold.1', 'performance'],
      ['managed-service-partner.gold.2', 'skills'],
    ]);
    expect(seed.report).toEqual({ typed: 4, confirm: 0 });
  });

  it.each([
    ['silver', [{ market: 'developed', value: 2000, segmentIds: ['2ecbe-114'] }, { market: 'developing', value: 1000, segmentIds: ['2ecbe-116'] }], { w: '2ecbe-117', x: '2ecbe-118', n: '2ecbe-119', a: '2ecbe-120' }],
    ['gold', [{ market: 'all', value: 4000, segmentIds: ['2ecbe-131'] }], { w: '2ecbe-132', x: '2ecbe-133', n: '2ecbe-134', a: '2ecbe-135' }],
  ] as const)('reads the %s performance threshold with its conditions and segment ids', (name, thresholds, seg) => {
    const p: PerformanceRequirement = level(name).performance;
    expect(p.unit).toBe('active-users');
    expect(p.unitLabel).toEqual({ source: 'active users', target: 'aktive Benutzer' });
    expect(p.thresholds).toEqual(thresholds);
    expect(p.window).toBeUndefined();
    expect(p.workloads.map((w) => [w.name.source, w.segmentIds])).toEqual(WORKLOADS.map((w) => [w, [seg.w]]));
    expect(p.exclusions.map((e) => [e.key, e.label.source, e.label.target, e.segmentIds])).toEqual([['trial', 'Trial SKUs are not included.', 'Jedoch nicht um Test-SKUs.', [seg.x]]]);
    expect(p.measure).toBe('per-workload');
    expect(p.notes.map((n) => n.segmentIds[0])).toContain(seg.n);
    expect(p.associations.map((a) => [a.name.source, a.segmentIds])).toEqual(ASSOCIATIONS.map((a) => [a, [seg.a]]));
    expect(p.associations[0]!.name.target).toBe('delegierter Office365-Administrator');
    expect(p.anchor).toBe(name);
  });

  it.each([
    ['silver', 1, ['2ecbe-123', '2ecbe-124', '2ecbe-125'], ['2ecbe-127', '2ecbe-128']],
    ['gold', 2, ['2ecbe-138', '2ecbe-139', '2ecbe-140'], ['2ecbe-142', '2ecbe-143']],
  ] as const)('reads the %s skills: %i individual(s), both exams or MCSA: Office 365', (name, individuals, examIds, certIds) => {
    const s: SkillsRequirement = level(name).skills;
    expect(shape(s)).toBe(`skills ${individuals}: ${individuals}×[g1] — g1 all-of(70-346,70-347) | all-of(MCSA)`);
    const routes = s.alternatives.flatMap((a) => a.groups.flatMap((g) => g.routes));
    expect(routes.map((r) => r.label.source)).toEqual([`${individuals} ${individuals === 1 ? 'individual' : 'individuals'} must pass all the following exams:`, `${individuals} ${individuals === 1 ? 'individual' : 'individuals'} must obtain the following certification:`]);
    expect(routes.map((r) => [r.credentials.map((c) => [c.kind, c.key]), r.segmentIds])).toEqual([
      [[['exam', 'exam-70-346'], ['exam', 'exam-70-347']], examIds],
      [[['certification', 'cert-mcsa-office-365']], certIds],
    ]);
    const [exam, , cert] = routes.flatMap((r) => r.credentials);
    expect(exam!.url).toBe('https://www.microsoft.com/en-us/learning/exam-70-346.aspx');
    expect(exam!.title).toEqual({ source: 'Exam 70-346: Managing Office 365 Identities and Requirements', target: 'Prüfung 70-346: Managing Office 365 Identities and Requirements' });
    expect(cert!.title.source).toBe('MCSA: Office 365');
  });

  it('records that the German of 2ecbe-120 and 2ecbe-135 leaves out Fast Track Partner, for the affected requirements', () => {
    expect(seed.model.disagreements.map((d) => [d.segmentId, d.kind, d.source, d.target, d.requirementIds])).toEqual([
      ['2ecbe-120', 'list-item', 'Fast Track Partner', undefined, ['managed-service-partner.silver.1']],
      ['2ecbe-135', 'list-item', 'Fast Track Partner', undefined, ['managed-service-partner.gold.1']],
    ]);
    expect(seed.model.disagreements[0]!.note.target).toContain('Fast Track Partner');
  });

  it('carries the page’s title, locales and origin', () => {
    expect(seed.model.slug).toBe('competency-cloud-productivity');
    expect(seed.model.title.source).toBe('Cloud Productivity competency');
    expect(seed.model.locales.target).toBe('de-DE');
    expect(seed.model.origin.openlocfilehash).toBe('b9616b455fae524af82ce0880b99bcdde5816fa7');
    expect(extractRequirements(seedDoc, { slug: 'x' }).model.slug).toBe('x');
  });

  it('validates with Competency.parse and against the published JSON Schema', () => {
    expect(() => Competency.parse(seed.model)).not.toThrow();
    const validate = new Ajv2020({ strict: false }).compile(competencyJsonSchema());
    const json = JSON.parse(JSON.stringify(seed.model));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    delete json.options[0].levels[0].requirements[0].thresholds;
    expect(validate(json)).toBe(false);
  });
});

/** Every segment under a level heading, up to the next heading. */
function levelSegments(doc: AlignedDocument): string[] {
  return findSections(doc).options.flatMap((o) => o.levels.flatMap((l) => l.nodes.flatMap((n) => sentencesIn(doc, n).map((s) => s.id))));
}

const corpus = hasCorpus ? corpusFiles().filter((f) => basename(f).startsWith('competency-')) : [];

describe.each([SEED, ...corpus].map((file) => ({ file, name: basename(file) })))('nothing is lost on $name', ({ file }) => {
  it('puts every segment under a level heading into some requirement', () => {
    const doc = parseSxs(readFileSync(file), { file });
    const { model } = extractRequirements(doc);
    const covered = new Set(requirements(model).flatMap((r) => r.segmentIds));
    const under = levelSegments(doc);
    expect(under.length).toBeGreaterThan(0);
    expect(under.filter((id) => !covered.has(id))).toEqual([]);
  });
});

// What each corpus page's wording supports, read from its English text: every requirement's structure.
const PAGES: Record<string, { options: string[]; requirements: string[] }> = {
  'competency-cloud-platform': {
    options: ['Azure Consumption'],
    requirements: [
      'performance usd developed 15000, developing 10000 (12 months)',
      'skills 1: 1×[g1] — g1 one-of(assessment-cloud-platform,assessment-using-azure-for-data-analytic-0h0er2z,assessment-using-microsoft-azure-for-app-01f7c3o,assessment-using-azure-for-internet-of-t-0taeqai,assessment-using-azure-remote-desktop-service) | one-of(70-532,70-533,70-534,70-535,70-473,70-475,MCSA)',
      'performance usd 100000 (12 months)',
      'skills 2: 2×[g1] — g1 one-of(assessment-cloud-platform,assessment-using-azure-for-data-analytic-0h0er2z,assessment-using-microsoft-azure-for-app-01f7c3o,assessment-using-azure-for-internet-of-t-0taeqai,assessment-using-azure-remote-desktop-service) | one-of(70-532,70-533,70-534,70-535,70-473,70-475,MCSA)',
    ],
  },
  'competency-cloud-productivity': {
    options: ['Managed Service Partner'],
    requirements: [
      'performance active-users developed 2000, developing 1000 (per workload)',
      'skills 1: 1×[g1] — g1 all-of(70-346,70-347) | all-of(MCSA)',
      'performance active-users 4000 (per workload)',
      'skills 2: 2×[g1] — g1 all-of(70-346,70-347) | all-of(MCSA)',
    ],
  },
  'competency-collaboration-and-content': {
    options: ['SharePoint Services Partner'],
    requirements: [
      'skills 2: 2×[g1] — g1 all-of(70-347,70-339) | one-of(MCSE,MCSD)',
      'skills 4: 4×[g1] — g1 all-of(70-347,70-339) | one-of(MCSE,MCSD)',
    ],
  },
  'competency-data-analytics': {
    options: ['Data Analytics Specialist', 'Data Analytics Beginners', 'Power BI'],
    requirements: [
      'skills 1: 1×[g1+g2] — g1 all-of(70-767,70-768) | all-of(70-773,70-774) | all-of(70-475,70-775); g2 all-of(assessment-data-analytics-foundational)',
      'skills 2: 2×[g1+g2] — g1 all-of(70-767,70-768) | all-of(70-773,70-774) | all-of(70-475,70-775); g2 all-of(assessment-data-analytics-foundational)',
      'skills 2: 2×[g1+g2] — g1 all-of(assessment-data-analytics-foundational); g2 one-of(assessment-business-intelligence-for-dat-0fshr1j,assessment-advanced-analytics-for-data-analytics,assessment-big-data-for-data-analytics)',
      'skills 4: 4×[g1+g2] — g1 all-of(assessment-data-analytics-foundational); g2 one-of(assessment-business-intelligence-for-dat-0fshr1j,assessment-advanced-analytics-for-data-analytics,assessment-big-data-for-data-analytics)',
      'skills 1: 1×[g1] — g1 all-of(assessment-business-intelligence-for-dat-0fshr1j)',
      'performance seats 250',
      'skills 2: 2×[g1] — g1 all-of(assessment-business-intelligence-for-dat-0fshr1j)',
      'performance seats 1000',
    ],
  },
  'competency-devops': {
    options: ['DevOps Partner'],
    requirements: [
      'skills 2: 1×[g1+g2] 1×[g1] — g1 all-of(70-496,70-498); g2 one-of(70-497,PMI-ACP,PSM I,cert-scrum-alliance-certified-scrum-master)',
      'skills 4: 2×[g1+g2] 2×[g1] — g1 all-of(70-496,70-498); g2 one-of(70-497,PMI-ACP,PSM I,cert-scrum-alliance-certified-scrum-master)',
    ],
  },
  'competency-enterprise-mobility-management': {
    options: ['Enterprise Partner', 'SMB Partner'],
    requirements: [3, 5, 20, 5].flatMap((customers, i) => {
      const seats = [500, 4000, 125, 4000][i]!;
      const people = [2, 4, 2, 4][i]!;
      return [
        `performance new-customers ${customers} (per customer, 12 months)`,
        `performance active-users ${seats} (12 months)`,
        `skills ${people}: ${people}×[g1+g2] — g1 all-of(assessment-enterprise-mobility-suite-overview); g2 one-of(assessment-mobile-device-management,assessment-identity-access-management,assessment-information-protection,assessment-cloud-app-security)`,
      ];
    }),
  },
  'competency-messaging': {
    options: ['Hybrid Services Partner'],
    requirements: [
      'skills 2: 2×[g1] — g1 all-of(70-347,70-345) | all-of(MCSE)',
      'skills 4: 4×[g1] — g1 all-of(70-347,70-345) | all-of(MCSE)',
    ],
  },
};

describe.skipIf(!hasCorpus)('extractRequirements on the corpus competency pages', () => {
  it('has an expectation for every competency page', () => {
    expect(corpus.map((f) => basename(f, '.md'))).toEqual(Object.keys(PAGES));
  });

  it.each(corpus.map((file) => ({ file, slug: basename(file, '.md') })))('reads $slug whole: every requirement typed, none to confirm', ({ file, slug }) => {
    const { model, report } = extractRequirements(parseSxs(readFileSync(file), { file }));
    const want = PAGES[slug]!;
    expect(model.options.map((o) => o.name.source)).toEqual(want.options);
    expect(requirements(model).map(shape)).toEqual(want.requirements);
    expect(report.confirm).toBe(0);
    expect(() => Competency.parse(model)).not.toThrow();
  });

  it('reads the US$ window and the retirement footnote on Cloud Platform', () => {
    const file = corpus.find((f) => f.endsWith('competency-cloud-platform.md'))!;
    const all = requirements(extractRequirements(parseSxs(readFileSync(file), { file })).model);
    const usd = all.find((r): r is PerformanceRequirement => r.kind === 'performance')!;
    expect(usd.window).toMatchObject({ months: 12, label: { target: 'in den vergangenen zwölf Monaten' } });
    const skills = all.find((r): r is SkillsRequirement => r.kind === 'skills')!;
    expect(skills.notes?.map((n) => n.segmentIds)).toEqual([['f51ce-133', 'f51ce-134', 'f51ce-135'], ['f51ce-136']]);
  });

  it('names focus areas on Data Analytics after their headings', () => {
    const file = corpus.find((f) => f.endsWith('competency-data-analytics.md'))!;
    const specialist = requirements(extractRequirements(parseSxs(readFileSync(file), { file })).model).find((r): r is SkillsRequirement => r.kind === 'skills')!;
    expect(specialist.alternatives[0]!.groups[0]!.routes.map((r) => r.label.source)).toEqual(['Business Intelligence focus area', 'Advanced Analytics focus area', 'Big Data focus area']);
  });
});
