// Reads an "individuals must pass …" item into a skills requirement: the head count, the
// clauses (each a subject, a quantifier and a list of credentials or focus areas), joined by
// "AND"/"OR" separators (AND binds tighter) or listed one after another (all of them), into
// alternatives of roles filled by different people. Anything it cannot place is a problem:
// the item is then kept whole for the partner to confirm, never typed half-way.
import type { Credential, CredentialRoute, SkillAlternative, SkillGroup, SkillRole, SkillsRequirement } from './model.ts';
import type { Draft } from './drafts.ts';
import { focusName, normalize, readFocusChoice, readLead, type ClauseLead, type Quantifier, type Subject } from './clauses.ts';
import { announcedKind, looksLikeCredential, readCredential } from './read-credentials.ts';
import { ids, joinLabel, type Sentence } from './sentences.ts';
import type { OutlineItem, OutlineNode } from './outline.ts';
import { slugify } from './slugify.ts';

type SkillsDraft = Draft<SkillsRequirement>;

export interface Problem {
  ruleId: string;
  reason: string;
  sentence?: Sentence;
}

export type SkillsRead = { draft: SkillsDraft; notes: Problem[] } | { problems: Problem[] } | undefined;

interface Clause {
  subject?: Subject;
  each: boolean;
  group: SkillGroup;
  /** No subject of its own ("The following certification:"): it continues the clause before it. */
  continues: boolean;
}

const problem = (ruleId: string, reason: string, sentence?: Sentence): Problem => ({ ruleId, reason, ...(sentence ? { sentence } : {}) });

const PEOPLE = /\b(?:individuals?|people|persons?|employees?|professionals?)\b/i;

/** The head count of the item's lead ("Your organization must have **2** individuals pass …"). */
function headCount(lead: Sentence): number | undefined {
  const read = readLead(lead.source);
  return 'ok' in read && read.ok.subject?.scope === 'core' ? read.ok.subject.count : undefined;
}

function route(key: string, q: Quantifier, credentials: Credential[], label: Sentence[]): CredentialRoute {
  return {
    key,
    mode: q.mode,
    ...(q.count ? { count: q.count } : {}),
    credentials,
    label: joinLabel(label),
    segmentIds: [...new Set([...ids(label), ...credentials.flatMap((c) => c.segmentIds)])],
  };
}

/** The credentials of a list of items; problems when an item is not one. */
function credentialsOf(items: OutlineNode[], announced: Credential['kind'] | undefined, problems: Problem[]): Credential[] {
  const out: Credential[] = [];
  for (const node of items) {
    if (node.kind === 'separator') {
      problems.push(problem('req-separator-unexpected', `a “${node.sentence.source}” between credentials`, node.sentence));
      continue;
    }
    if (node.kind === 'text') {
      problems.push(problem('req-clause-unknown', `text “${node.sentences[0]!.source}” inside a credential list`, node.sentences[0]));
      continue;
    }
    const s = node.head[0];
    if (node.head.length !== 1 || node.children.length > 0 || !s || !looksLikeCredential(s)) {
      problems.push(problem('req-credential-unknown', `list item “${(s ?? node.all[0])?.source ?? ''}” is not a credential`, s ?? node.all[0]));
      continue;
    }
    out.push(readCredential(s, announced ?? 'other'));
  }
  return out;
}

/** The focus area an item names ("**Business Intelligence** focus area", in one segment or several). */
const focusOf = (node: OutlineNode): string | undefined => (node.kind === 'item' ? focusName(node.head.map((s) => s.source).join(' ')) : undefined);

let groupSeq = 0;

