// The evaluator proves "met": on every model the grammar reads from the product page and the
// corpus, random answers never give "met" that fewer credentials, lower counts or one more
// unanswered requirement would not also justify.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAnswers, type Answers } from '../../src/eligibility/answers.ts';
import { evaluate } from '../../src/eligibility/evaluate.ts';
import { optionInputs } from '../../src/eligibility/option-inputs.ts';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import type { Competency, CompetencyOption } from '../../src/requirements/model.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { SEED, corpusFiles, hasCorpus } from '../helpers/shared.ts';

const files = [SEED, ...(hasCorpus ? corpusFiles().filter((f) => basename(f).startsWith('competency-')) : [])];
const models = files.map((file) => extractRequirements(parseSxs(readFileSync(file), { file })).model);
const cases = models.flatMap((model) => model.options.map((option) => ({ name: `${model.slug} / ${option.key}`, model, option })));

function arbAnswers(option: CompetencyOption): fc.Arbitrary<Answers> {
  const inputs = optionInputs(option);
  const count = fc.oneof({ weight: 1, arbitrary: fc.constant('unknown' as const) }, { weight: 6, arbitrary: fc.nat({ max: 6000 }) });
  const customer = fc.record({
    name: fc.constant(''),
    association: fc.constantFrom('none', 'unknown', ...inputs.associations.map((a) => a.key)),
    status: fc.constantFrom('paid', 'trial', 'unknown') as fc.Arbitrary<'paid' | 'trial' | 'unknown'>,
    values: inputs.measures.length ? fc.dictionary(fc.constantFrom(...inputs.measures.map((m) => m.key)), count) : fc.constant({}),
  });
  const individual = fc.subarray(inputs.credentials.map((c) => c.key)).map((held) => ({ name: '', held }));
  return fc
    .record({
      market: fc.constantFrom('developed', 'developing', 'unknown') as fc.Arbitrary<Answers['market']>,
      customers: fc.array(customer, { maxLength: 6 }),
      individuals: fc.array(individual, { maxLength: 6 }),
    })
    .map((a) => ({ ...emptyAnswers(), option: option.key, ...a }));
}

const statuses = (model: Competency, a: Answers) => evaluate(model, a).levels.flatMap((l) => [l.verdict, ...l.requirements.map((r) => r.status)]);

describe.each(cases)('evaluate on $name', ({ model, option }) => {
  const arb = arbAnswers(option);

  it('never meets a level unless every requirement of it is met', () => {
    fc.assert(
      fc.property(arb, (a) => {
        for (const level of evaluate(model, a).levels) {
          if (level.verdict === 'met') expect(level.requirements.every((r) => r.status === 'met')).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never turns "met" by taking a credential away', () => {
    fc.assert(
      fc.property(arb, fc.nat(), fc.nat(), (a, who, which) => {
        fc.pre(a.individuals.some((p) => p.held.length > 0));
        const holders = a.individuals.map((p, i) => [p, i] as const).filter(([p]) => p.held.length > 0);
        const [p, at] = holders[who % holders.length]!;
        const fewer = { ...a, individuals: a.individuals.map((x, i) => (i === at ? { ...x, held: p.held.filter((_, j) => j !== which % p.held.length) } : x)) };
        const before = statuses(model, a);
        statuses(model, fewer).forEach((s, i) => {
          if (s === 'met') expect(before[i]).toBe('met');
        });
      }),
      { numRuns: 150 },
    );
  });

  // Options that count customers (skills-only options have no count to lower).
  if (optionInputs(option).measures.length > 0) it('never turns "met" by lowering a count', () => {
    fc.assert(
      fc.property(arb, fc.nat(), fc.integer({ min: 1, max: 3000 }), (a, which, less) => {
        const places = a.customers.flatMap((c, i) => Object.entries(c.values).filter(([, v]) => typeof v === 'number' && v > 0).map(([k]) => [i, k] as const));
        fc.pre(places.length > 0);
        const [at, key] = places[which % places.length]!;
        const lower = { ...a, customers: a.customers.map((c, i) => (i === at ? { ...c, values: { ...c.values, [key]: Math.max(0, (c.values[key] as number) - less) } } : c)) };
        const before = statuses(model, a);
        statuses(model, lower).forEach((s, i) => {
          if (s === 'met') expect(before[i]).toBe('met');
        });
      }),
      { numRuns: 150 },
    );
  });

  it('never meets a level that has one more requirement left unanswered', () => {
    const first = option.levels[0]!;
    const extra = { kind: 'confirm' as const, id: `${option.key}.extra`, label: { source: 'x', target: 'x' }, anchor: first.anchor, segmentIds: [first.requirements[0]?.segmentIds[0] ?? 'x'], reasons: [{ ruleId: 'req-item-unknown', reason: 'x' }] };
    const widened: Competency = { ...model, options: model.options.map((o) => (o.key === option.key ? { ...o, levels: o.levels.map((l, i) => (i === 0 ? { ...l, requirements: [...l.requirements, extra] } : l)) } : o)) };
    fc.assert(
      fc.property(arb, (a) => {
        expect(evaluate(widened, a).levels[0]!.verdict).not.toBe('met');
      }),
      { numRuns: 100 },
    );
  });
});
