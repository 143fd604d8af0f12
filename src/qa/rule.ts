// What a QA rule is: a stable id, a default severity and a check over segments or over the
// whole set of documents. `run-qa.ts` turns what a rule finds into diagnostics.
import type { AlignedDocument, Segment, Severity } from '../sxs/types.js';
import type { QaConfig } from './load-qa-config.js';

/** What a rule says about one segment: "Unexpected …, expected …" plus a hint. */
export interface RuleMessage {
  reason: string;
  hint?: string;
  /**
   * The cause this message is one occurrence of (a term, a value kind, a wording): messages of
   * one rule with one pattern are reported once, with their occurrences. Default: its own finding.
   */
  pattern?: string;
}

/** A message tied to the segment it concerns (the diagnostic points at its target span). */
export interface Finding extends RuleMessage {
  doc: AlignedDocument;
  segment: Segment;
}

export interface SegmentInput {
  segment: Segment;
  doc: AlignedDocument;
  config: QaConfig;
}

export interface Rule {
  /** Stable kebab-case id, used in output, config and suppression comments. */
  id: string;
  /** Used unless the config sets another. */
  severity: Severity;
  /** One line for the rules table and SARIF. */
  summary: string;
  /** Checks one segment pair on its own. */
  checkSegment?: (input: SegmentInput) => RuleMessage[];
  /** Checks one document as a whole (the order of its ids and the like). */
  checkDocument?: (doc: AlignedDocument, config: QaConfig) => Finding[];
  /** Checks across every document of the run (consistency and the like). */
  checkDocuments?: (docs: AlignedDocument[], config: QaConfig) => Finding[];
}

/** `2ecbe-114` → "segment `2ecbe-114`", the way every message names a segment. */
export const seg = (segment: Segment): string => `segment \`${segment.id}\``;
