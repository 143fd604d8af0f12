// Splits an inline enumeration ("A, B, or C", "A oder B oder C", "A、B、または C") into its items,
// with the conjunctions of the language it is written in (the locale layer's profiles).
// Workload lists and customer associations are read with it.
import { profileFor } from '../locale/index.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new Map<string, { or: RegExp; lead: RegExp }>();

function patterns(locale: string): { or: RegExp; lead: RegExp } {
  let p = cache.get(locale);
  if (!p) {
    const words = profileFor(locale).profile.conjunctions.or.map(escape).join('|');
    // Spaced words ("or", "oder", "ou") need spaces around them; Japanese ones stand between items.
    p = { or: new RegExp(`\\s+(?:${words})\\s+|(?<=\\S)\\s*(?:または|もしくは)\\s*`, 'iu'), lead: new RegExp(`^(?:${words})\\s*`, 'iu') };
    cache.set(locale, p);
  }
  return p;
}

/**
 * Items of an enumeration. With commas, the commas separate and only the last item is split
 * at the conjunction ("EMS or Intune Administrator, Fast Track Partner, or X" keeps its first
 * item whole); without commas, the conjunction separates.
 */
export function splitList(text: string, locale: string): string[] {
  const { or, lead } = patterns(locale);
  const clean = (s: string): string => s.trim().replace(lead, '').replace(/[.。\s]+$/, '');
  const parts = text.split(/[,、，]/).map(clean).filter(Boolean);
  if (parts.length === 0) return [];
  if (parts.length === 1) return parts[0]!.split(or).map(clean).filter(Boolean);
  const last = parts.pop()!.split(or).map(clean).filter(Boolean);
  return [...parts, ...last];
}
