// Stage 2 of the flow: aligned document → requirement model. Finds options and levels from
// the headings, turns each level into an outline, and reads each item with the skills and
// performance grammars. What neither reads whole is kept whole as a `confirm` requirement
// with the reasons, never as fragments. Then checks the languages against each other.
import { basename } from 'node:path';
import type { AlignedDocument, Diagnostic, Place } from '../sxs/types.ts';
import { crossCheck } from './cross-check.ts';
import type { Draft } from './drafts.ts';
import { findSections, type LevelSection, type OptionSection } from './find-sections.ts';
import { Competency, type CompetencyOption, type ConfirmReason, type Level, type Requirement, type SkillsRequirement } from './model.ts';
import { outlineOf, sentencesOf, type OutlineItem, type OutlineNode } from './outline.ts';
import { readPerformance } from './read-performance.ts';
import { readSkills, type Problem } from './read-skills.ts';
import { ids, joinLabel, type Sentence } from './sentences.ts';
import { slugify } from './slugify.ts';
import { MAX_SENTENCE } from './limits.ts';

export interface ExtractOptions {
  /** Published name of the model. Default: the file name of `doc.file` without `.md`. */
  slug?: string;
}

/** What the grammar made of one level's items, for the extraction report. */
export interface ExtractionReport {
  typed: number;
  confirm: number;
}

export interface ExtractResult {
  model: Competency;
  diagnostics: Diagnostic[];
  report: ExtractionReport;
}

interface Read {
  drafts: Draft[];
  problems: Problem[];
}

const reasonOf = (p: Problem): ConfirmReason => ({ ruleId: p.ruleId, reason: p.reason, ...(p.sentence ? { segmentId: p.sentence.id } : {}) });

function confirm(sentences: Sentence[], problems: Problem[]): Draft {
  const reasons = problems.length ? problems.map(reasonOf) : [{ ruleId: 'req-item-unknown', reason: 'the item states no threshold or credential the grammar reads' }];
  return { kind: 'confirm', label: joinLabel(sentences), segmentIds: ids(sentences), reasons };
}

/** One requirement item: typed by a grammar, or kept whole. */
function readItem(item: OutlineItem, locale: string): Read {
  const long = item.all.find((s) => s.source.length > MAX_SENTENCE || s.target.length > MAX_SENTENCE);
  if (long) {
    const problems = [{ ruleId: 'req-sentence-too-long', reason: `a sentence of ${long.source.length} characters, longer than any requirement the grammar reads`, sentence: long }];
    return { drafts: [confirm(item.all, problems)], problems };
  }
  const skills = readSkills(item);
  if (skills && 'draft' in skills) return { drafts: [skills.draft], problems: skills.notes };
  const performance = skills ? undefined : readPerformance(item, locale);
  if (performance && 'drafts' in performance) return { drafts: performance.drafts, problems: [] };
  const problems = (skills && 'problems' in skills ? skills.problems : performance && 'problems' in performance ? performance.problems : []) ?? [];
  return { drafts: item.all.length ? [confirm(item.all, problems)] : [], problems };
}

const FOOTNOTE = /^\\?\*/;

/** Footnotes ("*Retiring …") belong to the requirement whose credential carries the mark. */
function attachFootnote(drafts: Draft[], marked: Set<string>, sentences: Sentence[]): boolean {
  const owner = drafts.findLast((d): d is Draft<SkillsRequirement> => d.kind === 'skills' && d.segmentIds.some((id) => marked.has(id)));
  if (!owner) return false;
  owner.notes = [...(owner.notes ?? []), { label: joinLabel(sentences), segmentIds: ids(sentences) }];
  owner.segmentIds = [...new Set([...owner.segmentIds, ...ids(sentences)])];
  return true;
}

function readLevel(outline: OutlineNode[], locale: string): Read {
  const out: Read = { drafts: [], problems: [] };
  const marked = new Set(outline.flatMap(sentencesOf).filter((s) => /\*\s*$/.test(s.source) && !FOOTNOTE.test(s.source)).map((s) => s.id));
  let footnote = false;
  for (const node of outline) {
    if (node.kind === 'item') {
      footnote = false;
      const read = readItem(node, locale);
      out.drafts.push(...read.drafts);
      out.problems.push(...read.problems);
      continue;
    }
    const sentences = sentencesOf(node);
    footnote = (footnote || FOOTNOTE.test(sentences[0]!.source)) && marked.size > 0;
    if (footnote && attachFootnote(out.drafts, marked, sentences)) continue;
    out.drafts.push(confirm(sentences, [{ ruleId: node.kind === 'separator' ? 'req-separator-unexpected' : 'req-item-unknown', reason: `“${sentences[0]!.source}” stands outside any requirement item`, sentence: sentences[0]! }]));
  }
  return out;
}

