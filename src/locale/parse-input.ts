// What a person types into one number field or one CSV cell, read in the page's locale.
// Unlike running text (read-values.ts), a field holds one number and nothing else, so the
// reading can be strict: `2,000` on a German page could be 2000 (English notation) or 2
// (German), and the reader is asked instead of guessed for. Shipped in the checker island, so
// it takes the decimal sign from Intl (profile.ts checks the profiles agree) and only the
// "not sure" words from the profiles.
import { unknownAnswers } from './profiles/numerals.ts';

export type InputReading =
  | { ok: true; value: number | 'unknown' }
  | { ok: false; code: 'ambiguous'; readings: [grouped: number, decimal: number] }
  | { ok: false; code: 'empty' | 'not-a-number' };

const UNKNOWN = Object.values(unknownAnswers).flat();
/**
 * A whole part, grouped by three with one repeated sign (`1.000.000`) or not grouped, then
 * maybe a decimal part after the other sign (`1.234,5`, `1,5`).
 */
const NUMBER = /^(-?(?:\d{1,3}(?:([.,])\d{3}(?:\2\d{3})*)?|\d+))(?:([.,])(\d+))?$/;

/**
 * The two readings of `1,000` or `1.000` (one sign before exactly three digits), grouped
 * first: `[1000, 1]`. Undefined for anything else. The same in every locale, so a control can
 * offer them without knowing the page's.
 */
export function readingsOf(raw: string): [number, number] | undefined {
  const m = /^(-?\d{1,3})[.,](\d{3})$/.exec(raw.trim());
  return m ? [Number(m[1]! + m[2]), Number(`${m[1]}.${m[2]}`)] : undefined;
}

/**
 * Reads one typed number (`2.000` on a German page is 2000, `2,000` asks); `?` or "not sure" in
 * any profile's language is `unknown`. Spaces and `'` group digits in every locale; of `.` and
 * `,`, the one that is not the locale's decimal sign groups.
 */
export function parseInput(raw: string, locale: string): InputReading {
  const typed = raw.trim().toLowerCase();
  if (UNKNOWN.includes(typed)) return { ok: true, value: 'unknown' };
  const s = typed
    .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/，/g, ',')
    .replace(/[\s'’]/g, '')
    .replace(/^[−–]/, '-');
  if (!s) return { ok: false, code: 'empty' };
  const two = readingsOf(s);
  if (two) return s.includes(new Intl.NumberFormat(locale).formatToParts(1.5)[1]!.value) ? { ok: false, code: 'ambiguous', readings: two } : { ok: true, value: two[0] };
  const m = NUMBER.exec(s);
  return m && (!m[3] || m[2] !== m[3]) ? { ok: true, value: Number(`${m[1]!.replace(/[.,]/g, '')}.${m[4] ?? 0}`) } : { ok: false, code: 'not-a-number' };
}
