// Reads one credential list item: "[Exam 70-346](…): Managing Office 365 …", "MCSA: Office 365",
// "Technical Assessment for Cloud Platform", "PMI Agile Certified Practitioner (PMI-ACP)".
import type { Credential } from './model.ts';
import { slugify } from './slugify.ts';
import { firstLink, type Sentence } from './sentences.ts';

type Kind = Credential['kind'];

const EXAM_CODE = /\b\d{2,3}-\d{3}\b/;
const PREFIX_CODE = /^([A-Z]{3,6}):/;
const TRAILING_CODE = /\(([A-Z][A-Za-z-]*(?: [A-Z]+)?)\)$/;

/** Credential codes a text names (exam numbers and certification prefixes), for comparing languages. */
export const credentialCodes = (text: string): string[] => [
  ...(text.match(new RegExp(EXAM_CODE.source, 'g')) ?? []),
  ...(text.match(/\bMCS[ADE]\b/g) ?? []),
];

/** The kind of credential a lead-in sentence announces ("the following exams"), if any. */
export function announcedKind(text: string): Kind | undefined {
  if (/\bexams?\b/i.test(text)) return 'exam';
  if (/\bcertifications?\b/i.test(text)) return 'certification';
  if (/\bassessments?\b/i.test(text)) return 'assessment';
  return undefined;
}

/** A credential from its list item; `announced` is the kind the lead-in sentence names. */
export function readCredential(sentence: Sentence, announced: Kind = 'other'): Credential {
  const source = sentence.source.replace(/\s*\*+$/, '');
  const target = sentence.target.replace(/\s*\*+$/, '');
  const url = firstLink(sentence);
  const base = { title: { source, target }, ...(url ? { url } : {}), segmentIds: [sentence.id] };
  const exam = EXAM_CODE.exec(source)?.[0];
  if (exam) return { key: `exam-${exam}`, kind: 'exam', code: exam, ...base };
  if (/\bassessment\b/i.test(source)) {
    return { key: `assessment-${slugify(source.replace(/^technical assessment\s*(?:for\s+)?/i, ''))}`, kind: 'assessment', ...base };
  }
  const code = PREFIX_CODE.exec(source)?.[1] ?? TRAILING_CODE.exec(source)?.[1];
  // Without an exam number an item under "the following exams" is a certification (PMI-ACP, PSM I).
  const kind: Kind = code || announced === 'exam' || announced === 'certification' ? 'certification' : announced;
  return { key: `${kind === 'certification' ? 'cert' : kind}-${slugify(source)}`, kind, ...(code ? { code } : {}), ...base };
}
