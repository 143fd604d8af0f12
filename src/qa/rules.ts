// The rule registry: every QA rule, in the order of the families.
import { inconsistentSource, inconsistentTranslation } from './consistency.js';
import { emptySegment } from './empty-segment.js';
import { lengthRatio } from './length-ratio.js';
import { linkMismatch } from './links.js';
import { markupMismatch, markupUnbalanced } from './markup-parity.js';
import { missingTerm } from './missing-term.js';
import { numberFormat, numberMismatch, numberMissing } from './numbers.js';
import { segmentOrder } from './pair-integrity.js';
import { doubledSpace, doubledWord, endPunctuation, unpairedBracket } from './punctuation.js';
import type { Rule } from './rule.js';
import { sameAsSource } from './same-as-source.js';
import { spacingLost } from './spacing.js';

export const rules: readonly Rule[] = [
  segmentOrder,
  emptySegment,
  sameAsSource,
  numberMismatch,
  numberMissing,
  numberFormat,
  spacingLost,
  linkMismatch,
  markupUnbalanced,
  markupMismatch,
  missingTerm,
  lengthRatio,
  inconsistentTranslation,
  inconsistentSource,
  unpairedBracket,
  doubledWord,
  doubledSpace,
  endPunctuation,
];

/** Parser rules that arrive as the documents' own diagnostics (pair integrity and source health). */
export const PARSER_RULE_PREFIX = 'sxs-';