/** One clause item: a lead sentence over a list of credentials, or of focus areas. */
function readClause(node: OutlineItem, problems: Problem[]): Clause | undefined {
  if (node.head.length === 0) {
    // A bare credential link under the head ("- [Technical Assessment …](…)") is its own clause.
    return undefined;
  }
  const leadSentences = node.head.filter((s) => normalize(s.source) !== '');
  const lead = leadSentences[0]!;
  const read = readLead(leadSentences.map((s) => s.source).join(' '));
  if ('problem' in read) {
    problems.push(problem('req-clause-ambiguous', read.problem, lead));
    return undefined;
  }
  const focusItems = node.children.filter((c): c is OutlineItem => c.kind === 'item' && focusOf(c) !== undefined);
  const key = `g${++groupSeq}`;
  if (focusItems.length > 0) {
    return focusClause(node, read.ok, lead, key, problems);
  }
  const quantifier = read.ok.quantifier;
  if (!quantifier) {
    problems.push(problem('req-quantity-unknown', `“${lead.source}” names no quantity of credentials (all of, one of, N of the following)`, lead));
    return undefined;
  }
  const credentials = credentialsOf(node.children, read.ok.kind, problems);
  if (credentials.length === 0) {
    problems.push(problem('req-credential-missing', `“${lead.source}” lists no credential`, lead));
    return undefined;
  }
  if (quantifier.singular && credentials.length > 1) {
    problems.push(problem('req-quantity-ambiguous', `“${lead.source}” names one credential but lists ${credentials.length}`, lead));
    return undefined;
  }
  if (quantifier.mode === 'k-of' && (quantifier.count ?? 0) > credentials.length) {
    problems.push(problem('req-quantity-ambiguous', `“${lead.source}” asks for more credentials than it lists`, lead));
    return undefined;
  }
  const label = leadSentences;
  return {
    ...(read.ok.subject ? { subject: read.ok.subject } : {}),
    each: read.ok.each,
    continues: !read.ok.subject && !PEOPLE.test(lead.source),
    group: { key, routes: [route(`${key}-r1`, quantifier, credentials, label)], label: joinLabel(label), segmentIds: ids([...label, ...node.all]) },
  };
}

/** "pass all of the exams in any one of the three focus areas": one route per focus area. */
function focusClause(node: OutlineItem, lead: ClauseLead, sentence: Sentence, key: string, problems: Problem[]): Clause | undefined {
  // "2 individuals must pass any one of the following exams:" over focus areas: the areas only
  // group the list, which the lead's quantity counts as one ("one exam from any of them").
  if (lead.quantifier && !readFocusChoice(sentence.source)) {
    const credentials = node.children.flatMap((c) => (c.kind === 'item' && focusOf(c) ? credentialsOf(c.children, lead.kind, problems) : []));
    if (credentials.length === 0) return undefined;
    if (lead.quantifier.singular && credentials.length > 1) {
      problems.push(problem('req-quantity-ambiguous', `“${sentence.source}” names one credential but lists ${credentials.length}`, sentence));
      return undefined;
    }
    return {
      ...(lead.subject ? { subject: lead.subject } : {}),
      each: lead.each,
      continues: false,
      group: { key, routes: [route(`${key}-r1`, lead.quantifier, credentials, [sentence])], label: { source: sentence.source, target: sentence.target }, segmentIds: ids(node.all) },
    };
  }
  const choice = readFocusChoice(sentence.source);
  if (!choice) {
    problems.push(problem('req-focus-unknown', `“${sentence.source}” does not say how many focus areas, or how much of each, count`, sentence));
    return undefined;
  }
  if (choice.areas !== 'one-of') {
    problems.push(problem('req-focus-unknown', `“${sentence.source}” asks for several focus areas`, sentence));
    return undefined;
  }
  const routes: CredentialRoute[] = [];
  for (const child of node.children) {
    const name = child.kind === 'item' ? focusOf(child) : undefined;
    if (child.kind !== 'item' || !name) {
      problems.push(problem('req-clause-unknown', `“${child.kind === 'item' ? child.head[0]?.source : ''}” among focus areas`, child.kind === 'item' ? child.head[0] : undefined));
      continue;
    }
    const credentials = credentialsOf(child.children, announcedKind(sentence.source), problems);
    if (credentials.length === 0) continue;
    routes.push({ ...route(`${key}-${slugify(name)}`, choice.within, credentials, child.head), label: joinLabel(child.head) });
  }
  if (routes.length === 0) return undefined;
  return {
    ...(lead.subject ? { subject: lead.subject } : {}),
    each: lead.each,
    continues: false,
    group: { key, routes, label: { source: sentence.source, target: sentence.target }, segmentIds: ids(node.all) },
  };
}

/** Focus areas listed straight under the item's head ("… in any one of the three focus areas: …"), up to the first separator. */
function headFocus(item: OutlineItem, problems: Problem[]): Clause | undefined {
  const end = item.children.findIndex((c) => c.kind === 'separator');
  const areas = end < 0 ? item.children : item.children.slice(0, end);
  if (areas.length === 0 || !areas.every((c) => c.kind === 'item' && focusOf(c))) return undefined;
  const read = readLead(item.head[0]!.source);
  const lead: ClauseLead = 'ok' in read ? { ...read.ok, each: true, subject: { scope: 'each' } } : { each: true };
  return focusClause({ ...item, head: [item.head[0]!], children: areas }, lead, item.head[0]!, `g${++groupSeq}`, problems);
}

