// Boundary scenarios for every competency page of the development corpus, written in the
// public answers format and run through `checkPage` (what `npm run check` prints). Each
// expected verdict is read from the page's English text, not from the model: at, below and
// above every threshold, each OR-route, each all-of set missing one member, developed vs
// developing, "not sure", and the same-individuals rules.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../src/eligibility/check-page.ts';
import type { PublicAnswers } from '../../src/eligibility/public-answers.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { CORPUS, ROOT, SEED, hasCorpus } from '../helpers/shared.ts';

type Verdicts = Record<string, 'met' | 'not-met' | 'unknown'>;
type Scenario = [name: string, answers: PublicAnswers, expected: Verdicts];

const pageAt = (file: string) => parseSxs(readFileSync(file), { file });
const verdicts = (file: string, answers: PublicAnswers): Verdicts => {
  const result = checkPage(pageAt(file), answers);
  if ('problems' in result) throw new Error(result.problems.join('; '));
  return Object.fromEntries(result.ok.levels.map((l) => [l.level, l.verdict]));
};

const person = (...credentials: string[]) => ({ credentials });
const paid = (association: string, values: Record<string, number | 'unknown'>) => ({ association, status: 'paid' as const, values });

// Cloud Productivity (the product page): per-workload active users, 2,000/1,000 Silver, 4,000 Gold;
// 1 / 2 individuals with both 70-346 and 70-347, or the MCSA: Office 365.
const EXO = 'active-users:exchange-online';
const SPO = 'active-users:sharepoint-online';
const BOTH = person('70-346', '70-347');
const MCSA = person('MCSA: Office 365');
const productivity: Scenario[] = [
  ['nothing entered', {}, { silver: 'unknown', gold: 'unknown' }],
  ['developed, 2,000 on Exchange, both exams', { market: 'developed', customers: [paid('Transacting Partner', { [EXO]: 2000 })], individuals: [BOTH] }, { silver: 'met', gold: 'not-met' }],
  ['developed, 1,999 on Exchange', { market: 'developed', customers: [paid('Transacting Partner', { [EXO]: 1999 })], individuals: [BOTH] }, { silver: 'not-met', gold: 'not-met' }],
  ['developed, 2,001 on Exchange, MCSA', { market: 'developed', customers: [paid('Digital Partner of Record', { [EXO]: 2001 })], individuals: [MCSA] }, { silver: 'met', gold: 'not-met' }],
  ['developing, 1,000', { market: 'developing', customers: [paid('Transacting Partner', { [EXO]: 1000 })], individuals: [MCSA] }, { silver: 'met', gold: 'not-met' }],
  ['developing, 999', { market: 'developing', customers: [paid('Transacting Partner', { [EXO]: 999 })], individuals: [MCSA] }, { silver: 'not-met', gold: 'not-met' }],
  ['1,000 + 1,000 on two workloads do not make 2,000', { market: 'developed', customers: [paid('Transacting Partner', { [EXO]: 1000, [SPO]: 1000 })], individuals: [MCSA] }, { silver: 'not-met', gold: 'not-met' }],
  ['only one of the two exams', { market: 'developed', customers: [paid('Transacting Partner', { [EXO]: 2500 })], individuals: [person('70-346')] }, { silver: 'not-met', gold: 'not-met' }],
  ['the two exams held by two people', { market: 'developed', customers: [paid('Transacting Partner', { [EXO]: 2500 })], individuals: [person('70-346'), person('70-347')] }, { silver: 'not-met', gold: 'not-met' }],
  ['Gold: 4,000 and two people, one by each route', { market: 'developing', customers: [paid('Fast Track Partner', { [EXO]: 4000 })], individuals: [BOTH, MCSA] }, { silver: 'met', gold: 'met' }],
  ['Gold: 3,999', { market: 'developed', customers: [paid('Transacting Partner', { [EXO]: 3999 })], individuals: [BOTH, MCSA] }, { silver: 'met', gold: 'not-met' }],
  ['Gold: the second person lacks one exam', { market: 'developed', customers: [paid('Transacting Partner', { [EXO]: 4000 })], individuals: [MCSA, person('70-347')] }, { silver: 'met', gold: 'not-met' }],
  ['trial users do not count', { market: 'developed', customers: [{ association: 'Transacting Partner', status: 'trial', values: { [EXO]: 5000 } }], individuals: [MCSA] }, { silver: 'not-met', gold: 'not-met' }],
  ['a customer with no listed association does not count', { market: 'developed', customers: [paid('none', { [EXO]: 5000 })], individuals: [MCSA] }, { silver: 'not-met', gold: 'not-met' }],
  ['association not sure', { market: 'developed', customers: [paid('unknown', { [EXO]: 5000 })], individuals: [BOTH, MCSA] }, { silver: 'unknown', gold: 'unknown' }],
  ['market not sure at 1,500', { customers: [paid('Transacting Partner', { [EXO]: 1500 })], individuals: [MCSA] }, { silver: 'unknown', gold: 'not-met' }],
  ['a count not sure', { market: 'developed', customers: [paid('Transacting Partner', { [EXO]: 'unknown' })], individuals: [MCSA] }, { silver: 'unknown', gold: 'not-met' }],
  ['totals instead of customers', { market: 'developed', totals: { [EXO]: 2000 }, individuals: [MCSA] }, { silver: 'met', gold: 'not-met' }],
];

