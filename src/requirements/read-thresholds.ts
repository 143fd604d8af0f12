// Reads performance thresholds from one sentence: each minimum (a count of customers, users,
// seats, devices … or an amount of money) with the noun phrase that says what it counts, in
// both languages, the time window, and a market heading. Numbers inside names ("Office 365",
// "Plan 1", "AX 2012", exam codes), years, periods and rates are never thresholds.
import type { Market } from './model.ts';
import { readValue, readValues, type ValueToken } from '../locale/index.ts';
import type { Sentence } from './sentences.ts';
import { slugify } from './slugify.ts';

type Label = { target: string; source: string };

export interface ThresholdFact {
  /** Key of what is counted: `active-users`, `new-customers`, `seats`, `usd` … */
  unit: string;
  quantity: 'count' | 'money';
  currency?: string;
  perCustomer: boolean;
  unitLabel: Label;
  value: number;
  /** The noun phrase as written, for keys that must tell two amounts of one item apart. */
  phrase: string;
}

export interface ThresholdsRead {
  facts: ThresholdFact[];
  /** Why a number in the sentence could not be read as a threshold (the item is then kept whole). */
  problems: string[];
}

const CURRENCY_BEFORE = /(?:US\s?\$|USD\s?|\$|€|EUR\s?)\s*$/;
const CURRENCY_AFTER = /^\s*(?:USD|US-Dollar|\$|€|EUR)\b/;
// Verbs that start an imperative threshold sentence: the capitalized word before the number is not a name.
const VERBS = /^(?:add|deploy|have|sell|achieve|demonstrate|show|reach|maintain|generate|earn|ship|register|complete|meet|acquire|gain|win|grow|provide|submit|increase|attain|obtain|list|sign|onboard|enroll)$/i;
const PERIOD_AFTER = /^\s*(?:months?|years?|days?|weeks?|quarters?)\b/i;
const RATE = /\b(?:an? )?average of\b|\bper (?:month|week|day|quarter)\b|\ba (?:month|week|day)\b|\beach (?:month|week|quarter)\b|\bmonthly\b|\bweekly\b/i;
// Words that turn a minimum into something else: per-item minimums, maximums, ranges, exceptions.
const QUALIFIER = /\beach\b|\bper (?!year\b)\w+|\bup to\b|\bno more than\b|\bat most\b|\bmaximum\b|\bless than\b|\bfewer than\b|\bbelow\b|\bbetween\b|\bnot\b|\bexcept\b|\bexcluding\b|\bunless\b|\bif\b/i;

interface Found {
  value: number;
  raw: string;
  start: number;
}

/** Whether the number at `n` is part of a name the locale layer did not know: "Center 2012", "Level 1", "Tier 2". */
function inName(text: string, n: Found): boolean {
  const before = text.slice(0, n.start);
  const after = text.slice(n.start + n.raw.length);
  if (/[\p{L}\d][-–]?$/u.test(before) && !/\s$/.test(before) && !CURRENCY_BEFORE.test(before)) return true; // E3, 70-346, Office365
  if (/^[-–]\d|^\p{L}/u.test(after)) return true; // 70-346, 2012R3
  const word = /(\p{L}[\p{L}+&.]*)\s+$/u.exec(before);
  if (!word || CURRENCY_BEFORE.test(before)) return false;
  const w = word[1]!;
  if (!/^\p{Lu}/u.test(w)) return false;
  const sentenceStart = before.slice(0, word.index).trim() === '';
  return !(sentenceStart && VERBS.test(w));
}

// What counts, by the head noun of the phrase after the number. Keys stay the same across levels.
const COUNT_UNITS: Array<{ pattern: RegExp; unit: string; perCustomer: boolean }> = [
  { pattern: /\bnew\b.*\bcustomers?\b|\bnet new\b.*\bcustomers?\b/i, unit: 'new-customers', perCustomer: true },
  { pattern: /\bcustomers?\b|\bclients?\b/i, unit: 'customers', perCustomer: true },
  { pattern: /\bactive (?:users?|entitlements?)\b/i, unit: 'active-users', perCustomer: false },
];

