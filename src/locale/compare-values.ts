// The one comparer of a segment pair's values (read by read-values.ts, each side in its own
// locale), by kind and value: `2/11/17` = `11.02.2017`, `US$ 4.00` = `4,00 USD`, `three` = `3`,
// `60K` = `6万`. It pairs what agrees, then what differs, and leaves the rest to one side.
import type { DateFields, NumericToken, PointToken, ValueToken } from './read-values.ts';
import { readValues } from './read-values.ts';
import { profileFor } from './profile.ts';

type Comparable = Exclude<ValueToken, { kind: 'range' }>;

export interface ValuePair {
  source: Comparable;
  target: Comparable;
}

/** How the values of a source (English) text and its translation pair up. */
export interface ValueComparison {
  /** Same kind, same value. */
  matched: ValuePair[];
  /** Same kind, another value (`28 days` → `31 Tage`): a fact that changed in translation. */
  differs: ValuePair[];
  /** Source values the translation does not have (and that are not optional, like `three`). */
  missing: Comparable[];
  /** Translation values the source does not have. */
  extra: Comparable[];
  /** Translation values that match only when read in another locale's notation (`2,000` in German). */
  misformatted: ValuePair[];
  /** Counts in another unit on each side (`5-8 feet`, `2 à 3 mètres`; `90 days`, `3 Monate`): converted, not compared. */
  converted: ValuePair[];
}

/** Ranges compare by their ends: `2/11/17 – 2/10/18` = `11.02.2017 bis 10.02.2018`. */
const flatten = (tokens: ValueToken[]): Comparable[] => tokens.flatMap((t) => (t.kind === 'range' ? [t.from, t.to] : [t]));

/** Written-out numbers and ordinals may stand for digits on the other side, or be left out. */
export const isOptional = (t: Comparable): boolean => t.kind === 'count-word' || (t.kind !== 'code' && 'ordinal' in t && t.ordinal === true);

const isNumeric = (t: Comparable): t is NumericToken => 'value' in t;
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Dates agree when every field both state is equal, and they state at least one in common. */
function datesAgree(a: DateFields, b: DateFields): boolean {
  let common = 0;
  for (const f of ['year', 'month', 'day'] as const) {
    if (a[f] === undefined || b[f] === undefined) continue;
    if (a[f] !== b[f]) return false;
    common++;
  }
  return common > 0;
}

/** The date a token stands for, if it is one: a date, or a year standing alone. */
const dateOf = (t: Comparable, value?: number): DateFields | undefined =>
  t.kind === 'date' ? t.date : t.kind === 'year' ? { year: value ?? t.value } : undefined;

type Family = 'number' | 'percent' | 'date' | 'time' | 'code';

function familyOf(t: Comparable): Family {
  if (t.kind === 'date') return 'date';
  if (t.kind === 'time' || t.kind === 'code' || t.kind === 'percent') return t.kind;
  return 'number';
}

/** Whether a source token and a target token (with the target's value as given) say the same. */
function agrees(s: Comparable, t: Comparable, targetValue?: number | DateFields): boolean {
  if (s.kind === 'code' || t.kind === 'code') return s.kind === 'code' && t.kind === 'code' && s.code === t.code;
  // `12 AM` and `12 Uhr`, `5:30 PM` and `5:30`: a clock of twelve hours without its half of the day says the same.
  if (s.kind === 'time' || t.kind === 'time') return s.kind === 'time' && t.kind === 'time' && (s.hour === t.hour || (t.hour <= 12 && s.hour % 12 === t.hour % 12)) && s.minute === t.minute;
  const td = typeof targetValue === 'object' ? targetValue : dateOf(t, targetValue);
  if (s.kind === 'date' || t.kind === 'date') {
    const sd = dateOf(s);
    // A year alone matches only a date that gives nothing but the year.
    if (!sd || !td || (s.kind === 'year' && t.kind === 'date' && t.precision !== 'year') || (t.kind === 'year' && s.kind === 'date' && s.precision !== 'year')) return false;
    return datesAgree(sd, td);
  }
  if (!isNumeric(s) || !isNumeric(t) || (s.kind === 'percent') !== (t.kind === 'percent')) return false;
  if (s.currency && t.currency && s.currency !== t.currency) return false;
  if (s.unit && t.unit && s.unit !== t.unit) return false;
  return close(s.value, typeof targetValue === 'number' ? targetValue : t.value);
}

/** Other readings of a target token (another locale's separators or date order). */
const otherReadings = (t: Comparable): Array<number | DateFields> =>
  t.kind === 'code' || t.kind === 'time' ? [] : t.kind === 'date' ? [...(t.foreign ? [t.date] : []), ...t.alternatives] : [...(t.foreign ? [t.value] : []), ...t.alternatives];

const isForeign = (t: Comparable): boolean => t.kind !== 'code' && t.kind !== 'time' && t.foreign === true;