// Cloud Platform: US$15,000 / US$10,000 Azure consumption (Silver), US$100,000 (Gold); one assessment or one exam.
const ASSESSMENT = 'Technical Assessment for Cloud Platform';
const platform: Scenario[] = [
  ['developed, US$15,000, one exam', { market: 'developed', customers: [paid('Digital Partner of Record', { usd: 15000 })], individuals: [person('70-533')] }, { silver: 'met', gold: 'not-met' }],
  ['developed, US$14,999', { market: 'developed', customers: [paid('Digital Partner of Record', { usd: 14999 })], individuals: [person('70-533')] }, { silver: 'not-met', gold: 'not-met' }],
  ['developing, US$10,000, one assessment', { market: 'developing', customers: [paid('Transacting Partner of Record', { usd: 10000 })], individuals: [person(ASSESSMENT)] }, { silver: 'met', gold: 'not-met' }],
  ['developing, US$9,999', { market: 'developing', customers: [paid('Transacting Partner of Record', { usd: 9999 })], individuals: [person(ASSESSMENT)] }, { silver: 'not-met', gold: 'not-met' }],
  ['Gold: US$100,000 and two people by either route', { market: 'developed', customers: [paid('Digital Partner of Record', { usd: 100000 })], individuals: [person('70-532'), person(ASSESSMENT)] }, { silver: 'met', gold: 'met' }],
  ['Gold: one person only', { market: 'developed', customers: [paid('Digital Partner of Record', { usd: 100000 })], individuals: [person('70-532', '70-533')] }, { silver: 'met', gold: 'not-met' }],
  ['Gold: US$99,999', { market: 'developed', customers: [paid('Digital Partner of Record', { usd: 99999 })], individuals: [person('70-532'), person('70-535')] }, { silver: 'met', gold: 'not-met' }],
  ['MCSA: Linux on Azure counts as one of the exams', { market: 'developed', customers: [paid('Digital Partner of Record', { usd: 20000 })], individuals: [person('MCSA')] }, { silver: 'met', gold: 'not-met' }],
];

// Collaboration and Content: 2 / 4 individuals with 70-347 and 70-339, or MCSE: Productivity, or MCSD: App Builder.
const collaboration: Scenario[] = [
  ['two people with the MCSE', { individuals: [person('MCSE'), person('MCSE')] }, { silver: 'met', gold: 'not-met' }],
  ['one person lacks 70-339', { individuals: [person('70-347'), person('MCSD')] }, { silver: 'not-met', gold: 'not-met' }],
  ['four people by mixed routes', { individuals: [person('70-347', '70-339'), person('MCSE'), person('MCSD'), person('70-339', '70-347')] }, { silver: 'met', gold: 'met' }],
  ['three qualified people', { individuals: [person('MCSE'), person('MCSD'), person('MCSE')] }, { silver: 'met', gold: 'not-met' }],
  ['a person not filled in yet', { individuals: [person('MCSE'), person()] }, { silver: 'unknown', gold: 'unknown' }],
];

