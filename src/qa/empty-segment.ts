// Empty or whitespace-only sides. The parser already reports a target with no text at all
// (`sxs-empty-segment`); this adds whitespace-only targets and empty English sources.
import type { Rule } from './rule.js';
import { seg } from './rule.js';

const blank = (markup: string, text: string) => markup.trim() === '' || (text.trim() === '' && !/<(?:img|br)\b|!\[/i.test(markup));

/** Parser findings that already explain an empty side: the pair lost it, so saying so again is noise. */
const PAIRING_RULES = new Set(['sxs-empty-segment', 'sxs-orphan-twin', 'sxs-missing-twin', 'sxs-unclosed-span', 'sxs-malformed-twin']);

export const emptySegment: Rule = {
  id: 'empty-segment',
  severity: 'error',
  summary: 'A target or source span holds nothing but whitespace: the page shows a gap.',
  checkSegment({ segment, doc }) {
    const out = [];
    const parserSaidSo = doc.diagnostics.some((d) => d.segmentId === segment.id && PAIRING_RULES.has(d.ruleId));
    if (!parserSaidSo && segment.target.markup !== '' && blank(segment.target.markup, segment.target.text)) {
      out.push({ reason: `Unexpected whitespace-only translation in ${seg(segment)}, expected the translated sentence`, hint: 'Translate the sentence or remove the whole pair.' });
    }
    if (!parserSaidSo && blank(segment.source.markup, segment.source.text)) {
      out.push({ reason: `Unexpected empty English source in ${seg(segment)}, expected the original sentence`, hint: 'Restore the English in the `sxs-lookup` span; translators and the site need it.' });
    }
    return out;
  },
};
