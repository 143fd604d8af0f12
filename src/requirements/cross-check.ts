// Compares the two languages of every segment the model was read from: numbers (each in its
// own locale's format), credential codes, and the items of association and workload lists.
// The model follows the English original; each disagreement is recorded for the reader.
import type { AlignedDocument, Diagnostic, Segment } from '../sxs/types.ts';
import { findNumbers } from './find-numbers.ts';
import type { Competency, Disagreement } from './model.ts';
import { readAssociations } from './read-associations.ts';
import { credentialCodes } from './read-credentials.ts';
import { readWorkloads } from './read-workloads.ts';
import { sentenceOf } from './sentences.ts';
import { unmatched } from '../util/unmatched.ts';

export interface CrossCheckResult {
  disagreements: Disagreement[];
  /** One warning per disagreement, placed at the translated span. */
  diagnostics: Diagnostic[];
}

type Finding = Omit<Disagreement, 'segmentId' | 'requirementIds'> & { ruleId: string };

const FOLLOWS = { source: 'this page follows the English original', target: 'maßgeblich ist das englische Original' };

function numberFindings(segment: Segment, locale: string): Finding[] {
  const mask = (t: string): string => credentialCodes(t).reduce((acc, code) => acc.replaceAll(code, ' '), t);
  const en = findNumbers(mask(segment.source.text), 'en');
  const de = findNumbers(mask(segment.target.text), segment.target.text === '' ? 'en' : locale);
  const missing = unmatched(en.map((n) => n.value), de.map((n) => n.value));
  const extra = unmatched(de.map((n) => n.value), en.map((n) => n.value));
  const raw = (list: typeof en, value: number): string => list.find((n) => n.value === value)!.raw;
  const count = Math.max(missing.length, extra.length);
  return Array.from({ length: count }, (_, i): Finding => {
    const source = missing[i] === undefined ? '' : raw(en, missing[i]!);
    const target = extra[i] === undefined ? undefined : raw(de, extra[i]!);
    const said = { source: target ? `says ${target} where the English original says ${source || 'no number'}` : `leaves out ${source}`, target: target ? `nennt ${target}, das englische Original ${source || 'keine Zahl'}` : `lässt ${source} aus` };
    return {
      ruleId: 'req-number-mismatch',
      kind: 'number',
      source,
      ...(target ? { target } : {}),
      note: { source: `The translation ${said.source}; ${FOLLOWS.source}.`, target: `Die Übersetzung ${said.target}; ${FOLLOWS.target}.` },
    };
  });
}

function codeFindings(segment: Segment, _locale: string): Finding[] {
  const en = credentialCodes(segment.source.text);
  const de = credentialCodes(segment.target.text);
  const missing = unmatched(en, de);
  const extra = unmatched(de, en);
  return [
    ...missing.map((code, i): Finding => ({
      ruleId: 'req-credential-mismatch',
      kind: 'credential',
      source: code,
      ...(extra[i] ? { target: extra[i] } : {}),
      note: extra[i]
        ? { source: `The translation names ${extra[i]} where the English original names ${code}; ${FOLLOWS.source}.`, target: `Die Übersetzung nennt ${extra[i]}, das englische Original ${code}; ${FOLLOWS.target}.` }
        : { source: `The translation leaves out ${code}; ${FOLLOWS.source}.`, target: `Die Übersetzung lässt ${code} aus; ${FOLLOWS.target}.` },
    })),
    ...extra.slice(missing.length).map((code): Finding => ({
      ruleId: 'req-credential-mismatch',
      kind: 'credential',
      source: '',
      target: code,
      note: { source: `The translation adds ${code}, which the English original does not name; ${FOLLOWS.source}.`, target: `Die Übersetzung nennt zusätzlich ${code}, das englische Original nicht; ${FOLLOWS.target}.` },
    })),
  ];
}

function listFindings(segment: Segment, _locale: string): Finding[] {
  const sentence = sentenceOf(segment);
  const read = readAssociations(sentence) ?? readWorkloads(sentence);
  if (!read) return [];
  const missing = read.aligned.pairs.filter((p) => p.target === undefined).map((p): Finding => ({
    ruleId: 'req-list-item-missing',
    kind: 'list-item',
    source: p.source,
    note: { source: `The translation leaves out “${p.source}”; ${FOLLOWS.source}.`, target: `Die Übersetzung lässt „${p.source}“ aus; ${FOLLOWS.target}.` },
  }));
  const extra = read.aligned.extra.map((item): Finding => ({
    ruleId: 'req-list-item-extra',
    kind: 'list-item',
    source: '',
    target: item,
    note: { source: `The translation adds “${item}”, which the English original does not list; ${FOLLOWS.source}.`, target: `Die Übersetzung nennt zusätzlich „${item}“, das englische Original nicht; ${FOLLOWS.target}.` },
  }));
  return [...missing, ...extra];
}

const CHECKS = [numberFindings, codeFindings, listFindings];

function reason(f: Finding): string {
  if (f.kind === 'list-item' && f.target === undefined) return `Unexpected translated list without “${f.source}”, expected every item of the English original`;
  if (f.kind === 'list-item') return `Unexpected translated list item “${f.target}”, expected only the items of the English original`;
  const what = f.kind === 'number' ? 'number' : 'credential code';
  return `Unexpected ${what} ${f.target ? `“${f.target}”` : 'missing'} in the translation, expected “${f.source || 'none'}” as in the English original`;
}

/** Disagreements between the languages of the segments the model was read from. */
export function crossCheck(doc: AlignedDocument, model: Competency): CrossCheckResult {
  const requirements = model.options.flatMap((o) => o.levels.flatMap((l) => l.requirements));
  const used = new Set(requirements.flatMap((r) => r.segmentIds));
  const disagreements: Disagreement[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const segment of doc.segments.filter((s) => used.has(s.id))) {
    const requirementIds = requirements.filter((r) => r.segmentIds.includes(segment.id)).map((r) => r.id);
    for (const { ruleId, ...finding } of CHECKS.flatMap((check) => check(segment, doc.locales.target))) {
      // Reader notes exist in German and English; other translations get the English one.
      const note = doc.locales.target.toLowerCase().startsWith('de') ? finding.note : { ...finding.note, target: finding.note.source };
      disagreements.push({ segmentId: segment.id, requirementIds, ...finding, note });
      diagnostics.push({
        file: doc.file,
        place: segment.target.range.start,
        severity: 'warning',
        ruleId,
        reason: reason({ ruleId, ...finding }),
        hint: `Correct the translation of segment ${segment.id} to match the English original.`,
        segmentId: segment.id,
      });
    }
  }
  return { disagreements, diagnostics };
}
