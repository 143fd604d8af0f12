// One profile per language: everything the project knows about how a language writes
// numbers, dates, amounts and lists. Every profile is checked by one schema when this module
// loads, so a profile with a missing or mistyped field fails the build, like a UI catalogue.
import { z } from 'zod';
import { languageOf } from './language-of.ts';
import de from './profiles/de.ts';
import en from './profiles/en.ts';
import fr from './profiles/fr.ts';
import ja from './profiles/ja.ts';
import zh from './profiles/zh.ts';

const words = z.array(z.string().min(1));

/** Units a number may be counted in; a translation may convert between them (`5 feet`, `1,5 Meter`). */
export const UNITS = ['hour', 'day', 'week', 'month', 'year', 'inch', 'foot', 'mile', 'millimeter', 'centimeter', 'meter', 'kilometer', 'gram', 'kilogram', 'pound'] as const;
export type Unit = (typeof UNITS)[number];
const factors = z.record(z.string().min(1), z.number().positive());

export const profileSchema = z.strictObject({
  /** Primary language subtag (`de`). */
  lang: z.string().regex(/^[a-z]{2,3}$/),
  /** Decimal separator in running text. */
  decimal: z.string().length(1),
  /** Group separators in running text; the first is the usual one. */
  group: words.min(1),
  /** What a person types for "not sure" (lower case; profiles/numerals.ts, shipped to the checker). */
  unknown: words.min(1),
  /** Written-out small numbers and ordinals, lower case: `drei` → 3. */
  numberWords: z.record(z.string().min(1), z.number().int().nonnegative()),
  /** Where number words count only before a counter (Japanese `三つ`, `二人`). Default: anywhere as a word. */
  counters: words.optional(),
  /** Words or signs after a number that multiply it, as written: `Mio.` → 1e6, `万` → 1e4. */
  multipliers: factors,
  /** Month names and abbreviations, lower case, without the abbreviation dot: `févr` → 2. */
  months: z.record(z.string().min(1), z.number().int().min(1).max(12)),
  /** Separators of numeric dates; `.` also allows the short `31.12.` (day and month). */
  dateSeparators: z.array(z.enum(['/', '.', '-'])).min(1),
  /** Order of day, month and year in a numeric date (a four-digit first part is always a year). */
  dateOrder: z.enum(['mdy', 'dmy', 'ymd']),
  /** List conjunctions, lower case; in headings and lists they appear in any case (`ODER`). */
  conjunctions: z.strictObject({ or: words.min(1), and: words.min(1) }),
  /** Currency words and signs as written, to ISO 4217 codes: `US-Dollar` → `USD`. */
  currencies: z.record(z.string().min(1), z.string().regex(/^[A-Z]{3}$/)),
  /** Words after a number that give its unit (of time, length or weight), as written: `Tagen` → `day`, `feet` → `foot`. Counts in different units never differ. */
  units: z.record(z.string().min(1), z.enum(UNITS)),
  /** Signs and words after a number that make it a percentage. */
  percent: words.min(1),
  /** Words that join the two ends of a range, besides dashes. */
  rangeWords: words,
  /** Words after a time of day or an hour: `PM`, `Uhr`, `h`. */
  hours: words,
  /** Function words, lower case, that carry no term of their own (for comparing wording across languages). */
  stopWords: words.min(1),
  /** Expected band of translation/English length for QA's `length-ratio`. */
  lengthRatio: z.tuple([z.number().positive(), z.number().positive()]),
  /** Whether words are separated by spaces (`20 février 2018`), so a value glued to a word (`20février2018`) lost one. */
  wordSpacing: z.boolean(),
  /** Letters written right after a number as part of it (ordinals and fractions: `1ère`, `120stel`, `3rd`): no space was lost there. */
  numberSuffixes: words,
  /** Marks that end a sentence or clause, as written, to the mark they stand for: full-width `。` is `.`, `：` is `:`. */
  endMarks: z.record(z.string().length(1), z.enum(['.', '?', '!', ':', ';'])),
  /** Opening and closing brackets that pair up (`(…)`, `「…」`, `【…】`). */
  pairs: z.array(z.tuple([z.string().length(1), z.string().length(1)])).min(1),
  /** Double quotation marks, whichever way they face: two of them make a pair (German „…“, French « … », "…"). */
  quotes: z.array(z.string().length(1)).min(1),
  /** Words that are grammatical when doubled (German "die die", English "that that"), lower case. */
  doubles: words,
});

export type Profile = z.infer<typeof profileSchema>;

const profiles: Record<string, Profile> = Object.fromEntries(
  [en, de, fr, ja, zh].map((p) => {
    const checked = profileSchema.safeParse(p);
    if (!checked.success) throw new Error(`Locale profile "${p.lang}" does not match the schema:\n${z.prettifyError(checked.error)}`);
    // parse-input.ts takes the decimal sign from Intl to stay small; the profile must agree with it.
    const intl = new Intl.NumberFormat(p.lang).formatToParts(1.5).find((x) => x.type === 'decimal')?.value;
    if (intl !== p.decimal) throw new Error(`Locale profile "${p.lang}" has decimal "${p.decimal}", expected "${intl}" as Intl writes it`);
    return [p.lang, checked.data];
  }),
);

/** The languages that have a profile. */
export const profileLanguages = (): string[] => Object.keys(profiles);

export interface ProfileLookup {
  profile: Profile;
  /** True when the tag's language has no profile and English's is given instead. */
  fallback: boolean;
}

/** The profile of a locale tag's language (`fr-CA` → French), or English's with `fallback: true`. */
export function profileFor(tag: string): ProfileLookup {
  const own = profiles[languageOf(tag)];
  return own ? { profile: own, fallback: false } : { profile: profiles.en!, fallback: true };
}

/** Which conjunction a word is (`ODER`, `Or`, `および`), in a language or in any; undefined when none. */
export function conjunctionOf(word: string, tag?: string): 'or' | 'and' | undefined {
  const w = word.trim().toLowerCase();
  const pool = tag ? [profileFor(tag).profile] : Object.values(profiles);
  for (const p of pool) {
    if (p.conjunctions.or.includes(w)) return 'or';
    if (p.conjunctions.and.includes(w)) return 'and';
  }
  return undefined;
}
