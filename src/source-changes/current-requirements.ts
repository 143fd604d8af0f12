// The requirements a partner must meet today: when the English sentences a competency page's
// model was read from changed since the page was translated, the model is read again from the
// document with those sentences in their current English, and each changed requirement sentence
// is named with its difference, so the checker evaluates what the English says now and says so.
import type { PhrasingContent, RootContent } from 'mdast';
import type { Competency } from '../requirements/model.js';
import { extractRequirements } from '../requirements/extract-requirements.js';
import type { AlignedDocument, Segment } from '../sxs/types.js';
import type { SourceComparison } from './compare-source.js';
import { formatWordDiff } from './word-diff.js';

export interface RequirementChange {
  segmentId: string;
  /** The old English with the words removed and added marked, `[-old-]{+new+}`. */
  diff: string;
}

export interface CurrentRequirements {
  model: Competency;
  changes: RequirementChange[];
}

/** Every segment id the model was read from. */
export function modelSegmentIds(model: Competency): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'segmentIds' && Array.isArray(v)) v.forEach((id) => typeof id === 'string' && ids.add(id));
        else walk(v);
      }
    }
  };
  walk(model);
  return ids;
}

/** The document with each changed segment's English replaced by the current English (as plain text). */
export function currentDocument(doc: AlignedDocument, c: SourceComparison): AlignedDocument {
  const now = new Map(c.segments.filter((s) => s.status === 'changed').map((s) => [s.segment.id, s.current!.text]));
  if (!now.size) return doc;
  const phrasing = (text: string): PhrasingContent[] => [{ type: 'text', value: text }];
  const segments = doc.segments.map((s): Segment => {
    const text = now.get(s.id);
    return text === undefined ? s : { ...s, source: { ...s.source, markup: text, text, phrasing: phrasing(text) } };
  });
  const swap = <T>(node: T): T => {
    if (Array.isArray(node)) return node.map(swap) as T;
    if (!node || typeof node !== 'object') return node;
    const n = node as unknown as RootContent & { children?: unknown[] };
    if (n.type === 'sxs' && now.has(n.id)) return { ...n, source: phrasing(now.get(n.id)!) } as T;
    return 'children' in n && Array.isArray(n.children) ? ({ ...n, children: swap(n.children) } as T) : node;
  };
  return { ...doc, segments, tree: swap(doc.tree) };
}

/**
 * The model read from the current English, when a sentence it was read from changed; undefined
 * when none did (the published model stands).
 */
export function currentRequirements(doc: AlignedDocument, model: Competency, c: SourceComparison, slug: string): CurrentRequirements | undefined {
  const used = modelSegmentIds(model);
  const changed = c.segments.filter((s) => s.status === 'changed' && used.has(s.segment.id));
  if (!changed.length) return undefined;
  const { model: current } = extractRequirements(currentDocument(doc, c), { slug });
  return { model: current, changes: changed.map((s) => ({ segmentId: s.segment.id, diff: formatWordDiff(s.diff ?? []) })) };
}
