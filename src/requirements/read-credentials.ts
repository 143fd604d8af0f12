// Reads one credential list item: "[Exam 70-346](…): Managing Office 365 …", "MB2-877: …",
// "Exam [MB6-890](…): …", "MCSA: Office 365", "Technical Assessment for Cloud Platform",
// "PMI Agile Certified Practitioner (PMI-ACP)". Footnote marks (`*`) and availability notes
// stay in the title; keys stay short and stable so shared links can carry them.
import type { Credential } from './model.ts';
import { slugify } from './slugify.ts';
import { firstLink, type Sentence } from './sentences.ts';

type Kind = Credential['kind'];

/** Exam codes of every series: 70-346, 74-343, 98-361, MB2-716, MB6-894, AZ-900. */
export const EXAM_CODE = /(?<![\w-])(?:[A-Z]{2}\d?-\d{3}|\d{2,3}-\d{3})(?![\w-])/;
const PREFIX_CODE = /^([A-Z]{3,6}):/;
const TRAILING_CODE = /\(([A-Z][A-Za-z-]*(?: [A-Z]+)?)\)$/;
const CERT_CODE = /\bMCS[ADE]\b|\bMCP\b|\bMTA\b|\bMOS\b/g;

// In running text of any language a code may be glued to the word before it ("Examen70-334", "試験70-346").
const EXAM_CODE_IN_TEXT = /(?<![\d-])(?:[A-Z]{2}\d?-\d{3}|\d{2,3}-\d{3})(?![\d-])/g;

/** Hyphens a code may be typed with: U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash, U+2013 en dash, U+2212 minus. */
const CODE_HYPHENS = '\u2010-\u2013\u2212';
const CODE_HYPHEN = new RegExp(`[${CODE_HYPHENS}]`, 'g');
const IS_CODE_HYPHEN = new RegExp(`[${CODE_HYPHENS}]`);
/** A text with every code hyphen read as `-`, offsets unchanged. */
export const plainHyphens = (text: string): string => text.replace(CODE_HYPHEN, '-');

/** Credential codes a text names (exam numbers and certification prefixes), for comparing languages; hyphens of any kind read as `-`. */
export const credentialCodes = (text: string): string[] => {
  const plain = plainHyphens(text);
  return [...(plain.match(EXAM_CODE_IN_TEXT) ?? []), ...(plain.match(CERT_CODE) ?? [])];
};

/** Exam codes a text writes with a hyphen other than `-` (`70‑347` with U+2011), with where they start. */
export function oddHyphenCodes(text: string): Array<{ index: number; code: string; hyphen: string }> {
  const plain = plainHyphens(text);
  if (plain === text) return [];
  return [...plain.matchAll(EXAM_CODE_IN_TEXT)].flatMap((m) => {
    const written = text.slice(m.index, m.index + m[0].length);
    const hyphen = [...written].find((c) => IS_CODE_HYPHEN.test(c));
    return hyphen ? [{ index: m.index, code: written, hyphen }] : [];
  });
}

/** The kind of credential a lead-in sentence announces ("the following exams"), if exactly one. */
export function announcedKind(text: string): Kind | undefined {
  const t = text.toLowerCase();
  const kinds = new Set<Kind>();
  if (/\bexams?\b/.test(t)) kinds.add('exam');
  if (/\bcertifications?\b/.test(t)) kinds.add('certification');
  if (/\bassessments?\b/.test(t)) kinds.add('assessment');
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

const CREDENTIAL_WORDS = /^(?:exam|mcs[ade]|mcp|mta|mos|microsoft certified|technical assessment|assessment|certification|certified|professional|pmi|scrum|itil|prince2)\b/i;
const CLAUSE_WORDS = /\b(?:must|should|need to|needs to|required to|will|you|your)\b/i;

/** Whether a list item names a credential rather than stating a clause. */
export function looksLikeCredential(sentence: Sentence): boolean {
  const text = plainHyphens(sentence.source).replace(/[*_\\]/g, '').trim();
  if (!text || CLAUSE_WORDS.test(text)) return false;
  if (EXAM_CODE.test(text) || CREDENTIAL_WORDS.test(text) || /\bassessment\b/i.test(text)) return true;
  return !!firstLink(sentence) && text.split(/\s+/).length <= 16;
}

const MAX_KEY = 48;

/** A link the published model may carry: web addresses and relative ones, never `javascript:`, `data:` or the like. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' ? url : undefined;
}

/** A short, stable key (at most 48 characters): the slug when it fits, else its start and a hash of the whole title. */
export function credentialKey(prefix: string, title: string): string {
  const slug = slugify(title);
  if (prefix.length + 1 + slug.length <= MAX_KEY) return `${prefix}-${slug}`;
  let h = 2166136261;
  for (const ch of title) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  const hash = h.toString(36).padStart(7, '0').slice(0, 7);
  return `${prefix}-${slug.slice(0, MAX_KEY - prefix.length - hash.length - 2).replace(/-+$/, '')}-${hash}`;
}

const tidy = (s: string): string => s.replace(/\s*\\?\*+\s*$/, '').replace(/\s+/g, ' ').trim();

/** A credential from its list item; `announced` is the kind the lead-in sentence names. */
export function readCredential(sentence: Sentence, announced: Kind = 'other'): Credential {
  const source = tidy(sentence.source);
  const target = tidy(sentence.target);
  const url = safeUrl(firstLink(sentence));
  const base = { title: { source, target }, ...(url ? { url } : {}), segmentIds: [sentence.id] };
  const exam = EXAM_CODE.exec(plainHyphens(source))?.[0];
  if (exam) return { key: `exam-${exam.toLowerCase()}`, kind: 'exam', code: exam, ...base };
  if (/\bassessment\b/i.test(source)) {
    return { key: credentialKey('assessment', source.replace(/^technical assessment\s*(?:for\s+)?/i, '')), kind: 'assessment', ...base };
  }
  const code = PREFIX_CODE.exec(source)?.[1] ?? TRAILING_CODE.exec(source)?.[1];
  // Without an exam number an item under "the following exams" is a certification (PMI-ACP, MCSA: Linux on Azure).
  const kind: Kind = code || announced === 'exam' || announced === 'certification' ? 'certification' : announced;
  return { key: credentialKey(kind === 'certification' ? 'cert' : kind, source), kind, ...(code ? { code } : {}), ...base };
}
