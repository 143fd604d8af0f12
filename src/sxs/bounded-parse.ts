// Every markdown parse of the flow goes through here: markers past their budget defused
// (`defuseMarkers`) and the tree's depth capped (`remarkCapDepth`, which the processor must
// use before remark-gfm), so parsing stays linear in time and bounded in depth on any input.
import type { Root } from 'mdast';
import { defuseMarkers, type MarkerLimitData } from './defuse-markers.js';

export { remarkCapDepth } from './cap-depth.js';

interface Parser {
  parse(text: string): unknown;
}

/**
 * `processor.parse(text)`, with markers over budget read as text and recorded on the root's
 * `data`. `processor` may be a function of the text to parse (`byLiterals`).
 */
export function boundedParse(processor: Parser | ((text: string) => Parser), text: string): Root {
  const defused = defuseMarkers(text);
  const tree = (typeof processor === 'function' ? processor(defused.text) : processor).parse(defused.text) as Root;
  defused.restore(tree);
  if (defused.over.length) ((tree.data ??= {}) as MarkerLimitData).markersOver = defused.over;
  return tree;
}
