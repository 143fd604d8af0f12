// What `npm run check` prints: a page's verdicts for one set of public answers, per option
// level and requirement, with status, gap and segment ids. Shared by the command and its tests.
import type { AlignedDocument } from '../sxs/types.ts';
import { extractRequirements } from '../requirements/extract-requirements.ts';
import { evaluate, type Verdict } from './evaluate.ts';
import { readPublicAnswers } from './public-answers.ts';

export interface CheckedRequirement {
  id: string;
  kind: string;
  status: Verdict;
  unit?: string;
  threshold?: number;
  gap?: number;
  needed?: number;
  qualified?: number;
  closer?: string;
  segmentIds: string[];
}

export interface CheckOutput {
  page: string;
  option: string;
  levels: Array<{ level: string; verdict: Verdict; requirements: CheckedRequirement[] }>;
}

export type CheckResult = { ok: CheckOutput } | { problems: string[] };

/** Verdicts for `input` (the public answers format) on the page `doc`. */
export function checkPage(doc: AlignedDocument, input: unknown): CheckResult {
  const { model } = extractRequirements(doc);
  const { answers, problems } = readPublicAnswers(model, input);
  if (problems.length) return { problems };
  const evaluation = evaluate(model, answers);
  const option = model.options.find((o) => o.key === evaluation.option)!;
  return {
    ok: {
      page: model.slug,
      option: evaluation.option,
      levels: evaluation.levels.map((l, i) => ({
        level: l.level,
        verdict: l.verdict,
        requirements: l.requirements.map((r, j): CheckedRequirement => {
          const req = option.levels[i]!.requirements[j]!;
          const base = { id: r.id, kind: r.kind, status: r.status, segmentIds: r.segmentIds };
          if (r.kind === 'performance' && req.kind === 'performance') return { ...base, unit: req.unit, ...(r.threshold !== undefined ? { threshold: r.threshold } : {}), ...(r.gap !== undefined ? { gap: r.gap } : {}) };
          if (r.kind === 'skills') return { ...base, needed: r.needed, qualified: r.qualified, gap: r.gap, closer: r.closer };
          return base;
        }),
      })),
    },
  };
}
