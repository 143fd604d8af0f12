import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, type PerformanceResult, type SkillsResult } from '../../src/eligibility/evaluate.ts';
import { HOLDS_NONE, type Answers } from '../../src/eligibility/answers.ts';
import { EXAMS, EXO, MCSA, SPO, answers, customer, otherUsd, person, seedLike } from './models.ts';

const levelOf = (a: Answers, level: 'silver' | 'gold') => evaluate(seedLike, a).levels.find((l) => l.level === level)!;
const perf = (a: Answers, level: 'silver' | 'gold') => levelOf(a, level).requirements[0] as PerformanceResult;
const skills = (a: Answers, level: 'silver' | 'gold') => levelOf(a, level).requirements[1] as SkillsResult;

describe('evaluate: performance thresholds', () => {
  it.each([
    ['1,999 active users in a developed market miss Silver by 1', 'developed', 1999, 'not-met', 1],
    ['2,000 active users in a developed market meet Silver', 'developed', 2000, 'met', undefined],
    ['1,000 active users in a developing market meet Silver', 'developing', 1000, 'met', undefined],
    ['999 active users in a developing market miss Silver by 1', 'developing', 999, 'not-met', 1],
    ['750 active users in a developed market miss Silver by 1,250', 'developed', 750, 'not-met', 1250],
  ] as const)('%s', (_, market, users, status, gap) => {
    const r = perf(answers({ market, customers: [customer({ [EXO]: users })] }), 'silver');
    expect(r).toMatchObject({ status, gap, best: EXO });
  });

  it('uses one workload’s total: 2 × 1,000 on two workloads does not meet 2,000', () => {
    const r = perf(answers({ market: 'developed', customers: [customer({ [EXO]: 1000, [SPO]: 1000 })] }), 'silver');
    expect(r.status).toBe('not-met');
    expect(r.gap).toBe(1000);
    expect(r.totals.filter((t) => t.low > 0)).toEqual([
      { key: EXO, low: 1000, high: 1000 },
      { key: SPO, low: 1000, high: 1000 },
    ]);
  });

  it('adds one workload across qualifying customers', () => {
    const r = perf(answers({ market: 'developed', customers: [customer({ [EXO]: 1200 }), customer({ [EXO]: 800 })] }), 'silver');
    expect(r).toMatchObject({ status: 'met', progress: 1 });
  });

  it('leaves out trial users and says so', () => {
    const r = perf(answers({ market: 'developed', customers: [customer({ [EXO]: 1500 }), customer({ [EXO]: 500 }, { status: 'trial' })] }), 'silver');
    expect(r).toMatchObject({ status: 'not-met', gap: 500, excluded: [{ customer: 1, reason: 'trial' }] });
  });

  it('leaves out a customer with no qualifying association', () => {
    const r = perf(answers({ market: 'developed', customers: [customer({ [EXO]: 2500 }, { association: 'none' })] }), 'silver');
    expect(r).toMatchObject({ status: 'not-met', gap: 2000, excluded: [{ customer: 0, reason: 'no-association' }] });
  });

  it('counts the Fast Track Partner association the English original lists', () => {
    expect(perf(answers({ market: 'developed', customers: [customer({ [EXO]: 2000 }, { association: 'fast-track-partner' })] }), 'silver').status).toBe('met');
  });

  it('asks for the market before it can tell 1,500 users apart, but not 2,500 or 900', () => {
    const at = (n: number) => perf(answers({ customers: [customer({ [EXO]: n })] }), 'silver');
    expect(at(1500)).toMatchObject({ status: 'unknown', threshold: undefined, gap: undefined });
    expect(at(2500).status).toBe('met');
    expect(at(900).status).toBe('not-met');
  });

  it('needs 4,000 for Gold in every market', () => {
    for (const market of ['developed', 'developing', 'unknown'] as const) {
      expect(perf(answers({ market, customers: [customer({ [EXO]: 3999 })] }), 'gold')).toMatchObject({ status: 'not-met', gap: 1 });
      expect(perf(answers({ market, customers: [customer({ [EXO]: 4000 })] }), 'gold').status).toBe('met');
    }
  });

  it.each([
    ['a count not known', customer({ [EXO]: 'unknown' }), 'unknown'],
    ['a count not known beside a met one', customer({ [EXO]: 2000, [SPO]: 'unknown' }), 'met'],
    ['trial or paid not known', customer({ [EXO]: 2000 }, { status: 'unknown' }), 'unknown'],
    ['the association not known', customer({ [EXO]: 2000 }, { association: 'unknown' }), 'unknown'],
  ] as const)('gives no verdict it cannot justify: %s', (_, c, status) => {
    expect(perf(answers({ market: 'developed', customers: [c] }), 'silver').status).toBe(status);
  });

  it('reports customers perhaps left out as such', () => {
    const r = perf(answers({ market: 'developed', customers: [customer({ [EXO]: 10 }, { status: 'unknown' })] }), 'silver');
    expect(r.excluded).toEqual([{ customer: 0, reason: 'trial-unknown' }]);
  });

  it('reads totals of qualifying customers in totals mode; a missing total is unknown', () => {
    expect(perf(answers({ market: 'developed', mode: 'totals', totals: { [SPO]: 2000 } }), 'silver').status).toBe('met');
    expect(perf(answers({ market: 'developed', mode: 'totals', totals: { [SPO]: 1999 } }), 'silver').status).toBe('unknown');
    const all = Object.fromEntries([EXO, SPO, 'active-users:skype-for-business', 'active-users:yammer', 'active-users:proplus'].map((k) => [k, 1999]));
    expect(perf(answers({ market: 'developed', mode: 'totals', totals: all }), 'silver')).toMatchObject({ status: 'not-met', gap: 1 });
  });

  it('carries the requirement’s segment ids and anchor', () => {
    expect(perf(answers(), 'gold')).toMatchObject({ segmentIds: ['2ecbe-130'], anchor: 'gold' });
  });
});