/** The noun phrase after an amount, up to the verb, conjunction or preposition that ends it; a trailing "(…)" gloss wins. */
function phraseAfter(text: string, from: number, money: boolean): string {
  const rest = text.slice(from).replace(/^\s*(?:in|of)\s+/i, ' ');
  const stops = money ? 'and|within|in|to|for|by|on|per|from|during|over|with|across|that|who|which|must|should' : 'and|of|within|in|to|for|by|on|per|from|during|over|with|across|that|who|which|must|should';
  const stop = rest.search(new RegExp(`\\s+(?:${stops})\\b|[.;:,]|$`, 'i'));
  const phrase = rest.slice(0, stop).trim();
  return /\(([^()]+)\)$/.exec(phrase)?.[1] ?? phrase;
}

/** "a total annual gross license revenue of US$75,000": what the amount is, written before it. */
function phraseBefore(text: string, at: number): string {
  const before = text.slice(0, at).replace(/(?:US\s?\$|USD|\$|€)\s*$/, '');
  const m = /(?:^|\b(?:of|in|have|has|earned|total)\s+)((?:[\p{L}-]+\s+){0,5}?)(?:of\s+)?$/iu.exec(before);
  return m?.[1]?.trim().replace(/^(?:a|an|the|at least|a minimum of|minimum)\s+/i, '') ?? '';
}

const numeric = (t: ValueToken): t is Extract<ValueToken, { value: number }> & { kind: 'integer' | 'decimal' | 'amount' | 'count-word' } =>
  t.kind === 'integer' || t.kind === 'decimal' || t.kind === 'amount' || t.kind === 'count-word';

/** A number word is a minimum only before what it counts ("two new customers"), not in "any one or combination", "one of". */
function countsSomething(text: string, t: Found): boolean {
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(t.start + t.raw.length))?.[1]?.toLowerCase();
  if (!next || ['of', 'or', 'and', 'to', 'more', 'another', 'other'].includes(next)) return false;
  return t.value !== 1 || COUNT_UNITS.some((u) => u.pattern.test(text.slice(t.start + t.raw.length, t.start + t.raw.length + 40)));
}

/** The twin of an amount in the translation, read by the locale layer in the page's locale. */
function twinPhrase(sentence: Sentence, value: number, locale: string): string {
  const twin = readValues(sentence.target, locale).filter(numeric).find((t) => t.value === value);
  if (!twin) return '';
  const rest = sentence.target.slice(twin.start + twin.raw.length);
  const stop = rest.search(/\s+(?:und|in|innerhalb|für|bereitgestellt|bereit|nachweisen|von|zu|um|pro|et|dans|au cours|pour|de la)\b|[.;:,、。]|$/i);
  const phrase = rest.slice(0, stop).trim();
  return /\(([^()]+)\)$/.exec(phrase)?.[1] ?? phrase;
}

