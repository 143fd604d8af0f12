// Numbers in running text, read the way the page's language writes them: German `2.000` and
// English `2,000` are both 2000. Used to read thresholds and to compare the two languages.

import { convention } from '../i18n/number-convention.ts';

export interface FoundNumber {
  value: number;
  /** The characters as written, e.g. `2.000` or `zwölf`. */
  raw: string;
  /** Offset of `raw` in the text. */
  start: number;
}

export interface FindNumbersOptions {
  /** Also read the number words two to twelve (`zwölf`, `twelve`). Default: `true`. */
  words?: boolean;
}

// "one"/"ein" are left out: in both languages they are far more often an article ("one of the").
const WORDS: Record<'de' | 'en', string[]> = {
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  de: ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
};

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function numberPattern(group: string, decimal: string): RegExp {
  const g = `[${esc(group)}\\u00a0\\u202f\\u2009]`;
  const d = esc(decimal);
  // A space group separator cannot also bar the space before a number.
  const before = group.trim() === '' ? '' : esc(group);
  return new RegExp(`(?<![\\d${before}${d}])(?:\\d{1,3}(?:${g}\\d{3}(?!\\d))+|\\d+)(?:${d}\\d+)?`, 'gu');
}

const patterns = new Map<string, { pattern: RegExp; decimal: string }>();

function patternFor(locale: string): { pattern: RegExp; decimal: string } {
  let entry = patterns.get(locale);
  if (!entry) {
    const { group, decimal } = convention(locale);
    // Writers use a plain space where the locale's group separator is a space.
    entry = { pattern: numberPattern(/\s/u.test(group[0]!) ? ' ' : group[0]!, decimal), decimal };
    patterns.set(locale, entry);
  }
  return entry;
}

/** The language whose number words are read: German or English. */
export const numberLanguage = (locale: string): 'de' | 'en' => (locale.toLowerCase().startsWith('de') ? 'de' : 'en');

/** Reads one number as written in `locale` (`2.000` in German is 2000); `undefined` when it is not one. */
export function parseLocaleNumber(raw: string, locale: string): number | undefined {
  const found = findNumbers(raw.trim(), locale, { words: true });
  return found.length === 1 && found[0]!.raw === raw.trim() ? found[0]!.value : undefined;
}

/** Every number in `text`, in order, read with the separators of `locale`. */
export function findNumbers(text: string, locale: string, options: FindNumbersOptions = {}): FoundNumber[] {
  const lang = numberLanguage(locale);
  const { pattern, decimal } = patternFor(locale);
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(pattern)) {
    const [whole, fraction] = m[0].split(decimal);
    const value = Number(`${whole!.replace(/\D/g, '')}${fraction === undefined ? '' : `.${fraction.replace(/\D/g, '')}`}`);
    found.push({ value, raw: m[0], start: m.index });
  }
  if (options.words ?? true) {
    WORDS[lang].forEach((word, i) => {
      for (const m of text.matchAll(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'giu'))) found.push({ value: i + 2, raw: m[0], start: m.index });
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
