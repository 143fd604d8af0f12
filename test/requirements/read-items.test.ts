// The list-item readers on small pages: wording they know becomes facts, wording they do not
// know stays whole as an `other` requirement in both languages.
import { describe, expect, it } from 'vitest';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import { readPerformance } from '../../src/requirements/read-performance.ts';
import { readSkills } from '../../src/requirements/read-skills.ts';
import type { List } from 'mdast';
import { pageBuilder } from './sxs-page.ts';

const { seg, page } = pageBuilder('fffff');
const firstItem = (doc: ReturnType<typeof page>) => (doc.tree.children.find((n) => n.type === 'list') as List).children[0]!;

describe('readPerformance', () => {
  it('keeps a sentence it does not understand for an `other` requirement', () => {
    const { seg, page } = pageBuilder();
    const doc = page(
      `1. ${seg('Ihre Organisation muss die Leistungsschwellenwerte erfüllen.', 'Your organization must meet the performance thresholds.')}`,
      `    - ${seg('Partner müssen 300 neue Kunden gewinnen.', 'Partners must add 300 new customers.')}`,
      `    - ${seg('Kunden müssen zufrieden sein.', 'Customers must be happy.')}`,
    );
    const read = readPerformance(doc, firstItem(doc))!;
    expect(read.requirements.map((r) => [r.unit, r.thresholds.map((t) => t.value), r.segmentIds])).toEqual([['new-customers', [300], ['abcde-100', 'abcde-101']]]);
    expect(read.unread.map((s) => [s.id, s.source, s.target])).toEqual([['abcde-102', 'Customers must be happy.', 'Kunden müssen zufrieden sein.']]);
  });

  it('reads nothing from an item without an amount', () => {
    const doc = page(`1. ${seg('Ihre Organisation muss die Leistungsschwellenwerte erfüllen.', 'Your organization must meet the performance thresholds.')}`);
    expect(readPerformance(doc, firstItem(doc))).toBeUndefined();
  });
});

describe('readSkills', () => {
  it('reads a one-of list straight under the lead-in', () => {
    const doc = page(
      `1. ${seg('**3** Personen müssen das Assessment bestehen.', 'Your organization must have **3** individuals pass the required assessment.')}`,
      `    - ${seg('Technical Assessment A', 'Technical Assessment A')}`,
      `    - ${seg('Technical Assessment B', 'Technical Assessment B')}`,
    );
    const read = readSkills(doc, firstItem(doc))!;
    expect([read.individuals, read.routes.map((r) => [r.mode, r.credentials.map((c) => c.kind)])]).toEqual([3, [['one-of', ['assessment', 'assessment']]]]);
  });

  it('declines a lead-in that names no number of individuals', () => {
    const doc = page(`1. ${seg('Einige Personen müssen bestehen.', 'Some individuals must pass.')}`, `    - ${seg('Prüfung 70-100', 'Exam 70-100')}`);
    expect(readSkills(doc, firstItem(doc))).toBeUndefined();
  });
});

describe('extractRequirements with wording no reader knows', () => {
  it('keeps the whole item as an `other` requirement with both languages and an info diagnostic', () => {
    const { seg, page } = pageBuilder();
    const doc = page(
      `## ${seg('X-Option', 'X option')}`,
      `### ${seg('Silver', 'Silver')}`,
      `1. ${seg('Sie müssen einen Partnervertrag unterzeichnen.', 'You must sign the partner agreement.')}`,
      `    - ${seg('Online oder auf Papier.', 'Online or on paper.')}`,
    );
    const { model, diagnostics } = extractRequirements(doc);
    expect(model.options[0]!.levels[0]!.requirements).toEqual([
      {
        kind: 'other',
        id: 'x.silver.1',
        anchor: expect.any(String),
        label: { source: 'You must sign the partner agreement. Online or on paper.', target: 'Sie müssen einen Partnervertrag unterzeichnen. Online oder auf Papier.' },
        segmentIds: ['abcde-102', 'abcde-103'],
      },
    ]);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.segmentId])).toEqual([['req-unread-sentence', 'info', 'abcde-102']]);
    expect(diagnostics[0]!.reason).toMatch(/^Unexpected requirement wording .*, expected /);
  });
});