/** Values that can be said to differ: same family, and for codes only exam codes (a product name is not a quantity). */
function canDiffer(s: Comparable, t: Comparable): boolean {
  if (isOptional(s) || isOptional(t) || familyOf(s) !== familyOf(t)) return false;
  if (s.kind === 'code' && t.kind === 'code') return s.codeKind === 'exam' && t.codeKind === 'exam';
  if (s.kind === 'date' && t.kind === 'date') return (['year', 'month', 'day'] as const).some((f) => s.date[f] !== undefined && t.date[f] !== undefined);
  if (s.kind === 'amount' && t.kind === 'amount') return true;
  // `90 days` and `3 Monate` are not one count written twice: not a difference, just not comparable.
  if ('unit' in s && 'unit' in t && s.unit && t.unit && s.unit !== t.unit) return false;
  // A year and a count do not differ: `2017` and `2018 Kunden` are not one fact.
  return (s.kind === 'year') === (t.kind === 'year');
}

/** Both counted in units, different ones: a translation that converts (`feet` → `mètres`, `90 days` → `3 Monate`). */
const isConversion = (s: Comparable, t: Comparable): boolean => 'unit' in s && 'unit' in t && s.unit !== undefined && t.unit !== undefined && s.unit !== t.unit;

/** Unused values a search looks at: far more than any sentence holds, and it keeps a hostile segment's pairing linear. */
const WINDOW = 1_000;

/**
 * The values of one side not yet paired, in order. `take` removes the first that passes a test,
 * looking at the first `WINDOW` unused ones only; removal marks instead of splicing, so pairing
 * two long equal runs is linear, where `findIndex` + `splice` made it quadratic.
 */
class Pool<T> {
  private readonly used: boolean[];
  private readonly items: T[];
  private first = 0;

  constructor(items: T[]) {
    this.items = items;
    this.used = items.map(() => false);
  }

  take(test: (x: T) => boolean): T | undefined {
    while (this.first < this.items.length && this.used[this.first]) this.first++;
    for (let i = this.first, seen = 0; i < this.items.length && seen < WINDOW; i++) {
      if (this.used[i]) continue;
      seen++;
      if (test(this.items[i]!)) {
        this.used[i] = true;
        return this.items[i];
      }
    }
    return undefined;
  }

  rest(): T[] {
    return this.items.filter((_, i) => !this.used[i]);
  }
}

/** Pairs the values of a source text and of its translation (see `ValueComparison`). */
export function compareValues(sourceTokens: ValueToken[], targetTokens: ValueToken[]): ValueComparison {
  const source = flatten(sourceTokens);
  const targets = new Pool(flatten(targetTokens));
  const matched: ValuePair[] = [];
  const misformatted: ValuePair[] = [];
  const differs: ValuePair[] = [];
  const converted: ValuePair[] = [];
  let left: Comparable[] = [];
  // Digits first, so that `3` pairs with `3` before it pairs with `three`.
  const order = [...source].sort((a, b) => Number(isOptional(a)) - Number(isOptional(b)));
  for (const s of order) {
    const t = targets.take((t) => !isForeign(t) && agrees(s, t)) ?? (isOptional(s) ? undefined : targets.take((t) => isOptional(t) && agrees(s, t)));
    if (t) matched.push({ source: s, target: t });
    else left.push(s);
  }
  left = left.filter((s) => {
    const t = targets.take((t) => otherReadings(t).some((r) => agrees(s, t, r)));
    if (t) misformatted.push({ source: s, target: t });
    return !t;
  });
  // `5-8 feet` → `2 à 3 mètres`: a count converted to another unit is the same fact.
  left = left.filter((s) => {
    const t = targets.take((t) => isConversion(s, t));
    if (t) converted.push({ source: s, target: t });
    return !t;
  });
  left = left.filter((s) => {
    const t = targets.take((t) => canDiffer(s, t));
    if (t) differs.push({ source: s, target: t });
    return !t;
  });
  return {
    matched,
    differs,
    missing: left.filter((s) => !isOptional(s)),
    extra: targets.rest().filter((t) => !isOptional(t)),
    misformatted,
    converted,
  };
}

/** One token's value in words for a message: `2000`, `2018-02-15`, `USD 4`. */
export function describeValue(t: PointToken | Comparable): string {
  if (t.kind === 'code') return t.raw;
  if (t.kind === 'time') return `${t.hour}:${String(t.minute).padStart(2, '0')}`;
  if (t.kind === 'date') return [t.date.year, t.date.month, t.date.day].filter((x) => x !== undefined).map((x) => String(x).padStart(2, '0')).join('-');
  return t.currency ? `${t.currency} ${t.value}` : t.kind === 'percent' ? `${t.value} %` : String(t.value);
}

const kept = new WeakMap<object, Map<string, ValueComparison>>();

/**
 * The values of a segment pair compared, each side read in its locale's notation: computed once per
 * pair object and pair of notations, since QA and the requirement cross-check both ask.
 */
export function compareSegmentValues(segment: { source: { text: string }; target: { text: string } }, sourceLocale: string, targetLocale: string): ValueComparison {
  const key = `${profileFor(sourceLocale).profile.lang}\0${profileFor(targetLocale).profile.lang}`;
  let byLocales = kept.get(segment);
  if (!byLocales) kept.set(segment, (byLocales = new Map()));
  let c = byLocales.get(key);
  if (!c) byLocales.set(key, (c = compareValues(readValues(segment.source.text, sourceLocale), readValues(segment.target.text, targetLocale))));
  return c;
}
