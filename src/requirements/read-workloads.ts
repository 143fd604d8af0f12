// Reads the workloads or products that count towards a threshold: "(A, B, or C) or D", or a
// sentence that is nothing but such a list ("A, B, or C within the last 12 months").
import type { Workload } from './model.ts';
import { alignListItems, type AlignedItems } from './align-list-items.ts';
import { slugify } from './slugify.ts';
import { splitList } from './split-list.ts';
import { withoutWindow } from './read-thresholds.ts';
import type { Sentence } from './sentences.ts';

const CONJ = { en: 'or', de: 'oder' };
const NAME = String.raw`[A-Z][\w+&-]*(?:\s+[A-Z][\w+&-]*)*`;

function listIn(text: string, lang: 'de' | 'en'): string[] | undefined {
  const paren = new RegExp(String.raw`\(([^()]*(?:,|\s${CONJ[lang]}\s)[^()]*)\)(?:\s+${CONJ[lang]}\s+(${NAME}))?`).exec(text);
  if (paren) return [...splitList(paren[1]!, lang), ...(paren[2] ? [paren[2]] : [])];
  const bare = withoutWindow(text, lang).replace(/\.$/, '');
  const items = splitList(bare, lang);
  const looksLikeNames = items.every((i) => /^[A-Z]/.test(i) && i.split(/\s+/).length <= 6);
  return bare.includes(',') && items.length >= 2 && looksLikeNames ? items : undefined;
}

export interface WorkloadsRead {
  workloads: Workload[];
  /** How the German list lines up with the English one (for the cross-language check). */
  aligned: AlignedItems;
}

/** The workloads a sentence lists, German names from the German list; `undefined` when it lists none. */
export function readWorkloads(sentence: Sentence): WorkloadsRead | undefined {
  const source = listIn(sentence.source, 'en');
  if (!source) return undefined;
  const aligned = alignListItems(source, listIn(sentence.target, 'de') ?? []);
  const workloads = aligned.pairs.map((p) => ({
    key: slugify(p.source),
    name: { source: p.source, target: p.target ?? p.source },
    segmentIds: [sentence.id],
  }));
  return { workloads, aligned };
}
