// The checker's number input, read by every consumer of it: the field parser, the count the
// form keeps, a CSV cell, and the running-text reader on the same characters, so that the
// field, the import and QA never read one number two ways.
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../src/eligibility/answers.ts';
import { importCustomers } from '../../src/eligibility/csv.ts';
import { parseInput, readingsOf } from '../../src/locale/parse-input.ts';
import { readValues } from '../../src/locale/read-values.ts';
import { EXO, seedLike } from '../eligibility/models.ts';

type Expected = number | 'unknown' | { ambiguous: [number, number] };

/** What a person types on a page in each UI language, and what it must mean. */
const TYPED: Array<[typed: string, locale: string, expected: Expected]> = [
  ['2000', 'en-US', 2000],
  ['2,000', 'en-US', 2000],
  ['2.000', 'en-US', { ambiguous: [2000, 2] }],
  ['1,000,000', 'en-US', 1000000],
  ['2.000', 'de-DE', 2000],
  ['2,000', 'de-DE', { ambiguous: [2000, 2] }],
  ['12.500', 'de-DE', 12500],
  ['1.000.000', 'de-DE', 1000000],
  ['2\u202f000', 'fr-FR', 2000],
  ['2 000', 'fr-FR', 2000],
  ['2,000', 'fr-FR', { ambiguous: [2000, 2] }],
  ['2,000', 'ja-JP', 2000],
  ['２，０００', 'ja-JP', 2000],
  ['2.000', 'ja-JP', { ambiguous: [2000, 2] }],
  ['?', 'en-US', 'unknown'],
  ['not sure', 'en-US', 'unknown'],
  ['nicht sicher', 'de-DE', 'unknown'],
  ['je ne sais pas', 'fr-FR', 'unknown'],
  ['pas sûr', 'fr-FR', 'unknown'],
  ['不明', 'ja-JP', 'unknown'],
  ['わからない', 'ja-JP', 'unknown'],
];

describe.each(TYPED)('%j typed on a %s page', (typed, locale, expected) => {
  it('reads in the field parser', () => {
    const r = parseInput(typed, locale);
    expect(r).toEqual(typeof expected === 'object' ? { ok: false, code: 'ambiguous', readings: expected.ambiguous } : { ok: true, value: expected });
  });

  it('reads the same as a count', () => {
    const r = parseCount(typed, locale);
    expect(r).toEqual(typeof expected === 'object' ? { ok: false, code: 'ambiguous', readings: expected.ambiguous } : { ok: true, value: expected });
  });

  it('reads the same in a CSV cell', () => {
    const { customers, errors } = importCustomers(`name;Exchange Online\nA;"${typed}"`, seedLike.options[0]!, locale);
    if (typeof expected === 'object') expect(errors).toEqual([{ line: 2, code: 'bad-number', value: typed, column: 'Exchange Online', problem: 'ambiguous', readings: expected.ambiguous }]);
    else expect(customers[0]?.values[EXO]).toBe(expected);
  });

  // "Not sure" words are no value of running text.
  if (typeof expected !== 'string') it('reads the same in running text', () => {
    const [token, ...rest] = readValues(typed, locale);
    expect(rest).toEqual([]);
    if (typeof expected === 'number') expect(token).toMatchObject({ value: expected, ambiguous: false });
    else if (typeof expected === 'object') expect(token).toMatchObject({ value: expected.ambiguous[1], alternatives: [expected.ambiguous[0]], ambiguous: true });
  });
});

describe('parseInput', () => {
  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['zwölf', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['12,345,6', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
  ])('rejects %j as %s', (typed, code) => {
    expect(parseInput(typed, 'de-DE')).toEqual({ ok: false, code });
  });

  it('offers both readings of a number with one sign before three digits, and nothing else', () => {
    expect(readingsOf('2,000')).toEqual([2000, 2]);
    expect(readingsOf('2.500')).toEqual([2500, 2.5]);
    expect(readingsOf('2,50')).toBeUndefined();
    expect(readingsOf('2000')).toBeUndefined();
  });
});
