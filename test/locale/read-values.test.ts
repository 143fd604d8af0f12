import { describe, expect, it } from 'vitest';
import { readValue, readValues, type ValueToken } from '../../src/locale/read-values.ts';

/** A token in a few words: `integer 2000`, `date 2018-2-15`, `code office365`. */
function brief(t: ValueToken): string {
  switch (t.kind) {
    case 'date':
      return `date ${[t.date.year, t.date.month, t.date.day].map((x) => x ?? '?').join('-')}`;
    case 'time':
      return `time ${t.hour}:${String(t.minute).padStart(2, '0')}`;
    case 'code':
      return `code ${t.code}`;
    case 'range':
      return `range ${brief(t.from)} / ${brief(t.to)}`;
    default:
      return `${t.kind} ${t.value}${t.currency ? ` ${t.currency}` : ''}`;
  }
}

const read = (text: string, locale: string) => readValues(text, locale).map(brief);

describe('readValues', () => {
  it.each([
    // Numbers in each locale's own notation.
    ['2,000 users', 'en-US', ['integer 2000']],
    ['2.000 Benutzer', 'de-DE', ['integer 2000']],
    ['1,5 Stunden', 'de-DE', ['decimal 1.5']],
    ['1.5 hours', 'en-US', ['decimal 1.5']],
    ['2\u00a0000 utilisateurs', 'fr-FR', ['integer 2000']],
    ['12\u202f500 utilisateurs', 'fr-FR', ['integer 12500']],
    ['12 500 utilisateurs', 'fr-FR', ['integer 12500']],
    ['2\u202f000,5 euros', 'fr-FR', ['amount 2000.5 EUR']],
    ['２，０００人', 'ja-JP', ['integer 2000']],
    // Multipliers.
    ['60K seats', 'en-US', ['integer 60000']],
    ['1 billion', 'en-US', ['integer 1000000000']],
    ['1,5 Mio. Benutzer', 'de-DE', ['integer 1500000']],
    ['3 Mrd.', 'de-DE', ['integer 3000000000']],
    ['2 millions', 'fr-FR', ['integer 2000000']],
    ['6万人', 'ja-JP', ['integer 60000']],
    ['10億', 'ja-JP', ['integer 1000000000']],
    ['5千万', 'ja-JP', ['integer 50000000']],
    // Amounts.
    ['US$ 4.00', 'en-US', ['amount 4 USD']],
    ['US$15,000', 'en-US', ['amount 15000 USD']],
    ['$1 million', 'en-US', ['amount 1000000 USD']],
    ['4,00 USD', 'de-DE', ['amount 4 USD']],
    ['15.000 US-Dollar', 'de-DE', ['amount 15000 USD']],
    ['15 000 $ US', 'fr-FR', ['amount 15000 USD']],
    ['15 000 dollars américains', 'fr-FR', ['amount 15000 USD']],
    ['100万米ドル', 'ja-JP', ['amount 1000000 USD']],
    // Percentages.
    ['50%', 'en-US', ['percent 50']],
    ['50 Prozent', 'de-DE', ['percent 50']],
    ['50\u00a0%', 'fr-FR', ['percent 50']],
    ['50％', 'ja-JP', ['percent 50']],
    // Dates in every form the three locales write them.
    ['2/15/2018', 'en-US', ['date 2018-2-15']],
    ['2/11/17', 'en-US', ['date 2017-2-11']],
    ['February 15, 2018', 'en-US', ['date 2018-2-15']],
    ['Feb 2018', 'en-US', ['date 2018-2-?']],
    ['15.02.2018', 'de-DE', ['date 2018-2-15']],
    ['am 1.1. und 31.12.', 'de-DE', ['date ?-1-1', 'date ?-12-31']],
    ['15. Februar 2018', 'de-DE', ['date 2018-2-15']],
    ['im Jänner 2018', 'de-AT', ['date 2018-1-?']],
    ['15 février 2018', 'fr-FR', ['date 2018-2-15']],
    ['1er août 2018', 'fr-FR', ['date 2018-8-1']],
    ['15/02/2018', 'fr-FR', ['date 2018-2-15']],
    ['2018年2月15日', 'ja-JP', ['date 2018-2-15']],
    ['2018/2/15', 'ja-JP', ['date 2018-2-15']],
    ['2018 年 2 月 15 日', 'ja-JP', ['date 2018-2-15']],
    ['31日間', 'ja-JP', ['integer 31']],
    ['午後 5 時', 'ja-JP', ['time 17:00']],
    ['2018-02-15', 'en-US', ['date 2018-2-15']],
    // Times.
    ['5:00 PM', 'en-US', ['time 17:00']],
    ['17:00 Uhr', 'de-DE', ['time 17:00']],
    ['17 h 00', 'fr-FR', ['time 17:00']],
    // Ranges.
    ['2/11/17 – 2/10/18', 'en-US', ['range date 2017-2-11 / date 2018-2-10']],
    ['10 bis 20 Benutzer', 'de-DE', ['range integer 10 / integer 20']],
    ['du 1er au 15 février', 'fr-FR', ['integer 1', 'date ?-2-15']],
    ['10～20人', 'ja-JP', ['range integer 10 / integer 20']],
    ['US$ 10,000 – 50,000', 'en-US', ['range amount 10000 USD / amount 50000 USD']],
    // Count words.
    ['three exams', 'en-US', ['count-word 3']],
    ['drei Prüfungen', 'de-DE', ['count-word 3']],
    ['trois examens', 'fr-FR', ['count-word 3']],
    ['三つの試験', 'ja-JP', ['count-word 3']],
    ['統一されたプラットフォーム', 'ja-JP', []],
    // Years standing alone.
    ['in 2017', 'en-US', ['year 2017']],
    ['2000 users', 'en-US', ['integer 2000']],
  ])('reads %j in %s', (text, locale, expected) => {
    expect(read(text, locale)).toEqual(expected);
  });

  it.each([
    // Codes: exam codes, versions and product names with numbers, not quantities.
    ['70-346', 'code 70-346'],
    ['70\u2011346', 'code 70-346'],
    ['MB2-716', 'code mb2716'],
    ['MB6-894', 'code mb6894'],
    ['74-343', 'code 74-343'],
    ['98-361', 'code 98-361'],
    ['2.1.0', 'code 2.1.0'],
    ['v3', 'code v3'],
    ['Version 2.1', 'code version2.1'],
    ['Office 365', 'code office365'],
    ['Office365', 'code office365'],
    ['Windows 10', 'code windows10'],
    ['Dynamics AX 2012', 'code ax2012'],
    ['Dynamics 365', 'code dynamics365'],
    ['Server 2016', 'code server2016'],
    ['SQL Server 2014', 'code server2014'],
    ['Plan 1', 'code plan1'],
    ['E3', 'code e3'],
  ])('reads %j as a code, in every locale', (text, expected) => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'ja-JP']) expect(read(text, locale), locale).toEqual([expected]);
  });

  it('gives offsets and the text as written', () => {
    const [t] = readValues('Partner müssen ２，０００ haben', 'ja-JP');
    expect(t).toMatchObject({ start: 15, end: 20, raw: '２，０００' });
  });

  it.each([
    ['2,000', 'de-DE', 2, [2000]],
    ['2.000', 'en-US', 2, [2000]],
    ['2,000', 'fr-FR', 2, [2000]],
    ['2.000', 'ja-JP', 2, [2000]],
  ])('marks %j in %s as ambiguous, with the other reading', (text, locale, value, alternatives) => {
    expect(readValues(text, locale)[0]).toMatchObject({ value, alternatives, ambiguous: true });
  });

  it.each([
    ['2,000', 'en-US', 2000],
    ['2.000', 'de-DE', 2000],
    ['1,000,000', 'en-US', 1000000],
  ])('reads %j in %s without ambiguity', (text, locale, value) => {
    expect(readValues(text, locale)[0]).toMatchObject({ value, ambiguous: false });
  });

  it('reads a number only another locale writes that way as foreign', () => {
    expect(readValues('1,5 hours', 'en-US')[0]).toMatchObject({ value: 1.5, foreign: true });
  });

  it('reads the unit of time after a count', () => {
    expect(readValues('31 Tage', 'de-DE')[0]).toMatchObject({ value: 31, unit: 'day' });
    expect(readValues('3 か月', 'ja-JP')[0]).toMatchObject({ value: 3, unit: 'month' });
  });

  it.each([
    ['closing parentheses', ')'],
    ['opening brackets', '['],
    ['spaces', ' '],
    ['digits and commas', '1,'],
    ['digits and dots', '1.'],
    ['slashes between digits', '1/'],
    ['letters glued to digits', 'a1-'],
    ['dashes between numbers', '1 – '],
    ['full-width digits', '１'],
  ])('returns on 200 KB of %s', (_, unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    expect(Array.isArray(readValues(text, 'de-DE'))).toBe(true);
    expect(Array.isArray(readValues(text, 'fr-FR'))).toBe(true);
  });
});

describe('readValue', () => {
  it('reads a text that is one value, and nothing else', () => {
    expect(readValue(' 2.000 ', 'de-DE')).toMatchObject({ kind: 'integer', value: 2000 });
    expect(readValue('15. Februar 2018', 'de-DE')).toMatchObject({ kind: 'date', date: { year: 2018, month: 2, day: 15 } });
    expect(readValue('2.000 Benutzer', 'de-DE')).toBeUndefined();
    expect(readValue('zwölf', 'de-DE')).toMatchObject({ kind: 'count-word', value: 12 });
    expect(readValue('zwölf', 'de-DE', { words: false })).toBeUndefined();
  });
});
