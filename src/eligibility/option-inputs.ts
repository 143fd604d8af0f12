// What the checker asks for one option of a model: the measures a customer row or a total
// carries, the associations and credentials to choose from, the `other` attestations. The
// island builds its form from this alone, and the evaluator reads values by the same keys.
import type {
  Association,
  Bilingual,
  Competency,
  CompetencyOption,
  ConfirmRequirement,
  Credential,
  PerformanceRequirement,
  Requirement,
} from '../requirements/model.ts';
import { isTrialExclusion } from '../requirements/trial-exclusion.ts';

export { isTrialExclusion };

export interface Measure {
  /** `<unit>:<workload key>` for a workload, `<unit>` when the requirement names none. */
  key: string;
  unit: PerformanceRequirement['unit'];
  label: Bilingual;
  /** A customer row counts as one (customers, new customers) instead of carrying a number. */
  perCustomer: boolean;
  /** An amount of money (in `currency`) rather than a count. */
  money: boolean;
  currency?: string;
}

/** The measures a performance requirement is counted in. */
export function measuresOf(req: PerformanceRequirement): Measure[] {
  const { perCustomer } = req;
  const kind = { perCustomer, money: req.quantity === 'money', ...(req.currency ? { currency: req.currency } : {}) };
  if (perCustomer || req.workloads.length === 0) return [{ key: req.unit, unit: req.unit, label: req.unitLabel, ...kind }];
  return req.workloads.map((w) => ({ key: `${req.unit}:${w.key}`, unit: req.unit, label: w.name, ...kind }));
}

export const excludesTrials = (req: PerformanceRequirement): boolean => req.exclusions.some(isTrialExclusion);

export interface OptionInputs {
  measures: Measure[];
  associations: Association[];
  /** Some requirement leaves out trials, so each customer row asks trial or paid. */
  asksTrial: boolean;
  /** Some threshold differs by market, so the market question matters. */
  asksMarket: boolean;
  credentials: Credential[];
  confirmations: ConfirmRequirement[];
}

const uniqueBy = <T>(items: T[], key: (t: T) => string): T[] => [...new Map(items.map((t) => [key(t), t])).values()];

const requirementsOf = (option: CompetencyOption): Requirement[] => option.levels.flatMap((l) => l.requirements);

export function optionInputs(option: CompetencyOption): OptionInputs {
  const reqs = requirementsOf(option);
  const perf = reqs.filter((r): r is PerformanceRequirement => r.kind === 'performance');
  return {
    measures: uniqueBy(perf.flatMap(measuresOf), (m) => m.key),
    associations: uniqueBy(perf.flatMap((r) => r.associations), (a) => a.key),
    asksTrial: perf.some(excludesTrials),
    asksMarket: perf.some((r) => r.thresholds.some((t) => t.market !== 'all')),
    credentials: uniqueBy(
      reqs.flatMap((r) => (r.kind === 'skills' ? r.alternatives.flatMap((a) => a.groups.flatMap((g) => g.routes.flatMap((route) => route.credentials))) : [])),
      (c) => c.key,
    ),
    confirmations: reqs.filter((r): r is ConfirmRequirement => r.kind === 'confirm'),
  };
}

/** The option an answer names, or the model's first. */
export const findOption = (model: Competency, key: string): CompetencyOption | undefined =>
  model.options.find((o) => o.key === key) ?? model.options[0];
