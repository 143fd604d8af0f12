// Compares the two languages of every segment the model was read from, by typed fact: the
// values (read by the locale layer, each side in its own locale, compared by kind and value),
// the exam codes, and the items of association and workload lists. The model follows the
// English original; each disagreement is recorded with a reader note in both languages.
import type { AlignedDocument, Diagnostic, Segment } from '../sxs/types.ts';
import { useTranslations } from '../i18n/index.ts';
import { compareSegmentValues, type ValueComparison } from '../locale/index.ts';
import type { Competency, Disagreement } from './model.ts';
import { readAssociations } from './read-associations.ts';
import { readWorkloads } from './read-workloads.ts';
import { sentenceOf } from './sentences.ts';
import { MAX_SENTENCE } from './limits.ts';

export interface CrossCheckResult {
  disagreements: Disagreement[];
  /** One warning per disagreement, placed at the translated span. */
  diagnostics: Diagnostic[];
}

/** A fact the two sides disagree on: what the English says, what the translation says instead (absent when it leaves it out). */
interface Fact {
  ruleId: string;
  kind: Disagreement['kind'];
  source: string;
  target?: string;
}

type Pair = ValueComparison['matched'][number];
const isCode = (p: { kind: string }) => p.kind === 'code';
const isExam = (t: { kind: string; codeKind?: string }) => t.kind === 'code' && t.codeKind === 'exam';
const isQuantity = (t: { kind: string }) => ['integer', 'decimal', 'amount', 'percent'].includes(t.kind);

/** Values and exam codes that differ, or that the translation leaves out. */
function valueFacts(segment: Segment, locale: string): Fact[] {
  if (!segment.target.text.trim()) return [];
  const c = compareSegmentValues(segment, 'en', locale);
  const differs = (p: Pair): Fact => ({ ruleId: isCode(p.source) ? 'req-credential-mismatch' : 'req-number-mismatch', kind: isCode(p.source) ? 'credential' : 'number', source: p.source.raw, target: p.target.raw });
  return [
    ...c.differs.filter((p) => isQuantity(p.source) || isExam(p.source)).map(differs),
    ...c.missing.filter((t) => isQuantity(t)).map((t): Fact => ({ ruleId: 'req-number-mismatch', kind: 'number', source: t.raw })),
    ...c.missing.filter(isExam).map((t): Fact => ({ ruleId: 'req-credential-mismatch', kind: 'credential', source: t.raw })),
    ...c.extra.filter(isExam).map((t): Fact => ({ ruleId: 'req-credential-mismatch', kind: 'credential', source: '', target: t.raw })),
  ];
}

function listFacts(segment: Segment, locale: string): Fact[] {
  // Lists of associations and workloads are read in sentences of a real requirement's length only.
  if (segment.source.text.length > MAX_SENTENCE || segment.target.text.length > MAX_SENTENCE) return [];
  const sentence = sentenceOf(segment);
  const read = readAssociations(sentence, locale) ?? readWorkloads(sentence, locale);
  // A translation whose list the grammar cannot read in its language says nothing about its items.
  if (!read || read.aligned.pairs.every((p) => p.target === undefined)) return [];
  return [
    // A name the translation keeps in English ("… ou sur ProPlus") is there, wherever the list reader split.
    ...read.aligned.pairs
      .filter((p) => p.target === undefined && !segment.target.text.toLowerCase().includes(p.source.toLowerCase()))
      .map((p): Fact => ({ ruleId: 'req-list-item-missing', kind: 'list-item', source: p.source })),
    ...read.aligned.extra.map((item): Fact => ({ ruleId: 'req-list-item-extra', kind: 'list-item', source: '', target: item })),
  ];
}

const quoted = (f: Fact, s: string): string => (f.kind === 'list-item' ? `“${s}”` : s);

/** The reader note on a fact, in one language: the English page names the translation's language. */
function note(f: Fact, locale: string, language: string): string {
  const t = useTranslations(locale);
  if (f.target === undefined) return t('note.leaves-out', { language, value: quoted(f, f.source) });
  if (!f.source) return t('note.adds', { language, value: quoted(f, f.target) });
  return t('note.says', { language, source: quoted(f, f.source), target: quoted(f, f.target) });
}

function reason(f: Fact): string {
  if (f.kind === 'list-item' && f.target === undefined) return `Unexpected translated list without “${f.source}”, expected every item of the English original`;
  if (f.kind === 'list-item') return `Unexpected translated list item “${f.target}”, expected only the items of the English original`;
  const what = f.kind === 'number' ? 'number' : 'credential code';
  return `Unexpected ${what} ${f.target ? `“${f.target}”` : 'missing'} in the translation, expected “${f.source || 'none'}” as in the English original`;
}

/** Disagreements between the languages of the segments the model was read from. */
export function crossCheck(doc: AlignedDocument, model: Competency): CrossCheckResult {
  const requirements = model.options.flatMap((o) => o.levels.flatMap((l) => l.requirements));
  const used = new Set(requirements.flatMap((r) => r.segmentIds));
  const locale = doc.locales.target;
  const language = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale.split('-')[0]!) ?? locale;
  const disagreements: Disagreement[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const segment of doc.segments.filter((s) => used.has(s.id))) {
    const requirementIds = requirements.filter((r) => r.segmentIds.includes(segment.id)).map((r) => r.id);
    for (const { ruleId, ...fact } of [...valueFacts(segment, locale), ...listFacts(segment, locale)]) {
      disagreements.push({
        segmentId: segment.id,
        requirementIds,
        ...fact,
        note: { source: note({ ruleId, ...fact }, doc.locales.source, language), target: note({ ruleId, ...fact }, locale, language) },
      });
      diagnostics.push({
        file: doc.file,
        place: segment.target.range.start,
        severity: 'warning',
        ruleId,
        reason: reason({ ruleId, ...fact }),
        hint: `Correct the translation of segment ${segment.id} to match the English original.`,
        segmentId: segment.id,
      });
    }
  }
  return { disagreements, diagnostics };
}
