// Typography read by each language's profile: brackets and quotation marks paired (German
// „…“ pairs like "…", full-width `（）` like `()`), doubled words and spaces, and end punctuation
// compared by what a mark means (`。` is `.`, `：` is `:`; French puts a space before `: ; ? !`).
// Headings and short labels are not compared at their end, and each finding names its pattern,
// so one habit of a translation is one finding with its occurrences.
import { profileFor, type Profile } from '../locale/profile.ts';
import type { Rule } from './rule.js';
import { seg } from './rule.js';
import { words } from './segment-text.js';

/** Full-width brackets count as their ASCII forms: `（…)` is a pair, whichever width each side has. */
const narrow = (ch: string): string => ch.normalize('NFKC');

/** Marks whose count shows a lost partner in a text of a language: `(` without `)`, an odd number of quote marks. */
export function unpairedMarks(text: string, profile: Profile): string[] {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(narrow(ch), (counts.get(narrow(ch)) ?? 0) + 1);
  const out = new Set<string>();
  for (const [open, close] of profile.pairs) {
    const [o, c] = [narrow(open), narrow(close)];
    if ((counts.get(o) ?? 0) !== (counts.get(c) ?? 0)) out.add(`${o}${c}`);
  }
  let quotes = 0;
  for (const ch of text) if (profile.quotes.includes(ch)) quotes++;
  if (quotes % 2 === 1) out.add('quotes');
  return [...out];
}

export const unpairedBracket: Rule = {
  id: 'unpaired-bracket',
  severity: 'warning',
  summary: 'A bracket or quotation mark in the translation has no partner, while the English ones do.',
  checkSegment({ segment, doc }) {
    const source = new Set(unpairedMarks(segment.source.text, profileFor(doc.locales.source).profile));
    return unpairedMarks(segment.target.text, profileFor(doc.locales.target).profile)
      .filter((m) => !source.has(m))
      .map((m) => ({
        reason: `Unexpected unpaired ${m === 'quotes' ? 'quotation mark' : `\`${[...m][0]}\` or \`${[...m][1]}\``} in ${seg(segment)}, expected pairs as in the English`,
        hint: 'Close what is opened, in the marks of the language.',
        pattern: m,
      }));
  },
};

export function doubledWords(text: string, locale: string): string[] {
  const allowed = new Set(profileFor(locale).profile.doubles);
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
    return [{ reason: `Unexpected doubled space in ${seg(segment)}, expected single spaces`, hint: 'Replace the run of spaces with one.', pattern: 'doubled space' }];
  },
};

/** What closes a sentence after its mark: quotes, brackets, emphasis and spaces of any width. */
const isTrailing = (ch: string): boolean => /[\s\p{Pe}\p{Pf}"*]/u.test(ch) && ch !== '」' && ch !== '』';

/**
 * The sentence-final mark of a text in a language, read by the profile (`。` → `.`), closing
 * quotes and brackets set aside: `.`, `:`, `?`, `!`, `;`, `…` or none. A scan from the end, linear.
 */
export function endMark(text: string, profile: Profile): string {
  const trimmed = text.trim();
  let i = trimmed.length;
  while (i > 0 && isTrailing(trimmed[i - 1]!)) i--;
  const mark = trimmed[i - 1];
  if (mark === undefined) return '';
  return mark === '…' ? '…' : (profile.endMarks[mark] ?? '');
}

/** English texts of this many words or fewer are labels ("Status", "Next steps"): their end is the layout's. */
const LABEL_WORDS = 3;

export const endPunctuation: Rule = {
  id: 'end-punctuation',
  severity: 'info',
  summary: 'A sentence of the translation ends with other punctuation than the English (a note: languages differ).',
  checkSegment({ segment, doc }) {
    if (segment.context === 'heading' || segment.context === 'front-matter' || words(segment.source.text).length <= LABEL_WORDS) return [];
    const t = endMark(segment.target.text, profileFor(doc.locales.target).profile);
    const s = endMark(segment.source.text, profileFor(doc.locales.source).profile);
    if (t === s) return [];
    const show = (m: string) => (m ? `\`${m}\`` : 'no punctuation');
    return [
      {
        reason: `Unexpected ${show(t)} at the end of ${seg(segment)}, expected ${show(s)} as in the English`,
        hint: 'Usually harmless; check that no sentence was cut off or joined.',
        pattern: `${show(t)} where the English has ${show(s)}`,
      },
    ];
  },
};
