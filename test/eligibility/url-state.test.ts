import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eligibility/evaluate.ts';
import { optionInputs } from '../../src/eligibility/option-inputs.ts';
import { MAX_LINK_CHARS, encodeState, linkKeys } from '../../src/eligibility/url-encode.ts';
import { decodeState } from '../../src/eligibility/url-state.ts';
import { HOLDS_NONE, type Answers } from '../../src/eligibility/answers.ts';
import type { Competency } from '../../src/requirements/model.ts';
import { EXO, MCSA, SPO, answers, customer, otherUsd, person, seedLike } from './models.ts';

const keysOf = (model: Competency, option = 0) => linkKeys(model.options.map((o) => o.key), optionInputs(model.options[option]!));
const encode = (a: Answers, model = seedLike, option = 0) => encodeState(a, keysOf(model, option)).param;
const json = (o: unknown): string => JSON.stringify(o);

describe('URL state', () => {
  const shared = answers({
    option: 'managed-service-partner',
    market: 'developed',
    customers: [customer({ [EXO]: 2500 }, { name: 'Contoso GmbH' }), customer({ [EXO]: 'unknown' }, { status: 'trial', name: 'Fabrikam' })],
    individuals: [{ name: 'Erika Mustermann', held: [MCSA] }, person()],
  });

  it('keeps a person who holds none of the credentials apart from one who has not answered', () => {
    const a = answers({ individuals: [person(HOLDS_NONE), person(), person(MCSA)] });
    expect(decodeState(seedLike, encode(a)).answers.individuals).toEqual(a.individuals);
    expect(decodeState(seedLike, JSON.stringify(a)).answers.individuals.map((p) => p.held)).toEqual([[HOLDS_NONE], [], [MCSA]]);
  });

  it('round-trips answers and gives the same result, without names', () => {
    const param = encode(shared);
    expect(param).not.toMatch(/Contoso|Fabrikam|Erika/);
    const { answers: back, dropped, leftOut } = decodeState(seedLike, param);
    expect(dropped).toEqual([]);
    expect(leftOut).toEqual({ customers: 0, individuals: 0 });
    expect(back.customers.map((c) => c.name)).toEqual(['', '']);
    expect(back.individuals).toEqual([person(MCSA), person()]);
    expect(evaluate(seedLike, back)).toEqual(evaluate(seedLike, shared));
  });

  it('round-trips totals mode and attestations', () => {
    const a = answers({ option: 'azure-consumption', mode: 'totals', totals: { usd: 20000 }, confirmations: { 'azure-consumption.silver.2': 'yes' } });
    const option = otherUsd.options.findIndex((o) => o.key === 'azure-consumption');
    expect(decodeState(otherUsd, encode(a, otherUsd, option))).toEqual({ answers: a, dropped: [], leftOut: { customers: 0, individuals: 0 } });
  });

  it('keeps a row of 0, a row of "not sure" and a row with nothing typed apart', () => {
    const a = answers({ option: 'managed-service-partner', customers: [customer({ [EXO]: 0 }), customer({ [EXO]: 'unknown', [SPO]: 7 }), customer({})] });
    expect(decodeState(seedLike, encode(a)).answers.customers).toEqual(a.customers.map((c) => ({ ...c, name: '' })));
  });

  it('writes only characters a query string keeps as they are', () => {
    const url = new URL('https://example.test/de/competency-cloud-productivity/');
    const param = encode(shared);
    url.searchParams.set('checker', param);
    expect(url.search).toBe(`?checker=${param}`);
    expect(decodeState(seedLike, new URL(url.href).searchParams.get('checker')!).answers).toEqual(decodeState(seedLike, param).answers);
  });

  it('keeps 100 customers in about ten characters each', () => {
    const hundred = answers({ option: 'managed-service-partner', customers: Array.from({ length: 100 }, (_, i) => customer({ [EXO]: 1000 + i * 37, [SPO]: i })) });
    const { param, leftOut } = encodeState(hundred, keysOf(seedLike));
    expect(leftOut).toEqual({ customers: 0, individuals: 0 });
    expect(param.length).toBeLessThan(1500);
    expect(decodeState(seedLike, param).answers.customers).toHaveLength(100);
  });

  it('leaves out the customers, and says how many, when they would make the link longer than its limit', () => {
    const many = answers({ option: 'managed-service-partner', market: 'developed', customers: Array.from({ length: 400 }, (_, i) => customer({ [EXO]: 100_000 + i, [SPO]: 5000 })), individuals: [person(MCSA)] });
    const { param, leftOut } = encodeState(many, keysOf(seedLike));
    expect(param.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    expect(leftOut).toEqual({ customers: 400, individuals: 0 });
    const back = decodeState(seedLike, param);
    expect(back.leftOut).toEqual({ customers: 400, individuals: 0 });
    expect(back.answers).toMatchObject({ market: 'developed', customers: [], individuals: [person(MCSA)] });
  });

  it.each([
    ['empty', '', 'link'],
    ['not JSON', '{market:', 'link'],
    ['an array', json([1, 2]), 'link'],
    ['a number', '42', 'link'],
    ['null', 'null', 'link'],
    ['of another format', '9.abc_0_dc', 'link'],
    ['made for other requirements', '1.zzzz_0_dc_0.p.1', 'version'],
  ] as const)('reads nothing from a link that is %s, and says why', (_, param, at) => {
    expect(decodeState(seedLike, param)).toEqual({ answers: answers(), dropped: [{ at }], leftOut: { customers: 0, individuals: 0 } });
  });

  it('keeps a row whose one value is bad, as "not sure" there, and a person whose one credential is unknown', () => {
    const param = encode(answers({ option: 'managed-service-partner', customers: [customer({ [EXO]: 5, [SPO]: 6 })], individuals: [person(MCSA)] }));
    const [head, opt, mm, row, totals, people] = param.split('_');
    const edited = [head, opt, mm, row!.replace(/\.5\./, '.Q5.'), totals, `${people}.zz`].join('_');
    const { answers: a, dropped } = decodeState(seedLike, edited);
    expect(a.customers).toEqual([customer({ [EXO]: 'unknown', [SPO]: 6 })]);
    expect(a.individuals).toEqual([person(MCSA)]);
    expect(dropped).toEqual([
      { at: 'customer', row: 0, field: EXO, excerpt: 'Q5' },
      { at: 'individual', row: 0, field: 'credential', excerpt: '#zz' },
    ]);
  });

  it('keeps what is valid in a JSON link of the earlier format and names each part it drops', () => {
    const { answers: a, dropped } = decodeState(
      seedLike,
      json({
        option: 'no-such-option',
        market: 'mars',
        mode: 'totals',
        customers: [
          customer({ [EXO]: 100 }),
          customer({ [EXO]: -5 }),
          customer({ 'active-users:minecraft': 10, [EXO]: 3 }),
          customer({ [EXO]: 1 }, { association: 'best-friend' }),
          '<script>alert(1)</script>',
        ],
        totals: { [EXO]: 'lots', [SPO]: 5 },
        individuals: [person(MCSA), person('exam-99-999', MCSA), { held: 'all' }],
        confirmations: { 'managed-service-partner.silver.1': 'yes' },
        __proto__: { polluted: true },
      }),
    );
    expect(dropped).toEqual([
      { at: 'option', excerpt: 'no-such-option' },
      { at: 'customer', row: 1, field: EXO, excerpt: '-5' },
      { at: 'customer', row: 2, field: 'value', excerpt: 'active-users:minecraft' },
      { at: 'customer', row: 3, field: 'association', excerpt: 'best-friend' },
      { at: 'customer', row: 4 },
      { at: 'individual', row: 1, field: 'credential', excerpt: 'exam-99-999' },
      { at: 'individual', row: 2 },
      { at: 'confirmation', excerpt: 'managed-service-partner…' },
      { at: 'market', excerpt: 'mars' },
      { at: 'totals', field: EXO, excerpt: 'lots' },
    ]);
    expect(a).toMatchObject({ option: 'managed-service-partner', market: 'unknown', mode: 'totals', totals: { [EXO]: 'unknown', [SPO]: 5 } });
    expect(a.customers.map((c) => c.values)).toEqual([{ [EXO]: 100 }, { [EXO]: 'unknown' }, { [EXO]: 3 }, { [EXO]: 1 }]);
    expect(a.customers[3]!.association).toBe('unknown');
    expect(a.individuals).toEqual([person(MCSA), person(MCSA)]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads at most MAX_ROWS customers from a link and names how many it left out', () => {
    const many = { ...answers({ market: 'developed', option: 'managed-service-partner' }), customers: Array.from({ length: 5000 }, () => customer({ [EXO]: 1 })) };
    const { answers: a, dropped } = decodeState(seedLike, json(many));
    expect(a.customers).toHaveLength(1000);
    expect(dropped).toEqual([{ at: 'rows', field: 'customers', excerpt: '4000' }]);
  });
});
