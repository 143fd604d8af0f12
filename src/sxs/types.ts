// The aligned document: what one sxs source file is after parsing. Every later stage
// (extraction, rendering, QA, XLIFF) reads this shape and nothing else.
import type { Root } from 'mdast';

/** A point in the source file: 1-based line and column, 0-based character offset. */
export interface Place {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Place;
  end: Place;
}

/** One language side of a segment pair. */
export interface SegmentSide {
  /** The span's inner source, byte for byte (markdown and inline HTML kept). */
  markup: string;
  /** Plain text: markup removed, entities decoded, whitespace kept as written. */
  text: string;
  /**
   * `markup` parsed once as phrasing (mdast, inline constructs only), with positions into the
   * source; the one reading of the segment that rendering, QA and XLIFF share. Front matter
   * values, which YAML decodes, have no positions.
   */
  phrasing: import('mdast').PhrasingContent[];
  /** Where `markup` sits in the source. */
  range: Range;
}

/** Where a segment sits in the page. */
export type SegmentContext = 'front-matter' | 'heading' | 'phrasing' | 'html';

export interface Segment {
  /** The sxs id, e.g. `2ecbe-114` (sentence level) or `d2d10-p105` (paragraph level). */
  id: string;
  /** The part of the id before the last `-`, shared by every segment of a file. */
  prefix: string;
  /** The localized side (`data-ttu-id`). */
  target: SegmentSide;
  /** The English original (`sxs-lookup` / `data-stu-id`). */
  source: SegmentSide;
  /** From the opening `<span data-ttu-id>` to the twin's last `</span>`. */
  range: Range;
  context: SegmentContext;
  /** For front matter segments: the key they belong to (`title`). */
  field?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in content: a message, never an exception. */
export interface Diagnostic {
  file: string;
  place: Place;
  severity: Severity;
  /** Stable kebab-case id, e.g. `sxs-missing-twin`. */
  ruleId: string;
  /** "Unexpected …, expected …" */
  reason: string;
  /** How to fix it. */
  hint?: string;
  /** The segment concerned, when there is one. */
  segmentId?: string;
  /** What makes findings one cause (QA: the term, value kind or wording); findings of one rule and pattern are reported once. */
  pattern?: string;
  /** Every place of a finding that stands for a pattern, this one first. */
  occurrences?: Occurrence[];
}

/** One place where a pattern occurs. */
export interface Occurrence {
  file: string;
  place: Place;
  segmentId?: string;
}

/** An mdast node standing for one segment pair inside phrasing content. */
export interface SxsNode {
  type: 'sxs';
  /** Index into `AlignedDocument.segments`. */
  index: number;
  id: string;
  /** Parsed phrasing content of each side. */
  target: import('mdast').PhrasingContent[];
  source: import('mdast').PhrasingContent[];
  position?: import('unist').Position;
}

/** An mdast node standing for a raw HTML block that contains segment pairs. */
export interface SxsHtmlNode {
  type: 'sxsHtml';
  /** Raw HTML and segment indexes, in source order. */
  parts: Array<{ kind: 'raw'; value: string } | { kind: 'segment'; index: number }>;
  position?: import('unist').Position;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    sxs: SxsNode;
  }
  interface RootContentMap {
    sxs: SxsNode;
    sxsHtml: SxsHtmlNode;
  }
  interface BlockContentMap {
    sxsHtml: SxsHtmlNode;
  }
}

export interface Heading {
  depth: number;
  /** Anchor id: from the source's `<a name>`/`<a id>`, made unique on the page. */
  anchor: string;
  /** Text in the target language and in the English original. */
  target: string;
  source: string;
  segmentIds: string[];
  line: number;
}

export interface Locales {
  /** BCP 47 tag of the localized side, from `ms.contentlocale` (e.g. `de-DE`). */
  target: string;
  /** The English original. */
  source: string;
}

export interface FrontMatter {
  /** The raw YAML text between the fences. */
  raw: string;
  /** Parsed values as written (sxs markup left in). */
  data: Record<string, unknown>;
  range?: Range;
}

export interface AlignedDocument {
  /** Path as given to the parser; used in every diagnostic. */
  file: string;
  /** The decoded text the positions refer to (a leading BOM removed). */
  text: string;
  /** Whether the file started with a byte-order mark. */
  bom: boolean;
  frontMatter: FrontMatter;
  locales: Locales;
  /** Title and description in both languages (front matter, or the first heading / paragraph). */
  title: { target: string; source: string };
  description: { target: string; source: string };
  /** Every segment pair, in document order. */
  segments: Segment[];
  headings: Heading[];
  /** The page structure: mdast with `sxs` and `sxsHtml` nodes in place of the pairs. */
  tree: Root;
  diagnostics: Diagnostic[];
}
