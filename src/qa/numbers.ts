// Numbers compared by value, each side read in its own locale: German 2.000, English 2,000
// and 2000 are the same number; "2,000" → "20.000" is not. Written-out small numbers
// ("three", "vier") and English ordinals ("3rd-party") may stand for digits on the other side.
import type { Rule, RuleMessage, SegmentInput } from './rule.js';
import { seg } from './rule.js';
import { language } from './segment-text.js';

/** A number as written, with the value it has in its locale and the values other conventions give it. */
export interface NumberToken {
  raw: string;
  value: number;
  /** Values under other conventions, when the locale's own reading differs (`2,000` in German: 2000). */
  alternatives: number[];
  /** Written as an ordinal (`3rd`) or a word (`three`): may be absent from the other side. */
  optional: boolean;
}

export { convention } from '../i18n/number-convention.js';
import { convention, type Convention } from '../i18n/number-convention.js';

const FALLBACKS = ['en', 'de', 'fr'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The value of `raw` under a convention, or undefined when it is not well formed there. */
function valueIn(raw: string, c: Convention): number | undefined {
  const g = `[${c.group.map(escape).join('')}]`;
  const d = escape(c.decimal);
  const grouped = new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`);
  const plain = new RegExp(`^\\d+(?:${d}\\d+)?$`);
  if (!grouped.test(raw) && !plain.test(raw)) return undefined;
  let digits = raw;
  for (const sep of c.group) digits = digits.split(sep).join('');
  return Number(digits.replace(c.decimal, '.'));
}

const FULLWIDTH = /[\uFF10-\uFF19\uFF0C\uFF0E]/g;
const toAscii = (s: string) => s.replace(FULLWIDTH, (ch) => ({ '\uFF0C': ',', '\uFF0E': '.' })[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

// Digits glued to letters count too: "Office365", "60Tage".
const RUN = /(?<!\d)\d+(?:[.,'’\u00A0\u202F\u2009]\d+)*/gu;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/i;
const EAST_ASIAN_MULTIPLIERS: Record<string, number> = { 万: 1e4, 億: 1e8, 千: 1e3 };

const WORDS: Record<string, Record<string, number>> = {
  en: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, once: 1, twice: 2, single: 1, first: 1, second: 2, third: 3 },
  de: { zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, einmal: 1, zweimal: 2, einzige: 1, einzigen: 1, ersten: 1, erste: 1, zweite: 2, dritte: 3, dritten: 3, drittanbieter: 3 },
  fr: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 },
};

/** Every number in a text, read in `locale`, including written-out small numbers as optional ones. */
export function readNumbers(text: string, locale: string): NumberToken[] {
  const own = convention(locale);
  const ascii = toAscii(text);
  const tokens: NumberToken[] = [];
  for (const m of ascii.matchAll(RUN)) {
    // A trailing separator belongs to the sentence ("in 2017.", "1, 2017").
    const raw = m[0];
    const after = ascii.slice(m.index + raw.length);
    const ordinal = ORDINAL_SUFFIX.test(after);
    const multiplier = EAST_ASIAN_MULTIPLIERS[after[0] ?? ''] ?? 1;
    tokens.push(...interpret(raw, own, locale).map((t) => ({ ...t, value: t.value * multiplier, alternatives: t.alternatives.map((a) => a * multiplier), optional: ordinal })));
  }
  const numberWords = WORDS[language(locale)] ?? {};
  for (const w of text.toLocaleLowerCase().match(/\p{L}+/gu) ?? []) {
    const value = numberWords[w];
    if (value !== undefined) tokens.push({ raw: w, value, alternatives: [], optional: true });
  }
  return tokens;
}

function interpret(raw: string, own: Convention, locale: string): NumberToken[] {
  const value = valueIn(raw, own);
  const others = FALLBACKS.filter((l) => l !== language(locale))
    .map((l) => valueIn(raw, convention(l)))
    .filter((v): v is number => v !== undefined && v !== value);
  if (value !== undefined) return [{ raw, value, alternatives: [...new Set(others)], optional: false }];
  if (others.length) return [{ raw, value: others[0]!, alternatives: others.slice(1), optional: false }];
  // Versions, dates and the like (2.1.0, 07/07/2017 already split): each part is a number.
  return raw.split(/[^\d]+/).map((part) => ({ raw: part, value: Number(part), alternatives: [], optional: false }));
}

/** How a segment's numbers pair up by value. */
export interface NumberComparison {
  /** Source numbers with no target number of the same value. */
  missing: NumberToken[];
  /** Target numbers with no source number of the same value. */
  extra: NumberToken[];
  /** Target numbers that match only when read in another convention (`2,000` in a German text). */
  misformatted: Array<{ target: NumberToken; source: NumberToken }>;
}

function takeMatch(pool: NumberToken[], test: (t: NumberToken) => boolean): NumberToken | undefined {
  const i = pool.findIndex(test);
  return i < 0 ? undefined : pool.splice(i, 1)[0];
}

/** Pairs source and target numbers: first by the locale's own reading, then by other readings, then words. */
export function compareNumbers(source: NumberToken[], target: NumberToken[]): NumberComparison {
  const src = [...source];
  const tgt = [...target];
  const unmatchedSource: NumberToken[] = [];
  for (const s of src.filter((t) => !t.optional || /\d/.test(t.raw))) {
    if (!takeMatch(tgt, (t) => t.value === s.value)) unmatchedSource.push(s);
  }
  const misformatted: NumberComparison['misformatted'] = [];
  const stillMissing: NumberToken[] = [];
  for (const s of unmatchedSource) {
    const t = takeMatch(tgt, (t) => /\d/.test(t.raw) && t.alternatives.includes(s.value));
    if (t) misformatted.push({ target: t, source: s });
    else stillMissing.push(s);
  }
  // Words and ordinals may stand for digits on the other side, or be left out.
  const sourceWords = src.filter((t) => !/\d/.test(t.raw));
  const extra = tgt.filter((t) => !t.optional && /\d/.test(t.raw) && !takeMatch(sourceWords, (w) => w.value === t.value));
  const missing = stillMissing.filter((s) => !s.optional);
  return { missing, extra, misformatted };
}

const list = (ts: NumberToken[]) => ts.map((t) => `\`${t.raw}\``).join(', ');

function compareSegment({ segment, doc }: SegmentInput): NumberComparison {
  return compareNumbers(readNumbers(segment.source.text, doc.locales.source), readNumbers(segment.target.text, doc.locales.target));
}

export const numberMismatch: Rule = {
  id: 'number-mismatch',
  severity: 'error',
  summary: 'A number in the translation has a different value from the one in the English (read in each locale).',
  checkSegment(input) {
    const { missing, extra } = compareSegment(input);
    if (!missing.length || !extra.length) return [];
    return [
      {
        reason: `Unexpected ${list(extra)} in ${seg(input.segment)}, expected the value of ${list(missing)} as in the English`,
        hint: `Write the same value in ${input.doc.locales.target} notation (English 2,000 is German 2.000).`,
      },
    ];
  },
};

export const numberMissing: Rule = {
  id: 'number-missing',
  severity: 'warning',
  summary: 'A number appears on only one side of a segment pair.',
  checkSegment(input) {
    const { missing, extra } = compareSegment(input);
    if (missing.length && extra.length) return [];
    const out: RuleMessage[] = [];
    if (missing.length) out.push({ reason: `Unexpected translation without ${list(missing)} in ${seg(input.segment)}, expected every number of the English`, hint: 'Add the number, or write it out in words if that is what the English means.' });
    if (extra.length) out.push({ reason: `Unexpected ${list(extra)} in ${seg(input.segment)}, expected only numbers that the English has`, hint: 'Check the number against the English sentence.' });
    return out;
  },
};

export const numberFormat: Rule = {
  id: 'number-format',
  severity: 'warning',
  summary: 'A number in the translation is written in another locale\'s notation (German `2,000` reads as 2).',
  checkSegment(input) {
    return compareSegment(input).misformatted.map(({ target, source }) => ({
      reason: `Unexpected \`${target.raw}\` in ${seg(input.segment)}, which reads as ${target.value} in ${input.doc.locales.target}, expected ${source.value} written in ${input.doc.locales.target} notation`,
      hint: `Use the locale's separators: ${new Intl.NumberFormat(input.doc.locales.target).format(source.value)}.`,
    }));
  },
};
