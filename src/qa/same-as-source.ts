// Untranslated segments: the target says the same as the English once markup, URLs, codes,
// capitalized names and do-not-translate terms are set aside, and ordinary words remain.
import type { Rule } from './rule.js';
import { seg } from './rule.js';
import { comparableText, sentenceKey, words } from './segment-text.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes do-not-translate terms (whole words, any case) from a text. */
export function withoutTerms(text: string, terms: string[]): string {
  return terms.reduce((t, term) => t.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'giu'), ' '), text);
}

/** A host name, path, file name or address: letters or digits on both sides of `.`, `/`, `\\`, `_`, `@` or `:`. */
const IDENTIFIER = /[\p{L}\p{N}][._/\\@:][\p{L}\p{N}]/u;

/** Leaves out the tokens that are identifiers (`wd-prod-fe.cloudapp.com`, `C:\\Windows`), split by spaces so a long token is read once. */
export const withoutIdentifiers = (text: string): string =>
  text
    .split(/\s+/)
    .filter((token) => !IDENTIFIER.test(token))
    .join(' ');

const isOrdinary = (w: string) => /^\p{Ll}{2,}$/u.test(w.replace(/['’-]/g, ''));

/**
 * Distinct words that a translator would translate: lower-case words of two letters or more,
 * leaving out those inside a name ("Skype for Business", "Partner of Record").
 */
export function ordinaryWords(text: string): string[] {
  const ws = words(text);
  const inName = (i: number) => !isOrdinary(ws[i - 1] ?? 'x') && !isOrdinary(ws[i + 1] ?? 'x') && i > 0 && i < ws.length - 1;
  return [...new Set(ws.filter((w, i) => isOrdinary(w) && !inName(i)).map((w) => w.toLocaleLowerCase()))];
}

export const sameAsSource: Rule = {
  id: 'same-as-source',
  severity: 'warning',
  summary: 'The translation is the English text itself (names, codes and configured terms aside).',
  checkSegment({ segment, config }) {
    const target = comparableText(segment.target.text);
    if (sentenceKey(target) !== sentenceKey(comparableText(segment.source.text))) return [];
    // One token, or a path with spaces in it (`./Vendor/MSFT/…/mac address of Wi-Fi adapter/SSID`), is a name, not prose.
    if (/(?:^|\s)\.?\/[^\s/]+\//.test(target) || !/\S\s+\S/.test(target)) return [];
    const left = ordinaryWords(withoutTerms(withoutIdentifiers(target), config.keepTerms));
    if (left.length < 2) return [];
    return [{ pattern: sentenceKey(target), reason: `Unexpected English text in the translation of ${seg(segment)}, expected it translated`, hint: `Translate it, or add its names to \`keepTerms\` in tandem-qa.json if they stay English (words left: ${left.slice(0, 5).join(', ')}).` }];
  },
};
