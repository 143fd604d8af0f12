// Empty or whitespace-only sides. The parser already reports a target with no text at all
// (`sxs-empty-segment`); this adds whitespace-only targets and empty English sources.
import type { Rule } from './rule.js';
import { seg } from './rule.js';

const blank = (markup: string, text: string) => markup.trim() === '' || (text.trim() === '' && !/<(?:img|br)\b|!\[/i.test(markup));

export const emptySegment: Rule = {
  id: 'empty-segment',
  severity: 'error',
  summary: 'A target or source span holds nothing but whitespace: the page shows a gap.',
  checkSegment({ segment, doc }) {
    const out = [];
    const parserSaidSo = doc.diagnostics.some((d) => d.segmentId === segment.id && (d.ruleId === 'sxs-empty-segment' || d.ruleId === 'sxs-orphan-twin' || d.ruleId === 'sxs-missing-twin'));
    if (!parserSaidSo && segment.target.markup !== '' && blank(segment.target.markup, segment.target.text)) {
      out.push({ reason: `Unexpected whitespace-only translation in ${seg(segment)}, expected the translated sentence`, hint: 'Translate the sentence or remove the whole pair.' });
    }
    if (!parserSaidSo && blank(segment.source.markup, segment.source.text)) {
      out.push({ reason: `Unexpected empty English source in ${seg(segment)}, expected the original sentence`, hint: 'Restore the English in the `sxs-lookup` span; translators and the site need it.' });
    }
    return out;
  },
};
