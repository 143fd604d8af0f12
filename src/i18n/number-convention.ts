// How a locale writes numbers: its group and decimal separators, read from Intl so that any
// locale works. QA (comparing numbers across languages) and extraction (reading thresholds) share it.

export interface Convention {
  group: string[];
  decimal: string;
}

const SPACE_GROUPS = ['\u00A0', '\u202F', '\u2009'];
const conventionCache = new Map<string, Convention>();

/** Group and decimal separators of a locale, from Intl (so any locale works). */
export function convention(locale: string): Convention {
  let c = conventionCache.get(locale);
  if (c) return c;
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  } catch {
    parts = new Intl.NumberFormat('en').formatToParts(12345.6);
  }
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const groups = /\s/.test(group) ? [...new Set([group, ...SPACE_GROUPS])] : group === '’' ? ['’', "'"] : [group];
  c = { group: groups, decimal };
  conventionCache.set(locale, c);
  return c;
}
