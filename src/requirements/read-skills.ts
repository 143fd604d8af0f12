// Reads an "individuals must pass …" list item: how many individuals, and the credential
// routes: lists of exams, certifications or assessments joined by "OR" (alternatives) or "AND"
// (the same individuals), "k of the same N individuals", and focus areas.
import type { ListItem, RootContent } from 'mdast';
import type { AlignedDocument } from '../sxs/types.ts';
import type { Draft } from './drafts.ts';
import { findNumbers } from './find-numbers.ts';
import type { Credential, CredentialRoute, SkillsRequirement } from './model.ts';
import { announcedKind, readCredential } from './read-credentials.ts';
import { slugify } from './slugify.ts';
import { ids, itemBody, itemHead, joinLabel, sentencesIn, type Sentence } from './sentences.ts';

type SkillsDraft = Draft<SkillsRequirement>;
type Label = { target: string; source: string };

interface Clause {
  lead: Sentence[];
  mode: CredentialRoute['mode'];
  individuals?: number;
  credentials: Credential[];
  focus?: { key: string; label: Label; segmentIds: string[] };
}

const FOCUS = /^(.*?)\s+focus area$/i;
const ALL = /\ball (?:of )?the\b|\ball the following\b/i;
const SEPARATOR = /^(OR|AND)$/;

/** "1 of the same 2 individuals" → 1; "The same 2 individuals" / "2 individuals" → 2; "The same individual" → none. */
function clauseIndividuals(text: string): number | undefined {
  const kOfN = /^(\d+) of the same \d+ individuals?\b/i.exec(text);
  if (kOfN) return Number(kOfN[1]);
  return Number(/^(?:the same )?(\d+) individuals?\b/i.exec(text)?.[1]) || undefined;
}

function readClause(doc: AlignedDocument, item: ListItem, announced: Credential['kind']): Clause | undefined {
  const lead = itemHead(doc, item);
  const nested = itemBody(item).flatMap((n) => (n.type === 'list' ? n.children : []));
  if (lead.length !== 1 || nested.length === 0 || nested.some((i) => itemBody(i).length > 0)) return undefined;
  const text = lead[0]!.source;
  const kind = announcedKind(text) ?? announced;
  const credentials = nested.flatMap((i) => itemHead(doc, i)).map((s) => readCredential(s, kind));
  const focus = FOCUS.exec(text);
  if (focus) {
    const label = { source: text, target: lead[0]!.target };
    return { lead, mode: 'all-of', credentials, focus: { key: slugify(focus[1]!), label, segmentIds: ids(lead) } };
  }
  const individuals = clauseIndividuals(text);
  return { lead, mode: ALL.test(text) ? 'all-of' : 'one-of', credentials, ...(individuals ? { individuals } : {}) };
}

/** Clauses in order, split into groups at "AND"; clauses within a group are alternatives. */
function readGroups(doc: AlignedDocument, nodes: RootContent[], announced: Credential['kind']): Clause[][] | undefined {
  const groups: Clause[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'list') {
      for (const item of node.children) {
        const clause = readClause(doc, item, announced);
        if (!clause) return undefined;
        groups.at(-1)!.push(clause);
      }
      continue;
    }
    const words = sentencesIn(doc, node).map((s) => s.source.replace(/[*:]/g, '').trim());
    const separator = words.length === 1 ? SEPARATOR.exec(words[0]!)?.[1] : undefined;
    if (!separator) return undefined;
    if (separator === 'AND') groups.push([]);
  }
  return groups.every((g) => g.length > 0) ? groups : undefined;
}

/** A list of credentials straight under the lead-in ("1 individual must pass the required assessment: …"). */
function directClause(doc: AlignedDocument, item: ListItem, head: Sentence[], announced: Credential['kind']): Clause[][] | undefined {
  const nested = itemBody(item).flatMap((n) => (n.type === 'list' ? n.children : []));
  if (nested.length === 0 || nested.some((i) => itemBody(i).length > 0) || itemBody(item).some((n) => n.type !== 'list')) return undefined;
  const credentials = nested.flatMap((i) => itemHead(doc, i)).map((s) => readCredential(s, announced));
  return [[{ lead: head, mode: ALL.test(head[0]!.source) ? 'all-of' : 'one-of', credentials }]];
}

function route(clause: Clause, n: number, total: number, extra: Clause[] = []): CredentialRoute {
  const credentials = [...clause.credentials, ...extra.flatMap((c) => c.credentials)];
  const individuals = clause.individuals && clause.individuals !== total ? clause.individuals : undefined;
  const label = clause.focus?.label ?? joinLabel(clause.lead);
  return {
    key: clause.focus ? `focus-${clause.focus.key}` : `route-${n + 1}`,
    mode: extra.length > 0 ? 'all-of' : clause.mode,
    credentials,
    ...(individuals ? { individuals } : {}),
    label,
    segmentIds: [...new Set([...ids(clause.lead), ...credentials.flatMap((c) => c.segmentIds), ...extra.flatMap((c) => ids(c.lead))])],
  };
}

/**
 * Routes from the groups. Alternatives only: one route each. "A AND B" with one clause per
 * group: one route per group, met by the same individuals. "(focus 1 OR focus 2) AND an
 * assessment": the assessment joins each alternative, so each stays one all-of route.
 */
function combine(groups: Clause[][], total: number): Pick<SkillsDraft, 'routes' | 'sameIndividuals'> | undefined {
  if (groups.length === 1) return { routes: groups[0]!.map((c, i) => route(c, i, total)) };
  const [first, ...rest] = groups;
  const singles = rest.every((g) => g.length === 1 && (g[0]!.mode === 'all-of' || g[0]!.credentials.length === 1));
  if (first!.length > 1 && singles) return { routes: first!.map((c, i) => route(c, i, total, rest.flat())) };
  if (groups.every((g) => g.length === 1)) return { routes: groups.map((g, i) => route(g[0]!, i, total)), sameIndividuals: true };
  return undefined;
}

/** The skills requirement of one list item; `undefined` when its wording is not one this reader knows. */
export function readSkills(doc: AlignedDocument, item: ListItem): SkillsDraft | undefined {
  const head = itemHead(doc, item);
  if (head.length !== 1 || !/\bindividuals?\b/i.test(head[0]!.source)) return undefined;
  const individuals = findNumbers(head[0]!.source, 'en', { words: false })[0]?.value;
  if (!individuals || !Number.isInteger(individuals)) return undefined;
  const announced = announcedKind(head[0]!.source) ?? 'other';
  const groups = readGroups(doc, itemBody(item), announced) ?? directClause(doc, item, head, announced);
  const combined = groups && combine(groups, individuals);
  if (!combined) return undefined;
  const focusAreas = groups!.flat().flatMap((c) => (c.focus ? [c.focus] : []));
  return {
    kind: 'skills',
    label: joinLabel(head),
    segmentIds: ids(sentencesIn(doc, item)),
    individuals,
    ...combined,
    ...(focusAreas.length > 0 ? { focusAreas } : {}),
  };
}
