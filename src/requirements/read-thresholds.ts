// Reads performance thresholds from one sentence: the number, its unit ("active users",
// "US$", "new customers") in both languages, the time window, and a market heading.
import type { Market, PerformanceRequirement } from './model.ts';
import { findNumbers } from './find-numbers.ts';
import type { Sentence } from './sentences.ts';

type Unit = PerformanceRequirement['unit'];
type Label = { target: string; source: string };

export interface ThresholdFact {
  unit: Unit;
  unitLabel: Label;
  value: number;
}

/** Product versions ("Office 365", "Server 2016") and codes are not amounts. */
const NOT_AN_AMOUNT_BEFORE = /(?:Office|Server|Studio|Windows|Dynamics|SQL|level|\d-)\s*$/i;
const NOT_AN_AMOUNT_AFTER = /^(?:\s*(?:months?|years?|days?)\b|-\d)/i;
const STOP = {
  en: /\s+(?:and|within|in|to|for|by|of|on|per)\b|[.;:]|$/i,
  de: /\s+(?:und|in|innerhalb|für|bereitgestellt|bereit|nachweisen|von|zu|um|pro)\b|[.;:]|$/i,
};
const CURRENCY = { en: /US\$|USD|\$/, de: /US-Dollar|US\$|USD|\$/ };

const UNITS: Array<[RegExp, Unit]> = [
  [/\bnew\b.*\bcustomers?\b/i, 'new-customers'],
  [/\bcustomers?\b/i, 'customers'],
  [/\bactive (?:users?|entitlements?)\b/i, 'active-users'],
];

/** The words after an amount, up to the verb or preposition that ends the noun phrase; a trailing "(…)" gloss wins. */
function phraseAfter(text: string, from: number, lang: 'de' | 'en'): string {
  const rest = text.slice(from);
  const phrase = rest.slice(0, rest.search(STOP[lang])).trim();
  return /\(([^()]+)\)$/.exec(phrase)?.[1] ?? phrase;
}

function amounts(text: string, lang: 'de' | 'en') {
  return findNumbers(text, lang, { words: false }).filter(
    (n) => !NOT_AN_AMOUNT_BEFORE.test(text.slice(0, n.start)) && !NOT_AN_AMOUNT_AFTER.test(text.slice(n.start + n.raw.length)),
  );
}

/** Thresholds a sentence sets, one per amount; empty when it sets none. */
export function readThresholds(sentence: Sentence): ThresholdFact[] {
  const targets = amounts(sentence.target, 'de');
  return amounts(sentence.source, 'en').map((n) => {
    const twin = targets.find((t) => t.value === n.value);
    const before = sentence.source.slice(Math.max(0, n.start - 4), n.start);
    if (CURRENCY.en.test(before)) {
      const target = CURRENCY.de.exec(sentence.target)?.[0] ?? 'US$';
      return { unit: 'usd' as const, unitLabel: { source: 'US$', target }, value: n.value };
    }
    const source = phraseAfter(sentence.source, n.start + n.raw.length, 'en');
    const target = twin ? phraseAfter(sentence.target, twin.start + twin.raw.length, 'de') : '';
    const unit = UNITS.find(([re]) => re.test(source))?.[1] ?? 'other';
    return { unit, unitLabel: { source, target: target || source }, value: n.value };
  });
}

const WINDOW = {
  en: /\bwithin the (?:last|previous|past) (\S+) months?\b/i,
  de: /\b(?:in den|innerhalb der) (?:vergangenen|letzten) \S+ Monat\w*/i,
};

/** "within the previous 12 months" → 12 months, with the German wording. */
export function readWindow(sentence: Sentence): { months?: number; label: Label } | undefined {
  const m = WINDOW.en.exec(sentence.source);
  if (!m) return undefined;
  const months = findNumbers(m[1]!, 'en')[0]?.value;
  const target = WINDOW.de.exec(sentence.target)?.[0] ?? m[0];
  return { ...(months && Number.isInteger(months) ? { months } : {}), label: { source: m[0], target } };
}

/** Strips a stated window from a sentence, so what is left can be read as a list. */
export const withoutWindow = (text: string, lang: 'de' | 'en'): string => text.replace(WINDOW[lang], '').trim();

const MARKET = /^(developed|developing) markets?:?$/i;

/** "Developed markets" (a bold list item the thresholds nest under) → `developed`. */
export const readMarket = (sentence: Sentence): Market | undefined =>
  MARKET.exec(sentence.source)?.[1]!.toLowerCase() as Market | undefined;
