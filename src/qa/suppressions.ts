// Suppression of findings for one segment: an HTML comment on the line before the segment
// (`<!-- tandem-qa-disable rule-id other-rule -->`, no ids for every rule) or a config entry.
import type { AlignedDocument, Diagnostic } from '../sxs/types.js';
import type { QaConfig } from './load-qa-config.js';

const COMMENT = /<!--\s*tandem-qa-disable\b([^>]*?)-->/g;

/** Rule ids disabled per segment id by inline comments; an empty set disables every rule. */
export function inlineSuppressions(doc: AlignedDocument): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of doc.text.matchAll(COMMENT)) {
    const end = m.index + m[0].length;
    const line = doc.text.slice(0, end).split('\n').length;
    // The comment governs the first segment that starts after it, on its own line or the next.
    const next = doc.segments.find((s) => s.range.start.offset >= end);
    if (!next || next.range.start.line > line + 1) continue;
    const ids = m[1]!.split(/[\s,]+/).filter(Boolean);
    out.set(next.id, new Set([...(out.get(next.id) ?? []), ...ids]));
  }
  return out;
}

/** Whether a diagnostic is switched off for its segment by a comment or by the config. */
export function suppressor(docs: AlignedDocument[], config: QaConfig): (d: Diagnostic) => boolean {
  const inline = new Map(docs.map((doc) => [doc.file, inlineSuppressions(doc)]));
  return (d) => {
    if (!d.segmentId) return false;
    const ids = inline.get(d.file)?.get(d.segmentId);
    if (ids && (ids.size === 0 || ids.has(d.ruleId))) return true;
    return config.suppress.some((s) => s.segment === d.segmentId && (!s.rules || s.rules.includes(d.ruleId)) && (!s.file || d.file.replace(/\\/g, '/').endsWith(s.file)));
  };
}
