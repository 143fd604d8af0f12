// Terms the translation must carry: declared terms (the config's `requiredTerms`, the
// `glossary` of the target language and a TBX termbase, see read-termbase.ts) and codes (exam
// codes `70-346`, `MB2-716`, identifiers with digits `KB4023057`, `x64`). Names are never guessed
// from capitals: a language may translate a product or program name by policy. A term a folder
// renders inconsistently is the consistency rules' finding.
import type { Segment } from '../sxs/types.js';
import type { QaConfig } from './load-qa-config.js';
import type { Rule } from './rule.js';
import { seg } from './rule.js';
import { language, withoutUrlsAndCode } from './segment-text.js';
import { stripTags } from '../util/strip-tags.js';

export interface Term {
  text: string;
  kind: 'required' | 'glossary' | 'code';
  /** Renderings of the target language that carry the term (glossary), besides the term itself. */
  renderings: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp>();

/**
 * Whether a text holds a term as a whole word: any case, spaces and hyphens between its words
 * optional (`Office 365` = `Office365-…`), an English plural allowed (`Partners`). Only Latin
 * letters and digits bound a word, so `HoloLens` counts in `HoloLens在`; `VAT` does not in `elevation`.
 */
export function hasTerm(text: string, term: string): boolean {
  let re = patterns.get(term);
  if (!re) {
    const body = term.trim().split(/[\s\u00A0-]+/).map(escape).join('[\\s\\u00A0\\u202F\\u2009\\u3000‐‑–-]*');
    patterns.set(term, (re = new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${body}(?:e?s)?(?![\\p{Script=Latin}\\p{N}])`, 'iu')));
  }
  return re.test(text);
}

/**
 * Exam codes (`70-346`, `MB2-716`, `AZ-900`) and identifiers that start with letters and hold
 * digits (`KB4023057`, `x64`, `ARM64`); what starts with digits is a measure (`2048x2048`, `11PM`, `4K`).
 */
const CODE = /(?<![\p{L}\p{N}_./-])(?:[A-Z]{1,4}\d?-\d{3}|\d{2}-\d{3}|[A-Za-z]+\d[A-Za-z\d]*)(?![\p{L}\p{N}_-])/gu;

/** Codes of an English text: what no language translates. */
export function codesOf(text: string): string[] {
  return [...new Set([...text.matchAll(CODE)].map((m) => m[0]))];
}

/** The terms of an English text that its translation into `lang` must carry. */
export function termsOf(text: string, lang: string, config: QaConfig): Term[] {
  const found: Term[] = [];
  for (const t of config.requiredTerms) if (hasTerm(text, t)) found.push({ text: t, kind: 'required', renderings: [] });
  for (const [t, renderings] of Object.entries(config.glossary[lang] ?? {})) if (hasTerm(text, t)) found.push({ text: t, kind: 'glossary', renderings });
  for (const c of codesOf(text)) found.push({ text: c, kind: 'code', renderings: [] });
  return found;
}

/** Whether a translation carries a term: as written in English, or as one of its renderings. */
export function keeps(target: string, term: Term): boolean {
  return [term.text, ...term.renderings].some((r) => hasTerm(target, r));
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', '#39': "'" };

/** A side's words as terms are read from them: no URLs, code spans, tags, emphasis markers or entities. */
export function termText(markup: string): string {
  return stripTags(withoutUrlsAndCode(markup), ' ')
    .replace(/[*_]+/g, ' ')
    .replace(/&(amp|quot|apos|lt|gt|nbsp|#39);/g, (_m, e: string) => ENTITIES[e]!);
}

const KIND_NAMES: Record<Term['kind'], string> = { required: 'required term', glossary: 'glossary term', code: 'code' };
const HINTS: Record<Term['kind'], string> = {
  required: 'Keep the term exactly as the English writes it (it is listed in `requiredTerms`).',
  glossary: 'Use the rendering the glossary gives for this language, or add this one to the glossary.',
  code: 'Codes are never translated: copy it from the English.',
};

const termsKept = (segment: Segment, lang: string, config: QaConfig): Term[] => termsOf(termText(segment.source.markup), lang, config);

export const missingTerm: Rule = {
  id: 'missing-term',
  severity: 'warning',
  summary: 'A declared term (required, glossary, termbase) or a code of the English is missing from the translation.',
  checkSegment({ segment, doc, config }) {
    const lang = language(doc.locales.target);
    const target = termText(segment.target.markup);
    return termsKept(segment, lang, config)
      .filter((term) => !keeps(target, term))
      .map((term) => ({
        reason: `Unexpected translation of ${seg(segment)} without \`${term.text}\`, expected the ${KIND_NAMES[term.kind]}${term.renderings.length ? ` or ${term.renderings.map((r) => `\`${r}\``).join(', ')}` : ''} as the English has it`,
        hint: HINTS[term.kind],
        pattern: term.text,
      }));
  },
};
