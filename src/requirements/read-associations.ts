// Reads the customer associations that make a customer count ("associated as A or B or C").
// The English original decides the list; German names come from the German sentence.
import type { Association } from './model.ts';
import { alignListItems, type AlignedItems } from './align-list-items.ts';
import { slugify } from './slugify.ts';
import { splitList } from './split-list.ts';
import { languageOf } from '../locale/index.ts';
import type { Sentence } from './sentences.ts';

const SOURCE = /\b(?:associated|attached|registered|listed|recognized|designated|linked|set up|enrolled) (?:as|with) (?:the |a |an |their )?(.+?)(?:\s+for\s+.+?)?(?:\s+to qualify)?\.?$/i;
// Where each translation names the list, by language; a language without a row gives no target names.
const TARGET: Record<string, RegExp> = {
  de: /\bals (.+?)(?:\s+für\s+.+?)?\s+(?:zugeordnet|zugewiesen|zuordnen|zuweisen|registriert|eingetragen)\b/i,
  fr: /\b(?:en tant qu(?:e\s+|['’])|comme\s+)(.+?)(?:\s+pour\s+.+?)?(?:\s+(?:pour être admissible|afin de .+))?\.?$/i,
  // The list runs from after the sentence's topic ("これらのお客様に対して、") to "として".
  ja: /(?:^|(?:に対して|では|には|は)[、,]\s*)((?:(?!に対して[、,])[^。])+?)\s*として(?:関連付け|登録|指定)/,
};

export interface AssociationsRead {
  associations: Association[];
  aligned: AlignedItems;
}

/** The associations a sentence names; `undefined` when it names none. */
export function readAssociations(sentence: Sentence, locale = 'de-DE'): AssociationsRead | undefined {
  const m = SOURCE.exec(sentence.source);
  if (!m) return undefined;
  const lang = languageOf(locale);
  const target = TARGET[lang]?.exec(sentence.target)?.[1];
  const aligned = alignListItems(splitList(m[1]!, 'en'), target ? splitList(target, locale) : []);
  const associations = aligned.pairs.map((p) => ({
    key: slugify(p.source),
    name: { source: p.source, target: p.target ?? p.source },
    segmentIds: [sentence.id],
  }));
  return { associations, aligned };
}
