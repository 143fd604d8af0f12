import { describe, expect, it } from 'vitest';
import { Answers, parseCount } from '../../src/eligibility/answers.ts';
import { answers, customer, EXO } from './models.ts';

describe('parseCount', () => {
  it.each([
    ['2.000', 'de-DE', 2000],
    ['2,000', 'en-US', 2000],
    ['2000', 'de-DE', 2000],
    [' 1 250 ', 'en-US', 1250],
    ['?', 'de-DE', 'unknown'],
    ['weiß nicht', 'de-DE', 'unknown'],
    ['not sure', 'en-US', 'unknown'],
    ['0', 'en-US', 0],
  ] as const)('reads %j in %s as %j', (raw, locale, value) => {
    expect(parseCount(raw, locale)).toEqual({ ok: true, value });
  });

  it.each([
    ['-5', 'en-US', 'negative'],
    ['−5', 'de-DE', 'negative'],
    ['2,5', 'de-DE', 'fractional'],
    ['2.5', 'en-US', 'fractional'],
    ['1,5', 'en-US', 'fractional'],
    ['5000000000', 'en-US', 'too-large'],
    ['', 'en-US', 'empty'],
    ['   ', 'de-DE', 'empty'],
    ['zwölf', 'de-DE', 'not-a-number'],
    ['1e5', 'en-US', 'not-a-number'],
    ['12abc', 'en-US', 'not-a-number'],
    ['Infinity', 'en-US', 'not-a-number'],
  ] as const)('rejects %j in %s as %s', (raw, locale, code) => {
    expect(parseCount(raw, locale)).toEqual({ ok: false, code });
  });

  it.each([
    ['2,000', 'de-DE'],
    ['2.000', 'en-US'],
    ['2,000', 'fr-FR'],
    ['2.000', 'ja-JP'],
  ])('asks about %j in %s instead of reading it one way', (raw, locale) => {
    expect(parseCount(raw, locale)).toEqual({ ok: false, code: 'ambiguous', readings: [2000, 2] });
  });

  it('reads an empty field as the value it is told to', () => {
    expect(parseCount('', 'de-DE', { emptyAs: 0 })).toEqual({ ok: true, value: 0 });
  });
});

describe('Answers', () => {
  it('accepts well-formed answers', () => {
    const a = answers({ customers: [customer({ [EXO]: 'unknown' })] });
    expect(Answers.safeParse(a)).toEqual({ success: true, data: a });
  });

  it('reports each bad value with its path and code', () => {
    const bad = { ...answers({ market: 'mars' as never }), customers: [customer({ [EXO]: -1, x: 1.5 }, { status: 'free' as never })] };
    const r = Answers.safeParse(bad);
    expect(r.success).toBe(false);
    expect(!r.success && r.issues).toEqual([
      { path: 'market', code: 'invalid' },
      { path: 'customers.0.status', code: 'invalid' },
      { path: 'customers.0.values.active-users:exchange-online', code: 'negative' },
      { path: 'customers.0.values.x', code: 'fractional' },
    ]);
  });
});
