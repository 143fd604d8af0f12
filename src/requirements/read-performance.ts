// Reads a "must meet the performance thresholds" item: each minimum per market (its own
// measure when one item states several), and the workloads, window, exclusions,
// associations and notes that qualify them. A sentence none of the readers understands, or a
// number that is not a threshold it can name, is a problem: the item is then kept whole.
import type { Draft } from './drafts.ts';
import type { Association, Market, PerformanceRequirement, Workload } from './model.ts';
import type { OutlineItem, OutlineNode } from './outline.ts';
import { readAssociations } from './read-associations.ts';
import { isTrialExclusion, readCondition } from './read-conditions.ts';
import { mentionsMarket, readMarket, readThresholds, readWindow, type ThresholdFact } from './read-thresholds.ts';
import { readWorkloads } from './read-workloads.ts';
import type { Problem } from './read-skills.ts';
import { ids, joinLabel, type Sentence } from './sentences.ts';
import { slugify } from './slugify.ts';

type PerformanceDraft = Draft<PerformanceRequirement>;

export type PerformanceRead = { drafts: PerformanceDraft[] } | { problems: Problem[] } | undefined;

const LEAD_IN = /\b(?:performance|revenue|consumption|usage|deployment|sales) (?:thresholds?|requirements?)\b/i;
const INTRO = /^(?:your organization|partners?|you) must meet the (?:following )?(?:performance|revenue) (?:thresholds?|requirements?)[.:]?$/i;

interface Facts {
  thresholds: Array<ThresholdFact & { market: Market; sentence: Sentence }>;
  window?: PerformanceDraft['window'];
  workloads: Workload[];
  associations: Association[];
  exclusions: PerformanceDraft['exclusions'];
  notes: PerformanceDraft['notes'];
  measure?: PerformanceDraft['measure'];
  read: Sentence[];
  problems: Problem[];
}

/** Adds items by key, merging the segment ids of repeats. */
function addByKey<T extends { key: string; segmentIds: string[] }>(into: T[], items: T[]): void {
  for (const item of items) {
    const known = into.find((i) => i.key === item.key);
    if (known) known.segmentIds = [...new Set([...known.segmentIds, ...item.segmentIds])];
    else into.push({ ...item });
  }
}

/** Runs every fact reader on one sentence; a sentence none of them reads is a problem. */
function readSentence(facts: Facts, sentence: Sentence, market: Market, locale: string): void {
  const { facts: thresholds, problems } = readThresholds(sentence, locale);
  for (const p of problems) facts.problems.push({ ruleId: 'req-threshold-unknown', reason: `“${sentence.source}”: ${p}`, sentence });
  let sentenceMarket = market;
  if (thresholds.length > 0 && mentionsMarket(sentence)) {
    const inText = /\b(developed|developing)\b/i.exec(sentence.source)?.[1]?.toLowerCase() as Market | undefined;
    const both = /\bdeveloped\b/i.test(sentence.source) && /\bdeveloping\b/i.test(sentence.source);
    if (!inText || both || (market !== 'all' && market !== inText)) {
      facts.problems.push({ ruleId: 'req-market-unknown', reason: `“${sentence.source}”: which market each minimum is for is not clear`, sentence });
    } else sentenceMarket = inText;
  }
  facts.thresholds.push(...thresholds.map((t) => ({ ...t, market: sentenceMarket, sentence })));
  const window = readWindow(sentence);
  if (window && !facts.window) facts.window = { ...window, segmentIds: [sentence.id] };
  const workloads = readWorkloads(sentence, locale);
  if (workloads) addByKey(facts.workloads, workloads.workloads);
  const associations = readAssociations(sentence, locale);
  if (associations) addByKey(facts.associations, associations.associations);
  const condition = readCondition(sentence);
  if (condition?.exclusion) {
    // The checker asks each customer paid or trial; an exclusion it cannot ask about would be ignored.
    if (isTrialExclusion(condition.exclusion)) addByKey(facts.exclusions, [condition.exclusion]);
    else facts.problems.push({ ruleId: 'req-exclusion-unknown', reason: `“${sentence.source}” leaves out customers the checker cannot ask about`, sentence });
  }
  if (condition?.note) facts.notes.push(condition.note);
  if (condition?.measure) facts.measure = condition.measure;
  const read = thresholds.length > 0 || !!window || !!workloads || !!associations || !!condition || INTRO.test(sentence.source.trim());
  if (read) facts.read.push(sentence);
  else facts.problems.push({ ruleId: 'req-sentence-unknown', reason: `“${sentence.source}” states nothing the performance grammar reads`, sentence });
}