// Data Analytics, three options.
const FOUNDATIONAL = 'Technical Assessment Data Analytics Foundational';
const BI = 'Technical Assessment Business Intelligence for Data Analytics';
const AA = 'Technical Assessment Advanced Analytics for Data Analytics';
const specialist: Scenario[] = [
  ['all exams of one focus area and the assessment', { individuals: [person('70-767', '70-768', FOUNDATIONAL)] }, { silver: 'met', gold: 'not-met' }],
  ['one exam from each of two focus areas', { individuals: [person('70-767', '70-773', FOUNDATIONAL)] }, { silver: 'not-met', gold: 'not-met' }],
  ['the focus area and the assessment held by different people', { individuals: [person('70-767', '70-768'), person(FOUNDATIONAL)] }, { silver: 'not-met', gold: 'not-met' }],
  ['Gold: two people, each a focus area and the assessment', { individuals: [person('70-773', '70-774', FOUNDATIONAL), person('70-475', '70-775', FOUNDATIONAL)] }, { silver: 'met', gold: 'met' }],
];
const beginners: Scenario[] = [
  ['two people, each the foundational and one more', { option: 'Data Analytics Beginners', individuals: [person(FOUNDATIONAL, BI), person(FOUNDATIONAL, AA)] }, { silver: 'met', gold: 'not-met' }],
  ['the second person lacks the second assessment', { option: 'Data Analytics Beginners', individuals: [person(FOUNDATIONAL, BI), person(FOUNDATIONAL)] }, { silver: 'not-met', gold: 'not-met' }],
  ['a third person cannot stand in for the same two', { option: 'data-analytics-beginners', individuals: [person(FOUNDATIONAL), person(FOUNDATIONAL), person(BI)] }, { silver: 'not-met', gold: 'not-met' }],
];
const powerBi: Scenario[] = [
  ['250 seats and the assessment', { option: 'Power BI', customers: [paid('Partner of Record', { seats: 250 })], individuals: [person(BI)] }, { silver: 'met', gold: 'not-met' }],
  ['249 seats', { option: 'Power BI', customers: [paid('Partner of Record', { seats: 249 })], individuals: [person(BI)] }, { silver: 'not-met', gold: 'not-met' }],
  ['Gold: 1,000 seats and two people', { option: 'Power BI', customers: [paid('Partner of Record', { seats: 1000 })], individuals: [person(BI), person(BI)] }, { silver: 'met', gold: 'met' }],
];

// DevOps: 2 / 4 individuals each with 70-496 and 70-498, and 1 / 2 of those same people one more.
const BASE = ['70-496', '70-498'];
const devops: Scenario[] = [
  ['two with both exams, one of them 70-497 too', { individuals: [person(...BASE, '70-497'), person(...BASE)] }, { silver: 'met', gold: 'not-met' }],
  ['the extra certification held by a third person, not one of the same two', { individuals: [person(...BASE), person(...BASE), person('70-497')] }, { silver: 'not-met', gold: 'not-met' }],
  ['the second person lacks 70-498', { individuals: [person(...BASE, 'PMI-ACP'), person('70-496')] }, { silver: 'not-met', gold: 'not-met' }],
  ['Gold: four with both exams, only one of them with an extra', { individuals: [person(...BASE, 'PSM I'), person(...BASE), person(...BASE), person(...BASE)] }, { silver: 'met', gold: 'not-met' }],
  ['Gold: four with both exams, two of them with an extra', { individuals: [person(...BASE, 'PSM I'), person(...BASE, 'Scrum Alliance Certified Scrum Master'), person(...BASE), person(...BASE)] }, { silver: 'met', gold: 'met' }],
];

// Enterprise Mobility Management, Enterprise Partner: 3 new customers and 500 active entitlements (Silver), paid seats only.
const OVERVIEW = 'Technical Assessment for Enterprise Mobility Suite Overview';
const MDM = 'Technical Assessment for Mobile Device Management';
const ems = (n: number, each: number, status: 'paid' | 'trial' = 'paid') =>
  Array.from({ length: n }, () => ({ association: 'Transacting Partner', status, values: { 'active-users:microsoft-intune': each } }));
