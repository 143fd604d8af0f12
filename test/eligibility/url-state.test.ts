import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/eligibility/url-state.ts';
import { evaluate } from '../../src/eligibility/evaluate.ts';
import { EXO, MCSA, answers, customer, otherUsd, person, seedLike } from './models.ts';

const tampered = (o: unknown): string => JSON.stringify(o);

describe('URL state', () => {
  const shared = answers({
    option: 'managed-service-partner',
    market: 'developed',
    customers: [customer({ [EXO]: 2500 }, { name: 'Contoso GmbH' }), customer({ [EXO]: 'unknown' }, { status: 'trial', name: 'Fabrikam' })],
    individuals: [{ name: 'Erika Mustermann', held: [MCSA] }],
  });

  it('round-trips answers and gives the same result, without names', () => {
    const param = encodeState(shared);
    expect(param).not.toMatch(/Contoso|Fabrikam|Erika/);
    const { answers: back, dropped } = decodeState(seedLike, param);
    expect(dropped).toEqual([]);
    expect(back.customers.map((c) => c.name)).toEqual(['', '']);
    expect(evaluate(seedLike, back)).toEqual(evaluate(seedLike, shared));
  });

  it('round-trips totals mode and attestations', () => {
    const a = answers({ option: 'azure-consumption', mode: 'totals', totals: { usd: 20000 }, confirmations: { 'azure-consumption.silver.2': 'yes' } });
    expect(decodeState(otherUsd, encodeState(a))).toEqual({ answers: a, dropped: [] });
  });

  it.each([
    ['empty', '', ['state']],
    ['not JSON', '{market:', ['state']],
    ['an array', tampered([1, 2]), ['state']],
    ['a number', '42', ['state']],
    ['null', 'null', ['state']],
  ])('drops everything from a link that is %s', (_, param, dropped) => {
    expect(decodeState(seedLike, param)).toEqual({ answers: answers(), dropped });
  });

  it('survives the trip through a URL query string', () => {
    const url = new URL('https://example.test/de-de/competency-cloud-productivity/');
    url.searchParams.set('checker', encodeState(shared));
    const back = new URL(url.href).searchParams.get('checker')!;
    expect(evaluate(seedLike, decodeState(seedLike, back).answers)).toEqual(evaluate(seedLike, shared));
  });

  it('keeps what is valid and names what it drops', () => {
    const { answers: a, dropped } = decodeState(
      seedLike,
      tampered({
        option: 'no-such-option',
        market: 'mars',
        mode: 'totals',
        customers: [
          customer({ [EXO]: 100 }),
          customer({ [EXO]: -5 }),
          customer({ [EXO]: 1.5 }),
          customer({ 'active-users:minecraft': 10 }),
          customer({ [EXO]: 1 }, { association: 'best-friend' }),
          customer({ [EXO]: 1e12 }),
          '<script>alert(1)</script>',
        ],
        totals: { [EXO]: 'lots', [`${EXO}`.replace('exchange', 'sharepoint')]: 5 },
        individuals: [person(MCSA), person('exam-99-999'), { held: 'all' }],
        confirmations: { 'managed-service-partner.silver.1': 'yes' },
        __proto__: { polluted: true },
      }),
    );
    expect(dropped).toEqual([
      'option', 'market',
      'customers.1', 'customers.2', 'customers.3', 'customers.4', 'customers.5', 'customers.6',
      'totals.active-users:exchange-o…', 'individuals.1', 'individuals.2', 'confirmations.managed-service-partner…',
    ]);
    expect(a).toMatchObject({ option: 'managed-service-partner', market: 'unknown', mode: 'totals', totals: { 'active-users:sharepoint-online': 5 } });
    expect(a.customers).toHaveLength(1);
    expect(a.individuals).toEqual([person(MCSA)]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('decodeState limits', () => {
  it('reads at most MAX_ROWS customers from a link and names what it left out', () => {
    const many = { ...answers({ market: 'developed', option: 'managed-service-partner' }), customers: Array.from({ length: 5000 }, () => customer({ [EXO]: 1 })) };
    const { answers: a, dropped } = decodeState(seedLike, JSON.stringify(many));
    expect(a.customers).toHaveLength(1000);
    expect(dropped).toEqual(['customers.1000…']);
  });
});
