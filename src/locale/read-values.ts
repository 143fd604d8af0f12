// The one reader of numbers, dates, amounts and codes in running text, for every stage (QA,
// extraction, the cross-language check). A hand-written scanner over the text, one pass, no
// backtracking regexes: at each position every construct that may start there is tried, the
// longest reading wins, and the scanner moves past it. Each locale reads its own separators;
// a token that another locale would read differently carries that reading too.
import { profileFor, type Profile, type Unit } from './profile.ts';
import { PRODUCT_WORDS } from './products.ts';

/** The fields of a date that the text states. */
export interface DateFields {
  year?: number;
  month?: number;
  day?: number;
}

interface Span {
  start: number;
  end: number;
  /** The characters as written. */
  raw: string;
}

export type NumericKind = 'integer' | 'decimal' | 'amount' | 'percent' | 'year' | 'count-word';

export interface NumericToken extends Span {
  kind: NumericKind;
  value: number;
  /** Values under other locales' separators, when they differ from this locale's reading. */
  alternatives: number[];
  /** True when the locale's reading is an unusual one that another locale reads otherwise (`2,000` in German). */
  ambiguous: boolean;
  /** True when only another locale's separators make it a number (`1,234.5` in German): `value` is that reading. */
  foreign?: true;
  /** ISO 4217 code, for `amount`. */
  currency?: string;
  /** Written as an ordinal (`3rd`, `dritte`). */
  ordinal?: true;
  /** The unit named right after it (`28 days`, `31 Tage`, `30 日`, `8 feet`); not part of `raw`. */
  unit?: Unit;
}

export interface DateToken extends Span {
  kind: 'date';
  date: DateFields;
  /** The finest field stated. */
  precision: 'day' | 'month' | 'year';
  /** Readings under other date orders (`2/11/17` in a German text: 2 November, or 11 February). */
  alternatives: DateFields[];
  /** Always false: a date valid in the locale's own order is read that way. */
  ambiguous: boolean;
  foreign?: true;
}

export interface TimeToken extends Span {
  kind: 'time';
  hour: number;
  minute: number;
}

export interface CodeToken extends Span {
  kind: 'code';
  /** Normalized for comparison: lower case, without spaces and hyphens of any kind. */
  code: string;
  codeKind: 'exam' | 'version' | 'product' | 'other';
}

export type PointToken = NumericToken | DateToken | TimeToken;

export interface RangeToken extends Span {
  kind: 'range';
  from: PointToken;
  to: PointToken;
}

export type ValueToken = PointToken | CodeToken | RangeToken;
export type ValueKind = ValueToken['kind'];

export interface ReadValuesOptions {
  /** Read written-out numbers (`drei`, `three`, `三つ`) as `count-word`. Default: `true`. */
  words?: boolean;
}

// --- characters -------------------------------------------------------------------------

const FULLWIDTH: Record<string, string> = { '，': ',', '．': '.', '％': '%', '：': ':', '／': '/', '＄': '$', '\u2010': '-', '\u2011': '-', '−': '-' };

const TO_NORMALIZE = /[\uff10-\uff19，．％：／＄\u2010\u2011−]/;

/** Same length as the text, so offsets carry over: full-width digits and signs to ASCII, hyphens to `-`. */
function normalize(text: string): string {
  if (!TO_NORMALIZE.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : (FULLWIDTH[ch] ?? ch);
  }
  return out;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
/** A Latin letter: A–Z, a–z, U+00C0–U+024F (read by code, on one character of the text). */
const isLatin = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f);
};
/** Kana and CJK ideographs: U+3040–U+30FF, U+3400–U+9FFF. */
const isCjk = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff);
};
const isLetter = (ch: string | undefined): boolean => isLatin(ch) || isCjk(ch);
const SPACES = ' \u00a0\u202f\u2009';
const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACES.includes(ch);
const NUMBER_SEPARATORS = ".,'’";

function digitsEnd(s: string, i: number): number {
  let j = i;
  while (isDigit(s[j])) j++;
  return j;
}

function spacesEnd(s: string, i: number, max = 2): number {
  let j = i;
  while (j - i < max && isSpace(s[j])) j++;
  return j;
}

function latinWordEnd(s: string, i: number): number {
  let j = i;
  while (isLatin(s[j])) j++;
  return j;
}

