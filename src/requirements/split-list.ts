// Splits an inline enumeration ("A, B, or C", "A oder B oder C") into its items, in the
// language it is written in. Workload lists and customer associations are read with it.

const CONJUNCTIONS: Record<'de' | 'en', string> = { en: 'or', de: 'oder' };

/**
 * Items of an enumeration. With commas, the commas separate and only the last item is split
 * at the conjunction ("EMS or Intune Administrator, Fast Track Partner, or X" keeps its first
 * item whole); without commas, the conjunction separates.
 */
export function splitList(text: string, lang: 'de' | 'en'): string[] {
  const or = new RegExp(`\\s+${CONJUNCTIONS[lang]}\\s+`, 'i');
  const clean = (s: string): string => s.trim().replace(new RegExp(`^${CONJUNCTIONS[lang]}\\s+`, 'i'), '').replace(/[.\s]+$/, '');
  const parts = text.split(',').map(clean).filter(Boolean);
  if (parts.length === 1) return parts[0]!.split(or).map(clean).filter(Boolean);
  const last = parts.pop()!.split(or).map(clean).filter(Boolean);
  return [...parts, ...last];
}