/** A bare list of credentials straight under the head ("… pass the required assessment." + a link). */
function directClause(head: Sentence, nodes: OutlineNode[], problems: Problem[]): Clause | undefined {
  const read = readLead(head.source);
  if ('problem' in read) return problems.push(problem('req-clause-ambiguous', read.problem, head)), undefined;
  const q = read.ok.quantifier;
  if (!q) return problems.push(problem('req-quantity-unknown', `“${head.source}” names no quantity of credentials`, head)), undefined;
  const credentials = credentialsOf(nodes, read.ok.kind, problems);
  if (credentials.length === 0) return undefined;
  if (q.singular && credentials.length > 1) {
    problems.push(problem('req-quantity-ambiguous', `“${head.source}” names one credential but lists ${credentials.length}`, head));
    return undefined;
  }
  const key = `g${++groupSeq}`;
  return { each: true, continues: false, group: { key, routes: [route(`${key}-r1`, q, credentials, [head])], label: joinLabel([head]), segmentIds: ids([head, ...nodes.flatMap((n) => (n.kind === 'item' ? n.all : []))]) } };
}

type Part = { sep?: 'or' | 'and'; clauses: Clause[] };

/** The body of the item as clauses between separators. */
function readParts(item: OutlineItem, problems: Problem[]): Part[] {
  const parts: Part[] = [{ clauses: [] }];
  let pendingCredentials: OutlineNode[] = [];
  const flushCredentials = (): void => {
    if (pendingCredentials.length === 0) return;
    // Credentials with no lead of their own ("**AND**" then a bare assessment link): one of them, by the same people.
    const c = credentialsOf(pendingCredentials, undefined, problems);
    if (c.length === 1) {
      const key = `g${++groupSeq}`;
      parts.at(-1)!.clauses.push({ subject: { scope: 'each' }, each: true, continues: false, group: { key, routes: [route(`${key}-r1`, { mode: 'all-of' }, c, [])], label: { source: c[0]!.title.source, target: c[0]!.title.target }, segmentIds: c[0]!.segmentIds } });
    } else if (c.length > 1) {
      problems.push(problem('req-quantity-unknown', 'credentials listed without saying how many of them count', pendingCredentials.flatMap((n) => (n.kind === 'item' ? n.head : []))[0]));
    }
    pendingCredentials = [];
  };
  const children = item.children;
  for (const node of children) {
    if (node.kind === 'separator') {
      flushCredentials();
      parts.push({ sep: node.word, clauses: [] });
      continue;
    }
    if (node.kind === 'text') {
      problems.push(problem('req-clause-unknown', `“${node.sentences[0]!.source}” is not a clause the grammar knows`, node.sentences[0]));
      continue;
    }
    if (node.children.length === 0 && node.head.length === 1 && looksLikeCredential(node.head[0]!)) {
      pendingCredentials.push(node);
      continue;
    }
    // Separators nested inside a clause's own list belong to the item ("        **AND**").
    const inner = node.children.findIndex((c) => c.kind === 'separator');
    if (inner >= 0 && !node.children.some((c) => c.kind === 'item' && focusOf(c))) {
      problems.push(problem('req-separator-unexpected', 'a separator inside a clause’s list', (node.children[inner] as { sentence: Sentence }).sentence));
      continue;
    }
    const clause = readClause(node, problems);
    if (clause) parts.at(-1)!.clauses.push(clause);
  }
  flushCredentials();
  return parts;
}

interface Builder {
  groups: SkillGroup[];
  roles: SkillRole[];
  separate: SkillAlternative['separate'];
}

const assigned = (b: Builder): number => b.roles.reduce((n, r) => n + r.count, 0);