function readNodes(facts: Facts, nodes: OutlineNode[], market: Market, locale: string): void {
  let current = market;
  for (const node of nodes) {
    if (node.kind === 'separator') {
      facts.problems.push({ ruleId: 'req-separator-unexpected', reason: `“${node.sentence.source}” between performance facts`, sentence: node.sentence });
      continue;
    }
    if (node.kind === 'text') {
      // A bold paragraph "Developed Markets" opens the facts that follow it.
      const heading = node.sentences.length === 1 ? readMarket(node.sentences[0]!) : undefined;
      if (heading) {
        current = heading;
        facts.read.push(node.sentences[0]!);
      } else for (const s of node.sentences) readSentence(facts, s, current, locale);
      continue;
    }
    const heading = node.head.length === 1 ? readMarket(node.head[0]!) : undefined;
    if (heading) {
      facts.read.push(node.head[0]!);
      // A market heading with nothing under it opens the siblings after it.
      if (node.children.length === 0) current = heading;
      else readNodes(facts, node.children, heading, locale);
      continue;
    }
    if (node.head.length === 1 && node.children.length > 0 && node.head[0]!.source.split(/\s+/).length <= 5 && !readThresholds(node.head[0]!, locale).facts.length) {
      facts.problems.push({ ruleId: 'req-heading-unknown', reason: `“${node.head[0]!.source}” heads facts but names no market the grammar knows`, sentence: node.head[0]! });
      continue;
    }
    for (const s of node.head) readSentence(facts, s, current, locale);
    readNodes(facts, node.children, current, locale);
  }
}

/** Units that two minimums of one item share are told apart by their noun phrase ("revenue", "cloud revenue"). */
function unitKeys(thresholds: Facts['thresholds']): Map<ThresholdFact, string> {
  const keys = new Map<ThresholdFact, string>();
  const byUnit = new Map<string, Set<string>>();
  for (const t of thresholds) byUnit.set(t.unit, (byUnit.get(t.unit) ?? new Set()).add(slugify(t.phrase)));
  for (const t of thresholds) keys.set(t, (byUnit.get(t.unit)?.size ?? 0) > 1 && t.quantity === 'money' ? `${t.unit}-${slugify(t.phrase) || 'amount'}` : t.unit);
  return keys;
}

/** The performance requirements of one item; `undefined` when the item sets no threshold and is no performance lead-in. */
export function readPerformance(item: OutlineItem, locale: string): PerformanceRead {
  const facts: Facts = { thresholds: [], workloads: [], associations: [], exclusions: [], notes: [], read: [], problems: [] };
  const leadIn = item.head.filter((s) => LEAD_IN.test(s.source));
  facts.read.push(...leadIn);
  // A market written right under the lead-in ("**Developed Markets**" with no blank line) opens what follows.
  let market: Market = 'all';
  for (const s of item.head) {
    if (leadIn.includes(s)) continue;
    const heading = readMarket(s);
    if (heading) {
      market = heading;
      facts.read.push(s);
    } else readSentence(facts, s, market, locale);
  }
  readNodes(facts, item.children, market, locale);
  if (facts.thresholds.length === 0) {
    if (leadIn.length === 0) return undefined;
    return { problems: [...facts.problems, { ruleId: 'req-threshold-missing', reason: `“${leadIn[0]!.source}” is followed by no minimum the grammar can read`, sentence: leadIn[0]! }] };
  }
  if (facts.problems.length > 0) return { problems: facts.problems };
  const keys = unitKeys(facts.thresholds);
  const units = [...new Set(facts.thresholds.map((t) => keys.get(t)!))];
  const problems: Problem[] = [];
  const segmentIds = ids(facts.read);
  const drafts = units.map((unit): PerformanceDraft => {
    const mine = facts.thresholds.filter((t) => keys.get(t) === unit);
    const markets = mine.map((t) => t.market);
    if (new Set(markets).size !== markets.length) {
      problems.push({ ruleId: 'req-threshold-ambiguous', reason: `two minimums of ${mine[0]!.unitLabel.source} for one market`, sentence: mine[1]!.sentence });
    }
    if (markets.includes('all') && markets.length > 1) {
      problems.push({ ruleId: 'req-market-unknown', reason: `a minimum of ${mine[0]!.unitLabel.source} with no market beside ones per market`, sentence: mine[0]!.sentence });
    }
    const labelFrom = units.length === 1 && leadIn.length > 0 ? leadIn : [...new Set(mine.map((t) => t.sentence))];
    const first = mine[0]!;
    return {
      kind: 'performance',
      label: joinLabel(labelFrom),
      segmentIds,
      unit,
      quantity: first.quantity,
      ...(first.currency ? { currency: first.currency } : {}),
      perCustomer: first.perCustomer,
      unitLabel: first.unitLabel,
      thresholds: mine.map((t) => ({ market: t.market, value: t.value, segmentIds: [t.sentence.id] })),
      ...(facts.window ? { window: facts.window } : {}),
      workloads: first.perCustomer ? [] : facts.workloads,
      measure: facts.measure ?? 'total',
      exclusions: facts.exclusions,
      associations: facts.associations,
      notes: facts.notes,
    };
  });
  return problems.length ? { problems } : { drafts };
}