describe('evaluate: skills', () => {
  it.each([
    // An empty list of people is a question not yet answered: more information needed, never a premature miss.
    ['nobody', [], 'unknown', 1, 'certification'],
    ['one exam of two', [person(EXAMS[0]!)], 'not-met', 1, 'exams'],
    ['both exams', [person(...EXAMS)], 'met', 0, 'exams'],
    ['MCSA alone', [person(MCSA)], 'met', 0, 'certification'],
    ['the two exams held by two different people', [person(EXAMS[0]!), person(EXAMS[1]!)], 'not-met', 1, 'exams'],
  ] as const)('Silver with %s', (_, people, status, gap, closerRoute) => {
    expect(skills(answers({ individuals: [...people] }), 'silver')).toMatchObject({ status, gap, closerRoute });
  });

  it.each([
    ['one qualified individual misses Gold by one', [person(MCSA)], 'not-met', 1],
    ['two qualified individuals meet Gold, each by either route', [person(MCSA), person(...EXAMS)], 'met', 0],
  ] as const)('%s', (_, people, status, gap) => {
    expect(skills(answers({ individuals: [...people] }), 'gold')).toMatchObject({ status, gap, needed: 2 });
  });

  it('names what each person entered still needs: one who holds 70-346 of “70-346 and 70-347” needs 70-347, not one more person', () => {
    const r = skills(answers({ individuals: [person(EXAMS[0]!)] }), 'silver');
    expect(r.shortfall).toEqual({ people: [{ person: 0, needs: 1, lacks: [expect.objectContaining({ key: EXAMS[1] })] }], more: 0 });
  });

  it('names what the closest people need and how many more people are needed besides them', () => {
    // Along the closer route (the certification: one credential to earn, where the exams' route needs three).
    const r = skills(answers({ individuals: [person(MCSA), person(EXAMS[1]!)] }), 'gold');
    expect(r.shortfall).toEqual({ people: [{ person: 1, needs: 1, lacks: [expect.objectContaining({ key: MCSA })] }], more: 0 });
    expect(skills(answers({ individuals: [person(MCSA)] }), 'gold').shortfall).toEqual({ people: [], more: 1 });
    expect(skills(answers({ individuals: [person(MCSA)] }), 'silver').shortfall).toBeUndefined();
  });

  it('reads a person who holds none of the credentials as an answer: not met, with the closer route to earn', () => {
    const r = skills(answers({ individuals: [person(HOLDS_NONE)] }), 'silver');
    expect(r).toMatchObject({ status: 'not-met', closerRoute: 'certification' });
    expect(r.shortfall!.people).toEqual([{ person: 0, needs: 1, lacks: [expect.objectContaining({ key: MCSA })] }]);
    expect(skills(answers({ individuals: [person()] }), 'silver').status).toBe('unknown');
  });

  it('counts credentials still to earn per route', () => {
    expect(skills(answers({ individuals: [person(EXAMS[0]!)] }), 'gold').routes).toEqual([
      { key: 'exams', qualified: 0, needed: 2, missing: 3 },
      { key: 'certification', qualified: 0, needed: 2, missing: 2 },
    ]);
  });
});

describe('evaluate: rows not filled in yet', () => {
  it('a customer row with no number typed is not sure, not zero', () => {
    const r = perf(answers({ market: 'developed', customers: [customer({})] }), 'silver');
    expect(r.status).toBe('unknown');
    expect(perf(answers({ market: 'developed', customers: [customer({}), customer({ [EXO]: 10 })] }), 'silver').status).toBe('unknown');
    expect(perf(answers({ market: 'developed', customers: [customer({ [EXO]: 10 })] }), 'silver').status).toBe('not-met');
  });
});