/** Places one clause among the roles of an alternative (see `SkillAlternative`). */
function place(b: Builder, clause: Clause, head: number | undefined, problems: Problem[], first: boolean): boolean {
  const s = clause.subject ?? { scope: 'each' as const };
  const fail = (why: string): false => (problems.push(problem('req-individuals-unknown', why)), false);
  b.groups.push(clause.group);
  const g = clause.group.key;
  if (first || b.roles.length === 0) {
    const count = s.count ?? head;
    if (!count) return fail(`“${clause.group.label.source}” does not say how many individuals`);
    if (s.scope === 'some' || s.scope === 'separate' || s.scope === 'distinct') {
      if (!head || (s.scope === 'some' && s.count! > head)) return fail(`“${clause.group.label.source}” refers to individuals named before it`);
      if (s.scope === 'separate') {
        b.separate.push({ group: g, count });
        return true;
      }
      // "1 of the 2 individuals must pass …" first: a role of 1 with this group, the others' clauses to come.
      b.roles.push({ count, groups: [g] });
      if (s.scope === 'some' && head > count) b.roles.push({ count: head - count, groups: [] });
      return true;
    }
    b.roles.push({ count, groups: [g] });
    return true;
  }
  const total = assigned(b);
  switch (s.scope) {
    case 'each': {
      if (s.count !== undefined && s.count !== total && b.roles.length > 1) {
        const match = b.roles.filter((r) => r.count === s.count);
        if (match.length !== 1) return fail(`“${clause.group.label.source}”: which individuals are “the same” is not clear`);
        match[0]!.groups.push(g);
        return true;
      }
      if (s.count !== undefined && s.count !== total) return fail(`“${clause.group.label.source}” names ${s.count} individuals where ${total} were named before`);
      // "The same individual also must …" after "1 individual …": the last role when it is one person.
      const singular = /\b(?:same|this|that) individual\b/i.test(clause.group.label.source) && !/\bindividuals\b/i.test(clause.group.label.source);
      if (singular && b.roles.length > 1) {
        if (b.roles.at(-1)!.count !== 1) return fail(`“${clause.group.label.source}”: which individual is meant is not clear`);
        b.roles.at(-1)!.groups.push(g);
        return true;
      }
      b.roles.forEach((r) => r.groups.push(g));
      return true;
    }
    case 'core': {
      // A plain count after others: the same people when it names as many, else not clear.
      if (s.count === total && b.roles.length === 1) {
        problems.push(problem('req-same-individuals-assumed', `“${clause.group.label.source}” is read as the same ${total} individuals`));
        b.roles[0]!.groups.push(g);
        return true;
      }
      return fail(`“${clause.group.label.source}”: the same individuals or others is not clear`);
    }
    case 'some': {
      if (s.of !== undefined && s.of !== total) return fail(`“${clause.group.label.source}” refers to ${s.of} individuals where ${total} were named`);
      if (b.roles.length !== 1 || s.count! > b.roles[0]!.count) return fail(`“${clause.group.label.source}”: which individuals is not clear`);
      const role = b.roles[0]!;
      if (s.count === role.count) role.groups.push(g);
      else {
        b.roles = [{ count: s.count!, groups: [...role.groups, g] }, { count: role.count - s.count!, groups: role.groups }];
      }
      return true;
    }
    case 'separate': {
      const count = s.count ?? total;
      b.separate.push({ group: g, count });
      return true;
    }
    case 'distinct': {
      const count = s.count ?? (head !== undefined ? head - total : /\bindividuals\b/i.test(clause.group.label.source) ? undefined : 1);
      if (!count || count <= 0) return fail(`“${clause.group.label.source}”: how many other individuals is not clear`);
      b.roles.push({ count, groups: [g] });
      return true;
    }
  }
}

function alternative(clauses: Clause[], head: number | undefined, n: number, problems: Problem[]): SkillAlternative | undefined {
  const b: Builder = { groups: [], roles: [], separate: [] };
  const before = problems.length;
  clauses.forEach((c, i) => place(b, c, head, problems, i === 0));
  if (problems.slice(before).some((p) => p.ruleId !== 'req-same-individuals-assumed')) return undefined;
  const individuals = assigned(b);
  if (b.roles.some((r) => r.groups.length === 0)) {
    problems.push(problem('req-individuals-unknown', 'some of the individuals named have no clause of their own'));
    return undefined;
  }
  if (b.roles.length === 0) {
    problems.push(problem('req-individuals-unknown', 'no clause says who must qualify'));
    return undefined;
  }
  // Roles that leave some of the named individuals without a clause of their own: the remaining ones meet every "each" group.
  if (head !== undefined && individuals !== head) {
    problems.push(problem('req-individuals-mismatch', `the clauses name ${individuals} individuals where the requirement names ${head}`));
    return undefined;
  }
  const sentences = b.groups;
  return {
    key: `alt-${n}`,
    individuals,
    groups: b.groups,
    roles: b.roles,
    separate: b.separate,
    label: { source: sentences.map((g) => g.label.source).join(' '), target: sentences.map((g) => g.label.target).join(' ') },
    segmentIds: [...new Set(b.groups.flatMap((g) => g.segmentIds))],
  };
}