/** The longest of `keys` written at `i`, with a word boundary after it when it ends in a letter. */
function keyAt(s: string, i: number, keys: readonly string[], caseless = false): string | undefined {
  const first = s[i];
  if (first === undefined) return undefined;
  const lower = first.toLowerCase();
  let best: string | undefined;
  for (const k of keys) {
    if (k[0] !== first && !(caseless && k[0]!.toLowerCase() === lower)) continue;
    if (best && k.length <= best.length) continue;
    const written = s.slice(i, i + k.length);
    if (caseless ? written.toLowerCase() !== k.toLowerCase() : written !== k) continue;
    if (isLatin(k[k.length - 1]) && isLatin(s[i + k.length])) continue;
    best = k;
  }
  return best;
}

// --- numbers ----------------------------------------------------------------------------

interface Numeral {
  parts: string[];
  seps: string[];
  end: number;
}

/** Digits with single separators between them (`2.000`, `2 000,5`); a separator must be followed by a digit. */
function readNumeral(s: string, i: number, p: Profile): Numeral {
  const parts = [s.slice(i, digitsEnd(s, i))];
  const seps: string[] = [];
  let j = i + parts[0]!.length;
  for (;;) {
    const sep = s[j];
    if (sep === undefined || !isDigit(s[j + 1])) break;
    if (isSpace(sep)) {
      // A space groups only three digits, and only where the language groups with it.
      const k = digitsEnd(s, j + 1);
      if (k - j - 1 !== 3 || !(p.group.includes(sep) || sep !== ' ') || parts.at(-1)!.length > 3) break;
    } else if (!NUMBER_SEPARATORS.includes(sep)) break;
    const k = digitsEnd(s, j + 1);
    seps.push(sep);
    parts.push(s.slice(j + 1, k));
    j = k;
  }
  return { parts, seps, end: j };
}

interface Reading {
  value: number;
  kind: 'integer' | 'decimal';
}

/** What a numeral is under one profile's separators, or undefined when it is not well formed there. */
function readingIn(n: Numeral, p: Profile): Reading | undefined {
  const { parts, seps } = n;
  if (!seps.length) return { value: Number(parts[0]), kind: 'integer' };
  const last = seps.length - 1;
  const hasDecimal = seps[last] === p.decimal;
  const groups = hasDecimal ? seps.slice(0, last) : seps;
  if (groups.length) {
    const sep = groups[0]!;
    const spaceLike = isSpace(sep);
    if (!(p.group.includes(sep) || (spaceLike && p.group.some(isSpace)))) return undefined;
    if (groups.some((g) => g !== sep) || parts[0]!.length > 3) return undefined;
    if (parts.slice(1, groups.length + 1).some((d) => d.length !== 3)) return undefined;
  }
  const whole = parts.slice(0, groups.length + 1).join('');
  return hasDecimal ? { value: Number(`${whole}.${parts[last + 1]}`), kind: 'decimal' } : { value: Number(whole), kind: 'integer' };
}

const OTHER_READERS = ['en', 'de', 'fr'].map((l) => profileFor(l).profile);

interface NumberReading extends Reading {
  alternatives: number[];
  ambiguous: boolean;
  foreign?: true;
}

function readNumber(n: Numeral, p: Profile): NumberReading | undefined {
  const own = readingIn(n, p);
  const others = [
    ...new Set(
      OTHER_READERS.filter((o) => o.lang !== p.lang)
        .map((o) => readingIn(n, o))
        .filter((r): r is Reading => r !== undefined && r.value !== own?.value)
        .map((r) => r.value),
    ),
  ];
  if (own) {
    // `2,000` in German or `2.000` in English: three decimals, where another locale sees a group.
    const ambiguous = own.kind === 'decimal' && n.parts.at(-1)!.length === 3 && n.parts.length === 2 && others.length > 0;
    return { ...own, alternatives: others, ambiguous };
  }
  const foreign = OTHER_READERS.map((o) => readingIn(n, o)).find((r) => r !== undefined);
  return foreign ? { ...foreign, alternatives: others.filter((v) => v !== foreign.value), ambiguous: false, foreign: true } : undefined;
}

// --- the reading context ----------------------------------------------------------------

interface Context {
  s: string;
  text: string;
  p: Profile;
  words: boolean;
  multiplierKeys: string[];
  currencyKeys: string[];
  unitKeys: string[];
  /** First characters of currency signs and words that may stand before a number. */
  currencyStarts: Set<string>;
}

type Read = { tokens: ValueToken[]; end: number };

const span = (c: Context, start: number, end: number): Span => ({ start, end, raw: c.text.slice(start, end) });

function numeric(c: Context, start: number, end: number, kind: NumericKind, r: { value: number; alternatives?: number[]; ambiguous?: boolean; foreign?: true }, extra: Partial<NumericToken> = {}): NumericToken {
  const token: NumericToken = { ...span(c, start, end), kind, value: r.value, alternatives: r.alternatives ?? [], ambiguous: r.ambiguous ?? false, ...extra };
  if (r.foreign) token.foreign = true;
  return token;
}

