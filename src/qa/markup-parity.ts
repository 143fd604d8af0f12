// Emphasis, code span and inline-HTML parity, counted per marker. A marker whose count is odd
// in the translation but even in the English (`**aktive Benutzer` lost its closing `**`) shows
// as literal asterisks on the page: an error. Other count differences are warnings.
import type { Segment } from '../sxs/types.js';
import type { Rule, RuleMessage } from './rule.js';
import { seg } from './rule.js';
import { withoutUrlsAndCode } from './segment-text.js';

const VOID_TAGS = new Set(['br', 'img', 'hr', 'wbr', 'input']);

/** Counts of each inline marker in some markup: `**`, `__`, `*`, `_`, backtick runs, `<b>`, `</b>`. */
export function countMarkers(markup: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const m of markup.matchAll(/`+/g)) add(m[0].length === 1 ? '`' : m[0]);
  let rest = withoutUrlsAndCode(markup);
  for (const m of rest.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^<>]*?(\/?)>/gi)) {
    const name = m[2]!.toLowerCase();
    add(VOID_TAGS.has(name) || m[3] ? `<${name}>` : `<${m[1]}${name}>`);
  }
  rest = rest.replace(/<[^<>]*>/g, ' ');
  for (const m of rest.matchAll(/\*\*|(?<![\p{L}\p{N}])__|__(?![\p{L}\p{N}])/gu)) add(m[0]);
  rest = rest.replace(/\*\*|__/g, ' ');
  for (const m of rest.matchAll(/\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu)) add(m[0]);
  return counts;
}

/** Markers paired open/close: an odd count (or opens ≠ closes) means one side of a pair is missing. */
function balanced(marker: string, counts: Map<string, number>): boolean {
  const n = counts.get(marker) ?? 0;
  if (marker.startsWith('</')) return n === (counts.get(`<${marker.slice(2)}`) ?? 0);
  if (marker.startsWith('<') && !marker.startsWith('</')) {
    const close = counts.get(`</${marker.slice(1)}`);
    return close === undefined ? true : n === close;
  }
  return n % 2 === 0;
}

interface MarkerDifference {
  marker: string;
  target: number;
  source: number;
  breaksPage: boolean;
}

export function markerDifferences(targetMarkup: string, sourceMarkup: string): MarkerDifference[] {
  const t = countMarkers(targetMarkup);
  const s = countMarkers(sourceMarkup);
  const out: MarkerDifference[] = [];
  for (const marker of new Set([...t.keys(), ...s.keys()])) {
    const tn = t.get(marker) ?? 0;
    const sn = s.get(marker) ?? 0;
    if (tn === sn) continue;
    out.push({ marker, target: tn, source: sn, breaksPage: !balanced(marker, t) && balanced(marker, s) });
  }
  return out;
}

const describe = (d: MarkerDifference, segment: Segment): RuleMessage => ({
  reason: `Unexpected ${d.target} × \`${d.marker}\` in ${seg(segment)}, expected ${d.source} as in the English`,
  hint: d.breaksPage ? `A \`${d.marker}\` has lost its partner: the page shows it literally. Restore the pair around the same words as in the English.` : 'Mark up the same words as the English does.',
});

// A marker shown literally is a blemish on the page, not a changed fact: a warning, listed
// for editors above the plain count differences.
export const markupUnbalanced: Rule = {
  id: 'markup-unbalanced',
  severity: 'warning',
  summary: 'An emphasis, code or HTML marker lost its partner in the translation (it would show literally).',
  checkSegment: ({ segment }) => markerDifferences(segment.target.markup, segment.source.markup).filter((d) => d.breaksPage).map((d) => describe(d, segment)),
};

export const markupMismatch: Rule = {
  id: 'markup-mismatch',
  severity: 'warning',
  summary: 'The translation uses a marker (emphasis, code, inline HTML) a different number of times than the English.',
  // One habit of a translation (bold dropped around UI names) is one finding with its occurrences.
  checkSegment: ({ segment }) =>
    markerDifferences(segment.target.markup, segment.source.markup)
      .filter((d) => !d.breaksPage)
      .map((d) => ({ ...describe(d, segment), pattern: `\`${d.marker}\` ${d.target < d.source ? 'fewer' : 'more'} than in the English` })),
};
