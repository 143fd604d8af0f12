// Evaluates a partner's answers against one option of a requirement model: per level a
// verdict, per requirement its status, gap, progress and reasons. Pure; the island and the
// tests share it. Unknown answers widen a range of possible totals, and a verdict is given
// only when the whole range is on one side of the threshold.
import type {
  Competency,
  ConfirmRequirement,
  Credential,
  CredentialRoute,
  Level,
  PerformanceRequirement,
  Requirement,
  SkillAlternative,
  SkillsRequirement,
} from '../requirements/model.ts';
import type { Answers, Attestation, Count, Customer, Individual } from './answers.ts';
import { excludesTrials, findOption, measuresOf } from './option-inputs.ts';

export type Verdict = 'met' | 'not-met' | 'unknown';

interface Common {
  id: string;
  status: Verdict;
  /** 0..1: how much of the requirement the certain answers cover. */
  progress: number;
  segmentIds: string[];
  anchor: string;
}

/** A measure's total: certain (`low`) and at most (`high`, Infinity when an answer is unknown). */
export interface MeasureTotal {
  key: string;
  low: number;
  high: number;
}

export type ExclusionReason = 'trial' | 'no-association' | 'trial-unknown' | 'association-unknown';

export interface PerformanceResult extends Common {
  kind: 'performance';
  unit: PerformanceRequirement['unit'];
  /** The threshold for the partner's market; absent while the market is unknown and thresholds differ. */
  threshold: number | undefined;
  totals: MeasureTotal[];
  /** The measure closest to the threshold. */
  best: string | undefined;
  /** How much more of the unit the best measure needs; absent when met or no threshold applies yet. */
  gap: number | undefined;
  /** Customers (by row index) left out (`trial`, `no-association`) or perhaps left out (`…-unknown`). */
  excluded: { customer: number; reason: ExclusionReason }[];
}

export interface AlternativeProgress {
  key: string;
  /** Individuals who could fill the alternative's roles (at most what it needs). */
  qualified: number;
  needed: number;
  /** Credentials still to earn for this alternative, counting from the people entered. */
  missing: number;
  status: Verdict;
}

export interface RouteProgress {
  key: string;
  /** Individuals who meet this route. */
  qualified: number;
  needed: number;
  /** Credentials still to earn for `needed` people to meet this route, counting from the people entered. */
  missing: number;
}

/** What one person entered still needs along a route. */
export interface PersonShortfall {
  /** The person's place among the answers' individuals. */
  person: number;
  /** The route's credentials this person does not hold. */
  lacks: Credential[];
  /** How many of `lacks` they still need: all of them on an all-of route, fewer on a k-of or one-of one. */
  needs: number;
}

export interface SkillsResult extends Common {
  kind: 'skills';
  /** Every route of every alternative, for guidance ("the closer route"). */
  routes: RouteProgress[];
  /** The route of the closest alternative with the fewest credentials still to earn. */
  closerRoute: string;
  needed: number;
  qualified: number;
  /** More individuals needed by the closest alternative; 0 when met. */
  gap: number;
  alternatives: AlternativeProgress[];
  /** The alternative with the fewest credentials still to earn. */
  closer: string;
  /**
   * Along the closer route, from where the people entered stand: what each of the closest of
   * them still needs (those who already meet it are left out) and how many people are needed
   * besides them; where the closer alternative asks several groups of its people, only how many
   * more people it needs. Undefined when met.
   */
  shortfall?: { people: PersonShortfall[]; more: number };
}

export interface ConfirmResult extends Common {
  kind: 'confirm';
  answer: Attestation | undefined;
}

export type RequirementResult = PerformanceResult | SkillsResult | ConfirmResult;

export interface LevelResult {
  level: Level['level'];
  anchor: string;
  verdict: Verdict;
  requirements: RequirementResult[];
}

export interface Evaluation {
  option: string;
  levels: LevelResult[];
}

const ratio = (have: number, need: number): number => (need <= 0 ? 1 : Math.min(1, have / need));

function statusOf(low: number, high: number, thresholds: number[]): Verdict {
  if (low >= Math.max(...thresholds)) return 'met';
  if (high < Math.min(...thresholds)) return 'not-met';
  return 'unknown';
}

/** Whether a customer counts for a requirement: `in`, `out` with a reason, or `maybe` with one. */
function placeCustomer(req: PerformanceRequirement, c: Customer): { place: 'in' | 'out' | 'maybe'; reason?: ExclusionReason } {
  const trials = excludesTrials(req);
  if (trials && c.status === 'trial') return { place: 'out', reason: 'trial' };
  const listed = req.associations.length === 0 || req.associations.some((a) => a.key === c.association);
  if (!listed && c.association !== 'unknown') return { place: 'out', reason: 'no-association' };
  if (trials && c.status === 'unknown') return { place: 'maybe', reason: 'trial-unknown' };
  if (!listed) return { place: 'maybe', reason: 'association-unknown' };
  return { place: 'in' };
}