const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));
const validDate = (d: DateFields): boolean =>
  (d.month === undefined || (d.month >= 1 && d.month <= 12)) && (d.day === undefined || (d.day >= 1 && d.day <= 31)) && (d.year === undefined || (d.year >= 1900 && d.year <= 2100));
const precisionOf = (d: DateFields): DateToken['precision'] => (d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year');
const sameDate = (a: DateFields, b: DateFields) => a.year === b.year && a.month === b.month && a.day === b.day;

function dateToken(c: Context, start: number, end: number, readings: DateFields[], own: DateFields | undefined): DateToken | undefined {
  const valid = readings.filter(validDate);
  const first = own && validDate(own) ? own : valid[0];
  if (!first) return undefined;
  const alternatives = valid.filter((d) => !sameDate(d, first)).filter((d, i, all) => all.findIndex((x) => sameDate(x, d)) === i);
  const token: DateToken = { ...span(c, start, end), kind: 'date', date: first, precision: precisionOf(first), alternatives, ambiguous: false };
  if (first !== own) token.foreign = true;
  return token;
}

/** Month name at `i` (`Februar`, `févr.`, `Feb`); English months must be capitalized (`may` is a verb). */
function monthAt(c: Context, i: number): { month: number; end: number } | undefined {
  if (!isLatin(c.s[i])) return undefined;
  const end = latinWordEnd(c.s, i);
  const word = c.s.slice(i, end);
  const month = c.p.months[word.toLowerCase()];
  if (month === undefined || (c.p.lang === 'en' && word[0] === word[0]!.toLowerCase())) return undefined;
  return { month, end: c.s[end] === '.' ? end + 1 : end };
}

function yearAt(s: string, i: number): { year: number; end: number } | undefined {
  const end = digitsEnd(s, i);
  return end - i === 4 && !isDigit(s[end]) ? { year: Number(s.slice(i, end)), end } : undefined;
}

// --- constructs: each reads at one position, or declines --------------------------------

interface Construct {
  name: string;
  /** Whether the construct may start at `i`. */
  starts: (c: Context, i: number) => boolean;
  read: (c: Context, i: number) => Read | undefined;
}

const one = (token: ValueToken | undefined): Read | undefined => (token ? { tokens: [token], end: token.end } : undefined);
/** `x` or `×` between two numbers is a product sign (`14x0.14`), not a letter glued to the second. */
const isTimes = (c: Context, i: number) => 'x×X'.includes(c.s[i] ?? '_') && isDigit(c.s[i - 1]);
const atDigit = (c: Context, i: number) => isDigit(c.s[i]) && !isDigit(c.s[i - 1]) && (!isLatin(c.s[i - 1]) || isTimes(c, i - 1));

/** What follows a number: a multiplier (`K`, `Mio.`, `万`), then a percent sign or a currency. */
function suffixes(c: Context, start: number, numberEnd: number, r: NumberReading, prefixCurrency?: string): NumericToken | CodeToken {
  const s = c.s;
  let value = r.value;
  let alternatives = r.alternatives;
  let j = numberEnd;
  for (let hops = 0; hops < 3; hops++) {
    const glued = keyAt(s, j, c.multiplierKeys);
    const spaced = isSpace(s[j]) ? keyAt(s, j + 1, c.multiplierKeys) : undefined;
    const key = glued ?? spaced;
    if (!key) break;
    // A lone `K`/`M` stands alone after the number (`60K`, `2,5 k`), not as the start of a word or code (`M365`).
    const next = s[(glued ? j : j + 1) + 1];
    if (key.length === 1 && isLatin(key) && (isLatin(next) || isDigit(next))) break;
    const factor = c.p.multipliers[key]!;
    value *= factor;
    alternatives = alternatives.map((a) => a * factor);
    j = (glued ? j : j + 1) + key.length;
  }
  // `1,5 Mio.` is a whole number once multiplied.
  const kind: NumericKind = r.kind === 'decimal' && Number.isInteger(value) && j > numberEnd ? 'integer' : r.kind;
  const reading = { value, alternatives, ambiguous: r.ambiguous, ...(r.foreign ? { foreign: r.foreign } : {}) };
  if (prefixCurrency) return numeric(c, start, j, 'amount', reading, { currency: prefixCurrency });
  const after = spacesEnd(s, j);
  // `40-percent` is written with a hyphen in English compounds.
  const percent = keyAt(s, after, c.p.percent, true) ?? (s[j] === '-' ? keyAt(s, j + 1, c.p.percent, true) : undefined);
  if (percent && s[j] === '-' && after === j) return numeric(c, start, j + 1 + percent.length, 'percent', { value, alternatives, ambiguous: r.ambiguous, ...(r.foreign ? { foreign: r.foreign } : {}) });
  if (percent) return numeric(c, start, after + percent.length, 'percent', reading);
  const currency = keyAt(s, after, c.currencyKeys);
  if (currency) return numeric(c, start, after + currency.length, 'amount', reading, { currency: c.p.currencies[currency]! });
  if (c.p.lang === 'en' && j === numberEnd && !r.alternatives.length) {
    const suffix = s.slice(j, j + 2).toLowerCase();
    if (['st', 'nd', 'rd', 'th'].includes(suffix) && !isLatin(s[j + 2])) return numeric(c, start, j + 2, 'integer', reading, { ordinal: true });
  }
  // A four-digit number alone between 1990 and 2039 is a year; round thousands (`2000 users`) are not.
  if (kind === 'integer' && j === numberEnd && numberEnd - start === 4 && value >= 1990 && value <= 2039 && value % 1000 !== 0) {
    return numeric(c, start, j, 'year', reading);
  }
  // A decimal with letters glued after it (`802.11ac`), or a digit with one capital (`3D`, `5G`): a name, not a quantity.
  if (j === numberEnd && isLatin(s[j])) {
    const end = latinWordEnd(s, j);
    const letters = s.slice(j, end);
    if (r.kind === 'decimal' || (letters.length === 1 && letters !== letters.toLowerCase())) return { ...span(c, start, end), kind: 'code', code: normalizeCode(s.slice(start, end)), codeKind: 'product' };
  }
  const unit = keyAt(s, after, c.unitKeys);
  return numeric(c, start, j, kind, reading, unit ? { unit: c.p.units[unit]! } : {});
}

const numberConstruct: Construct = {
  name: 'number',
  starts: atDigit,
  read(c, i) {
    const n = readNumeral(c.s, i, c.p);
    // Three or more parts joined by dots: a date (`15.02.2018`) or a version (`2.1.0`), unless it is a grouped number.
    if (n.seps.length >= 2 && n.seps.every((x) => x === '.')) {
      const grouped = readNumber(n, c.p);
      if (n.parts.length === 3 && c.p.dateSeparators.includes('.') && n.parts[0]!.length <= 2 && n.parts[1]!.length <= 2 && [2, 4].includes(n.parts[2]!.length)) {
        const d = { day: Number(n.parts[0]), month: Number(n.parts[1]), year: fullYear(n.parts[2]!) };
        const token = dateToken(c, i, n.end, [d], d);
        if (token) return one(token);
      }
      if (grouped && grouped.kind === 'integer') return one(suffixes(c, i, n.end, grouped));
      return one({ ...span(c, i, n.end), kind: 'code', code: c.s.slice(i, n.end), codeKind: 'version' });
    }
    // `31.12.` and `1.1.`: day and month, where dates are written with dots.
    if (n.parts.length === 2 && n.seps[0] === '.' && c.s[n.end] === '.' && !isDigit(c.s[n.end + 1]) && c.p.dateSeparators[0] === '.' && n.parts.every((x) => x.length <= 2)) {
      const token = dateToken(c, i, n.end + 1, [{ day: Number(n.parts[0]), month: Number(n.parts[1]) }], { day: Number(n.parts[0]), month: Number(n.parts[1]) });
      if (token) return one(token);
    }
    const r = readNumber(n, c.p);
    if (r) return one(suffixes(c, i, n.end, r));
    // Separators no locale reads as one number (`1,1,1`): each part on its own.
    let at = i;
    const tokens: ValueToken[] = n.parts.map((part) => {
      const token = numeric(c, at, at + part.length, 'integer', { value: Number(part) });
      at += part.length + 1;
      return token;
    });
    return { tokens, end: n.end };
  },
};

const slashDate: Construct = {
  name: 'slash-date',
  starts: atDigit,
  read(c, i) {
    const s = c.s;
    const ends = [digitsEnd(s, i)];
    while (ends.length < 3 && s[ends.at(-1)!] === '/' && isDigit(s[ends.at(-1)! + 1])) ends.push(digitsEnd(s, ends.at(-1)! + 1));
    // Two parts only as year/month (`2018/2`) or, where dates start with the year, month/day (`2/15`): else `1/2` is a fraction.
    if (ends.length < 2 || isDigit(s[ends.at(-1)!])) return undefined;
    // Two parts in the page's own order only when no fraction reads that way: `12/31` (M/D), `31/12` (D/M), never `1/2`.
    if (ends.length === 2 && ends[0]! - i !== 4 && c.p.dateOrder !== 'ymd') {
      const [a, b] = [Number(s.slice(i, ends[0])), Number(s.slice(ends[0]! + 1, ends[1]))];
      const [month, day] = c.p.dateOrder === 'mdy' ? [a, b] : [b, a];
      if (!(month >= 1 && month <= 12 && day > 12 && day <= 31)) return undefined;
    }
    const parts = ends.map((e, k) => s.slice(k === 0 ? i : ends[k - 1]! + 1, e));
    if (parts.some((x) => x.length > 4)) return undefined;
    const [a, b, y] = parts as [string, string, string | undefined];
    const year = y === undefined ? undefined : y.length === 2 || y.length === 4 ? fullYear(y) : NaN;
    const orders: Record<Profile['dateOrder'], DateFields> =
      a.length === 4
        ? { ymd: { year: Number(a), month: Number(b), ...(y ? { day: Number(y) } : {}) }, mdy: {}, dmy: {} }
        : {
            mdy: { month: Number(a), day: Number(b), ...(year !== undefined ? { year } : {}) },
            dmy: { day: Number(a), month: Number(b), ...(year !== undefined ? { year } : {}) },
            ymd: { month: Number(a), day: Number(b), ...(year !== undefined ? { year } : {}) },
          };
    if (a.length === 4) return one(dateToken(c, i, ends.at(-1)!, [orders.ymd], orders.ymd));
    if (Number.isNaN(year)) return undefined;
    const own = orders[c.p.dateOrder];
    return one(dateToken(c, i, ends.at(-1)!, [own, orders.mdy, orders.dmy], own) ?? { ...span(c, i, ends.at(-1)!), kind: 'code', code: s.slice(i, ends.at(-1)!), codeKind: 'other' });
  },
};

const isoDateOrExam: Construct = {
  name: 'iso-date-or-exam',
  starts: atDigit,
  read(c, i) {
    const s = c.s;
    const a = digitsEnd(s, i);
    if (s[a] !== '-' || !isDigit(s[a + 1])) return undefined;
    const b = digitsEnd(s, a + 1);
    // Exam codes: `70-346`, `98-361`.
    if (a - i === 2 && b - a - 1 === 3 && s[b] !== '-' && !isLatin(s[b])) return one({ ...span(c, i, b), kind: 'code', code: s.slice(i, b), codeKind: 'exam' });
    if (a - i === 4 && b - a - 1 <= 2 && s[b] === '-' && isDigit(s[b + 1])) {
      const e = digitsEnd(s, b + 1);
      if (e - b - 1 <= 2) {
        const d = { year: Number(s.slice(i, a)), month: Number(s.slice(a + 1, b)), day: Number(s.slice(b + 1, e)) };
        return one(dateToken(c, i, e, [d], d));
      }
    }
    return undefined;
  },
};

const kanjiDate: Construct = {
  name: 'kanji-date',
  starts: atDigit,
  read(c, i) {
    const s = c.s;
    // `2018年2月15日`, and as Japanese style guides space digits from kanji: `2018 年 2 月 15 日`.
    const unitAfter = (from: number, unit: string) => {
      const end = digitsEnd(s, from);
      const at = spacesEnd(s, end, 1);
      return end > from && s[at] === unit ? { value: Number(s.slice(from, end)), digits: end - from, next: spacesEnd(s, at + 1, 1), end: at + 1 } : undefined;
    };
    const d: DateFields = {};
    let end: number;
    const year = unitAfter(i, '年');
    const month = year ? (year.digits === 4 ? unitAfter(year.next, '月') : undefined) : unitAfter(i, '月');
    if (year) {
      if (year.digits !== 4) return undefined;
      d.year = year.value;
      end = year.end;
    } else if (!month || month.digits > 2) return undefined;
    if (month) {
      d.month = month.value;
      end = month.end;
      const day = unitAfter(month.next, '日');
      if (day && day.digits <= 2 && s[day.end] !== '間') {
        d.day = day.value;
        end = day.end;
      } else if (d.year === undefined) {
        // `6 月2021` (month, then the year without `年`), as machine translation writes "June 2021".
        const y = yearAt(s, spacesEnd(s, month.end, 1));
        if (y) {
          d.year = y.year;
          end = y.end;
        }
      }
    }
    return d.year === undefined && d.day === undefined ? undefined : one(dateToken(c, i, end!, [d], d));
  },
};

const dayMonthDate: Construct = {
  name: 'day-month-date',
  starts: atDigit,
  read(c, i) {
    const s = c.s;
    let j = digitsEnd(s, i);
    if (j - i > 2) return undefined;
    const day = Number(s.slice(i, j));
    const dotted = s[j] === '.';
    if (dotted) j++;
    else if (s.slice(j, j + 2) === 'er' || (c.p.lang === 'en' && ['st', 'nd', 'rd', 'th'].includes(s.slice(j, j + 2)))) j += 2;
    const m = monthAt(c, spacesEnd(s, j));
    // `15. Februar`, `15 février`; real sources also drop the spaces: `31.Dezember2017`.
    if (!m || (spacesEnd(s, j) === j && !dotted)) return undefined;
    const d: DateFields = { day, month: m.month };
    let end = m.end;
    const y = isSpace(s[end]) ? yearAt(s, end + 1) : yearAt(s, end);
    if (y) {
      d.year = y.year;
      end = y.end;
    }
    return one(dateToken(c, i, end, [d], d));
  },
};

const MERIDIEM = ['AM', 'PM', 'am', 'pm', 'a.m.', 'p.m.'];
/** Words before a time that put it in the afternoon (Japanese, Chinese). */
const AFTERNOON = ['午後', '下午', '晚上'];

const clockTime: Construct = {
  name: 'time',
  starts: atDigit,
  read(c, i) {
    const s = c.s;
    const h = digitsEnd(s, i);
    if (h - i > 2) return undefined;
    let hour = Number(s.slice(i, h));
    let minute = 0;
    let j = h;
    if (s[j] === ':' && digitsEnd(s, j + 1) - j - 1 === 2) {
      minute = Number(s.slice(j + 1, j + 3));
      j += 3;
      if (s[j] === ':' && digitsEnd(s, j + 1) - j - 1 === 2) j += 3;
    } else {
      // `17 h 00`, `18H00`, `17h`, `17 Uhr`, `17時`: an hour word right after the number; or `6PM`, `9 AM` where the language says so.
      const w = spacesEnd(s, j, 1);
      // `09AM` glued and in capitals is a time in any language's text.
      const word = keyAt(s, w, c.p.hours, true) ?? (w === j ? keyAt(s, w, ['AM', 'PM']) : undefined);
      if (!word) return undefined;
      if (!MERIDIEM.includes(word)) {
        j = w + word.length;
        const m = spacesEnd(s, j, 1);
        if (digitsEnd(s, m) - m === 2 && !isDigit(s[m + 2])) {
          minute = Number(s.slice(m, m + 2));
          j = m + 2;
          if (s[j] === '分') j++;
        }
      }
    }
    // Japanese and Chinese say the half of the day first: `午後 5 時`, `下午6:30` are 17:00 and 18:30.
    const before = s.slice(Math.max(0, i - 3), i).trim();
    if (AFTERNOON.some((w) => before.endsWith(w)) && hour < 12) hour += 12;
    const w = spacesEnd(s, j, 1);
    const meridiem = keyAt(s, w, MERIDIEM);
    if (meridiem) {
      if (meridiem[0]!.toLowerCase() === 'p' && hour < 12) hour += 12;
      if (meridiem[0]!.toLowerCase() === 'a' && hour === 12) hour = 0;
      j = w + meridiem.length;
    }
    if (hour > 23 || minute > 59) return undefined;
    return one({ ...span(c, i, j), kind: 'time', hour, minute });
  },
};

const currencyFirst: Construct = {
  name: 'currency-first',
  starts: (c, i) => c.currencyStarts.has(c.s[i]!) && !isLatin(c.s[i - 1]),
  read(c, i) {
    const key = keyAt(c.s, i, c.currencyKeys);
    if (!key) return undefined;
    const at = spacesEnd(c.s, i + key.length, 1);
    if (!isDigit(c.s[at])) return undefined;
    const n = readNumeral(c.s, at, c.p);
    const r = readNumber(n, c.p);
    return r ? one(suffixes(c, i, n.end, r, c.p.currencies[key])) : undefined;
  },
};

const monthFirstDate: Construct = {
  name: 'month-first-date',
  starts: (c, i) => isLatin(c.s[i]) && !isLatin(c.s[i - 1]),
  read(c, i) {
    const s = c.s;
    const m = monthAt(c, i);
    if (!m || !isSpace(s[m.end])) return undefined;
    const y = yearAt(s, m.end + 1);
    if (y) return one(dateToken(c, i, y.end, [{ year: y.year, month: m.month }], { year: y.year, month: m.month }));
    if (c.p.dateOrder !== 'mdy') return undefined;
    let j = digitsEnd(s, m.end + 1);
    if (j === m.end + 1 || j - m.end - 1 > 2) return undefined;
    const d: DateFields = { month: m.month, day: Number(s.slice(m.end + 1, j)) };
    if (['st', 'nd', 'rd', 'th'].includes(s.slice(j, j + 2))) j += 2;
    const comma = s[j] === ',' ? j + 1 : j;
    const year = isSpace(s[comma]) ? yearAt(s, comma + 1) : undefined;
    if (year) {
      d.year = year.year;
      j = year.end;
    }
    return one(dateToken(c, i, j, [d], d));
  },
};

const productCode: Construct = {
  name: 'product-code',
  starts: (c, i) => isLatin(c.s[i]) && !isLatin(c.s[i - 1]) && !isDigit(c.s[i - 1]),
  read(c, i) {
    const s = c.s;
    const wordEnd = latinWordEnd(s, i);
    if (isDigit(s[wordEnd])) {
      // Letters glued to digits: `Office365`, `MB2-716`, `E3`, `v3`; inner `-`/`.` chunks with digits belong to it.
      let j = wordEnd;
      for (;;) {
        while (isDigit(s[j]) || isLatin(s[j])) j++;
        if ((s[j] === '-' || s[j] === '.') && isDigit(s[j + 1])) j++;
        else break;
      }
      const raw = s.slice(i, j);
      // A word glued to an exam number ("Examen70-334", as some translations write it) names the exam.
      const glued = /^\p{L}+?(\d{2,3}-\d{3})$/u.exec(raw);
      if (glued && !/^[A-Z]{2}\d-/.test(raw)) return one({ ...span(c, j - glued[1]!.length, j), kind: 'code', code: glued[1]!, codeKind: 'exam' });
      const codeKind = /^[A-Z]{2}\d-\d{3}$/.test(raw) ? 'exam' : /^v\d/i.test(raw) ? 'version' : 'product';
      return one({ ...span(c, i, j), kind: 'code', code: normalizeCode(raw), codeKind });
    }
    const word = s.slice(i, wordEnd);
    if (!PRODUCT_WORDS.includes(word) || !isSpace(s[wordEnd]) || !isDigit(s[wordEnd + 1])) return undefined;
    let j = digitsEnd(s, wordEnd + 1);
    while ((s[j] === '.' || s[j] === ',') && isDigit(s[j + 1])) j = digitsEnd(s, j + 1);
    if (j - wordEnd - 1 > 8 || isLatin(s[j])) return undefined;
    // `Microsoft 60 days` is a count after a name, not a product.
    const after = spacesEnd(s, j);
    if ([c.unitKeys, c.multiplierKeys, c.p.percent, c.currencyKeys].some((keys) => keyAt(s, after, keys))) return undefined;
    const codeKind = word.toLowerCase() === 'version' ? 'version' : 'product';
    return one({ ...span(c, i, j), kind: 'code', code: normalizeCode(s.slice(i, j)), codeKind });
  },
};

const countWord: Construct = {
  name: 'count-word',
  // Latin number words start a word; kanji numerals may stand anywhere (checked in `read`).
  starts: (c, i) => c.words && isLetter(c.s[i]) && (c.p.counters !== undefined || !isLetter(c.s[i - 1])),
  read(c, i) {
    const s = c.s;
    if (c.p.counters) {
      // Kanji numerals count only before a counter (`三つ`, `二人`), and not inside a word (`統一`).
      if (isCjk(s[i - 1]) && !/[\u3040-\u309F]/.test(s[i - 1]!)) return undefined;
      const value = c.p.numberWords[s[i]!];
      const counter = value === undefined ? undefined : keyAt(s, i + 1, c.p.counters);
      return counter ? one(numeric(c, i, i + 1 + counter.length, 'count-word', { value: value! })) : undefined;
    }
    const end = latinWordEnd(s, i);
    const value = c.p.numberWords[s.slice(i, end).toLowerCase()];
    if (value === undefined || isDigit(s[end])) return undefined;
    // `three percent` is the percentage `3%`, a value like any other.
    const percent = isSpace(s[end]) ? keyAt(s, end + 1, c.p.percent, true) : undefined;
    if (percent) return one(numeric(c, i, end + 1 + percent.length, 'percent', { value }));
    return one(numeric(c, i, end, 'count-word', { value }));
  },
};

/** International phone numbers (`+44 800 026 0061`, `+ 1-800-642-7676`): an identifier, never a quantity. */
const phoneNumber: Construct = {
  name: 'phone-number',
  starts: (c, i) => c.s[i] === '+' && !isDigit(c.s[i - 1]),
  read(c, i) {
    const s = c.s;
    let j = spacesEnd(s, i + 1, 1);
    let digits = 0;
    let end = j;
    while (j < s.length && (isDigit(s[j]) || ((isSpace(s[j]) || s[j] === '-' || s[j] === '.') && isDigit(s[j + 1])))) {
      if (isDigit(s[j])) {
        digits++;
        end = j + 1;
      }
      j++;
    }
    return digits >= 8 && digits <= 15 ? one({ ...span(c, i, end), kind: 'code', code: normalizeCode(s.slice(i, end)), codeKind: 'other' }) : undefined;
  },
};

/** Every construct, in order of preference when two read the same length. */
export const constructs: readonly Construct[] = [phoneNumber, kanjiDate, isoDateOrExam, slashDate, clockTime, dayMonthDate, numberConstruct, currencyFirst, monthFirstDate, productCode, countWord];

/** `Office 365` = `Office365`, `70‑346` = `70-346`, `1,5` = `1.5`: lower case, no spaces or hyphens. */
export function normalizeCode(raw: string): string {
  let out = '';
  for (const ch of normalize(raw).toLowerCase()) if (ch !== '-' && !isSpace(ch)) out += ch === ',' ? '.' : ch;
  return out;
}

// --- ranges -----------------------------------------------------------------------------

const RANGE_DASHES = ['-', '–', '—', '~', '～', '〜'];
const rangeFamily = (t: ValueToken): string | undefined =>
  t.kind === 'date' || t.kind === 'time' ? t.kind : t.kind === 'code' || t.kind === 'range' || t.kind === 'count-word' ? undefined : 'number';

/** Joins neighbours of one family with a dash or a range word between them (`2/11/17 – 2/10/18`, `10 bis 20`). */
function joinRanges(c: Context, tokens: ValueToken[]): ValueToken[] {
  const out: ValueToken[] = [];
  for (const t of tokens) {
    const prev = out.at(-1);
    const family = rangeFamily(t);
    if (prev && family && rangeFamily(prev) === family && t.start - prev.end <= 12) {
      const gap = c.s.slice(prev.end, t.start).trim();
      const joined = RANGE_DASHES.includes(gap) || c.p.rangeWords.some((w) => w.toLowerCase() === gap.toLowerCase());
      if (joined) {
        const to = t as PointToken;
        const from = prev as PointToken;
        // `US$ 10,000 – 50,000`: the second end takes the first's currency.
        const toEnd = from.kind === 'amount' && to.kind !== 'amount' && 'value' in to ? { ...to, kind: 'amount' as const, currency: from.currency! } : to;
        // `5-8 feet`: the first end is counted in the second's unit.
        const fromEnd = 'unit' in to && to.unit && from.kind !== 'date' && from.kind !== 'time' && !from.unit ? { ...from, unit: to.unit } : from;
        out[out.length - 1] = { ...span(c, from.start, to.end), kind: 'range', from: fromEnd, to: toEnd };
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

// --- the reader -------------------------------------------------------------------------

const contexts = new Map<string, Omit<Context, 's' | 'text' | 'words'>>();

function contextFor(locale: string): Omit<Context, 's' | 'text' | 'words'> {
  const { profile: p } = profileFor(locale);
  let c = contexts.get(p.lang);
  if (!c) {
    const currencyKeys = Object.keys(p.currencies);
    c = {
      p,
      multiplierKeys: Object.keys(p.multipliers),
      currencyKeys,
      unitKeys: Object.keys(p.units),
      currencyStarts: new Set(currencyKeys.filter((k) => !isDigit(k[0])).map((k) => k[0]!)),
    };
    contexts.set(p.lang, c);
  }
  return c;
}

/** Every value in `text`, in order, read in the notation of `locale` (`de-DE`: `2.000` = 2000). */
export function readValues(text: string, locale: string, options: ReadValuesOptions = {}): ValueToken[] {
  const c: Context = { ...contextFor(locale), s: normalize(text), text, words: options.words ?? true };
  const tokens: ValueToken[] = [];
  let i = 0;
  while (i < c.s.length) {
    let best: Read | undefined;
    for (const construct of constructs) {
      if (!construct.starts(c, i)) continue;
      const r = construct.read(c, i);
      if (r && r.end > i && (!best || r.end > best.end)) best = r;
    }
    if (best) {
      tokens.push(...best.tokens);
      i = best.end;
    } else if (isLatin(c.s[i])) i = latinWordEnd(c.s, i);
    else if (isDigit(c.s[i])) i = digitsEnd(c.s, i);
    else i++;
  }
  return joinRanges(c, tokens);
}

/** The one value a whole text is (`2.000`, `15. Februar 2018`, `US$ 4.00`), or undefined when it holds none or more. */
export function readValue(text: string, locale: string, options: ReadValuesOptions = {}): ValueToken | undefined {
  const trimmed = text.trim();
  const found = readValues(trimmed, locale, options);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === trimmed.length ? found[0] : undefined;
}
