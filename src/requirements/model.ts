// The requirement model: what a competency page asks of a partner, as data. Extraction
// (extract-requirements.ts) fills it from an aligned document; the checker island, the
// published JSON and the page's checklist read it. Types come from these schemas only.
import { z } from 'zod';

/** A label in both languages of the page: `target` from the localized text, `source` from the English original. */
export const Bilingual = z.object({
  target: z.string(),
  source: z.string(),
});
export type Bilingual = z.infer<typeof Bilingual>;

/** The segment ids a fact was read from (at least one). */
export const SegmentIds = z.array(z.string().min(1)).min(1);

export const Market = z.enum(['developed', 'developing', 'all']);
export type Market = z.infer<typeof Market>;

export const Credential = z.object({
  /** Stable key within the model, e.g. `exam-70-346`, `cert-mcsa-office-365`. */
  key: z.string(),
  kind: z.enum(['exam', 'certification', 'assessment', 'other']),
  /** Code as printed, e.g. `70-346` or `MCSA`; absent when the text names none. */
  code: z.string().optional(),
  /** Full name as the page gives it, e.g. `MCSA: Office 365`. */
  title: Bilingual,
  url: z.string().optional(),
  segmentIds: SegmentIds,
});
export type Credential = z.infer<typeof Credential>;

/** One way for an individual to meet a group: all of, one of, or `count` of a set of credentials. */
export const CredentialRoute = z.object({
  key: z.string(),
  /** `all-of`: the same individual holds every credential; `one-of`: any one suffices; `k-of`: `count` of them. */
  mode: z.enum(['all-of', 'one-of', 'k-of']),
  /** For `k-of`: how many of `credentials` one individual needs. */
  count: z.number().int().positive().optional(),
  credentials: z.array(Credential).min(1),
  /** The clause or focus area this route was read from. */
  label: Bilingual,
  segmentIds: SegmentIds,
});
export type CredentialRoute = z.infer<typeof CredentialRoute>;

/** One clause of a skills requirement: a set of credential routes, any one of which meets it. */
export const SkillGroup = z.object({
  key: z.string(),
  routes: z.array(CredentialRoute).min(1),
  label: Bilingual,
  segmentIds: SegmentIds,
});
export type SkillGroup = z.infer<typeof SkillGroup>;

/** `count` different individuals, each meeting every group named in `groups`. */
export const SkillRole = z.object({
  count: z.number().int().positive(),
  groups: z.array(z.string()).min(1),
});
export type SkillRole = z.infer<typeof SkillRole>;

/**
 * One way to meet a skills requirement. Its `roles` are filled by different people
 * ("1 individual must pass A; the other individual must pass B"; "2 individuals … and 1 of
 * the same 2 …" is a role of 1 with both groups and a role of 1 with the first); `separate`
 * counts are met by any individuals, the same ones or others ("the same or different 5").
 */
export const SkillAlternative = z.object({
  key: z.string(),
  /** Everyone the roles need: the sum of their counts. */
  individuals: z.number().int().positive(),
  groups: z.array(SkillGroup).min(1),
  roles: z.array(SkillRole).min(1),
  separate: z.array(z.object({ group: z.string(), count: z.number().int().positive() })),
  label: Bilingual,
  segmentIds: SegmentIds,
});
export type SkillAlternative = z.infer<typeof SkillAlternative>;

/** Footnotes the page gives on a requirement's credentials (e.g. an exam's retirement date). */
export const Footnotes = z.array(z.object({ label: Bilingual, segmentIds: SegmentIds }));

const RequirementBase = z.object({
  /** Unique within the model, stable across builds: `<option>.<level>.<n>`. */
  id: z.string(),
  /** The requirement sentence as the page states it. */
  label: Bilingual,
  /** Heading anchor of the level this requirement sits under, for links back to the page. */
  anchor: z.string(),
  segmentIds: SegmentIds,
});

export const Threshold = z.object({
  market: Market,
  value: z.number().nonnegative(),
  segmentIds: SegmentIds,
});
export type Threshold = z.infer<typeof Threshold>;

export const Association = z.object({
  key: z.string(),
  /** English name from the original; `target` is the localized wording when the translation has it. */
  name: Bilingual,
  segmentIds: SegmentIds,
});
export type Association = z.infer<typeof Association>;

export const Workload = z.object({
  key: z.string(),
  name: Bilingual,
  segmentIds: SegmentIds,
});
export type Workload = z.infer<typeof Workload>;