/** Thresholds a sentence sets, one per amount; `problems` name numbers it could not place. */
export function readThresholds(sentence: Sentence, locale = 'de-DE'): ThresholdsRead {
  const text = sentence.source;
  const facts: ThresholdFact[] = [];
  const problems: string[] = [];
  const tokens = readValues(text, 'en');
  for (const t of tokens) if (t.kind === 'percent') problems.push(`a percentage (${t.raw})`);
  // Codes, product names, years, dates and times are never minimums; periods ("12 months") are windows.
  const numbers = tokens.filter(numeric).filter((t) => !('unit' in t && t.unit) && !inName(text, t) && !(t.kind === 'count-word' && !countsSomething(text, t)));
  for (const n of numbers) {
    const after = text.slice(n.start + n.raw.length);
    if (PERIOD_AFTER.test(after)) continue;
    const money = n.kind === 'amount' || CURRENCY_BEFORE.test(text.slice(0, n.start)) || CURRENCY_AFTER.test(after);
    if (money) {
      const phrase = phraseAfter(text, n.start + n.raw.length + (CURRENCY_AFTER.exec(after)?.[0].length ?? 0), true) || phraseBefore(text, n.start);
      const currency = ('currency' in n && n.currency) || (/€|EUR/.test(text.slice(Math.max(0, n.start - 5), n.start + n.raw.length + 5)) ? 'EUR' : 'USD');
      const target = /US-Dollar|US\$|USD|\$|€|EUR|ドル|dollars?/i.exec(sentence.target)?.[0] ?? (currency === 'USD' ? 'US$' : '€');
      facts.push({ unit: currency.toLowerCase(), quantity: 'money', currency, perCustomer: false, unitLabel: { source: currency === 'USD' ? 'US$' : '€', target }, value: n.value, phrase });
      continue;
    }
    const phrase = phraseAfter(text, n.start + n.raw.length, false);
    if (!phrase || phrase.split(/\s+/).length > 8 || !/^[\p{L}(]/u.test(phrase)) {
      problems.push(`the number ${n.raw} counts nothing the grammar can name`);
      continue;
    }
    const known = COUNT_UNITS.find((u) => u.pattern.test(phrase));
    const noun = phrase.split(/\s+/).at(-1)!.toLowerCase().replace(/[^\p{L}-]/gu, '');
    const unit = known?.unit ?? slugify(noun);
    if (!unit) {
      problems.push(`the number ${n.raw} counts nothing the grammar can name`);
      continue;
    }
    const target = twinPhrase(sentence, n.value, locale);
    facts.push({ unit, quantity: 'count', perCustomer: known?.perCustomer ?? false, unitLabel: { source: phrase, target: target || phrase }, value: n.value, phrase });
  }
  if (facts.length > 0 && RATE.test(text)) problems.push('a rate (“an average of … a month”) the checker cannot count');
  const qualifier = facts.length > 0 ? QUALIFIER.exec(text)?.[0] : undefined;
  if (qualifier) problems.push(`“${qualifier}” changes what the minimum means in a way the checker cannot count`);
  return { facts, problems };
}

const WINDOW = {
  en: /\b(?:within|in|over|during) the (?:last|previous|past|preceding) (\S+) months?\b|\b(?:in )?the TTM\b(?: \(trailing twelve months\))?(?: period)?|\btrailing (?:twelve|12) months?\b|\b(?:over|in|during) the (?:last|previous|past) year\b|\bannual\b|\bper year\b|\bannually\b/i,
  de: /\b(?:in den|innerhalb der|während der) (?:vergangenen|letzten|zurückliegenden) \S+ Monat\w*|\bTTM\b[^.,;]*|\bjährlich\w*|\bpro Jahr\b/i,
};

/** "within the previous 12 months", "in the TTM period", "annual" → a window, with the translation's wording. */
export function readWindow(sentence: Sentence): { months?: number; label: Label } | undefined {
  const m = WINDOW.en.exec(sentence.source);
  if (!m) return undefined;
  const read = m[1] ? readValue(m[1], 'en') : undefined;
  const months = m[1] ? (read && 'value' in read ? read.value : undefined) : 12;
  const target = WINDOW.de.exec(sentence.target)?.[0] ?? m[0];
  return { ...(months && Number.isInteger(months) ? { months } : {}), label: { source: m[0], target } };
}

/** Strips a stated window from a sentence, so what is left can be read as a list. */
export const withoutWindow = (text: string, lang: 'de' | 'en'): string => text.replace(WINDOW[lang], '').trim();

// "Developed markets", "In developed markets:", "For developing countries", "Developed Markets".
const MARKET = /^(?:in |for )?(?:the )?(developed|developing) (?:markets?|countries|regions?|subsidiaries)(?: only)?\s*:?$/i;
const MENTIONS_MARKET = /\b(?:developed|developing|emerging|mature) (?:markets?|countries|regions?)\b/i;

/** "Developed markets" (a bold list item or paragraph the thresholds nest under) → `developed`. */
export const readMarket = (sentence: Sentence): Market | undefined =>
  MARKET.exec(sentence.source.replace(/[*_]/g, '').trim())?.[1]!.toLowerCase() as Market | undefined;

/** Whether a sentence speaks of markets at all (a market it does not read is a problem, not a default). */
export const mentionsMarket = (sentence: Sentence): boolean => MENTIONS_MARKET.test(sentence.source);
