// The clause grammar of skills requirements, read on the English original: who must qualify
// ("2 individuals", "the same individual", "1 of the same 2 individuals", "the same or
// different 5 individuals") and how many of the listed credentials each needs ("all the
// following", "one of the following", "2 of the following"). Each form is a named row; every
// row is tried and a clause is read only when the rows that match agree.
import type { Credential } from './model.ts';
import { announcedKind } from './read-credentials.ts';

export type Scope = 'core' | 'each' | 'some' | 'separate' | 'distinct';

export interface Subject {
  /** `core`: a plain head count; `each`: every one of the same individuals; `some`: `count` of them;
   * `separate`: `count` individuals, the same or others; `distinct`: others than before (not typed). */
  scope: Scope;
  count?: number;
  /** For `some`: the size of the set they are taken from ("1 of the same 2"). */
  of?: number;
}

export interface Quantifier {
  mode: 'all-of' | 'one-of' | 'k-of';
  count?: number;
  /** The wording names no quantity ("the following exams"): read as all of them. */
  defaulted?: boolean;
  /** The wording is singular ("the following assessment"): valid for a one-item list only. */
  singular?: boolean;
}

export interface Construct<T> {
  id: string;
  pattern: RegExp;
  build: (m: RegExpExecArray) => T;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** Lower case, markup and trailing punctuation gone, small number words as digits ("two" → 2, "a single" → 1). */
export function normalize(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\ba single\b/g, '1')
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g, (w) => String(WORD_NUMBERS[w]))
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .replace(/[\s:.;,]+$/, '');
}

const PEOPLE = String.raw`(?:individuals?|people|persons?|employees?|professionals?)`;
const n = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

export const SUBJECTS: Construct<Subject>[] = [
  { id: 'k-of-the-same-n', pattern: new RegExp(String.raw`^(?:and |also )?(?:at least )?(\d+) of (?:the|these) same (\d+ )?${PEOPLE}\b`), build: (m) => ({ scope: 'some', count: n(m[1]), ...(m[2] ? { of: n(m[2]) } : {}) }) },
  { id: 'k-of-the-n', pattern: new RegExp(String.raw`^(?:and |also )?(?:at least )?(\d+) of (?:the|these|those) (\d+ )?${PEOPLE}\b`), build: (m) => ({ scope: 'some', count: n(m[1]), ...(m[2] ? { of: n(m[2]) } : {}) }) },
  { id: 'same-or-different', pattern: new RegExp(String.raw`^(?:and )?(?:the )?same or (?:different|other) (\d+ )?${PEOPLE}\b`), build: (m) => ({ scope: 'separate', ...(m[1] ? { count: n(m[1]) } : {}) }) },
  { id: 'other-individuals', pattern: new RegExp(String.raw`^(?:and )?(?:the )?(\d+ )?(?:other|different|additional|another) (\d+ )?(${PEOPLE})\b`), build: (m) => ({ scope: 'distinct', ...(m[1] || m[2] ? { count: n((m[1] ?? m[2])!.trim()) } : /s$/.test(m[3]!) ? {} : { count: 1 }) }) },
  { id: 'the-same', pattern: new RegExp(String.raw`^(?:and )?(?:the|these) same (\d+ )?${PEOPLE}\b`), build: (m) => ({ scope: 'each', ...(m[1] ? { count: n(m[1]) } : {}) }) },
  { id: 'both-each-all-of-the', pattern: new RegExp(String.raw`^(?:and )?(?:both|each|all|every one)(?: of)?(?: the| these)? (\d+ )?${PEOPLE}\b`), build: (m) => ({ scope: 'each', ...(m[1] ? { count: n(m[1]) } : {}) }) },
  { id: 'each-individual', pattern: new RegExp(String.raw`^(?:and )?(?:each|every) (?:individual|person|employee)\b`), build: () => ({ scope: 'each' }) },
  { id: 'the-individuals', pattern: new RegExp(String.raw`^(?:and )?(?:the|this|these|that) ${PEOPLE}\b`), build: () => ({ scope: 'each' }) },
  { id: 'organization-has-n', pattern: new RegExp(String.raw`^(?:your )?(?:organization|company) (?:must|needs to|should) (?:have|employ|include) (?:at least |a minimum of )?(\d+) ${PEOPLE}\b`), build: (m) => ({ scope: 'core', count: n(m[1]) }) },
  { id: 'n-individuals', pattern: new RegExp(String.raw`^(?:and )?(?:at least |a minimum of )?(\d+) ${PEOPLE}\b`), build: (m) => ({ scope: 'core', count: n(m[1]) }) },
];