/** Splits the parts at OR (AND binds tighter); "either … OR the following certification" joins routes. */
function alternativesOf(parts: Part[], problems: Problem[]): Clause[][] {
  const alts: Clause[][] = [[]];
  const seps = new Set(parts.slice(1).map((p) => p.sep));
  if (seps.has('or') && seps.has('and')) {
    problems.push(problem('req-precedence-assumed', '“AND” and “OR” in one requirement are read with AND first: (A AND B) OR C'));
  }
  for (const part of parts) {
    if (part.sep === 'or') {
      const [first, ...rest] = part.clauses;
      const previous = alts.at(-1)!.at(-1);
      if (first?.continues && previous) {
        previous.group.routes.push(...first.group.routes);
        previous.group.segmentIds = [...new Set([...previous.group.segmentIds, ...first.group.segmentIds])];
        alts.at(-1)!.push(...rest);
        continue;
      }
      alts.push([...part.clauses]);
      continue;
    }
    alts.at(-1)!.push(...part.clauses);
  }
  return alts.filter((a) => a.length > 0);
}

/** The skills requirement of one item; `undefined` when the item is not about individuals. */
export function readSkills(item: OutlineItem): SkillsRead {
  const lead = item.head[0];
  if (!lead || !PEOPLE.test(lead.source)) return undefined;
  const problems: Problem[] = [];
  const head = headCount(lead);
  groupSeq = 0;
  let parts: Part[];
  const focus = headFocus(item, problems);
  if (focus) {
    const after = item.children.findIndex((c) => c.kind === 'separator');
    const rest: OutlineItem = { ...item, children: after < 0 ? [] : item.children.slice(after) };
    parts = [{ clauses: [focus] }, ...readParts(rest, problems).filter((p, i) => i > 0 || p.clauses.length > 0)];
  } else if (item.children.length > 0 && item.children.every((c) => c.kind === 'item' && c.children.length === 0)) {
    const direct = item.children.every((c) => c.kind === 'item' && looksLikeCredential(c.head[0] ?? lead)) ? directClause(lead, item.children, problems) : undefined;
    parts = direct ? [{ clauses: [direct] }] : readParts(item, problems);
  } else if (item.children.length === 0) {
    return { problems: [problem('req-credential-missing', `“${lead.source}” lists no credential`, lead)] };
  } else {
    parts = readParts(item, problems);
  }
  if (problems.some(isBlocking)) return { problems };
  const alternatives = alternativesOf(parts, problems)
    .map((clauses, i) => alternative(clauses, head, i + 1, problems))
    .filter((a): a is SkillAlternative => !!a);
  if (problems.some(isBlocking) || alternatives.length === 0) {
    return { problems: problems.length ? problems : [problem('req-clause-unknown', `no clause of “${lead.source}” could be read`, lead)] };
  }
  const merged = pooled(alternatives);
  if (merged.length === 0) {
    return { problems: problems.length ? problems : [problem('req-clause-unknown', `no clause of “${lead.source}” could be read`, lead)] };
  }
  return {
    draft: {
      kind: 'skills',
      label: joinLabel(item.head),
      segmentIds: ids(item.all),
      individuals: Math.min(...merged.map((a) => a.individuals)),
      alternatives: merged,
    },
    notes: problems,
  };
}

/**
 * "2 individuals must pass all the following exams OR 2 individuals must obtain the following
 * certification": routes for each person, so one person by each route makes two. Alternatives
 * that are one clause each, for the same number of people, become one clause with their routes.
 */
function pooled(alternatives: SkillAlternative[]): SkillAlternative[] {
  const simple = alternatives.every((a) => a.roles.length === 1 && a.groups.length === 1 && a.separate.length === 0 && a.individuals === alternatives[0]!.individuals);
  if (alternatives.length < 2 || !simple) return alternatives;
  const [first] = alternatives;
  const group: SkillGroup = {
    key: first!.groups[0]!.key,
    routes: alternatives.flatMap((a) => a.groups[0]!.routes),
    label: { source: alternatives.map((a) => a.label.source).join(' '), target: alternatives.map((a) => a.label.target).join(' ') },
    segmentIds: [...new Set(alternatives.flatMap((a) => a.segmentIds))],
  };
  return [{ ...first!, groups: [group], roles: [{ count: first!.individuals, groups: [group.key] }], label: group.label, segmentIds: group.segmentIds }];
}

const NOTES = new Set(['req-same-individuals-assumed', 'req-precedence-assumed']);
const isBlocking = (p: Problem): boolean => !NOTES.has(p.ruleId);