const add = (total: MeasureTotal, value: Count, certain: boolean): void => {
  if (value === 'unknown') total.high = Infinity;
  else {
    total.high += value;
    if (certain) total.low += value;
  }
};

function measureTotals(req: PerformanceRequirement, answers: Answers, excluded: PerformanceResult['excluded']): MeasureTotal[] {
  const measures = measuresOf(req);
  if (answers.mode === 'totals') {
    return measures.map((m) => {
      const v = answers.totals[m.key] ?? 'unknown';
      return v === 'unknown' ? { key: m.key, low: 0, high: Infinity } : { key: m.key, low: v, high: v };
    });
  }
  const totals = measures.map((m) => ({ key: m.key, low: 0, high: 0 }));
  answers.customers.forEach((c, customer) => {
    const { place, reason } = placeCustomer(req, c);
    if (reason) excluded.push({ customer, reason });
    if (place === 'out') return;
    // A row with no number typed yet is not sure, not zero.
    const blank = Object.keys(c.values).length === 0;
    measures.forEach((m, i) => add(totals[i]!, m.perCustomer ? 1 : blank ? 'unknown' : (c.values[m.key] ?? 0), place === 'in'));
  });
  return totals;
}

function thresholdsFor(req: PerformanceRequirement, market: Answers['market']): number[] {
  const mine = req.thresholds.filter((t) => t.market === 'all' || t.market === market);
  return (mine.length ? mine : req.thresholds).map((t) => t.value);
}

function evaluatePerformance(req: PerformanceRequirement, answers: Answers): PerformanceResult {
  const excluded: PerformanceResult['excluded'] = [];
  const totals = measureTotals(req, answers, excluded);
  const sum = (k: 'low' | 'high'): number => totals.reduce((s, t) => s + t[k], 0);
  const perMeasure = req.measure === 'per-workload';
  const best = perMeasure ? [...totals].sort((a, b) => b.low - a.low || b.high - a.high)[0] : undefined;
  // Per workload: the threshold is met by one measure's total, so the best certain total and the largest possible one.
  const low = perMeasure ? Math.max(0, ...totals.map((t) => t.low)) : sum('low');
  const high = perMeasure ? Math.max(0, ...totals.map((t) => t.high)) : sum('high');
  const candidates = thresholdsFor(req, answers.market);
  const threshold = new Set(candidates).size === 1 ? candidates[0] : undefined;
  // No customer entered yet is an unanswered question, not a total of zero.
  const answered = answers.mode === 'totals' || answers.customers.length > 0;
  const status = answered ? statusOf(low, high, candidates) : 'unknown';
  return {
    kind: 'performance',
    id: req.id,
    status,
    unit: req.unit,
    threshold,
    totals,
    best: best?.key,
    gap: threshold !== undefined && status !== 'met' ? threshold - low : undefined,
    progress: ratio(low, threshold ?? Math.max(...candidates)),
    excluded,
    segmentIds: req.segmentIds,
    anchor: req.anchor,
  };
}

const neededFor = (route: CredentialRoute): number =>
  route.mode === 'all-of' ? route.credentials.length : route.mode === 'k-of' ? (route.count ?? route.credentials.length) : 1;

const heldOn = (route: CredentialRoute, person: Individual): number =>
  route.credentials.filter((c) => person.held.includes(c.key)).length;

const satisfies = (route: CredentialRoute, person: Individual): boolean => heldOn(route, person) >= neededFor(route);

/** Whether a person meets a group: any one of its routes. */
const meetsGroup = (alt: SkillAlternative, key: string, person: Individual): boolean =>
  alt.groups.find((g) => g.key === key)!.routes.some((r) => satisfies(r, person));

/**
 * The most role places `people` can fill, each person in one place (Kuhn's augmenting
 * paths over people × places; a few hundred people and a handful of places).
 */
function fillRoles(alt: SkillAlternative, people: Individual[]): number {
  const places = alt.roles.flatMap((role) => Array<typeof role>(role.count).fill(role));
  const fits = places.map((role) => people.map((p) => role.groups.every((g) => meetsGroup(alt, g, p))));
  const holder: number[] = places.map(() => -1);
  const take = (person: number, seen: boolean[]): boolean =>
    places.some((_, place) => {
      if (!fits[place]![person] || seen[place]) return false;
      seen[place] = true;
      return holder[place] === -1 || take(holder[place]!, seen) ? ((holder[place] = person), true) : false;
    });
  let filled = 0;
  for (let person = 0; person < people.length && filled < places.length; person++) if (take(person, [])) filled++;
  return filled;
}

/** Credentials still to earn for `needed` people to meet a route, from the closest people on. */
function missingFor(route: CredentialRoute, people: Individual[], needed: number): number {
  const lacks = people.map((p) => Math.max(0, neededFor(route) - heldOn(route, p))).sort((a, b) => a - b);
  let missing = 0;
  for (let i = 0; i < needed; i++) missing += lacks[i] ?? neededFor(route);
  return missing;
}

