// The evaluator on the model the extractor reads from the seed page itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eligibility/evaluate.ts';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { SEED } from '../helpers/shared.ts';
import type { Answers } from '../../src/eligibility/answers.ts';
import { EXAMS, EXO, MCSA, SPO, answers, customer, person, seedLike } from './models.ts';

const seed = extractRequirements(parseSxs(readFileSync(SEED), { file: 'seed.md' })).model;
const verdicts = (model: typeof seed, a: Answers) => evaluate(model, a).levels.map((l) => [l.level, l.verdict, l.requirements.map((r) => r.status)]);

describe('evaluate on the seed’s extracted model', () => {
  it('reaches Silver and not Gold, short 1,500 active users and 1 person', () => {
    const e = evaluate(seed, answers({ market: 'developed', customers: [customer({ [EXO]: 2500 })], individuals: [person(MCSA)] }));
    expect(e.levels.map((l) => l.verdict)).toEqual(['met', 'not-met']);
    expect(e.levels[1]!.requirements).toMatchObject([{ gap: 1500, best: EXO }, { gap: 1, needed: 2 }]);
  });

  it.each<[string, Answers]>([
    ['1,999 in a developed market', answers({ market: 'developed', customers: [customer({ [EXO]: 1999 })], individuals: [person(...EXAMS)] })],
    ['1,000 in a developing market', answers({ market: 'developing', customers: [customer({ [EXO]: 1000 })], individuals: [person(EXAMS[0]!)] })],
    ['users spread over workloads', answers({ market: 'developed', customers: [customer({ [EXO]: 1000, [SPO]: 1000 })] })],
    ['trial and unassociated customers', answers({ market: 'developed', customers: [customer({ [EXO]: 3000 }, { status: 'trial' }), customer({ [EXO]: 3000 }, { association: 'none' })] })],
    ['a Fast Track Partner customer, two qualified people', answers({ market: 'developing', customers: [customer({ [EXO]: 4000 }, { association: 'fast-track-partner' })], individuals: [person(MCSA), person(...EXAMS)] })],
    ['not sure of anything', answers({ customers: [customer({ [EXO]: 'unknown' }, { association: 'unknown', status: 'unknown' })] })],
  ])('agrees with the hand-made fixture: %s', (_, a) => {
    expect(verdicts(seed, a)).toEqual(verdicts(seedLike, a));
  });
});
