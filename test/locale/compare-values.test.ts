import { describe, expect, it } from 'vitest';
import { compareValues, type ValueComparison } from '../../src/locale/compare-values.ts';
import { readValues } from '../../src/locale/read-values.ts';
import { TARGET_LOCALES, VALUE_PAIRS, type Verdict } from './value-pairs.ts';

/** The verdict a comparison amounts to. */
export function verdictOf(c: ValueComparison): Verdict {
  if (c.differs.length) return 'differs';
  if (c.misformatted.length) return 'misformatted';
  if (c.missing.length || c.extra.length || !c.matched.length) return 'not-comparable';
  return 'same';
}

const raws = (ts: Array<{ raw: string }>) => ts.map((t) => t.raw);

describe.each(Object.entries(TARGET_LOCALES))('compareValues, English and %s', (lang, locale) => {
  it.each(VALUE_PAIRS[lang as keyof typeof TARGET_LOCALES].map((p) => [p.source, p.target, p.verdict] as const))('%j and %j: %s', (source, target, verdict) => {
    const c = compareValues(readValues(source, 'en-US'), readValues(target, locale));
    expect({ verdict: verdictOf(c), differs: c.differs.length, missing: raws(c.missing), extra: raws(c.extra) }).toMatchObject({
      verdict,
      ...(verdict === 'differs' ? { differs: 1 } : {}),
      ...(verdict === 'same' ? { missing: [], extra: [] } : {}),
    });
  });
});

describe('compareValues', () => {
  const compare = (source: string, target: string, locale = 'de-DE') => compareValues(readValues(source, 'en-US'), readValues(target, locale));

  it('pairs the value that differs with the one it replaces, once', () => {
    const c = compare('within 28 days', 'innerhalb von 31 Tagen');
    expect(c.differs.map((p) => [p.source.raw, p.target.raw])).toEqual([['28', '31']]);
    expect([c.missing, c.extra]).toEqual([[], []]);
  });

  it('tells an English-formatted number in a German text by the reading that matches', () => {
    const c = compare('2,000 active users', '2,000 aktive Benutzer');
    expect(c.misformatted.map((p) => [p.source.raw, p.target.raw])).toEqual([['2,000', '2,000']]);
    expect(c.differs).toEqual([]);
  });

  it('compares dates by the fields both state', () => {
    expect(verdictOf(compare('Feb 2018', '15. Februar 2018'))).toBe('same');
    expect(verdictOf(compare('Feb 2018', 'März 2018'))).toBe('differs');
  });

  it('keeps amounts in different currencies apart', () => {
    expect(verdictOf(compare('US$ 4.00', '4,00 EUR'))).toBe('differs');
  });

  it('never calls a value on one side only a difference', () => {
    const c = compare('3 exams and 2 courses', 'Prüfungen');
    expect(c.differs).toEqual([]);
    expect(raws(c.missing)).toEqual(['3', '2']);
  });

  it('leaves written-out numbers optional on either side', () => {
    expect(compare('one of the following', 'eine der folgenden')).toMatchObject({ missing: [], extra: [], differs: [] });
  });
});