describe('evaluate: levels and requirements kept whole', () => {
  const silverNotGold = answers({ market: 'developed', customers: [customer({ [EXO]: 2500 })], individuals: [person(MCSA)] });

  it('reaches Silver and not Gold, and says what Gold still needs', () => {
    const { levels } = evaluate(seedLike, silverNotGold);
    expect(levels.map((l) => l.verdict)).toEqual(['met', 'not-met']);
    expect(levels[1]!.requirements.map((r) => [r.status, 'gap' in r ? r.gap : undefined])).toEqual([['not-met', 1500], ['not-met', 1]]);
  });

  it('says "more information needed" while a requirement to confirm is unanswered', () => {
    const a = answers({ customers: [customer({ usd: 20000 }, { association: 'digital-partner-of-record' })] });
    const silver = evaluate(otherUsd, a).levels[0]!;
    expect(silver.requirements.map((r) => r.status)).toEqual(['met', 'unknown']);
    expect(silver.verdict).toBe('unknown');
    const id = silver.requirements[1]!.id;
    expect(evaluate(otherUsd, { ...a, confirmations: { [id]: 'unsure' } }).levels[0]!.verdict).toBe('unknown');
    expect(evaluate(otherUsd, { ...a, confirmations: { [id]: 'yes' } }).levels[0]!.verdict).toBe('met');
    expect(evaluate(otherUsd, { ...a, confirmations: { [id]: 'no' } }).levels[0]!.verdict).toBe('not-met');
  });

  it('adds US$ over customers and reports the gap in US$', () => {
    const a = answers({ customers: [customer({ usd: 9000 }, { association: 'transacting-partner-of-record' }), customer({ usd: 1000 }, { association: 'transacting-partner-of-record' })] });
    expect(evaluate(otherUsd, a).levels[0]!.requirements[0]).toMatchObject({ status: 'not-met', unit: 'usd', gap: 5000, progress: 10000 / 15000 });
  });

  it('evaluates the option asked for, and counts each qualifying customer as one new customer', () => {
    const a = answers({ option: 'new-customers', customers: [customer({}), customer({}), customer({})] });
    const e = evaluate(otherUsd, a);
    expect(e.option).toBe('new-customers');
    expect(e.levels.map((l) => l.verdict)).toEqual(['met']);
    expect(evaluate(otherUsd, a, 'azure-consumption').option).toBe('azure-consumption');
  });
});

describe('evaluate is monotonic', () => {
  const count = fc.oneof(fc.constant('unknown' as const), fc.nat({ max: 5000 }));
  const arbCustomer = fc.record({
    name: fc.constant(''),
    association: fc.constantFrom('transacting-partner', 'none', 'unknown'),
    status: fc.constantFrom('paid', 'trial', 'unknown') as fc.Arbitrary<'paid' | 'trial' | 'unknown'>,
    values: fc.dictionary(fc.constantFrom(EXO, SPO), count),
  });
  const arbPerson = fc.subarray([...EXAMS, MCSA]).map((held) => person(...held));
  const arbAnswers = fc.record({
    market: fc.constantFrom('developed', 'developing', 'unknown') as fc.Arbitrary<Answers['market']>,
    customers: fc.array(arbCustomer, { maxLength: 4 }),
    individuals: fc.array(arbPerson, { maxLength: 3 }),
  }).map((a) => answers(a));

  const neverWorse = (before: Answers, after: Answers): void => {
    const b = evaluate(seedLike, before).levels.flatMap((l) => l.requirements);
    const a = evaluate(seedLike, after).levels.flatMap((l) => l.requirements);
    b.forEach((r, i) => {
      if (r.status === 'met') expect(a[i]!.status).toBe('met');
      if (r.status !== 'not-met') expect(a[i]!.status).not.toBe('not-met');
    });
  };

  it('more active users never turn met into not met', () => {
    fc.assert(
      fc.property(arbAnswers, fc.nat({ max: 3 }), fc.constantFrom(EXO, SPO), fc.integer({ min: 1, max: 3000 }), (a, i, key, more) => {
        fc.pre(a.customers.length > 0);
        const at = i % a.customers.length;
        const c = a.customers[at]!;
        // A row with nothing typed is "not sure"; typing its first number is answering, not raising.
        fc.pre(Object.keys(c.values).length > 0);
        const v = c.values[key] ?? 0;
        const raised = { ...c, values: { ...c.values, [key]: v === 'unknown' ? v : v + more } };
        neverWorse(a, { ...a, customers: a.customers.map((x, j) => (j === at ? raised : x)) });
      }),
    );
  });

  it('one more qualified person never turns met into not met', () => {
    fc.assert(
      fc.property(arbAnswers, fc.constantFrom(person(MCSA), person(...EXAMS)), (a, p) => {
        // Like customers above: adding to a list the partner has started (an empty one is unanswered).
        fc.pre(a.individuals.length > 0);
        neverWorse(a, { ...a, individuals: [...a.individuals, p] });
      }),
    );
  });
});
