// Reads the conditions around a threshold that are not amounts: what does not count
// ("Trial SKUs are not included"), how it is measured (the seed's note 2ecbe-119), and notes.
import type { PerformanceRequirement } from './model.ts';
import { firstLink, type Sentence } from './sentences.ts';
export { isTrialExclusion } from './trial-exclusion.ts';

type Label = { target: string; source: string };

export interface Condition {
  exclusion?: { key: string; label: Label; segmentIds: string[] };
  note?: { label: Label; segmentIds: string[] };
  measure?: PerformanceRequirement['measure'];
}

const label = (s: Sentence): Label => ({ source: s.source, target: s.target });

const EXCLUDED = /^(.*?)\s+(?:are|is)\s+not\s+(?:included|applicable|eligible|counted)\b/i;
const PAID_ONLY = /\bmust be paid\b/i;
const PER_WORKLOAD = /\b(?:a|one) specific workload\b|\bper workload\b/i;
const COMBINED = /\bany one or (?:a )?combination\b/i;
// "Meet the revenue thresholds for Dynamics 365 … and its associated applications": what counts, as a note beside the minimum.
const SCOPE = /^meet (?:the )?(?:revenue|performance|consumption) (?:thresholds?|requirements?) (?:for|of|from)\b/i;

const RESTRICTS = /\b(?:must|only|not|cannot|can't|excluded?|excluding|except|required?|minimum|at least|no more than)\b/i;

function exclusionKey(subject: string): string {
  if (/\btrial\b/i.test(subject)) return 'trial';
  if (/\bfree\b/i.test(subject)) return 'free';
  return subject.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** What a sentence says about which customers or seats count; `undefined` when it says none of this. */
export function readCondition(sentence: Sentence): Condition | undefined {
  const ref = { label: label(sentence), segmentIds: [sentence.id] };
  const excluded = EXCLUDED.exec(sentence.source);
  if (excluded) return { exclusion: { key: exclusionKey(excluded[1]!), ...ref } };
  if (PAID_ONLY.test(sentence.source)) return { exclusion: { key: 'unpaid', ...ref } };
  if (PER_WORKLOAD.test(sentence.source)) return { note: ref, measure: 'per-workload' };
  if (COMBINED.test(sentence.source)) return { note: ref, measure: 'total' };
  if (SCOPE.test(sentence.source)) return { note: ref };
  // A note that itself restricts what counts ("Note: only customers in the US count") is no mere note.
  if (/^Note:/i.test(sentence.source) && !RESTRICTS.test(sentence.source.slice(5))) return { note: ref };
  if (/^Learn more\b/i.test(sentence.source) && firstLink(sentence)) return { note: ref };
  return undefined;
}
