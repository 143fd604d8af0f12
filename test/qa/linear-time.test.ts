// Linear time for the patterns QA runs over content: each hostile shape grown inside a sentence
// (before its number) and at both of its ends, at 1×, 2× and 4× the size. A quadratic pattern
// takes 16 × the time at 4 × the size; the checks compare ratios, never absolute times.
import { describe, expect, it } from 'vitest';
import { missingTerm } from '../../src/qa/missing-term.js';
import { runQa } from '../../src/qa/run-qa.js';
import { sentenceKey } from '../../src/qa/segment-text.js';
import { sameAsSource } from '../../src/qa/same-as-source.js';
import { inconsistentTranslation } from '../../src/qa/consistency.js';
import { inlineSuppressions } from '../../src/qa/suppressions.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { defaultQaConfig } from '../../src/qa/load-qa-config.js';

type Place = 'inside' | 'start' | 'end';
const PLACES: Place[] = ['inside', 'start', 'end'];

/** A sentence with `run` inside it (before its number), or at its start or end. */
function sentence(run: string, place: Place, words: [string, string]): string {
  if (place === 'start') return `${run}${words[0]} ${words[1]}`;
  if (place === 'end') return `${words[0]} ${words[1]}${run}`;
  return `${words[0]} ${run} ${words[1]}`;
}

function page(run: string, place: Place): string {
  const target = sentence(run, place, ['Partner müssen (Fast Track Partner)', '2.000 aktive Benutzer haben.']);
  const source = sentence(run, place, ['Partners must (Fast Track Partner)', 'have 2,000 active users.']);
  return `---\nms.contentlocale: de-DE\n---\n\n<span data-ttu-id="a-101">${target}</span><span class="sxs-lookup"><span data-stu-id="a-101">${source}</span></span>\n`;
}

/** The best of three timings of `run` on the input for `size`, in ms, never under a floor that timer noise could reach. */
function timed<T>(make: (size: number) => T, run: (input: T) => unknown, size: number): number {
  const input = make(size);
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    run(input);
    best = Math.min(best, performance.now() - start);
  }
  return Math.max(best, 4);
}

/** Time at 4 × the size over time at 1 ×, after a warm-up: about 4 when linear, 16 when quadratic. */
function growth<T>(make: (size: number) => T, run: (input: T) => unknown, size: number): number {
  timed(make, run, size);
  const t1 = timed(make, run, size);
  timed(make, run, 2 * size);
  return timed(make, run, 4 * size) / t1;
}

const LIMIT = 10;
const SIZE = 10_000;

describe.each(PLACES)('QA patterns grow linearly with a hostile run %s a sentence', (place) => {
  describe.each([')', '[', '(', ']('])('of %j', (unit) => {
    const doc = (n: number) => parseSxs(page(unit.repeat(n / unit.length), place), { file: 'hostile.md' });

    it('trims edge punctuation for same-as-source and consistency (sentenceKey)', () => {
      expect(growth((n) => sentence(unit.repeat(n / unit.length), place, ['Partners must', 'have 2,000 users.']), sentenceKey, SIZE)).toBeLessThan(LIMIT);
    });

    it('reads terms for missing-term', () => {
      const config = { ...defaultQaConfig(), requiredTerms: ['Fast Track Partner'] };
      expect(growth(doc, (d) => runQa([d], { config, rules: [missingTerm] }), SIZE)).toBeLessThan(LIMIT);
    });

    it('compares the sides for same-as-source and inconsistent-translation', () => {
      expect(growth(doc, (d) => runQa([d, d], { rules: [sameAsSource, inconsistentTranslation] }), SIZE)).toBeLessThan(LIMIT);
    });
  });
});

describe.each(PLACES)('suppression comments grow linearly, the hostile run %s a sentence', (place) => {
  // The comments are read from the document's text; the document is the small page with the
  // hostile text put in place (parsed once), so the timing is the suppression reader's alone.
  const base = parseSxs(page('', place), { file: 'hostile.md' });
  it.each(['<!-- tandem-qa-disable x ', '<!--', '-->'])('of %j', (unit) => {
    const doc = (n: number) => ({ ...base, text: page(unit.repeat(Math.ceil(n / unit.length)), place) });
    expect(growth(doc, inlineSuppressions, SIZE * 8)).toBeLessThan(LIMIT);
  });
});
