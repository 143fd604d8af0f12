// Finds the page's shape from its headings: options ("X option" / "X-Option") and, under
// each, the levels ("Silver", "Gold") with the content that states their requirements.
import type { RootContent } from 'mdast';
import type { AlignedDocument, Heading } from '../sxs/types.ts';

export type LevelName = 'silver' | 'gold';

export interface LevelSection {
  level: LevelName;
  heading: Heading;
  /** Everything between the level heading and the next heading. */
  nodes: RootContent[];
}

export interface OptionSection {
  /** Absent when the page states levels without naming an option. */
  heading?: Heading;
  name: { target: string; source: string };
  levels: LevelSection[];
}

const OPTION = { source: /^(.*?)[\s-]*\boption$/i, target: /^(.*?)[\s-]+option$/i };
const LEVEL = /^(silver|gold)$/i;

/** The option name without the word "option", or `undefined` when the heading names no option. */
export function optionName(heading: Pick<Heading, 'source' | 'target'>): { target: string; source: string } | undefined {
  const source = OPTION.source.exec(heading.source.trim())?.[1];
  if (!source) return undefined;
  return { source, target: OPTION.target.exec(heading.target.trim())?.[1] || heading.target.trim() };
}

export const levelName = (heading: Pick<Heading, 'source'>): LevelName | undefined =>
  LEVEL.exec(heading.source.trim())?.[1]!.toLowerCase() as LevelName | undefined;

/** Options and their levels in page order; a level before any option heading opens an unnamed option. */
export function findSections(doc: AlignedDocument): OptionSection[] {
  const byLine = new Map(doc.headings.map((h) => [h.line, h]));
  const options: OptionSection[] = [];
  let level: LevelSection | undefined;
  for (const node of doc.tree.children) {
    const heading = node.type === 'heading' ? byLine.get(node.position?.start.line ?? -1) : undefined;
    if (node.type === 'heading') {
      level = undefined;
      if (!heading) continue;
      const name = optionName(heading);
      const found = levelName(heading);
      if (name) options.push({ heading, name, levels: [] });
      else if (found) {
        if (options.length === 0) options.push({ name: doc.title, levels: [] });
        level = { level: found, heading, nodes: [] };
        options.at(-1)!.levels.push(level);
      }
      continue;
    }
    level?.nodes.push(node);
  }
  return options.filter((o) => o.levels.length > 0);
}
