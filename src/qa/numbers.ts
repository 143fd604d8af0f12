// Numbers, dates, amounts and exam codes compared by kind and value, each side read in its own
// locale by the locale layer (src/locale/): German `2.000` = English `2,000`, `2/11/17` =
// `11.02.2017`, `60K` = `6万`, `three` = `3`. The rules abstain where they cannot read a fact:
// values are read from the phrasing as the page shows it (code spans are sample data), spaces a
// translation lost are put back first (`spacing-lost` reports them), an untranslated segment has
// nothing to compare, identifiers are `missing-term`'s, and a segment whose figures are the
// English figures in the same order has every value, whatever a reader made of them. A value
// that differs is an error only when both readings are the locales' own.
import { compareValues, describeValue, type ValueComparison, type ValuePair } from '../locale/compare-values.ts';
import { readValues, type ValueToken } from '../locale/read-values.ts';
import type { Segment } from '../sxs/types.js';
import type { Rule, SegmentInput } from './rule.js';
import { seg } from './rule.js';
import { phrasingText, sentenceKey } from './segment-text.js';
import { respaced, segmentGluedRuns } from './spacing.js';

type Comparable = ValueComparison['missing'][number];

/** The figures of a text in order, leading zeros dropped: `2,000.50` → 2 0 50. */
const figures = (text: string): string => (text.match(/\d+/g) ?? []).map((d) => d.replace(/^0+(?=\d)/, '')).join(' ');

/** Identifiers (product codes, versions, phone numbers) are terms, not quantities: `missing-term` checks them. */
const isQuantity = (t: Comparable): boolean => t.kind !== 'code' || t.codeKind === 'exam';

/** A difference worth an error: the translation's value read in its locale's own notation, not only in another's. */
const isFact = ({ target }: ValuePair): boolean => !('foreign' in target && target.foreign);

/** The figures of every identifier (version, product code) a side has: `Version 16.2` gives `16 2`. */
const identifierFigures = (tokens: ValueToken[]): Set<string> => new Set(tokens.filter((t) => t.kind === 'code' && t.codeKind !== 'exam').map((t) => figures(t.raw)));

/** Leaves out a number that is an identifier of the other side read as a number (`版本16.2` for `Version 16.2`): a version is not a quantity. */
function withoutIdentifierParts(source: ValueToken[], target: ValueToken[]): [ValueToken[], ValueToken[]] {
  const [inSource, inTarget] = [identifierFigures(source), identifierFigures(target)];
  const keep = (others: Set<string>) => (t: ValueToken) => t.kind === 'code' || t.kind === 'range' || !others.has(figures(t.raw));
  return [source.filter(keep(inTarget)), target.filter(keep(inSource))];
}

const NOTHING: ValueComparison = { matched: [], differs: [], missing: [], extra: [], misformatted: [], converted: [] };

function compare(segment: Segment, sourceLocale: string, targetLocale: string): ValueComparison {
  const source = phrasingText(segment.source);
  const target = respaced(phrasingText(segment.target), segmentGluedRuns(segment, targetLocale));
  // An untranslated segment says what the English says (`same-as-source` reports it); a side
  // without text is a broken pair (the parser reports it).
  if (sentenceKey(source) === sentenceKey(target) || !source.trim() || !target.trim()) return NOTHING;
  const [sourceValues, targetValues] = withoutIdentifierParts(readValues(source, sourceLocale), readValues(target, targetLocale));
  const c = compareValues(sourceValues, targetValues);
  const sameFigures = figures(source) === figures(target);
  const missing = sameFigures ? [] : c.missing.filter(isQuantity);
  const extra = sameFigures ? [] : c.extra.filter(isQuantity);
  // A difference is a fact only when every other value of the segment pairs up: with values left
  // on either side, which value stands for which is a guess, and a guess is no error.
  // With the English figures in the same order, a difference is one of words around the same
  // figures (`15 February` → `15. März`, `1 billion` → `1 亿`); a pair of other figures was misread.
  const readable = sameFigures ? c.differs.filter((p) => figures(p.source.raw) === figures(p.target.raw)) : c.differs;
  const [facts, guesses] = missing.length || extra.length ? [[], c.differs] : [readable.filter(isFact), c.differs.filter((p) => !readable.includes(p) || !isFact(p))];
  // A value said twice (`Download for HoloLens 2 (Herunterladen für HoloLens 2)`) is there once.
  const said = (side: 'source' | 'target') => new Set(c.matched.map((p) => p[side].raw));
  const [saidInSource, saidInTarget] = [said('source'), said('target')];
  return {
    ...c,
    // A number that no notation of the locale reads, copied as the English writes it (`Build 19041.1117`), is an identifier.
    misformatted: c.misformatted.filter((p) => !(p.target.raw === p.source.raw && 'foreign' in p.target && p.target.foreign)),
    differs: facts,
    missing: sameFigures ? [] : [...missing, ...guesses.map((p) => p.source).filter(isQuantity)].filter((t) => !saidInSource.has(t.raw)),
    extra: sameFigures ? [] : [...extra, ...guesses.map((p) => p.target).filter(isQuantity)].filter((t) => !saidInTarget.has(t.raw)),
  };
}

const kept = new WeakMap<Segment, ValueComparison>();

/** The comparison of one segment pair, computed once for the three rules. */
function compareSegment({ segment, doc }: SegmentInput): ValueComparison {
  let c = kept.get(segment);
  if (!c) kept.set(segment, (c = compare(segment, doc.locales.source, doc.locales.target)));
  return c;
}

const kindOf = (t: ValueToken): string => (t.kind === 'code' ? `${t.codeKind} code` : t.kind === 'integer' || t.kind === 'decimal' ? 'number' : t.kind);

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
  summary: 'A number, date, amount or exam code appears on only one side of a segment pair.',
  checkSegment(input) {
    const { missing, extra } = compareSegment(input);
    return [
      ...missing.map((t) => ({
        reason: `Unexpected translation without \`${t.raw}\` in ${seg(input.segment)}, expected every value of the English`,
        hint: 'Add the value, or write it out in words if that is what the English means.',
        pattern: `${kindOf(t)} \`${t.raw}\` missing`,
      })),
      ...extra.map((t) => ({
        reason: `Unexpected \`${t.raw}\` in ${seg(input.segment)}, expected only values that the English has`,
        hint: 'Check the value against the English sentence.',
        pattern: `${kindOf(t)} \`${t.raw}\` added`,
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
      pattern: `${kindOf(t)} in another notation`,
    }));
  },
};
