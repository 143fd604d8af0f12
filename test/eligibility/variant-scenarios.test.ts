// Verdicts on page shapes the development corpus does not have but real competency pages do
// (different people per clause, "the same or different", AND before OR, a bare assessment
// after AND): each read by the grammar and evaluated through checkPage, each expected verdict
// read from the wording.
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../src/eligibility/check-page.ts';
import type { PublicAnswers } from '../../src/eligibility/public-answers.ts';
import { EXAM, silverPage } from '../requirements/sxs-page.ts';

const page = silverPage;
const verdict = (doc: ReturnType<typeof page>, answers: PublicAnswers) => {
  const r = checkPage(doc, answers);
  if ('problems' in r) throw new Error(r.problems.join('; '));
  return r.ok.levels[0]!.verdict;
};
const people = (...held: string[][]) => ({ individuals: held.map((credentials) => ({ credentials })) });

describe('one individual with two clauses, the other with a third', () => {
  const doc = page(
    '2. {Your organization must have at least **2** individuals pass the exam requirements.}',
    '    - {**1** individual must pass one of the following exams:}',
    `        - ${EXAM('MB2-714')}`,
    `        - ${EXAM('MB2-713')}`,
    '    - {The same individual also must pass one of the following exams:}',
    `        - ${EXAM('MB2-710')}`,
    '    - {The other individual must pass one of the following exams:}',
    `        - ${EXAM('MB2-712')}`,
  );
  it.each([
    ['each person their part', people(['MB2-714', 'MB2-710'], ['MB2-712']), 'met'],
    ['the parts the other way round', people(['MB2-712'], ['MB2-713', 'MB2-710']), 'met'],
    ['the first person lacks MB2-710', people(['MB2-714'], ['MB2-712']), 'not-met'],
    ['one person holding everything is not two people', people(['MB2-714', 'MB2-710', 'MB2-712']), 'not-met'],
    ['the second person not filled in yet', people(['MB2-714', 'MB2-710', 'MB2-712'], []), 'unknown'],
  ] as const)('%s: %s', (_, answers, expected) => expect(verdict(doc, answers)).toBe(expected));
});

describe('"the same or different 5 individuals"', () => {
  const doc = page(
    '2. {Your organization must have at least **2** individuals pass the exam requirements.}',
    '    - {**2** individuals must pass all of the following technical exams:}',
    `        - ${EXAM('MB2-715')}`,
    `        - ${EXAM('MB2-716')}`,
    '',
    '    **{AND}**',
    '',
    '    - {The same or different **2** individuals must pass one of the following exams:}',
    `        - ${EXAM('MB2-717')}`,
  );
  it.each([
    ['the same two hold everything', people(['MB2-715', 'MB2-716', 'MB2-717'], ['MB2-715', 'MB2-716', 'MB2-717']), 'met'],
    ['two others hold the second list', people(['MB2-715', 'MB2-716'], ['MB2-715', 'MB2-716'], ['MB2-717'], ['MB2-717']), 'met'],
    ['only one holds the second list', people(['MB2-715', 'MB2-716', 'MB2-717'], ['MB2-715', 'MB2-716']), 'not-met'],
  ] as const)('%s: %s', (_, answers, expected) => expect(verdict(doc, answers)).toBe(expected));
});

describe('(A AND B) OR C', () => {
  const doc = page(
    '2. {Your organization must have **2** individuals pass the exam requirements.}',
    '    - {**2** individuals must pass all of the following technical exams:}',
    `        - ${EXAM('MB6-894')}`,
    '',
    '    **{AND}**',
    '',
    '    - {The same **2** individuals must pass one of the following functional exams:}',
    `        - ${EXAM('MB6-895')}`,
    '',
    '    **{OR}**',
    '',
    '    - {**2** individuals must pass all of the following exams:}',
    `        - ${EXAM('MB6-705')}`,
    `        - ${EXAM('MB6-893')}`,
  );
  it.each([
    ['two by A and B', people(['MB6-894', 'MB6-895'], ['MB6-894', 'MB6-895']), 'met'],
    ['two by C', people(['MB6-705', 'MB6-893'], ['MB6-705', 'MB6-893']), 'met'],
    ['one by A and B, one by C: neither alternative has two', people(['MB6-894', 'MB6-895'], ['MB6-705', 'MB6-893']), 'not-met'],
    ['A without B', people(['MB6-894'], ['MB6-894']), 'not-met'],
  ] as const)('%s: %s', (_, answers, expected) => expect(verdict(doc, answers)).toBe(expected));
});

describe('focus areas, then a bare assessment after AND', () => {
  const doc = page(
    '1. {Your organization must have **1** individual pass all of the exams in any one of the two focus areas: **Database Administration** OR **Database Development**, and the individual must pass an assessment.}',
    '    - {**Database Administration** focus area}',
    `        - ${EXAM('70-764')}`,
    `        - ${EXAM('70-765')}`,
    '    - {**Database Development** focus area}',
    `        - ${EXAM('70-762')}`,
    `        - ${EXAM('70-761')}`,
    '',
    '    **{AND}**',
    '',
    '    - {[Technical Assessment Data Platform Foundational](https://example.com/ta)}',
  );
  it.each([
    ['one focus area and the assessment', people(['70-764', '70-765', 'Technical Assessment Data Platform Foundational']), 'met'],
    ['half of each focus area', people(['70-764', '70-762', 'Technical Assessment Data Platform Foundational']), 'not-met'],
    ['the assessment held by someone else', people(['70-762', '70-761'], ['Technical Assessment Data Platform Foundational']), 'not-met'],
  ] as const)('%s: %s', (_, answers, expected) => expect(verdict(doc, answers)).toBe(expected));
});

describe('a requirement kept whole caps the level until confirmed', () => {
  const doc = page(
    '1. {Your organization must meet the performance thresholds.}',
    '    - {Partner must have shipped 12 devices in the TTM period with an average of 1 unit a month.}',
    '2. {Your organization must have **2** individuals pass an assessment.}',
    '    - {[Surface Hub Assessment](https://example.com/sh)}',
  );
  const both = people(['Surface Hub Assessment'], ['Surface Hub Assessment']);
  it.each([
    ['not answered', {}, 'unknown'],
    ['not sure', { 'x.silver.1': 'unsure' as const }, 'unknown'],
    ['confirmed', { 'x.silver.1': 'yes' as const }, 'met'],
    ['denied', { 'x.silver.1': 'no' as const }, 'not-met'],
  ])('%s', (_, confirmations, expected) => expect(verdict(doc, { ...both, confirmations })).toBe(expected));
});
