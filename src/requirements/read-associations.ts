// Reads the customer associations that make a customer count ("associated as A or B or C").
// The English original decides the list; German names come from the German sentence.
import type { Association } from './model.ts';
import { alignListItems, type AlignedItems } from './align-list-items.ts';
import { slugify } from './slugify.ts';
import { splitList } from './split-list.ts';
import type { Sentence } from './sentences.ts';

const PATTERN = {
  en: /\b(?:associated|attached|registered|listed|recognized|designated|linked|set up|enrolled) (?:as|with) (?:the |a |an |their )?(.+?)(?:\s+for\s+.+?)?(?:\s+to qualify)?\.?$/i,
  de: /\bals (.+?)(?:\s+für\s+.+?)?\s+(?:zugeordnet|zugewiesen|zuordnen|zuweisen)\b/i,
};

export interface AssociationsRead {
  associations: Association[];
  aligned: AlignedItems;
}

/** The associations a sentence names; `undefined` when it names none. */
export function readAssociations(sentence: Sentence): AssociationsRead | undefined {
  const m = PATTERN.en.exec(sentence.source);
  if (!m) return undefined;
  const target = PATTERN.de.exec(sentence.target)?.[1];
  const aligned = alignListItems(splitList(m[1]!, 'en'), target ? splitList(target, 'de') : []);
  const associations = aligned.pairs.map((p) => ({
    key: slugify(p.source),
    name: { source: p.source, target: p.target ?? p.source },
    segmentIds: [sentence.id],
  }));
  return { associations, aligned };
}
