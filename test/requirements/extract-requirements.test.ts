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

const seedDoc = parseSxs(readFileSync(SEED), { file: 'content/de-de/competency-cloud-productivity.md' });
const seed = extractRequirements(seedDoc);
const requirements = (m: Competency): Requirement[] => m.options.flatMap((o) => o.levels.flatMap((l) => l.requirements));

function level(name: 'silver' | 'gold') {
  const found = seed.model.options[0]!.levels.find((l) => l.level === name)!;
  const of = <K extends Requirement['kind']>(kind: K) => found.requirements.filter((r) => r.kind === kind) as Extract<Requirement, { kind: K }>[];
  return { found, performance: of('performance')[0]!, skills: of('skills')[0]!, others: of('other') };
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

  it('reads every requirement of the seed: nothing falls back to `other`', () => {
    expect(requirements(seed.model).map((r) => [r.id, r.kind])).toEqual([
      ['managed-service-partner.silver.1', 'performance'],
      ['managed-service-partner.silver.2', 'skills'],
      ['managed-service-partner.gold.1', 'performance'],
      ['managed-service-partner.gold.2', 'skills'],
    ]);
    expect(seed.diagnostics.filter((d) => d.ruleId === 'req-unread-sentence')).toEqual([]);
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
    expect(s.individuals).toBe(individuals);
    expect(s.sameIndividuals).toBeUndefined();
    expect(s.routes.map((r) => [r.mode, r.credentials.map((c) => [c.kind, c.code, c.key]), r.segmentIds, r.individuals])).toEqual([
      ['all-of', [['exam', '70-346', 'exam-70-346'], ['exam', '70-347', 'exam-70-347']], examIds, undefined],
      ['one-of', [['certification', 'MCSA', 'cert-mcsa-office-365']], certIds, undefined],
    ]);
    const [exam, , cert] = s.routes.flatMap((r) => r.credentials);
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
  return findSections(doc).flatMap((o) => o.levels.flatMap((l) => l.nodes.flatMap((n) => sentencesIn(doc, n).map((s) => s.id))));
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

interface PageExpectation {
  options: string[];
  levels: number;
  kinds: Record<string, number>;
  thresholds: Array<[string, string, number]>;
  routes: number;
}

// What each corpus page's wording supports. Thresholds: [unit, market, value] in page order.
const PAGES: Record<string, PageExpectation> = {
  'competency-cloud-platform': {
    options: ['Azure Consumption'],
    levels: 2,
    kinds: { performance: 2, skills: 2 },
    thresholds: [['usd', 'developed', 15000], ['usd', 'developing', 10000], ['usd', 'all', 100000]],
    routes: 4,
  },
  'competency-cloud-productivity': {
    options: ['Managed Service Partner'],
    levels: 2,
    kinds: { performance: 2, skills: 2 },
    thresholds: [['active-users', 'developed', 2000], ['active-users', 'developing', 1000], ['active-users', 'all', 4000]],
    routes: 4,
  },
  'competency-collaboration-and-content': { options: ['SharePoint Services Partner'], levels: 2, kinds: { skills: 2 }, thresholds: [], routes: 4 },
  'competency-data-analytics': {
    options: ['Data Analytics Specialist', 'Data Analytics Beginners', 'Power BI'],
    levels: 6,
    kinds: { skills: 6, performance: 2 },
    thresholds: [['other', 'all', 250], ['other', 'all', 1000]],
    routes: 12,
  },
  'competency-devops': { options: ['DevOps Partner'], levels: 2, kinds: { skills: 2 }, thresholds: [], routes: 4 },
  'competency-enterprise-mobility-management': {
    options: ['Enterprise Partner', 'SMB Partner'],
    levels: 4,
    kinds: { performance: 8, skills: 4 },
    thresholds: [
      ['new-customers', 'all', 3], ['active-users', 'all', 500], ['new-customers', 'all', 5], ['active-users', 'all', 4000],
      ['new-customers', 'all', 20], ['active-users', 'all', 125], ['new-customers', 'all', 5], ['active-users', 'all', 4000],
    ],
    routes: 8,
  },
  'competency-messaging': { options: ['Hybrid Services Partner'], levels: 2, kinds: { skills: 2 }, thresholds: [], routes: 4 },
};

describe.skipIf(!hasCorpus)('extractRequirements on the corpus competency pages', () => {
  it('has an expectation for every competency page', () => {
    expect(corpus.map((f) => basename(f, '.md'))).toEqual(Object.keys(PAGES));
  });

  it.each(corpus.map((file) => ({ file, slug: basename(file, '.md') })))('reads $slug', ({ file, slug }) => {
    const { model } = extractRequirements(parseSxs(readFileSync(file), { file }));
    const want = PAGES[slug]!;
    const all = requirements(model);
    expect(model.options.map((o) => o.name.source)).toEqual(want.options);
    expect(model.options.flatMap((o) => o.levels).length).toBe(want.levels);
    const kinds: Record<string, number> = {};
    for (const r of all) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    expect(kinds).toEqual(want.kinds);
    const thresholds = all.flatMap((r) => (r.kind === 'performance' ? r.thresholds.map((t) => [r.unit, t.market, t.value]) : []));
    expect(thresholds).toEqual(want.thresholds);
    expect(all.flatMap((r) => (r.kind === 'skills' ? r.routes : [])).length).toBe(want.routes);
    expect(() => Competency.parse(model)).not.toThrow();
  });

  it('reads the US$ window, one-of exam lists and assessments on Cloud Platform', () => {
    const file = corpus.find((f) => f.endsWith('competency-cloud-platform.md'))!;
    const all = requirements(extractRequirements(parseSxs(readFileSync(file), { file })).model);
    const usd = all.find((r): r is PerformanceRequirement => r.kind === 'performance')!;
    expect(usd.window).toMatchObject({ months: 12, label: { target: 'in den vergangenen zwölf Monaten' } });
    const skills = all.find((r): r is SkillsRequirement => r.kind === 'skills')!;
    expect(skills.routes.map((r) => [r.mode, r.credentials.length, r.credentials[0]!.kind])).toEqual([['one-of', 5, 'assessment'], ['one-of', 7, 'exam']]);
    expect(skills.notes?.map((n) => n.segmentIds)).toEqual([['f51ce-133', 'f51ce-134', 'f51ce-135'], ['f51ce-136']]);
  });

  it('reads “k of the same N individuals” on DevOps and focus areas on Data Analytics', () => {
    const read = (name: string) => {
      const file = corpus.find((f) => f.endsWith(name))!;
      return requirements(extractRequirements(parseSxs(readFileSync(file), { file })).model).filter((r): r is SkillsRequirement => r.kind === 'skills');
    };
    const [silver, gold] = read('competency-devops.md');
    expect([silver!.sameIndividuals, silver!.routes.map((r) => r.individuals)]).toEqual([true, [undefined, 1]]);
    expect(gold!.routes.map((r) => r.individuals)).toEqual([undefined, 2]);
    const specialist = read('competency-data-analytics.md')[0]!;
    expect(specialist.focusAreas?.map((f) => f.key)).toEqual(['business-intelligence', 'advanced-analytics', 'big-data']);
    expect(specialist.routes.map((r) => r.credentials.map((c) => c.code ?? c.kind))).toEqual([
      ['70-767', '70-768', 'assessment'],
      ['70-773', '70-774', 'assessment'],
      ['70-475', '70-775', 'assessment'],
    ]);
  });
});