const KIND = String.raw`(?:exams?|assessments?|certifications?|certificates?|credentials?|courses?|tests?)`;

export const QUANTIFIERS: Construct<Quantifier>[] = [
  { id: 'k-of-the-following', pattern: /\b(?:any |at least )?(\d+) of the following\b/, build: (m) => (Number(m[1]) === 1 ? { mode: 'one-of' } : { mode: 'k-of', count: Number(m[1]) }) },
  { id: 'any-of-the-following', pattern: /\b(?:any|either) (?:1 )?of the following\b/, build: () => ({ mode: 'one-of' }) },
  { id: 'any-one-of-the-kind', pattern: /\b(?:any )?1 of the (?:exams|assessments|certifications|credentials)\b/, build: () => ({ mode: 'one-of' }) },
  { id: 'one-kind-from-the-following', pattern: new RegExp(String.raw`\b(?:1|an?) ${KIND} (?:from|of) the following\b`), build: () => ({ mode: 'one-of' }) },
  { id: 'all-of-the-following', pattern: /\b(?:all|each|both|every one) (?:of )?the following\b/, build: () => ({ mode: 'all-of' }) },
  { id: 'the-following-n', pattern: new RegExp(String.raw`\bthe following (\d+) ${KIND}\b`), build: () => ({ mode: 'all-of' }) },
  { id: 'the-following-plural', pattern: /\bthe following (?:exams|assessments|certifications|certificates|credentials|courses|tests)\b/, build: () => ({ mode: 'all-of', defaulted: true }) },
  { id: 'the-following-singular', pattern: /\bthe following (?:exam|assessment|certification|certificate|credential|course|test)\b(?! or)/, build: () => ({ mode: 'all-of', singular: true }) },
  { id: 'the-required-plural', pattern: /\bthe required (?:exams|assessments|certifications)\b/, build: () => ({ mode: 'all-of', defaulted: true }) },
  { id: 'the-required-singular', pattern: /\b(?:the|a|an) (?:required )?(?:exam|assessment|certification)\b(?! (?:or|and|requirements?))/, build: () => ({ mode: 'all-of', singular: true }) },
];

const VERB = /\bmust\b|\bneeds? to\b|\bhas to\b|\bhave to\b|\bare required to\b|\bis required to\b|\bshould\b/;

export interface Reading<T> {
  value: T;
  ids: string[];
}

/** Every construct that matches; `undefined` when none does; an array of the distinct readings otherwise. */
export function attempt<T>(constructs: Construct<T>[], text: string, pick: 'first-position' | 'all' = 'all'): Reading<T>[] {
  const found: Array<Reading<T> & { at: number }> = [];
  for (const c of constructs) {
    const m = c.pattern.exec(text);
    if (m) found.push({ value: c.build(m), ids: [c.id], at: m.index });
  }
  if (pick === 'first-position' && found.length) {
    const at = Math.min(...found.map((f) => f.at));
    return merge(found.filter((f) => f.at === at));
  }
  return merge(found);
}

/** Readings that say the same thing are one reading (the ids of every row that gave it). */
function merge<T>(found: Reading<T>[]): Reading<T>[] {
  const out: Reading<T>[] = [];
  for (const f of found) {
    const same = out.find((o) => JSON.stringify(o.value) === JSON.stringify(f.value));
    if (same) same.ids.push(...f.ids);
    else out.push({ value: f.value, ids: [...f.ids] });
  }
  return out;
}

export interface ClauseLead {
  subject?: Subject;
  quantifier?: Quantifier;
  kind?: Credential['kind'];
  /** "must each pass": every individual of the subject. */
  each: boolean;
}

