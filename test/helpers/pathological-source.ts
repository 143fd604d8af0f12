// Hostile sources for the linear-time guarantee: the seed competency page with one requirement
// segment (both languages) carrying a long run of one shape, the inputs that once made regexes
// in QA and extraction quadratic. Shared by `scripts/bench/pathological.ts` and the tests.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SEED = join(resolve(import.meta.dirname, '..', '..'), 'content', 'de-de', 'competency-cloud-productivity.md');

/** Each shape: a name and the unit repeated to make the run. */
export const PATHOLOGICAL_SHAPES: ReadonlyArray<{ name: string; unit: string }> = [
  { name: 'parens', unit: ')' },
  { name: 'open-parens', unit: '(' },
  { name: 'brackets', unit: '[' },
  { name: 'close-brackets', unit: ']' },
  { name: 'link-openers', unit: '](' },
  { name: 'stars', unit: '*' },
  { name: 'underscores', unit: '_' },
  { name: 'backticks', unit: '`' },
  { name: 'less-than', unit: '<' },
  { name: 'ampersands', unit: '&' },
  { name: 'digits', unit: '1' },
  { name: 'digit-groups', unit: '1 ' },
  { name: 'spaces', unit: ' ' },
  { name: 'words', unit: 'a ' },
  { name: 'dots', unit: '.' },
  { name: 'commas', unit: ', ' },
];

const TARGET = 'Partner müssen 1.000 aktive Berechtigungen (aktive Benutzer) bereitgestellt haben.';
const SOURCE = 'Partners must have deployed 1,000 active entitlements (active users)';

/** Where the run goes in the threshold sentence: before it, before its number (inside), or after it. */
export type RunPlacement = 'start' | 'inside' | 'end';

export const RUN_PLACEMENTS: readonly RunPlacement[] = ['start', 'inside', 'end'];

/** Where in `sentence` a run goes: patterns that match at once at the end can still scan from inside. */
function runAt(sentence: string, placement: RunPlacement): number {
  if (placement === 'start') return 0;
  if (placement === 'end') return sentence.length;
  return sentence.search(/\d/);
}

/**
 * The seed page with `chars` characters of `unit` in its first threshold sentence, in both
 * languages: after the sentence (default), before it, or inside it before its number.
 */
export function pathologicalSource(unit: string, chars: number, placement: RunPlacement = 'end'): string {
  const text = readFileSync(SEED, 'utf8');
  const run = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  const at = text.indexOf(TARGET);
  const sourceAt = text.indexOf(SOURCE);
  if (at < 0 || sourceAt < 0) throw new Error('the seed page no longer has its first threshold sentence');
  const targetCut = at + runAt(TARGET, placement);
  const sourceCut = sourceAt + runAt(SOURCE, placement);
  return text.slice(0, targetCut) + run + text.slice(targetCut, sourceCut) + run + text.slice(sourceCut);
}
