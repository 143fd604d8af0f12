import { describe, expect, it } from 'vitest';
import { announcedKind, credentialCodes, readCredential } from '../../src/requirements/read-credentials.ts';
import { pageBuilder, sentence } from './sxs-page.ts';
import { sentencesIn } from '../../src/requirements/sentences.ts';

describe('readCredential', () => {
  it.each([
    ['Exam 70-346: Managing Office 365 Identities and Requirements', 'exam', { key: 'exam-70-346', kind: 'exam', code: '70-346' }],
    ['MCSA: Office 365', 'certification', { key: 'cert-mcsa-office-365', kind: 'certification', code: 'MCSA' }],
    ['Technical Assessment for Cloud Platform', 'assessment', { key: 'assessment-cloud-platform', kind: 'assessment' }],
    ['PMI Agile Certified Practitioner (PMI-ACP)', 'exam', { key: 'cert-pmi-agile-certified-practitioner-pmi-acp', kind: 'certification', code: 'PMI-ACP' }],
    ['Scrum Alliance Certified Scrum Master', 'exam', { key: 'cert-scrum-alliance-certified-scrum-master', kind: 'certification' }],
    ['Exam 70-534: Architecting Microsoft Azure Solutions*', 'exam', { key: 'exam-70-534', kind: 'exam', code: '70-534' }],
    ['MB2-877: Microsoft Dynamics 365 for Field Service (Available in December 2017)', 'exam', { key: 'exam-mb2-877', kind: 'exam', code: 'MB2-877' }],
    ['Exam MB6-890: Microsoft Dynamics AX Development Introduction', 'exam', { key: 'exam-mb6-890', kind: 'exam', code: 'MB6-890' }],
    ['74-343: Managing Projects with Microsoft Project', 'exam', { key: 'exam-74-343', kind: 'exam', code: '74-343' }],
    ['MCSD: App Builder', 'certification', { key: 'cert-mcsd-app-builder', kind: 'certification', code: 'MCSD' }],
  ] as const)('reads “%s”', (source, announced, expected) => {
    const c = readCredential(sentence(source, source.replace('Exam', 'Prüfung')), announced);
    expect(c).toMatchObject(expected);
    expect(c.code).toBe('code' in expected ? expected.code : undefined);
    expect(c.title.source.endsWith('*')).toBe(false);
    expect(c.title.target).toBe(source.replace('Exam', 'Prüfung').replace('*', ''));
  });
});

describe('credential keys', () => {
  it('stay short and tell long titles apart, so a shared link can carry them', () => {
    const long = 'Technical Assessment for Using Microsoft Azure for Application Development and Modernization of Enterprise Workloads';
    const a = readCredential(sentence(long, long));
    const b = readCredential(sentence(`${long} Part Two`, `${long} Part Two`));
    expect(long.length).toBeGreaterThan(100);
    expect(a.key.length).toBeLessThanOrEqual(48);
    expect(a.key).not.toBe(b.key);
    expect(readCredential(sentence(long, long)).key).toBe(a.key);
  });
});

describe('announcedKind and credentialCodes', () => {
  it.each([
    ['1 individual must pass all the following exams:', 'exam'],
    ['2 individuals must pass one of the following certifications:', 'certification'],
    ['The same individual must pass the following assessment:', 'assessment'],
    ['Your organization must have 1 individual pass.', undefined],
  ])('“%s” announces %s', (text, kind) => expect(announcedKind(text)).toBe(kind));

  it('finds exam numbers and certification prefixes', () => {
    expect(credentialCodes('Exam 70-346 or MCSA: Office 365 (not 2,000)')).toEqual(['70-346', 'MCSA']);
    expect(credentialCodes('Examen70‑334 et MB2-716')).toEqual(['70-334', 'MB2-716']);
  });
});

describe('credential links', () => {
  it.each([
    ['[Exam 70-100](https://example.com/x): T', 'https://example.com/x'],
    ['[Exam 70-100](exam.md): T', 'exam.md'],
    ['[Exam 70-100](javascript:alert(1)): T', undefined],
    ['[Exam 70-100](JavaScript:alert(1)): T', undefined],
    ['[Exam 70-100](data:text/html,x): T', undefined],
  ])('keeps only web and relative addresses: %s', (markdown, url) => {
    const { seg, page } = pageBuilder();
    const doc = page(`- ${seg(markdown, markdown)}`);
    const sentence = sentencesIn(doc, doc.tree)[0]!;
    expect(readCredential(sentence).url).toBe(url);
  });
});
