// Stage 2 of the flow: aligned document → requirement model. Finds options and levels from
// the headings, turns each level into an outline, and reads each item with the skills and
// performance grammars. What neither reads whole is kept whole as a `confirm` requirement
// with the reasons, never as fragments. Then checks the languages against each other.
import { basename } from 'node:path';
import type { AlignedDocument, Diagnostic, Place } from '../sxs/types.ts';
import { crossCheck } from './cross-check.ts';
import type { Draft } from './drafts.ts';
import { findSections, type LevelSection, type OptionSection } from './find-sections.ts';
import { Competency, type CompetencyOption, type ConfirmReason, type Level, type Requirement } from './model.ts';
import { outlineOf, sentencesOf, type OutlineItem, type OutlineNode } from './outline.ts';
import { readPerformance } from './read-performance.ts';
import { readSkills, type Problem } from './read-skills.ts';
import { ids, joinLabel, type Sentence } from './sentences.ts';
import { oddHyphenCodes, plainHyphens } from './read-credentials.ts';
import { LineIndex } from '../sxs/line-index.ts';
import { attachFootnotes, credentialMark, footnoteMark, type Footnote, type FootnoteScan } from './attach-footnotes.ts';
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

// A lead-in written as a paragraph rather than a list item ("Your organization must meet the
// performance thresholds." over a list): the paragraph and the list under it are one item.
const LEAD_IN = /^(?:your organization|partners?|you) must (?:meet|have)\b/i;

function withParagraphLeads(outline: OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (let i = 0; i < outline.length; i++) {
    const node = outline[i]!;
    if (node.kind === 'text' && LEAD_IN.test(node.sentences[0]!.source) && outline[i + 1]?.kind === 'item' && !(outline[i + 1] as OutlineItem).ordered) {
      let j = i + 1;
      while (outline[j]?.kind === 'item' && !(outline[j] as OutlineItem).ordered) j++;
      const children = outline.slice(i + 1, j);
      out.push({ kind: 'item', head: node.sentences, children, all: [...node.sentences, ...children.flatMap(sentencesOf)], ordered: false });
      i = j - 1;
      continue;
    }
    out.push(node);
  }
  return out;
}

/** Reads a level's outline; footnotes and marked credentials go to `scan`, for the page to pair them. */
function readLevel(nodes: OutlineNode[], locale: string, scan: FootnoteScan): Read {
  const outline = withParagraphLeads(nodes);
  const out: Read = { drafts: [], problems: [] };
  for (const sentence of outline.flatMap(sentencesOf)) {
    const mark = credentialMark(sentence);
    if (mark !== undefined) scan.marked.push({ sentence, mark });
  }
  // Loose text after a footnote, up to the next item, continues it.
  let footnote: Footnote | undefined;
  for (const node of outline) {
    if (node.kind === 'item') {
      footnote = undefined;
      const read = readItem(node, locale);
      out.drafts.push(...read.drafts);
      out.problems.push(...read.problems);
      continue;
    }
    const sentences = sentencesOf(node);
    if (node.kind === 'text' && footnoteMark(sentences[0]!) !== undefined) scan.footnotes.push((footnote = { sentences }));
    else if (footnote && node.kind === 'text') scan.footnotes.push({ sentences, lead: footnote });
    else out.drafts.push(confirm(sentences, [{ ruleId: node.kind === 'separator' ? 'req-separator-unexpected' : 'req-item-unknown', reason: `“${sentences[0]!.source}” stands outside any requirement item`, sentence: sentences[0]! }]));
  }
  return out;
}

function toLevel(doc: AlignedDocument, optionKey: string, section: LevelSection, problems: Problem[], scan: FootnoteScan): Level {
  const prefix = `${optionKey}.${section.level}`;
  const read = readLevel(outlineOf(doc, section.nodes), doc.locales.target, scan);
  problems.push(...read.problems);
  const requirements = read.drafts.map((draft, i) => ({ ...draft, id: `${prefix}.${i + 1}`, anchor: section.heading.anchor }) as Requirement);
  return { level: section.level, name: { source: section.heading.source, target: section.heading.target }, anchor: section.heading.anchor, requirements };
}

function toOption(doc: AlignedDocument, section: OptionSection, keys: Set<string>, problems: Problem[], scan: FootnoteScan): CompetencyOption {
  let key = slugify(section.name.source) || 'default';
  for (let n = 2; keys.has(key); n++) key = `${slugify(section.name.source) || 'default'}-${n}`;
  keys.add(key);
  const segmentIds = section.heading?.segmentIds.length ? section.heading.segmentIds : [doc.segments[0]?.id ?? key];
  return { key, name: section.name, anchor: section.heading?.anchor ?? '', segmentIds, levels: section.levels.map((l) => toLevel(doc, key, l, problems, scan)) };
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

const HYPHEN_NAMES: Record<string, string> = { '\u2010': 'U+2010 hyphen', '\u2011': 'U+2011 non-breaking hyphen', '\u2012': 'U+2012 figure dash', '\u2013': 'U+2013 en dash', '\u2212': 'U+2212 minus sign' };

/** A note at each exam code of the model's segments typed with another hyphen than `-`, which the model reads as `-`. */
function codeHyphenDiagnostics(doc: AlignedDocument, model: Competency): Diagnostic[] {
  const used = new Set(model.options.flatMap((o) => o.levels.flatMap((l) => l.requirements.flatMap((r) => r.segmentIds))));
  const lines = new LineIndex(doc.text);
  return doc.segments
    .filter((s) => used.has(s.id))
    .flatMap((s) =>
      (['target', 'source'] as const).flatMap((side) =>
        oddHyphenCodes(s[side].markup).map((c): Diagnostic => ({
          file: doc.file,
          place: lines.place(s[side].range.start.offset + c.index),
          severity: 'info',
          ruleId: 'req-code-hyphen',
          reason: `Unexpected ${HYPHEN_NAMES[c.hyphen] ?? 'hyphen'} in the exam code \`${c.code}\`, expected \`-\``,
          hint: `Type the code with \`-\` (${plainHyphens(c.code)}); the checker reads it as ${plainHyphens(c.code)} meanwhile.`,
          segmentId: s.id,
        })),
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
  const scan: FootnoteScan = { footnotes: [], marked: [] };
  const competencyOptions = sections.options.map((s) => toOption(doc, s, keys, problems, scan));
  const footnotes = attachFootnotes(doc, competencyOptions, scan);
  const draft: Competency = {
    slug: options.slug ?? basename(doc.file).replace(/\.md$/i, ''),
    title: doc.title,
    locales: doc.locales,
    options: competencyOptions,
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
    diagnostics: [...sections.diagnostics, ...footnotes, ...codeHyphenDiagnostics(doc, model), ...confirmDiagnostics(doc, model), ...noteDiagnostics(doc, problems), ...checked.diagnostics],
    report: { typed: all.filter((r) => r.kind !== 'confirm').length, confirm: all.filter((r) => r.kind === 'confirm').length },
  };
}
