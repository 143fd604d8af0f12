// Stage 2 of the flow: aligned document → requirement model. Finds options and levels from
// the headings, hands each numbered requirement to the reader its wording calls for, and keeps
// every sentence no reader understands as an `other` requirement. Then checks the languages.
import { basename } from 'node:path';
import type { ListItem, RootContent } from 'mdast';
import type { AlignedDocument, Diagnostic } from '../sxs/types.ts';
import { crossCheck } from './cross-check.ts';
import type { Draft } from './drafts.ts';
import { findSections, type LevelSection, type OptionSection } from './find-sections.ts';
import { Competency, type CompetencyOption, type Level, type Requirement, type SkillsRequirement } from './model.ts';
import { readPerformance } from './read-performance.ts';
import { readSkills } from './read-skills.ts';
import { ids, joinLabel, sentencesIn, type Sentence } from './sentences.ts';
import { slugify } from './slugify.ts';

export interface ExtractOptions {
  /** Published name of the model. Default: the file name of `doc.file` without `.md`. */
  slug?: string;
}

export interface ExtractResult {
  model: Competency;
  diagnostics: Diagnostic[];
}

const other = (sentences: Sentence[]): Draft => ({ kind: 'other', label: joinLabel(sentences), segmentIds: ids(sentences) });

/** The requirements one numbered item states: read by wording, the unread rest kept whole. */
function readItem(doc: AlignedDocument, item: ListItem): Draft[] {
  // Skills first: their lead-ins count individuals, which the threshold reader would take for amounts.
  const skills = readSkills(doc, item);
  if (skills) return [skills];
  const performance = readPerformance(doc, item);
  if (performance) return [...performance.requirements, ...performance.unread.map((s) => other([s]))];
  const sentences = sentencesIn(doc, item);
  return sentences.length > 0 ? [other(sentences)] : [];
}

/** Footnotes ("*Retiring …") belong to the requirement whose credential carries the mark. */
function attachFootnote(drafts: Draft[], marked: Set<string>, sentences: Sentence[]): boolean {
  const owner = drafts.findLast((d): d is Draft<SkillsRequirement> => d.kind === 'skills' && d.segmentIds.some((id) => marked.has(id)));
  if (!owner) return false;
  owner.notes = [...(owner.notes ?? []), { label: joinLabel(sentences), segmentIds: ids(sentences) }];
  owner.segmentIds = [...new Set([...owner.segmentIds, ...ids(sentences)])];
  return true;
}

function readLevel(doc: AlignedDocument, section: LevelSection): Draft[] {
  const drafts: Draft[] = [];
  const marked = new Set(section.nodes.flatMap((n) => sentencesIn(doc, n)).filter((s) => /\*$/.test(s.source)).map((s) => s.id));
  let footnote = false;
  for (const node of section.nodes as RootContent[]) {
    if (node.type === 'list') {
      node.children.forEach((item) => drafts.push(...readItem(doc, item)));
      continue;
    }
    const sentences = sentencesIn(doc, node);
    if (sentences.length === 0) continue;
    footnote = (footnote || sentences[0]!.source.startsWith('*')) && marked.size > 0;
    if (!(footnote && attachFootnote(drafts, marked, sentences))) drafts.push(other(sentences));
  }
  return drafts;
}

function toLevel(doc: AlignedDocument, optionKey: string, section: LevelSection): Level {
  const prefix = `${optionKey}.${section.level}`;
  const requirements = readLevel(doc, section).map(
    (draft, i) => ({ ...draft, id: `${prefix}.${i + 1}`, anchor: section.heading.anchor }) as Requirement,
  );
  return {
    level: section.level,
    name: { source: section.heading.source, target: section.heading.target },
    anchor: section.heading.anchor,
    requirements,
  };
}

function toOption(doc: AlignedDocument, section: OptionSection, keys: Set<string>): CompetencyOption {
  let key = slugify(section.name.source) || 'default';
  for (let n = 2; keys.has(key); n++) key = `${slugify(section.name.source) || 'default'}-${n}`;
  keys.add(key);
  const segmentIds = section.heading?.segmentIds.length ? section.heading.segmentIds : [doc.segments[0]?.id ?? key];
  return {
    key,
    name: section.name,
    anchor: section.heading?.anchor ?? '',
    segmentIds,
    levels: section.levels.map((l) => toLevel(doc, key, l)),
  };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function unread(doc: AlignedDocument, model: Competency): Diagnostic[] {
  const byId = new Map(doc.segments.map((s) => [s.id, s]));
  return model.options.flatMap((o) =>
    o.levels.flatMap((l) =>
      l.requirements
        .filter((r) => r.kind === 'other')
        .map((r): Diagnostic => {
          const segment = byId.get(r.segmentIds[0]!)!;
          return {
            file: doc.file,
            place: segment.source.range.start,
            severity: 'info',
            ruleId: 'req-unread-sentence',
            reason: `Unexpected requirement wording “${r.label.source.slice(0, 80)}”, expected a threshold, workload list, association, exclusion or credential list`,
            hint: `Kept whole as requirement ${r.id}, answered yes/no in the checker; reword it like the other requirements if it states a number or credential.`,
            segmentId: segment.id,
          };
        }),
    ),
  );
}

/** The requirement model of one aligned document, with what the extractor could not read and where the languages disagree. */
export function extractRequirements(doc: AlignedDocument, options: ExtractOptions = {}): ExtractResult {
  const keys = new Set<string>();
  const data = doc.frontMatter.data;
  const draft: Competency = {
    slug: options.slug ?? basename(doc.file).replace(/\.md$/i, ''),
    title: doc.title,
    locales: doc.locales,
    options: findSections(doc).map((s) => toOption(doc, s, keys)),
    disagreements: [],
    origin: {
      file: doc.file,
      ...(text(data['ms.openlocfilehash']) ? { openlocfilehash: text(data['ms.openlocfilehash']) } : {}),
      ...(text(data['ms.lasthandoff']) ? { lasthandoff: text(data['ms.lasthandoff']) } : {}),
    },
  };
  const checked = crossCheck(doc, draft);
  const model = Competency.parse({ ...draft, disagreements: checked.disagreements });
  return { model, diagnostics: [...unread(doc, model), ...checked.diagnostics] };
}
