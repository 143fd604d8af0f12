// Reads a "must meet the performance thresholds" list item: the thresholds per market and
// unit, and the workloads, window, exclusions, associations and notes that qualify them.
// One requirement per unit ("3 new customers and 500 active entitlements" sets two).
import type { ListItem, RootContent } from 'mdast';
import type { AlignedDocument } from '../sxs/types.ts';
import type { Draft } from './drafts.ts';
import type { Association, Market, PerformanceRequirement, Workload } from './model.ts';
import { readAssociations } from './read-associations.ts';
import { readCondition } from './read-conditions.ts';
import { readMarket, readThresholds, readWindow, type ThresholdFact } from './read-thresholds.ts';
import { readWorkloads } from './read-workloads.ts';
import { ids, itemBody, itemHead, joinLabel, sentencesIn, type Sentence } from './sentences.ts';

type PerformanceDraft = Draft<PerformanceRequirement>;

export interface PerformanceRead {
  requirements: PerformanceDraft[];
  /** Sentences in the item that state none of the facts above (they become `other` requirements). */
  unread: Sentence[];
}

const LEAD_IN = /\bperformance thresholds?\b/i;

interface Facts {
  thresholds: Array<ThresholdFact & { market: Market; sentence: Sentence }>;
  window?: PerformanceDraft['window'];
  workloads: Workload[];
  associations: Association[];
  exclusions: PerformanceDraft['exclusions'];
  notes: PerformanceDraft['notes'];
  measure?: PerformanceDraft['measure'];
  read: Sentence[];
  unread: Sentence[];
}

/** Adds items by key, merging the segment ids of repeats. */
function addByKey<T extends { key: string; segmentIds: string[] }>(into: T[], items: T[]): void {
  for (const item of items) {
    const known = into.find((i) => i.key === item.key);
    if (known) known.segmentIds = [...new Set([...known.segmentIds, ...item.segmentIds])];
    else into.push({ ...item });
  }
}

/** Runs every fact reader on one sentence; true when any of them found something. */
function readSentence(facts: Facts, sentence: Sentence, market: Market): boolean {
  const thresholds = readThresholds(sentence);
  facts.thresholds.push(...thresholds.map((t) => ({ ...t, market, sentence })));
  const window = readWindow(sentence);
  if (window && !facts.window) facts.window = { ...window, segmentIds: [sentence.id] };
  const workloads = readWorkloads(sentence);
  if (workloads) addByKey(facts.workloads, workloads.workloads);
  const associations = readAssociations(sentence);
  if (associations) addByKey(facts.associations, associations.associations);
  const condition = readCondition(sentence);
  if (condition?.exclusion) addByKey(facts.exclusions, [condition.exclusion]);
  if (condition?.note) facts.notes.push(condition.note);
  if (condition?.measure) facts.measure = condition.measure;
  return thresholds.length > 0 || !!window || !!workloads || !!associations || !!condition;
}

function readNodes(doc: AlignedDocument, facts: Facts, nodes: RootContent[], market: Market): void {
  for (const node of nodes) {
    if (node.type !== 'list') {
      for (const s of sentencesIn(doc, node)) (readSentence(facts, s, market) ? facts.read : facts.unread).push(s);
      continue;
    }
    for (const item of node.children) {
      const head = itemHead(doc, item);
      const heading = head.length === 1 ? readMarket(head[0]!) : undefined;
      if (heading) facts.read.push(head[0]!);
      else for (const s of head) (readSentence(facts, s, market) ? facts.read : facts.unread).push(s);
      readNodes(doc, facts, itemBody(item), heading ?? market);
    }
  }
}

/** The performance requirements of one list item; `undefined` when it sets no threshold. */
export function readPerformance(doc: AlignedDocument, item: ListItem): PerformanceRead | undefined {
  const facts: Facts = { thresholds: [], workloads: [], associations: [], exclusions: [], notes: [], read: [], unread: [] };
  const head = itemHead(doc, item);
  const leadIn = head.filter((s) => LEAD_IN.test(s.source));
  facts.read.push(...leadIn);
  for (const s of head) if (!leadIn.includes(s)) (readSentence(facts, s, 'all') ? facts.read : facts.unread).push(s);
  readNodes(doc, facts, itemBody(item), 'all');
  if (facts.thresholds.length === 0) return undefined;

  const units = [...new Set(facts.thresholds.map((t) => t.unit))];
  const segmentIds = ids(facts.read);
  const requirements = units.map((unit): PerformanceDraft => {
    const mine = facts.thresholds.filter((t) => t.unit === unit);
    const labelFrom = units.length === 1 && leadIn.length > 0 ? leadIn : [...new Set(mine.map((t) => t.sentence))];
    return {
      kind: 'performance',
      label: joinLabel(labelFrom),
      segmentIds,
      unit,
      unitLabel: mine[0]!.unitLabel,
      thresholds: mine.map((t) => ({ market: t.market, value: t.value, segmentIds: [t.sentence.id] })),
      ...(facts.window ? { window: facts.window } : {}),
      workloads: facts.workloads,
      measure: facts.measure ?? 'total',
      exclusions: facts.exclusions,
      associations: facts.associations,
      notes: facts.notes,
    };
  });
  return { requirements, unread: facts.unread };
}
