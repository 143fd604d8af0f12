// Every markdown parse of the flow goes through here: markers past their budget defused
// (`defuseMarkers`) and the tree's depth capped (`remarkCapDepth`, which the processor must
// use before remark-gfm), so parsing stays linear in time and bounded in depth on any input.
import type { Root } from 'mdast';
import { defuseMarkers, type MarkerLimitData } from './defuse-markers.js';

export { remarkCapDepth } from './cap-depth.js';

/** `processor.parse(text)`, with markers over budget read as text and recorded on the root's `data`. */
export function boundedParse(processor: { parse(text: string): unknown }, text: string): Root {
  const defused = defuseMarkers(text);
  const tree = processor.parse(defused.text) as Root;
  defused.restore(tree);
  if (defused.over.length) ((tree.data ??= {}) as MarkerLimitData).markersOver = defused.over;
  return tree;
}
