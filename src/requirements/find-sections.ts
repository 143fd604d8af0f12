// Finds the page's shape from its headings: options ("X option", "Option: X") and, under
// each, the levels ("Silver", "Gold level", a bold "Silver" paragraph) with the content that
// states their requirements. A heading that names a level in a form the grammar does not
// know is reported, never silently dropped.
import type { RootContent } from 'mdast';
import type { AlignedDocument, Diagnostic, Heading } from '../sxs/types.ts';
import { sentencesIn } from './sentences.ts';
import { tidyLabel } from './clauses.ts';

export type LevelName = 'silver' | 'gold';

export interface LevelSection {
  level: LevelName;
  heading: Heading;
  /** Everything between the level heading and the next heading of the same or a higher rank. */
  nodes: RootContent[];
}

export interface OptionSection {
  /** Absent when the page states levels without naming an option. */
  heading?: Heading;
  name: { target: string; source: string };
  levels: LevelSection[];
}

export interface Sections {
  options: OptionSection[];
  diagnostics: Diagnostic[];
}

/** Option and level headings are a few words; longer text is neither. */
const MAX_HEADING = 200;


// "Managed Service Partner option", "Option: Azure Consumption", "Option 2 – Azure Consumption".
const OPTION_AFTER = /^(.*?)[\s-]*\boption$/i;
const OPTION_BEFORE = /^option(?:\s+\d+)?\s*[:–—-]\s*(.+)$/i;
const OPTION_TARGET = /^(.*?)[\s-]+(?:option|Option)$/;
// "Silver", "Silver level", "Gold competency", "The Gold level requirements", "Silver competency level".
const LEVEL = /^(?:the\s+)?(silver|gold)(?:\s+(?:level|competency|competency level|partner))?(?:\s+requirements?)?$/i;
const MENTIONS_LEVEL = /\b(silver|gold)\b/i;

/** The option name without the word "option", or `undefined` when the heading names no option. */
export function optionName(heading: Pick<Heading, 'source' | 'target'>): { target: string; source: string } | undefined {
  if (heading.source.length > MAX_HEADING) return undefined;
  const text = tidyLabel(heading.source);
  const source = OPTION_AFTER.exec(text)?.[1] || OPTION_BEFORE.exec(text)?.[1];
  if (!source) return undefined;
  const target = tidyLabel(heading.target);
  return { source, target: OPTION_TARGET.exec(target)?.[1] || OPTION_BEFORE.exec(target)?.[1] || target };
}

export const levelName = (heading: Pick<Heading, 'source'>): LevelName | undefined =>
  heading.source.length > MAX_HEADING ? undefined : (LEVEL.exec(tidyLabel(heading.source))?.[1]!.toLowerCase() as LevelName | undefined);

/** A paragraph that is nothing but a level name ("**Silver**") stands for a level heading. */
function paragraphHeading(doc: AlignedDocument, node: RootContent, depth: number): Heading | undefined {
  if (node.type !== 'paragraph') return undefined;
  const sentences = sentencesIn(doc, node);
  if (sentences.length !== 1 || !levelName(sentences[0]!)) return undefined;
  const s = sentences[0]!;
  return { depth, anchor: `s-${s.id}`, source: s.source, target: s.target, segmentIds: [s.id], line: s.segment.range.start.line };
}

function unknownLevel(doc: AlignedDocument, heading: Heading): Diagnostic {
  return {
    file: doc.file,
    place: { line: heading.line, column: 1, offset: 0 },
    severity: 'warning',
    ruleId: 'req-level-heading-unknown',
    reason: `Unexpected heading “${heading.source}” naming a level, expected “Silver”, “Gold”, “Silver level” or “Gold competency”`,
    hint: 'The requirements under it are not part of the checker; name the level alone in the heading.',
    ...(heading.segmentIds[0] ? { segmentId: heading.segmentIds[0] } : {}),
  };
}

/** Options and their levels in page order; a level before any option heading opens an unnamed option. */
export function findSections(doc: AlignedDocument): Sections {
  const byLine = new Map(doc.headings.map((h) => [h.line, h]));
  const options: OptionSection[] = [];
  const diagnostics: Diagnostic[] = [];
  let level: LevelSection | undefined;
  const open = (found: LevelName, heading: Heading): void => {
    if (options.length === 0) options.push({ name: doc.title, levels: [] });
    level = { level: found, heading, nodes: [] };
    options.at(-1)!.levels.push(level);
  };
  for (const node of doc.tree.children) {
    const heading = node.type === 'heading' ? byLine.get(node.position?.start.line ?? -1) : undefined;
    if (node.type === 'heading') {
      // A sub-heading inside a level ("Performance requirements") belongs to that level.
      if (level && heading && heading.depth > level.heading.depth && !levelName(heading) && !optionName(heading)) {
        level.nodes.push(node);
        continue;
      }
      level = undefined;
      if (!heading) continue;
      const name = optionName(heading);
      const found = levelName(heading);
      if (name) options.push({ heading, name, levels: [] });
      else if (found) open(found, heading);
      else if (heading.source.length <= MAX_HEADING && MENTIONS_LEVEL.test(heading.source) && options.length > 0) diagnostics.push(unknownLevel(doc, heading));
      continue;
    }
    const inline = paragraphHeading(doc, node, (level?.heading.depth ?? 3) + 0);
    if (inline && (options.length > 0 || level)) {
      open(levelName(inline)!, inline);
      continue;
    }
    level?.nodes.push(node);
  }
  return { options: options.filter((o) => o.levels.length > 0), diagnostics };
}
