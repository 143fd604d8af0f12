// The locale layer (floor 1, beside src/sxs/): everything that depends on a language, for every
// stage. Profiles per language, one reader of values in running text, one comparer of a segment
// pair's values, one reader of typed input, one message formatter. This index only re-exports.
export { languageOf } from './language-of.ts';
export { conjunctionOf, profileFor, profileLanguages, profileSchema, type Profile, type ProfileLookup } from './profile.ts';
export {
  constructs,
  normalizeCode,
  readValue,
  readValues,
  type CodeToken,
  type DateFields,
  type DateToken,
  type NumericKind,
  type NumericToken,
  type PointToken,
  type RangeToken,
  type ReadValuesOptions,
  type TimeToken,
  type ValueKind,
  type ValueToken,
} from './read-values.ts';
export { compareSegmentValues, compareValues, describeValue, isOptional, type ValueComparison, type ValuePair } from './compare-values.ts';
export { parseInput, readingsOf, type InputReading } from './parse-input.ts';
export { formatMessage, pluralKey, translator, type MessageVars } from './format-message.ts';
