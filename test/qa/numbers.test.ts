// QA's number rules on the shared table of value pairs (test/locale/value-pairs.ts): the rule
// output must reach the same verdict as the comparer, with one finding per fact and an error
// only for a value that differs between the languages.
import { describe, expect, it } from 'vitest';
import { numberFormat, numberMismatch, numberMissing } from '../../src/qa/numbers.js';
import { runQa } from '../../src/qa/run-qa.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { TARGET_LOCALES, VALUE_PAIRS } from '../locale/value-pairs.ts';

const rules = [numberMismatch, numberMissing, numberFormat];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function qa(source: string, target: string, locale: string) {
  const md = `---\ntitle: T\nms.contentlocale: ${locale}\n---\n\n<span data-ttu-id="t-1">${escape(target)}</span><span class="sxs-lookup"><span data-stu-id="t-1">${escape(source)}</span></span>\n`;
  return runQa([parseSxs(md, { file: 't.md' })], { rules, includeParserDiagnostics: false });
}

describe.each(Object.entries(TARGET_LOCALES))('number rules, English and %s', (lang, locale) => {
  it.each(VALUE_PAIRS[lang as keyof typeof TARGET_LOCALES].map((p) => [p.source, p.target, p.verdict] as const))('%j and %j: %s', (source, target, verdict) => {
    const ds = qa(source, target, locale);
    const errors = ds.filter((d) => d.severity === 'error');
    if (verdict === 'same') expect(ds).toEqual([]);
    if (verdict === 'differs') expect(errors.map((d) => d.ruleId)).toEqual(['number-mismatch']);
    if (verdict === 'misformatted') expect(ds.map((d) => [d.ruleId, d.severity])).toEqual([['number-format', 'warning']]);
    if (verdict === 'not-comparable') {
      expect(errors).toEqual([]);
      expect(ds.every((d) => d.ruleId === 'number-missing')).toBe(true);
    }
  });
});

describe('number rules', () => {
  it('names both values in a difference', () => {
    const [d] = qa('within 28 days', 'innerhalb von 31 Tagen', 'de-DE');
    expect(d).toMatchObject({ ruleId: 'number-mismatch', severity: 'error' });
    expect(d!.reason).toBe('Unexpected `31` in segment `t-1`, expected the value of `28` as in the English (28, not 31)');
  });

  it('reports a different amount as an error, read in each locale', () => {
    const [d] = qa('at least 50,000 USD', 'au moins 100\u202f000 USD', 'fr-FR');
    expect(d).toMatchObject({ ruleId: 'number-mismatch', severity: 'error' });
    expect(d!.reason).toContain('(USD 50000, not USD 100000)');
  });

  it('reports each value on one side only as its own warning', () => {
    expect(qa('3 exams and 2 courses', 'Prüfungen und Kurse', 'de-DE').map((d) => [d.ruleId, d.severity, d.reason.slice(0, 41)])).toEqual([
      ['number-missing', 'warning', 'Unexpected translation without `3` in seg'],
      ['number-missing', 'warning', 'Unexpected translation without `2` in seg'],
    ]);
  });

  it('keeps the severities a config sets', () => {
    const md = `---\ntitle: T\nms.contentlocale: de-DE\n---\n\n<span data-ttu-id="t-1">innerhalb von 31 Tagen</span><span class="sxs-lookup"><span data-stu-id="t-1">within 28 days</span></span>\n`;
    const config = { rules: { 'number-mismatch': 'warning' as const }, keepTerms: [], requiredTerms: [], glossary: {}, allowUrlLocale: false, lengthRatio: {}, suppress: [] };
    expect(runQa([parseSxs(md, { file: 't.md' })], { rules, config, includeParserDiagnostics: false }).map((d) => d.severity)).toEqual(['warning']);
  });
});
