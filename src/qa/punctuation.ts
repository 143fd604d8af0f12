// Typography: brackets and quotes paired (German „…“ counts as a pair like "…"), doubled
// words and spaces, and end punctuation that differs from the English (a note only).
import type { Rule } from './rule.js';
import { seg } from './rule.js';
import { language } from './segment-text.js';

const BRACKETS: Array<[string, string]> = [['(', ')'], ['[', ']'], ['{', '}']];
/** Every double quote mark, whichever way it faces: a pair is two of them. */
const DOUBLE_QUOTES = /["“”„«»]/g;

/** Marks whose count shows a lost partner: `(` without `)`, an odd number of quote marks. */
export function unpairedMarks(text: string): string[] {
  const count = (ch: string) => text.split(ch).length - 1;
  const out = BRACKETS.filter(([open, close]) => count(open) !== count(close)).map(([open, close]) => `${open}${close}`);
  if ((text.match(DOUBLE_QUOTES)?.length ?? 0) % 2 === 1) out.push('quotes');
  return out;
}

export const unpairedBracket: Rule = {
  id: 'unpaired-bracket',
  severity: 'warning',
  summary: 'A bracket or quotation mark in the translation has no partner, while the English ones do.',
  checkSegment({ segment }) {
    const source = new Set(unpairedMarks(segment.source.text));
    return unpairedMarks(segment.target.text)
      .filter((m) => !source.has(m))
      .map((m) => ({ reason: `Unexpected unpaired ${m === 'quotes' ? 'quotation mark' : `\`${m[0]}\` or \`${m[1]}\``} in ${seg(segment)}, expected pairs as in the English`, hint: 'Close what is opened (German quotes are „…“).' }));
  },
};

/** Pairs that are grammatical when doubled ("Partner, die die Prüfung bestehen"). */
const ALLOWED_DOUBLES: Record<string, Set<string>> = {
  de: new Set(['die', 'der', 'das', 'den', 'dem', 'des']),
  en: new Set(['that', 'had']),
  fr: new Set(['nous', 'vous']),
};

export function doubledWords(text: string, locale: string): string[] {
  const allowed = ALLOWED_DOUBLES[language(locale)] ?? new Set<string>();
  // Case counts: German "Verwenden Sie sie" is two words.
  return [...text.matchAll(/(?<![\p{L}\p{N}])(\p{L}{2,})\s+\1(?![\p{L}\p{N}])/gu)].map((m) => m[1]!).filter((w) => !allowed.has(w.toLocaleLowerCase()));
}

export const doubledWord: Rule = {
  id: 'doubled-word',
  severity: 'warning',
  summary: 'The same word twice in a row in the translation.',
  checkSegment({ segment, doc }) {
    if (doubledWords(segment.source.text, doc.locales.source).length) return [];
    return doubledWords(segment.target.text, doc.locales.target).map((w) => ({ reason: `Unexpected doubled word “${w} ${w}” in ${seg(segment)}, expected it once`, hint: 'Delete one of the two.' }));
  },
};

const innerDoubleSpace = (text: string) => / {2,}/.test(text.trim());

export const doubledSpace: Rule = {
  id: 'doubled-space',
  severity: 'info',
  summary: 'Two or more spaces inside the translation (the page collapses them; other outputs may not).',
  checkSegment({ segment }) {
    if (!innerDoubleSpace(segment.target.text) || innerDoubleSpace(segment.source.text)) return [];
    return [{ reason: `Unexpected doubled space in ${seg(segment)}, expected single spaces`, hint: 'Replace the run of spaces with one.' }];
  },
};

/** The sentence-final mark of a text, closing quotes and brackets set aside: `.`, `:`, `?`, `!`, `;` or none. */
export function endMark(text: string): string {
  // A scan from the end: the pattern `([.:?!;…])?[…]*$` retried at every run of these marks was quadratic.
  const trimmed = text.trim();
  let i = trimmed.length;
  while (i > 0 && TRAILING.has(trimmed[i - 1]!)) i--;
  const mark = trimmed[i - 1];
  return mark !== undefined && FINAL.has(mark) ? mark : '';
}
const TRAILING = new Set([...'"“”»)]*', ' ', '\t', '\n', '\r', '\u00a0']);
const FINAL = new Set([...'.:?!;…']);

export const endPunctuation: Rule = {
  id: 'end-punctuation',
  severity: 'info',
  summary: 'The translation ends with other punctuation than the English (a note: languages differ).',
  checkSegment({ segment }) {
    const t = endMark(segment.target.text);
    const s = endMark(segment.source.text);
    if (t === s) return [];
    const show = (m: string) => (m ? `\`${m}\`` : 'no punctuation');
    return [{ reason: `Unexpected ${show(t)} at the end of ${seg(segment)}, expected ${show(s)} as in the English`, hint: 'Usually harmless; check that no sentence was cut off or joined.' }];
  },
};
