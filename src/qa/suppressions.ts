// Suppression of findings: an HTML comment on the line before a segment
// (`<!-- tandem-qa-disable rule-id other-rule -->`, no ids for every rule), or a config entry
// naming a segment or a pattern (the term, value kind or wording a grouped finding names).
import type { AlignedDocument, Diagnostic } from '../sxs/types.js';
import type { QaConfig } from './load-qa-config.js';

const OPEN = '<!--';
const CLOSE = '-->';
const DIRECTIVE = /^\s*tandem-qa-disable(?![\w-])/;

/** Each `<!-- … -->` comment of a text with the offset after it, found with `indexOf` so a text of unclosed comments stays linear. */
function* comments(text: string): Generator<{ body: string; end: number }> {
  let from = 0;
  for (;;) {
    const start = text.indexOf(OPEN, from);
    if (start < 0) return;
    const close = text.indexOf(CLOSE, start + OPEN.length);
    if (close < 0) return;
    yield { body: text.slice(start + OPEN.length, close), end: close + CLOSE.length };
    from = close + CLOSE.length;
  }
}

/** Rule ids disabled per segment id by inline comments; an empty set disables every rule. */
export function inlineSuppressions(doc: AlignedDocument): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let line = 1;
  let counted = 0;
  let next = 0;
  for (const { body, end } of comments(doc.text)) {
    const directive = DIRECTIVE.exec(body);
    if (!directive) continue;
    for (; counted < end; counted++) if (doc.text.charCodeAt(counted) === 10) line++;
    // The comment governs the first segment that starts after it, on its own line or the next.
    while (next < doc.segments.length && doc.segments[next]!.range.start.offset < end) next++;
    const segment = doc.segments[next];
    if (!segment || segment.range.start.line > line + 1) continue;
    const ids = body.slice(directive[0].length).split(/[\s,]+/).filter(Boolean);
    out.set(segment.id, new Set([...(out.get(segment.id) ?? []), ...ids]));
  }
  return out;
}

type Entry = QaConfig['suppress'][number];

const fileMatches = (s: Entry, d: Diagnostic) => !s.file || d.file.replace(/\\/g, '/').endsWith(s.file);
const ruleMatches = (s: Entry, d: Diagnostic) => !s.rules || s.rules.includes(d.ruleId);
const targetMatches = (s: Entry, d: Diagnostic) => (s.segment === undefined || s.segment === d.segmentId) && (s.pattern === undefined || s.pattern === d.pattern);

/** Whether a diagnostic is switched off for its segment by a comment, or by the config for its segment or pattern. */
export function suppressor(docs: AlignedDocument[], config: QaConfig): (d: Diagnostic) => boolean {
  const inline = new Map(docs.map((doc) => [doc.file, inlineSuppressions(doc)]));
  return (d) => {
    const ids = d.segmentId === undefined ? undefined : inline.get(d.file)?.get(d.segmentId);
    if (ids && (ids.size === 0 || ids.has(d.ruleId))) return true;
    return config.suppress.some((s) => targetMatches(s, d) && ruleMatches(s, d) && fileMatches(s, d));
  };
}
