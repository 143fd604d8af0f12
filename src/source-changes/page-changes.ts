// What a page shows of a comparison with the current English: which segments changed or went,
// which new English sentences follow which segment, and how many sentences are out of date.
// Rendering reads this; the words come from the page's UI catalogue.
import type { SegmentChange, SourceComparison } from './compare-source.js';

export interface ChangeLabels {
  /** Before the current English of a changed sentence: "The English original … has changed …". */
  changed: string;
  /** Beside a sentence no longer in the English. */
  removed: string;
  /** Before a new English sentence that has no translation yet. */
  added: string;
  /** The language of these labels (the page's interface language). */
  lang: string;
}

export interface PageChanges {
  /** Changed and removed segments by id (unchanged ones are not listed). */
  segments: Map<string, SegmentChange>;
  /** New English sentences by the id of the segment they follow (`''`: before the first). */
  addedAfter: Map<string, string[]>;
  labels: ChangeLabels;
}

export interface OutdatedCounts {
  changed: number;
  removed: number;
  added: number;
}

export function pageChanges(c: SourceComparison, labels: ChangeLabels): PageChanges {
  const segments = new Map(c.segments.filter((s) => s.status !== 'unchanged').map((s) => [s.segment.id, s]));
  const addedAfter = Map.groupBy(c.added, (a) => a.after ?? '');
  return { segments, addedAfter: new Map([...addedAfter].map(([k, v]) => [k, v.map((a) => a.text)])), labels };
}

export function outdatedCounts(c: SourceComparison): OutdatedCounts {
  return {
    changed: c.segments.filter((s) => s.status === 'changed').length,
    removed: c.segments.filter((s) => s.status === 'removed').length,
    added: c.added.length,
  };
}
