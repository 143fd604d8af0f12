// Numbers, dates, amounts and codes compared by kind and value, each side read in its own
// locale by the locale layer (src/locale/): German `2.000` = English `2,000`, `2/11/17` =
// `11.02.2017`, `60K` = `6万`, `three` = `3`. One finding per fact: a value that differs
// (`28 days` → `31 Tage`) is an error; a value on one side only, or in another locale's
// notation, is a warning.
import { compareSegmentValues, describeValue, type ValueComparison } from '../locale/compare-values.ts';
import type { Rule, SegmentInput } from './rule.js';
import { seg } from './rule.js';

/** The comparison of one segment pair, computed once for the three rules (and the requirement cross-check). */
const compareSegment = ({ segment, doc }: SegmentInput): ValueComparison => compareSegmentValues(segment, doc.locales.source, doc.locales.target);

export const numberMismatch: Rule = {
  id: 'number-mismatch',
  severity: 'error',
  summary: 'A number, date, amount or exam code in the translation has another value than in the English (each read in its locale).',
  checkSegment(input) {
    return compareSegment(input).differs.map(({ source, target }) => ({
      reason: `Unexpected \`${target.raw}\` in ${seg(input.segment)}, expected the value of \`${source.raw}\` as in the English (${describeValue(source)}, not ${describeValue(target)})`,
      hint: `Write the same value in ${input.doc.locales.target} notation (English 2,000 is German 2.000).`,
    }));
  },
};

export const numberMissing: Rule = {
  id: 'number-missing',
  severity: 'warning',
  summary: 'A number, date, amount or code appears on only one side of a segment pair.',
  checkSegment(input) {
    const { missing, extra } = compareSegment(input);
    return [
      ...missing.map((t) => ({
        reason: `Unexpected translation without \`${t.raw}\` in ${seg(input.segment)}, expected every value of the English`,
        hint: 'Add the value, or write it out in words if that is what the English means.',
      })),
      ...extra.map((t) => ({
        reason: `Unexpected \`${t.raw}\` in ${seg(input.segment)}, expected only values that the English has`,
        hint: 'Check the value against the English sentence.',
      })),
    ];
  },
};

export const numberFormat: Rule = {
  id: 'number-format',
  severity: 'warning',
  summary: "A number or date in the translation is written in another locale's notation (German `2,000` reads as 2).",
  checkSegment(input) {
    const target = input.doc.locales.target;
    return compareSegment(input).misformatted.map(({ target: t, source }) => ({
      reason: `Unexpected \`${t.raw}\` in ${seg(input.segment)}, which reads as ${describeValue(t)} in ${target}, expected ${describeValue(source)} written in ${target} notation`,
      hint:
        source.kind === 'date' || source.kind === 'code' || source.kind === 'time'
          ? `Write the date the way ${target} does.`
          : `Use the locale's separators: ${new Intl.NumberFormat(target).format(source.value)}.`,
    }));
  },
};
