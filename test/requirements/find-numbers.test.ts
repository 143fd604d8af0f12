import { describe, expect, it } from 'vitest';
import { findNumbers, parseLocaleNumber } from '../../src/requirements/find-numbers.ts';

describe('findNumbers', () => {
  it.each([
    ['de-DE', 'Partner müssen 2.000 aktive Berechtigungen haben.', [2000]],
    ['en-US', 'Partners must have deployed 2,000 active entitlements', [2000]],
    ['de-DE', 'Bereitstellen von 4000 aktiven Berechtigungen', [4000]],
    ['de-DE', 'in Höhe von 100.000US-Dollar in den vergangenen zwölf Monaten', [100000, 12]],
    ['en-US', 'US$15,000 Azure customer consumption within the previous 12 months', [15000, 12]],
    ['de-DE', 'Zum 31.Dezember2017 eingestellt.', [31, 2017]],
    ['de-DE', '1.234.567,5 Nutzer', [1234567.5]],
    ['en-US', '1,234,567.5 users', [1234567.5]],
    ['de-DE', '2\u00a0000 Nutzer', [2000]],
    ['de-DE', '2 000 Nutzer', [2, 0]],
    ['de-DE', 'eine der folgenden Prüfungen', []],
    ['en-US', 'one of the following exams', []],
    ['fr-FR', 'Les partenaires doivent avoir 2\u202f000 utilisateurs actifs', [2000]],
    ['fr-FR', '2 000 utilisateurs et 1,5 %', [2000, 1.5]],
    ['ja-JP', '2,000 人のアクティブ ユーザー', [2000]],
  ])('reads %s “%s”', (locale, text, values) => {
    expect(findNumbers(text, locale).map((n) => n.value)).toEqual(values);
  });

  it('keeps the characters as written and where they start', () => {
    expect(findNumbers('Partner müssen 2.000 aktive', 'de')).toEqual([{ value: 2000, raw: '2.000', start: 15 }]);
  });

  it('leaves number words out when asked', () => {
    expect(findNumbers('zwölf Monate, 12 Monate', 'de', { words: false }).map((n) => n.value)).toEqual([12]);
  });
});

describe('parseLocaleNumber', () => {
  it.each([
    ['2.000', 'de-DE', 2000],
    ['2,000', 'en-US', 2000],
    ['2000', 'de-DE', 2000],
    ['2.000', 'en-US', 2],
    ['2,5', 'de-DE', 2.5],
    ['zwölf', 'de-DE', 12],
    ['2.000 Nutzer', 'de-DE', undefined],
    ['', 'de-DE', undefined],
  ])('reads “%s” in %s as %s', (raw, locale, value) => {
    expect(parseLocaleNumber(raw, locale)).toBe(value);
  });
});
