// Spaces lost around values and markup, a typography defect of some translation tools:
// `20février2018`, `100000USD`, `voir**Paramètres**`. One rule for the cause, so the values
// such a segment holds are read as the translator meant them and not reported missing one by one.
// Only for languages that space words (the locale profile's `wordSpacing`): `2018年` is Japanese.
import { profileFor } from '../locale/profile.ts';
import type { Segment } from '../sxs/types.js';
import type { Rule } from './rule.js';
import { seg } from './rule.js';
import { phrasingText, withoutUrlsAndCode } from './segment-text.js';

export interface GluedRun {
  /** The run of letters and digits as written. */
  raw: string;
  /** Offsets in the text where a space was lost, between letters and digits. */
  junctions: number[];
}

const RUN = /[\p{L}\p{N}]+/gu;
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
/** A word glued to a value is a word: three letters or more (`2e`, `x64`, `4K` are how they are written). */
const MIN_WORD = 3;

/** Letter-digit junctions of a run where a word of `MIN_WORD` letters or more meets a number, but a suffix of the number (`1ère`). */
function junctionsOf(run: string, at: number, suffixes: readonly string[]): number[] {
  const chunks: Array<{ start: number; end: number; digits: boolean }> = [];
  for (let i = 0; i < run.length; i++) {
    const digits = isDigit(run[i]!);
    const last = chunks.at(-1);
    if (last && last.digits === digits) last.end = i + 1;
    else chunks.push({ start: i, end: i + 1, digits });
  }
  const out: number[] = [];
  for (let k = 1; k < chunks.length; k++) {
    const [a, b] = [chunks[k - 1]!, chunks[k]!];
    const word = a.digits ? b : a;
    if (a.digits && suffixes.includes(run.slice(b.start, b.end).toLocaleLowerCase())) continue;
    if (word.end - word.start >= MIN_WORD) out.push(at + b.start);
  }
  return out;
}

const runsOf = (text: string): Set<string> => new Set([...text.matchAll(RUN)].map((m) => m[0].toLocaleLowerCase()));

/** Runs of the translation that glue a value to a word where the English has no such run. */
export function gluedRuns(target: string, source: string, locale: string): GluedRun[] {
  const { profile } = profileFor(locale);
  if (!profile.wordSpacing) return [];
  const english = runsOf(source);
  // A name the English writes with a space (`Office 365`) may be written as one word (`Office365`).
  const squashed = source.toLocaleLowerCase().replace(/\s+/g, '');
  const out: GluedRun[] = [];
  for (const m of target.matchAll(RUN)) {
    const run = m[0].toLocaleLowerCase();
    if (english.has(run) || squashed.includes(run)) continue;
    const junctions = junctionsOf(m[0], m.index, profile.numberSuffixes);
    if (junctions.length) out.push({ raw: m[0], junctions });
  }
  return out;
}

/** The translation with a space put back at every lost junction, so its values read as meant. */
export function respaced(target: string, runs: GluedRun[]): string {
  const at = runs.flatMap((r) => r.junctions).sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const j of at) {
    out += `${target.slice(from, j)} `;
    from = j;
  }
  return out + target.slice(from);
}

/** Emphasis and code markers with a letter or digit right on both sides (`voir**Paramètres**et`). */
const GLUED_MARKER = /(?<=[\p{L}\p{N}])(?:\*\*|__|`)(?=[\p{L}\p{N}])/gu;
const gluedMarkers = (markup: string): number => withoutUrlsAndCode(markup).match(GLUED_MARKER)?.length ?? 0;

/** The translation's glued runs, computed once per segment for this rule and the number rules. */
const kept = new WeakMap<Segment, GluedRun[]>();
export function segmentGluedRuns(segment: Segment, locale: string): GluedRun[] {
  let runs = kept.get(segment);
  if (!runs) kept.set(segment, (runs = gluedRuns(phrasingText(segment.target), phrasingText(segment.source), locale)));
  return runs;
}

export const spacingLost: Rule = {
  id: 'spacing-lost',
  severity: 'warning',
  summary: 'The translation lost the spaces around a value or around markup (`20février2018`, `100000USD`, `voir**Paramètres**`).',
  checkSegment({ segment, doc }) {
    const out = [];
    const runs = segmentGluedRuns(segment, doc.locales.target);
    if (runs.length) {
      out.push({
        reason: `Unexpected ${runs.map((r) => `\`${r.raw}\``).join(', ')} in ${seg(segment)}, expected spaces between values and words as the English has them`,
        hint: 'Put back the spaces the translation tool removed; the values themselves are read as meant.',
        pattern: 'a value glued to a word',
      });
    }
    if (profileFor(doc.locales.target).profile.wordSpacing && gluedMarkers(segment.target.markup) > gluedMarkers(segment.source.markup)) {
      out.push({
        reason: `Unexpected emphasis or code marker glued to the words around it in ${seg(segment)}, expected spaces around the marked words as in the English`,
        hint: 'Put back the space before the opening marker and after the closing one.',
        pattern: 'markup glued to words',
      });
    }
    return out;
  },
};