export const PerformanceRequirement = RequirementBase.extend({
  kind: z.literal('performance'),
  /** Key of what is counted, from the text: `active-users`, `new-customers`, `seats`, `usd`, `usd-cloud-revenue` … */
  unit: z.string().min(1),
  /** `count`: a number of customers, users, seats …; `money`: an amount in `currency`. */
  quantity: z.enum(['count', 'money']),
  /** ISO 4217 code for money, e.g. `USD`. */
  currency: z.string().optional(),
  /** A qualifying customer counts as one (customers, new customers) instead of carrying a number. */
  perCustomer: z.boolean(),
  unitLabel: Bilingual,
  /** One threshold per market the text names; `all` when it does not split by market. */
  thresholds: z.array(Threshold).min(1),
  /** e.g. "in the last 12 months"; absent when the text states no window. */
  window: z.object({ months: z.number().int().positive().optional(), label: Bilingual, segmentIds: SegmentIds }).optional(),
  /** Workloads or products that count; empty when the text names none. */
  workloads: z.array(Workload),
  /** `per-workload`: the threshold is met by one workload's total (seed note 2ecbe-119); `total`: all counted together. */
  measure: z.enum(['per-workload', 'total']),
  exclusions: z.array(z.object({ key: z.string(), label: Bilingual, segmentIds: SegmentIds })),
  /** Customer associations that make a customer count; empty when any customer counts. */
  associations: z.array(Association),
  notes: z.array(z.object({ label: Bilingual, segmentIds: SegmentIds })),
});
export type PerformanceRequirement = z.infer<typeof PerformanceRequirement>;

export const SkillsRequirement = RequirementBase.extend({
  kind: z.literal('skills'),
  /** How many individuals the requirement's lead sentence names (the smallest alternative's count). */
  individuals: z.number().int().positive(),
  /** OR alternatives: the requirement is met through any one of them. */
  alternatives: z.array(SkillAlternative).min(1),
  /** Footnotes the page gives on these credentials (e.g. an exam's retirement date); absent when none. */
  notes: Footnotes.optional(),
});
export type SkillsRequirement = z.infer<typeof SkillsRequirement>;

/** Why the grammar kept a requirement whole for the partner to read and confirm. */
export const ConfirmReason = z.object({
  /** The diagnostic's rule id, e.g. `req-clause-unknown`. */
  ruleId: z.string(),
  /** Short English reason, for editors. */
  reason: z.string(),
  segmentId: z.string().optional(),
});
export type ConfirmReason = z.infer<typeof ConfirmReason>;

/** A requirement the grammar cannot type: its whole item, answered by the partner as yes / no / not sure. */
export const ConfirmRequirement = RequirementBase.extend({
  kind: z.literal('confirm'),
  reasons: z.array(ConfirmReason).min(1),
  /** Footnotes the page gives on credentials of the item; absent when none. */
  notes: Footnotes.optional(),
});
export type ConfirmRequirement = z.infer<typeof ConfirmRequirement>;

export const Requirement = z.discriminatedUnion('kind', [PerformanceRequirement, SkillsRequirement, ConfirmRequirement]);
export type Requirement = z.infer<typeof Requirement>;

export const Level = z.object({
  level: z.enum(['silver', 'gold']),
  name: Bilingual,
  anchor: z.string(),
  requirements: z.array(Requirement),
});
export type Level = z.infer<typeof Level>;

export const CompetencyOption = z.object({
  key: z.string(),
  name: Bilingual,
  anchor: z.string(),
  segmentIds: SegmentIds,
  levels: z.array(Level),
});
export type CompetencyOption = z.infer<typeof CompetencyOption>;

/** A place where the two languages of a segment disagree on a fact. */
export const Disagreement = z.object({
  segmentId: z.string(),
  kind: z.enum(['number', 'credential', 'list-item', 'term']),
  /** What the English original says. */
  source: z.string(),
  /** What the translation says instead; absent when it leaves the item out. */
  target: z.string().optional(),
  /** Requirements whose facts come from this segment. */
  requirementIds: z.array(z.string()),
  /** Short note for readers, in both languages. */
  note: Bilingual,
});
export type Disagreement = z.infer<typeof Disagreement>;

export const Competency = z.object({
  /** Published file name without extension, e.g. `competency-cloud-productivity`. */
  slug: z.string(),
  title: Bilingual,
  locales: z.object({ target: z.string(), source: z.string() }),
  options: z.array(CompetencyOption),
  disagreements: z.array(Disagreement),
  /** Where the facts came from, for credit and traceability. */
  origin: z.object({ file: z.string().optional().describe('The source file, relative to the content folder; left out of what a page gives its checker.'), openlocfilehash: z.string().optional(), lasthandoff: z.string().optional() }),
});
export type Competency = z.infer<typeof Competency>;

/** JSON Schema of the published model, for users outside this project. */
export function competencyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Competency, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** Whether a model gives the checker anything to evaluate. */
export const hasRequirements = (model: Competency): boolean =>
  model.options.some((o) => o.levels.some((l) => l.requirements.length > 0));
