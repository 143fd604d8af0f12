// Footnotes go to the requirement whose credential carries their mark, wherever they stand;
// a footnote marking nothing is a warning, never a requirement. Codes typed with another hyphen
// are read with `-`, with a note.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import type { Competency, Requirement } from '../../src/requirements/model.ts';
import { readCredential } from '../../src/requirements/read-credentials.ts';
import { pageBuilder, sentence } from './sxs-page.ts';

/** A page with one option, Silver and Gold, each body's `{English}` a pair whose German is `DE English`. */
function twoLevels(silver: string[], gold: string[]) {
  const { seg, page } = pageBuilder();
  const body = (lines: string[]) => lines.map((l) => l.replace(/\{([^{}]+)\}/g, (_, en: string) => seg(`DE ${en}`, en)));
  return page(`## ${seg('X-Option', 'X option')}`, '', `### ${seg('Silver', 'Silver')}`, ...body(silver), '', `### ${seg('Gold', 'Gold')}`, ...body(gold));
}

const exams = (n: number, marked = '') => [
  `1. {Your organization must have **${n}** individuals pass the exam requirements.}`,
  `    - {**${n}** individuals must pass one of the following exams:}`,
  `        - {[Exam 70-10${n}](https://example.com/a): First${marked}}`,
  `        - {[Exam 70-20${n}](https://example.com/b): Second}`,
];

const all = (m: Competency): Requirement[] => m.options.flatMap((o) => o.levels.flatMap((l) => l.requirements));
const notesOf = (r: Requirement) => ('notes' in r && r.kind !== 'performance' ? (r.notes ?? []) : []).map((n) => n.label.source);
const levels = (m: Competency) => m.options[0]!.levels.map((l) => `${l.level}: ${l.requirements.map((r) => `${r.kind} ${notesOf(r).join(' | ')}`.trim()).join(', ')}`);

describe('footnotes', () => {
  it('attach to the marked credential of the level above when they stand under the next level', () => {
    const { model, diagnostics } = extractRequirements(twoLevels(exams(1, '*'), [...exams(2), '', '{*Retiring December 31, 2017.} {This exam is replaced.}', '', '{Register for the replacement exam.}']));
    expect(levels(model)).toEqual(['silver: skills *Retiring December 31, 2017. This exam is replaced. | Register for the replacement exam.', 'gold: skills']);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('attach to an item kept whole when its credential carries the mark', () => {
    const { model } = extractRequirements(twoLevels(['1. {Partners must hold the [Exam 70-300](https://example.com/c) credential or better*}', '', '{*Retiring soon.}'], exams(2)));
    expect(levels(model)).toEqual(['silver: confirm *Retiring soon.', 'gold: skills']);
  });

  it('go to the nearest credential with the same number of marks', () => {
    const { model } = extractRequirements(twoLevels(exams(1, '**'), [...exams(2, '*'), '', '{**Retiring in March.}', '', '{*Retiring in June.}']));
    expect(levels(model)).toEqual(['silver: skills **Retiring in March.', 'gold: skills *Retiring in June.']);
  });

  it('that mark nothing are a warning at the footnote, not a requirement', () => {
    const { model, diagnostics } = extractRequirements(twoLevels(exams(1), [...exams(2), '', '{*Retiring December 31, 2017.}']));
    expect(levels(model)).toEqual(['silver: skills', 'gold: skills']);
    expect(diagnostics.filter((d) => d.ruleId === 'req-footnote-unmarked').map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^test\.md:\d+:\d+ warning req-footnote-unmarked Unexpected footnote “\*Retiring December 31, 2017\.” that no credential on the page is marked for, expected a credential item ending in `\*` \(Mark the credential/),
    ]);
  });
});

describe('exam codes typed with another hyphen', () => {
  it.each([['\u2011'], ['\u2010'], ['\u2012'], ['\u2013']])('read %j as `-`', (hyphen) => {
    const credential = readCredential(sentence(`[Exam 70${hyphen}347](https://example.com/x): Enabling Office 365 Services`, `[Prüfung 70${hyphen}347](https://example.com/x): Enabling Office 365 Services`));
    expect(credential).toMatchObject({ kind: 'exam', code: '70-347', key: 'exam-70-347' });
  });

  it('are read in a page with a note at the code', () => {
    const lines = exams(1).map((l) => l.replace('70-101', '70\u2011101'));
    const { model, diagnostics } = extractRequirements(twoLevels(lines, exams(2)));
    expect(JSON.stringify(model)).toContain('"code":"70-101"');
    const notes = diagnostics.filter((d) => d.ruleId === 'req-code-hyphen');
    expect(notes.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^test\.md:\d+:\d+ info req-code-hyphen Unexpected U\+2011 non-breaking hyphen in the exam code `70\u2011101`, expected `-` \(Type the code with `-` \(70-101\); the checker reads it as 70-101 meanwhile\.\)$/),
      expect.stringMatching(/req-code-hyphen/),
    ]);
    // The note points at the code itself, on each side.
    const page = twoLevels(lines, exams(2));
    for (const d of notes) expect(page.text.split('\n')[d.place.line - 1]!.slice(d.place.column - 1)).toMatch(/^70\u2011101/);
  });
});
