import { describe, expect, it } from 'vitest';
import { compareNumbers, readNumbers } from '../../src/qa/numbers.js';

const values = (text: string, locale: string) => readNumbers(text, locale).filter((t) => !t.optional).map((t) => t.value);

describe('readNumbers', () => {
  it.each([
    ['2,000 users', 'en-US', [2000]],
    ['2.000 Benutzer', 'de-DE', [2000]],
    ['1,5 Stunden', 'de-DE', [1.5]],
    ['1.5 hours', 'en-US', [1.5]],
    ['2\u00A0000 utilisateurs', 'fr-FR', [2000]],
    ['2\u202F000,5 euros', 'fr-FR', [2000.5]],
    ['２，０００人', 'ja-JP', [2000]],
    ['2万人', 'ja-JP', [20000]],
    ['Office365-Workloads', 'de-DE', [365]],
    ['Prüfung 70-346', 'de-DE', [70, 346]],
    ['Version 2.1.0', 'de-DE', [2, 1, 0]],
    ['am 1. Juli 2017', 'de-DE', [1, 2017]],
    ['on July 1, 2017', 'en-US', [1, 2017]],
  ])('reads %j in %s as %j', (text, locale, expected) => {
    expect(values(text, locale)).toEqual(expected);
  });

  it('keeps the other reading of an ambiguous number', () => {
    expect(readNumbers('2,000', 'de-DE')[0]).toMatchObject({ value: 2, alternatives: [2000] });
  });

  it('reads written-out numbers and ordinals as optional', () => {
    expect(readNumbers('three 3rd-party apps', 'en-US').map((t) => [t.value, t.optional])).toEqual([
      [3, true],
      [3, true],
    ]);
  });
});

describe('compareNumbers', () => {
  const compare = (target: string, source: string, locale = 'de-DE') => {
    const c = compareNumbers(readNumbers(source, 'en-US'), readNumbers(target, locale));
    return { missing: c.missing.map((t) => t.raw), extra: c.extra.map((t) => t.raw), misformatted: c.misformatted.map((m) => m.target.raw) };
  };

  it.each([
    ['2.000 aktive Benutzer', '2,000 active users', 'de-DE'],
    ['2000 aktive Benutzer', '2,000 active users', 'de-DE'],
    ['1,5 Stunden', '1.5 hours', 'de-DE'],
    ['am 1. Juli 2017', 'on July 1, 2017', 'de-DE'],
    ['drei Prüfungen', '3 exams', 'de-DE'],
    ['3 Prüfungen', 'three exams', 'de-DE'],
    ['Drittanbieter-Apps', '3rd-party apps', 'de-DE'],
    ['innerhalb von 60Tagen', 'within 60 days', 'de-DE'],
    ['2\u00A0000 utilisateurs', '2,000 users', 'fr-FR'],
    ['2,000人のユーザー', '2,000 users', 'ja-JP'],
  ])('matches %j with %j', (target, source, locale) => {
    expect(compare(target, source, locale)).toEqual({ missing: [], extra: [], misformatted: [] });
  });

  it('tells a number that differs by value', () => {
    expect(compare('20.000 aktive Benutzer', '2,000 active users')).toEqual({ missing: ['2,000'], extra: ['20.000'], misformatted: [] });
  });

  it('tells an English-formatted number in a German text', () => {
    expect(compare('2,000 aktive Benutzer', '2,000 active users')).toEqual({ missing: [], extra: [], misformatted: ['2,000'] });
  });

  it('tells a number that only one side has', () => {
    expect(compare('aktive Benutzer', '2,000 active users')).toEqual({ missing: ['2,000'], extra: [], misformatted: [] });
  });
});
