// A project termbase in TBX (ISO 30042: TBX 2 `termEntry`/`langSet`/`tig`, TBX 3
// `conceptEntry`/`langSec`/`termSec`) read into what `missing-term` checks: an entry with
// English terms only is a term every language keeps as it is; an entry with terms in other
// languages gives, per language, the renderings that carry the English term.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { languageOf } from '../locale/language-of.ts';

export interface Termbase {
  /** English terms every translation must keep verbatim. */
  requiredTerms: string[];
  /** Per target language, the renderings of each English term. */
  glossary: Record<string, Record<string, string[]>>;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const ENTRY = new Set(['termEntry', 'conceptEntry']);
const LANG = new Set(['langSet', 'langSec']);

const children = (el: Element, names: Set<string>): Element[] => {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && names.has((n as Element).localName ?? '')) out.push(n as Element);
  return out;
};

/** Every element of some names below a root, in document order, walked without recursion. */
function descendants(root: Element, names: Set<string>): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (names.has(el.localName ?? '')) out.push(el);
    const kids: Element[] = [];
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) kids.push(n as Element);
    stack.push(...kids.reverse());
  }
  return out;
}

const langOf = (el: Element): string => languageOf(el.getAttributeNS(XML_NS, 'lang') || el.getAttribute('xml:lang') || '');

/** Reads TBX text; throws with the parser's message when it is not well-formed XML. */
export function readTermbase(xml: string): Termbase {
  let problem: string | undefined;
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problem ??= message;
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    problem ??= (error as Error).message;
  }
  if (problem || !doc) throw new Error(`Unexpected termbase XML: ${problem}, expected well-formed TBX`);
  const out: Termbase = { requiredTerms: [], glossary: {} };
  if (!doc.documentElement) return out;
  for (const entry of descendants(doc.documentElement, ENTRY)) {
    const byLang = new Map<string, string[]>();
    for (const set of children(entry, LANG)) {
      const terms = descendants(set, new Set(['term'])).map((t) => (t.textContent ?? '').trim()).filter(Boolean);
      byLang.set(langOf(set), [...(byLang.get(langOf(set)) ?? []), ...terms]);
    }
    const english = byLang.get('en') ?? [];
    byLang.delete('en');
    if (!byLang.size) out.requiredTerms.push(...english);
    for (const [lang, renderings] of byLang) {
      const glossary = (out.glossary[lang] ??= {});
      for (const term of english) glossary[term] = [...new Set([...(glossary[term] ?? []), ...renderings])];
    }
  }
  return out;
}