const mobility: Scenario[] = [
  ['3 new customers, 600 entitlements, two people', { customers: ems(3, 200), individuals: [person(OVERVIEW, MDM), person(OVERVIEW, MDM)] }, { silver: 'met', gold: 'not-met' }],
  ['2 new customers', { customers: ems(2, 300), individuals: [person(OVERVIEW, MDM), person(OVERVIEW, MDM)] }, { silver: 'not-met', gold: 'not-met' }],
  ['499 entitlements', { customers: [...ems(2, 200), ...ems(1, 99)], individuals: [person(OVERVIEW, MDM), person(OVERVIEW, MDM)] }, { silver: 'not-met', gold: 'not-met' }],
  ['one of the three customers on trial seats', { customers: [...ems(2, 300), ...ems(1, 300, 'trial')], individuals: [person(OVERVIEW, MDM), person(OVERVIEW, MDM)] }, { silver: 'not-met', gold: 'not-met' }],
  ['the second assessment held by someone else', { customers: ems(3, 200), individuals: [person(OVERVIEW, MDM), person(OVERVIEW), person(MDM)] }, { silver: 'not-met', gold: 'not-met' }],
  ['Gold: 5 customers and 4,000 entitlements, four people', { customers: ems(5, 800), individuals: Array.from({ length: 4 }, () => person(OVERVIEW, MDM)) }, { silver: 'met', gold: 'met' }],
];

// Messaging: 2 / 4 individuals each with 70-347 and 70-345, or the MCSE: Productivity.
const messaging: Scenario[] = [
  ['two with both exams', { individuals: [person('70-347', '70-345'), person('70-345', '70-347')] }, { silver: 'met', gold: 'not-met' }],
  ['one MCSE, one with one exam', { individuals: [person('MCSE'), person('70-347')] }, { silver: 'not-met', gold: 'not-met' }],
  ['four by either route', { individuals: [person('MCSE'), person('MCSE'), person('70-347', '70-345'), person('MCSE')] }, { silver: 'met', gold: 'met' }],
];

const PAGES: Array<[string, Scenario[]]> = [
  ['competency-cloud-productivity.md', productivity],
  ['competency-cloud-platform.md', platform],
  ['competency-collaboration-and-content.md', collaboration],
  ['competency-data-analytics.md', [...specialist, ...beginners, ...powerBi]],
  ['competency-devops.md', devops],
  ['competency-enterprise-mobility-management.md', mobility],
  ['competency-messaging.md', messaging],
];

describe('scenarios on the product page', () => {
  it.each(productivity)('%s', (_, answers, expected) => expect(verdicts(SEED, answers)).toEqual(expected));
});

describe.skipIf(!hasCorpus)('scenarios on the corpus competency pages', () => {
  describe.each(PAGES)('%s', (page, scenarios) => {
    it.each(scenarios)('%s', (_, answers, expected) => expect(verdicts(join(CORPUS, page), answers)).toEqual(expected));
  });
});

describe('npm run check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-check-'));
  const run = (answers: unknown): { status: number; stdout: string; stderr: string } => {
    const file = join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify(answers));
    try {
      const stdout = execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'check.ts'), SEED, '--answers', file], { encoding: 'utf8', stdio: 'pipe' });
      return { status: 0, stdout, stderr: '' };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { status: err.status, stdout: err.stdout, stderr: err.stderr };
    }
  };

  it('prints the verdicts as JSON, per level and requirement, with gaps and segment ids', () => {
    const { status, stdout } = run(productivity[2]![1]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.levels.map((l: { verdict: string }) => l.verdict)).toEqual(['not-met', 'not-met']);
    expect(out.levels[0].requirements[0]).toMatchObject({ id: 'managed-service-partner.silver.1', status: 'not-met', gap: 1, threshold: 2000, unit: 'active-users' });
    expect(out.levels[0].requirements[0].segmentIds).toContain('2ecbe-114');
  });

  it('refuses answers that name what the page does not have, naming each', () => {
    const { status, stdout, stderr } = run({ individuals: [person('70-999')], customers: [paid('Reseller', { seats: 1 })] });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('individuals[0]: no credential “70-999”');
    expect(stderr).toContain('customers[0].association: no association “Reseller”');
    expect(stderr).toContain('customers[0].values.seats: no measure “seats”');
  });
});
