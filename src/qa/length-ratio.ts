// Length ratio of translation to English outside the band expected for the language pair:
// a sign that a segment holds the wrong sentence (misalignment), not a proof of it.
import type { Rule } from './rule.js';
import { seg } from './rule.js';
import { profileFor } from '../locale/profile.ts';
import { language } from './segment-text.js';

/**
 * Target/source length bands for target languages without a locale profile (those with one,
 * de, fr and ja, take the profile's `lengthRatio`); short segments vary too much to judge.
 */
export const DEFAULT_BANDS: Record<string, [number, number]> = {
  es: [0.5, 2.5],
  it: [0.5, 2.5],
  nl: [0.5, 2.5],
  zh: [0.1, 1.2],
  ko: [0.15, 1.5],
};
const FALLBACK_BAND: [number, number] = [0.3, 3];
/** English texts shorter than this are not judged. */
export const MIN_SOURCE_CHARS = 40;

export const lengthRatio: Rule = {
  id: 'length-ratio',
  severity: 'warning',
  summary: 'The translation is much shorter or longer than the English usually is for the language pair (misalignment signal).',
  checkSegment({ segment, doc, config }) {
    const source = segment.source.text.trim().length;
    // A side with no text at all is a pairing or emptiness problem, reported as such.
    if (source < MIN_SOURCE_CHARS || segment.target.text.trim() === '') return [];
    const lang = language(doc.locales.target);
    const { profile, fallback } = profileFor(lang);
    const [min, max] = config.lengthRatio[lang] ?? (fallback ? DEFAULT_BANDS[lang] : profile.lengthRatio) ?? FALLBACK_BAND;
    const ratio = segment.target.text.trim().length / source;
    if (ratio >= min && ratio <= max) return [];
    return [{ reason: `Unexpected length ratio ${ratio.toFixed(2)} in ${seg(segment)}, expected ${min}–${max} for English → ${lang}`, hint: 'Check that the translation renders the whole English sentence and no neighbouring one.' }];
  },
};