export type LeadResult = { ok: ClauseLead } | { problem: string };

/** Reads a clause's lead sentence: subject (who) and quantifier (how many of the list). */
export function readLead(text: string): LeadResult {
  const t = normalize(text);
  const subjects = attempt(SUBJECTS, t);
  // "1 of the same 2 individuals" also matches "2 individuals" further in: the most specific row wins only by its position.
  const subject = pickSubject(subjects);
  if (subject === 'ambiguous') return { problem: `the subject “${text}” reads in several ways` };
  const verbAt = t.search(VERB);
  const quantifiers = attempt(QUANTIFIERS, verbAt >= 0 ? t.slice(verbAt) : t, 'first-position');
  if (quantifiers.length > 1) return { problem: `the quantity in “${text}” reads in several ways` };
  const kind = announcedKind(t);
  return {
    ok: {
      ...(subject ? { subject: subject.value } : {}),
      ...(quantifiers[0] ? { quantifier: quantifiers[0].value } : {}),
      ...(kind ? { kind } : {}),
      each: /\bmust (?:each|both|all)\b|\beach must\b/.test(t),
    },
  };
}

const SPECIFICITY: Scope[] = ['some', 'separate', 'distinct', 'each', 'core'];

function pickSubject(readings: Reading<Subject>[]): Reading<Subject> | undefined | 'ambiguous' {
  if (readings.length <= 1) return readings[0];
  // Rows anchor at the start of the sentence, so several can only match when one is a
  // longer form of another ("1 of the same 2 individuals" ⊃ "1 … individuals"): the most specific wins.
  const sorted = [...readings].sort((a, b) => SPECIFICITY.indexOf(a.value.scope) - SPECIFICITY.indexOf(b.value.scope));
  const [first, second] = sorted;
  if (first!.value.scope === second!.value.scope) return 'ambiguous';
  return first;
}

/** A heading or label as words: emphasis marks gone, spaces folded, trailing `:`/`.` dropped. */
export const tidyLabel = (text: string): string => text.replace(/[*_]/g, '').replace(/\s+/g, ' ').replace(/[\s:.]+$/, '').trim();

// Focus areas and specializations: a group of credentials under a name.
const FOCUS = [
  /^(.+?) (?:focus area|specialization|specialisation|area of specialization|track|path)$/i,
  /^(?:focus area|specialization|specialisation|track)\s*[:–—-]?\s*(.+)$/i,
];

/** The name of a focus area item ("**Business Intelligence** focus area"), or `undefined`. */
export function focusName(text: string): string | undefined {
  const t = tidyLabel(text);
  for (const re of FOCUS) {
    const m = re.exec(t);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

export interface FocusChoice {
  /** How many focus areas: `one-of` ("any one of the three focus areas") or `all-of` ("each focus area"). */
  areas: 'one-of' | 'all-of';
  /** What each area asks: all of its credentials, or one of them. */
  within: Quantifier;
}

/** How a lead sentence combines focus areas: "pass all of the exams in any one of the three focus areas". */
export function readFocusChoice(text: string): FocusChoice | undefined {
  const t = normalize(text);
  const area = String.raw`(?:focus areas?|specializations?|specialisations?|areas? of specialization|tracks?)`;
  const areas = new RegExp(String.raw`\b(?:any |at least )?1 (?:of (?:the |these )?(?:\d+ )?)?${area}\b`).test(t)
    ? 'one-of'
    : new RegExp(String.raw`\b(?:each|every|all|both) (?:of )?(?:the )?(?:\d+ )?${area}\b`).test(t)
      ? 'all-of'
      : undefined;
  if (!areas) return undefined;
  const within = /\ball (?:of )?the (?:exams|assessments|certifications|credentials)\b|\ball (?:exams|assessments)\b/.test(t)
    ? ({ mode: 'all-of' } as const)
    : /\b(?:1|an?) (?:exam|assessment|certification)\b|\b1 of the (?:exams|assessments)\b/.test(t)
      ? ({ mode: 'one-of' } as const)
      : undefined;
  return within ? { areas, within } : undefined;
}
