// Reads the workloads or products that count towards a threshold: "(A, B, or C) or D", or a
// sentence that is nothing but such a list ("A, B, or C within the last 12 months").
import type { Workload } from './model.ts';
import { alignListItems, type AlignedItems } from './align-list-items.ts';
import { slugify } from './slugify.ts';
import { splitList } from './split-list.ts';
import { profileFor } from '../locale/index.ts';
import { withoutWindow } from './read-thresholds.ts';
import type { Sentence } from './sentences.ts';

const NAME = String.raw`[A-Z][\w+&-]*(?:\s+[A-Z][\w+&-]*)*`;

function listIn(text: string, locale: string): string[] | undefined {
  const or = profileFor(locale).profile.conjunctions.or.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const paren = new RegExp(String.raw`[(（]([^()（）]*(?:[,、]|\s(?:${or})\s)[^()（）]*)[)）](?:\s*(?:${or})\s*(${NAME}))?`, 'u').exec(text);
  if (paren) return [...splitList(paren[1]!, locale), ...(paren[2] ? [paren[2]] : [])];
  const bare = withoutWindow(text, locale.startsWith('de') ? 'de' : 'en').replace(/\.$/, '');
  const items = splitList(bare, locale);
  const looksLikeNames = items.every((i) => /^[A-Z]/.test(i) && i.split(/\s+/).length <= 6);
  return bare.includes(',') && items.length >= 2 && looksLikeNames ? items : undefined;
}

export interface WorkloadsRead {
  workloads: Workload[];
  /** How the German list lines up with the English one (for the cross-language check). */
  aligned: AlignedItems;
}

/** The workloads a sentence lists, German names from the German list; `undefined` when it lists none. */
export function readWorkloads(sentence: Sentence, locale = 'de-DE'): WorkloadsRead | undefined {
  const source = listIn(sentence.source, 'en');
  if (!source) return undefined;
  const aligned = alignListItems(source, listIn(sentence.target, locale) ?? []);
  const workloads = aligned.pairs.map((p) => ({
    key: slugify(p.source),
    name: { source: p.source, target: p.target ?? p.source },
    segmentIds: [sentence.id],
  }));
  return { workloads, aligned };
}