function toLevel(doc: AlignedDocument, optionKey: string, section: LevelSection, problems: Problem[]): Level {
  const prefix = `${optionKey}.${section.level}`;
  const read = readLevel(outlineOf(doc, section.nodes), doc.locales.target);
  problems.push(...read.problems);
  const requirements = read.drafts.map((draft, i) => ({ ...draft, id: `${prefix}.${i + 1}`, anchor: section.heading.anchor }) as Requirement);
  return { level: section.level, name: { source: section.heading.source, target: section.heading.target }, anchor: section.heading.anchor, requirements };
}

function toOption(doc: AlignedDocument, section: OptionSection, keys: Set<string>, problems: Problem[]): CompetencyOption {
  let key = slugify(section.name.source) || 'default';
  for (let n = 2; keys.has(key); n++) key = `${slugify(section.name.source) || 'default'}-${n}`;
  keys.add(key);
  const segmentIds = section.heading?.segmentIds.length ? section.heading.segmentIds : [doc.segments[0]?.id ?? key];
  return { key, name: section.name, anchor: section.heading?.anchor ?? '', segmentIds, levels: section.levels.map((l) => toLevel(doc, key, l, problems)) };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function placeOf(doc: AlignedDocument, segmentId: string | undefined): Place {
  const segment = segmentId ? doc.segments.find((s) => s.id === segmentId) : undefined;
  return segment?.source.range.start ?? { line: 1, column: 1, offset: 0 };
}

/** One diagnostic per requirement kept whole, naming what the grammar could not read. */
function confirmDiagnostics(doc: AlignedDocument, model: Competency): Diagnostic[] {
  return model.options.flatMap((o) =>
    o.levels.flatMap((l) =>
      l.requirements.flatMap((r): Diagnostic[] => {
        if (r.kind !== 'confirm') return [];
        const first = r.reasons[0]!;
        return [
          {
            file: doc.file,
            place: placeOf(doc, first.segmentId ?? r.segmentIds[0]),
            severity: 'info',
            ruleId: first.ruleId,
            reason: `Unexpected requirement wording: ${first.reason}, expected a clause the requirement grammar knows (docs/requirements-grammar.md)`,
            hint: `Kept whole as requirement ${r.id}, which partners read and confirm in the checker.`,
            segmentId: first.segmentId ?? r.segmentIds[0]!,
          },
        ];
      }),
    ),
  );
}

/** Notes on readings the grammar made by a stated convention (e.g. "AND before OR"). */
function noteDiagnostics(doc: AlignedDocument, problems: Problem[]): Diagnostic[] {
  return problems
    .filter((p) => p.ruleId === 'req-same-individuals-assumed' || p.ruleId === 'req-precedence-assumed')
    .map((p) => ({
      file: doc.file,
      place: placeOf(doc, p.sentence?.id),
      severity: 'info' as const,
      ruleId: p.ruleId,
      reason: `Unexpected wording that reads two ways: ${p.reason}`,
      hint: 'Say “the same individuals” or group the alternatives so that the wording has one reading.',
      ...(p.sentence ? { segmentId: p.sentence.id } : {}),
    }));
}

/** The requirement model of one aligned document, with what the extractor could not read and where the languages disagree. */
export function extractRequirements(doc: AlignedDocument, options: ExtractOptions = {}): ExtractResult {
  const keys = new Set<string>();
  const data = doc.frontMatter.data;
  const sections = findSections(doc);
  const problems: Problem[] = [];
  const draft: Competency = {
    slug: options.slug ?? basename(doc.file).replace(/\.md$/i, ''),
    title: doc.title,
    locales: doc.locales,
    options: sections.options.map((s) => toOption(doc, s, keys, problems)),
    disagreements: [],
    origin: {
      file: doc.file,
      ...(text(data['ms.openlocfilehash']) ? { openlocfilehash: text(data['ms.openlocfilehash']) } : {}),
      ...(text(data['ms.lasthandoff']) ? { lasthandoff: text(data['ms.lasthandoff']) } : {}),
    },
  };
  const checked = crossCheck(doc, draft);
  const model = Competency.parse({ ...draft, disagreements: checked.disagreements });
  const all = model.options.flatMap((o) => o.levels.flatMap((l) => l.requirements));
  return {
    model,
    diagnostics: [...sections.diagnostics, ...confirmDiagnostics(doc, model), ...noteDiagnostics(doc, problems), ...checked.diagnostics],
    report: { typed: all.filter((r) => r.kind !== 'confirm').length, confirm: all.filter((r) => r.kind === 'confirm').length },
  };
}