/** What the `needed` people closest to meeting a route still lack (those who meet it left out), and how many people are missing altogether. */
const shortfallOn = (route: CredentialRoute, people: Individual[], needed: number): { people: PersonShortfall[]; more: number } => ({
  people: people
    .map((p, person) => ({ person, needs: neededFor(route) - heldOn(route, p), lacks: route.credentials.filter((x) => !p.held.includes(x.key)) }))
    .sort((a, b) => a.needs - b.needs)
    .slice(0, needed)
    .filter((c) => c.needs > 0),
  more: Math.max(0, needed - people.length),
});

function evaluateSkills(req: SkillsRequirement, answers: Answers): SkillsResult {
  const people = answers.individuals;
  // A person with nothing ticked has not answered yet: without them the verdict can only wait.
  const pending = people.length === 0 || people.some((p) => p.held.length === 0);
  const routes = req.alternatives.flatMap((alt) =>
    alt.groups.flatMap((g) =>
      g.routes.map((r) => ({ alt: alt.key, key: r.key, qualified: people.filter((p) => satisfies(r, p)).length, needed: alt.individuals, missing: missingFor(r, people, alt.individuals) })),
    ),
  );
  const fewest = <T extends { missing: number }>(list: T[]): T => list.reduce((a, b) => (b.missing < a.missing ? b : a));
  const alternatives = req.alternatives.map((alt): AlternativeProgress => {
    const qualified = fillRoles(alt, people);
    const met = qualified >= alt.individuals && alt.separate.every((x) => people.filter((p) => meetsGroup(alt, x.group, p)).length >= x.count);
    return { key: alt.key, qualified, needed: alt.individuals, missing: fewest(routes.filter((r) => r.alt === alt.key)).missing, status: met ? 'met' : pending ? 'unknown' : 'not-met' };
  });
  const met = alternatives.some((a) => a.status === 'met');
  const closest = fewest(alternatives);
  const closerRoute = fewest(routes.filter((r) => r.alt === closest.key)).key;
  const closestAlt = req.alternatives.find((a) => a.key === closest.key)!;
  const route = closestAlt.groups.length === 1 ? closestAlt.groups[0]!.routes.find((r) => r.key === closerRoute) : undefined;
  return {
    kind: 'skills',
    routes: routes.map(({ alt: _, ...r }) => r),
    closerRoute,
    ...(met ? {} : { shortfall: route ? shortfallOn(route, people, closestAlt.individuals) : { people: [], more: Math.max(0, closest.needed - closest.qualified) } }),
    id: req.id,
    status: met ? 'met' : alternatives.some((a) => a.status === 'unknown') ? 'unknown' : 'not-met',
    needed: closest.needed,
    qualified: closest.qualified,
    gap: met ? 0 : Math.max(0, closest.needed - closest.qualified),
    alternatives,
    closer: closest.key,
    progress: met ? 1 : Math.max(...alternatives.map((a) => ratio(a.qualified, a.needed))),
    segmentIds: req.segmentIds,
    anchor: req.anchor,
  };
}

function evaluateConfirm(req: ConfirmRequirement, answers: Answers): ConfirmResult {
  const answer = answers.confirmations[req.id];
  const status: Verdict = answer === 'yes' ? 'met' : answer === 'no' ? 'not-met' : 'unknown';
  return { kind: 'confirm', id: req.id, status, answer, progress: status === 'met' ? 1 : 0, segmentIds: req.segmentIds, anchor: req.anchor };
}

const handlers: { [K in Requirement['kind']]: (req: Extract<Requirement, { kind: K }>, answers: Answers) => RequirementResult } = {
  performance: evaluatePerformance,
  skills: evaluateSkills,
  confirm: evaluateConfirm,
};

const evaluateRequirement = (req: Requirement, answers: Answers): RequirementResult =>
  (handlers[req.kind] as (r: Requirement, a: Answers) => RequirementResult)(req, answers);

/** A level is met when every requirement is; one miss is enough for not met; a level with no requirement stays unknown. */
function verdictOf(results: RequirementResult[]): Verdict {
  if (results.some((r) => r.status === 'not-met')) return 'not-met';
  if (results.length === 0 || results.some((r) => r.status === 'unknown')) return 'unknown';
  return 'met';
}

/** Evaluates `answers` against the option `optionKey` (default: the answers' option, else the first). */
export function evaluate(model: Competency, answers: Answers, optionKey: string = answers.option): Evaluation {
  const option = findOption(model, optionKey);
  if (!option) return { option: optionKey, levels: [] };
  return {
    option: option.key,
    levels: option.levels.map((level) => {
      const requirements = level.requirements.map((r) => evaluateRequirement(r, answers));
      return { level: level.level, anchor: level.anchor, verdict: verdictOf(requirements), requirements };
    }),
  };
}
