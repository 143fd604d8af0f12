// Evaluates a partner's answers against one option of a requirement model: per level a
// verdict, per requirement its status, gap, progress and reasons. Pure; the island and the
// tests share it. Unknown answers widen a range of possible totals, and a verdict is given
// only when the whole range is on one side of the threshold.
import type {
  Competency,
  CredentialRoute,
  Level,
  OtherRequirement,
  PerformanceRequirement,
  Requirement,
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

export interface RouteProgress {
  key: string;
  /** Individuals who qualify through this route. */
  qualified: number;
  needed: number;
  /** Credentials still to earn for this route to be met, counting from the people entered. */
  missing: number;
}

export interface SkillsResult extends Common {
  kind: 'skills';
  needed: number;
  qualified: number;
  /** More individuals needed; 0 when met. */
  gap: number;
  routes: RouteProgress[];
  /** The route with the fewest credentials still to earn. */
  closer: string;
}

export interface OtherResult extends Common {
  kind: 'other';
  answer: Attestation | undefined;
}

export type RequirementResult = PerformanceResult | SkillsResult | OtherResult;

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
    measures.forEach((m, i) => add(totals[i]!, m.perCustomer ? 1 : (c.values[m.key] ?? 0), place === 'in'));
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
  route.count ?? (route.mode === 'all-of' ? route.credentials.length : 1);

const heldOn = (route: CredentialRoute, person: Individual): number =>
  route.credentials.filter((c) => person.held.includes(c.key)).length;

const satisfies = (route: CredentialRoute, person: Individual): boolean => heldOn(route, person) >= neededFor(route);

/** Credentials still to earn for `needed` people to satisfy a route, starting from the closest people. */
function missingFor(route: CredentialRoute, people: Individual[], needed: number): number {
  const lacks = people.map((p) => Math.max(0, neededFor(route) - heldOn(route, p))).sort((a, b) => a - b);
  let missing = 0;
  for (let i = 0; i < needed; i++) missing += lacks[i] ?? neededFor(route);
  return missing;
}

function evaluateSkills(req: SkillsRequirement, answers: Answers): SkillsResult {
  const people = answers.individuals;
  const qualifies = (p: Individual): boolean =>
    req.sameIndividuals ? req.routes.every((r) => satisfies(r, p)) : req.routes.some((r) => satisfies(r, p));
  const qualified = people.filter(qualifies).length;
  const routes = req.routes.map((r) => {
    const needed = r.individuals ?? req.individuals;
    return { key: r.key, qualified: people.filter((p) => satisfies(r, p)).length, needed, missing: missingFor(r, people, needed) };
  });
  // A route with its own head count is met alone; the others pool their people.
  const met = qualified >= req.individuals || routes.some((r, i) => req.routes[i]!.individuals !== undefined && r.qualified >= r.needed);
  const closer = [...routes].sort((a, b) => a.missing - b.missing)[0]!.key;
  return {
    kind: 'skills',
    id: req.id,
    // Nobody entered yet is an unanswered question, not a team without credentials.
    status: met ? 'met' : people.length === 0 ? 'unknown' : 'not-met',
    needed: req.individuals,
    qualified,
    gap: met ? 0 : req.individuals - qualified,
    routes,
    closer,
    progress: met ? 1 : ratio(qualified, req.individuals),
    segmentIds: req.segmentIds,
    anchor: req.anchor,
  };
}

function evaluateOther(req: OtherRequirement, answers: Answers): OtherResult {
  const answer = answers.other[req.id];
  const status: Verdict = answer === 'yes' ? 'met' : answer === 'no' ? 'not-met' : 'unknown';
  return { kind: 'other', id: req.id, status, answer, progress: status === 'met' ? 1 : 0, segmentIds: req.segmentIds, anchor: req.anchor };
}

const handlers: { [K in Requirement['kind']]: (req: Extract<Requirement, { kind: K }>, answers: Answers) => RequirementResult } = {
  performance: evaluatePerformance,
  skills: evaluateSkills,
  other: evaluateOther,
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
