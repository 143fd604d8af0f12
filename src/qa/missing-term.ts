// Terms the translation must carry through unchanged: configured terms, credential codes
// (70-346), acronyms (MCSA) and runs of capitalized words inside a sentence (Fast Track
// Partner). A name counts as dropped when two or more, and at least half, of its words are
// absent from the target, so a translated part ("Microsoft Cloud Germany" → "… Deutschland")
// passes. A term with an accepted translation in the config's glossary passes too.
import type { Segment } from '../sxs/types.js';
import type { QaConfig } from './load-qa-config.js';
import type { Rule } from './rule.js';
import { seg } from './rule.js';
import { language, withoutUrlsAndCode, words } from './segment-text.js';
import { stripTags } from '../util/strip-tags.js';

export interface Term {
  text: string;
  kind: 'configured' | 'code' | 'acronym' | 'name';
}

const CODE = /(?<![\p{L}\p{N}-])(?:[A-Z]{1,4}-)?\d{2,3}-\d{3}(?![\p{L}\p{N}])/gu;
const ACRONYM = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9]{2,}(?=s?(?![\p{L}\p{N}]))/gu;
/** Upper-case words that are shouting, not names. */
const SHOUTED = new Set(['AND', 'NOT', 'THE', 'FOR', 'ALL', 'YES', 'NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION', 'OR', 'NEW']);
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}]*|\p{N}+)$/u;
/** Share of capitalized words above which a segment is a title or label, where English capitalizes everything. */
const TITLE_LIKE = 0.6;

/** Keys for "does the target contain it": case, spaces and hyphens do not matter (Office 365 = Office365-…). */
const squash = (s: string) => s.toLocaleLowerCase().replace(/[\s\u00A0\u202F-]+/g, '');

/** Runs of two or more capitalized words that do not start a sentence. */
function nameRuns(text: string): string[] {
  const runs: string[] = [];
  for (const sentence of text.split(/(?<=[.:!?;(])\s+|\s*[,()"“”]\s*/)) {
    const ws = sentence.split(/\s+/).filter(Boolean);
    let run: string[] = [];
    const flush = () => {
      if (run.filter((w) => /\p{L}/u.test(w)).length >= 2) runs.push(run.join(' '));
      run = [];
    };
    ws.forEach((w, i) => {
      const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (i > 0 && NAME_WORD.test(bare)) run.push(bare);
      else flush();
      if (bare !== w.replace(/^[^\p{L}\p{N}]+/u, '')) flush();
    });
    flush();
  }
  return runs;
}

/** The terms of an English text that a translation must keep. */
export function termsOf(text: string, configured: string[], isTitle: boolean): Term[] {
  const found: Term[] = [];
  const lower = text.toLocaleLowerCase();
  for (const t of configured) if (lower.includes(t.toLocaleLowerCase())) found.push({ text: t, kind: 'configured' });
  for (const m of text.matchAll(CODE)) found.push({ text: m[0], kind: 'code' });
  for (const m of text.matchAll(ACRONYM)) if (!SHOUTED.has(m[0])) found.push({ text: m[0], kind: 'acronym' });
  if (!isTitle) for (const r of nameRuns(text)) found.push({ text: r, kind: 'name' });
  return found;
}

/** Whether the target keeps a term: names may lose one word, or a minority of their words. */
export function keeps(target: string, term: Term): boolean {
  const t = squash(target);
  if (term.kind !== 'name') return t.includes(squash(term.text));
  const ws = term.text.split(' ');
  // "Partners" is kept by "Microsoft-Partner".
  const lost = ws.filter((w) => !t.includes(squash(w).replace(/(?<=\p{L}{3})s$/u, '')));
  return lost.length < 2 || lost.length * 2 < ws.length;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', '#39': "'" };

/** The English as terms are read from it: link texts stand apart like sentences ("see [Switch Azure …]"). */
export function termText(markup: string): string {
  return stripTags(withoutUrlsAndCode(markup).replace(/!?\[([^[\]]*)\]\(\)/g, '. $1 .'), ' ')
    .replace(/[*_]+/g, '')
    .replace(/&(amp|quot|apos|lt|gt|nbsp|#39);/g, (_m, e: string) => ENTITIES[e]!);
}

/** Glossary entries whose English term the source has and one of whose translations the target has. */
function acceptedTranslations(segment: Segment, lang: string, config: QaConfig): string[] {
  const source = squash(segment.source.text);
  const target = squash(segment.target.text);
  return Object.entries(config.glossary[lang] ?? {})
    .filter(([term, renderings]) => source.includes(squash(term)) && renderings.some((r) => target.includes(squash(r))))
    .map(([term]) => squash(term));
}

const KIND_NAMES: Record<Term['kind'], string> = { configured: 'required term', code: 'credential code', acronym: 'acronym', name: 'name' };

const titleLike = (text: string): boolean => {
  const ws = words(text).filter((w) => /\p{L}/u.test(w));
  return ws.length <= 3 || ws.filter((w) => NAME_WORD.test(w)).length / ws.length >= TITLE_LIKE;
};

export const missingTerm: Rule = {
  id: 'missing-term',
  severity: 'warning',
  summary: 'A name, product, credential code or configured term of the English is missing from the translation.',
  checkSegment({ segment, doc, config }) {
    const isTitle = segment.context === 'heading' || titleLike(segment.source.text);
    const terms = termsOf(termText(segment.source.markup), config.requiredTerms, isTitle);
    const accepted = acceptedTranslations(segment, language(doc.locales.target), config);
    const translated = (term: Term) => accepted.some((a) => a.includes(squash(term.text)) || squash(term.text).includes(a));
    const seen = new Set<string>();
    return terms
      .filter((term) => !keeps(segment.target.text, term) && !translated(term) && !seen.has(term.text) && seen.add(term.text))
      .map((term) => ({
        reason: `Unexpected translation of ${seg(segment)} without \`${term.text}\`, expected the ${KIND_NAMES[term.kind]} carried through as in the English`,
        hint: term.kind === 'name' ? 'Names of programs, products and roles stay as they are; if this one is translated on purpose, suppress it for this segment.' : 'Keep the term exactly as the English writes it.',
      }));
  },
};
