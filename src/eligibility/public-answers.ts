// The public answers format: what `npm run check` reads and `/data/answers.schema.json`
// describes. Options by key or name, credentials by code, key or title, measures by key or by
// unit, confirmations by requirement id. Read against a model into the checker's own answers
// (answers.ts), naming every part it cannot place instead of guessing.
import { z } from 'zod';
import type { Competency, Credential } from '../requirements/model.ts';
import { emptyAnswers, MAX_ROWS, MAX_VALUE } from './answer-values.ts';
import type { Answers, Count } from './answers.ts';
import { findOption, optionInputs } from './option-inputs.ts';

const CountValue = z.union([z.literal('unknown'), z.number().int().min(0).max(MAX_VALUE)]);
const Attestation = z.enum(['yes', 'no', 'unsure']);

export const PublicAnswers = z.strictObject({
  /** Option key (`managed-service-partner`) or name in either language; default: the page's first option. */
  option: z.string().max(200).optional(),
  market: z.enum(['developed', 'developing', 'unknown']).default('unknown'),
  /** One entry per customer; `values` keyed by measure key (`active-users:exchange-online`) or unit (`new-customers`). */
  customers: z
    .array(
      z.strictObject({
        association: z.string().max(200).default('unknown'),
        status: z.enum(['paid', 'trial', 'unknown']).default('unknown'),
        values: z.record(z.string(), CountValue).default({}),
      }),
    )
    .max(MAX_ROWS)
    .optional(),
  /** Instead of customers: totals over the qualifying customers, keyed like `values`. */
  totals: z.record(z.string(), CountValue).optional(),
  /** One entry per person: the credentials they hold, by code (`70-346`, `MCSA`), key or title. */
  individuals: z.array(z.strictObject({ credentials: z.array(z.string().max(300)).max(200) })).max(MAX_ROWS).default([]),
  /** Answers to requirements kept whole ("read and confirm"), by requirement id. */
  confirmations: z.record(z.string(), Attestation).default({}),
});
export type PublicAnswers = z.input<typeof PublicAnswers>;

/** JSON Schema of the answers format, published as /data/answers.schema.json. */
export const answersJsonSchema = (): Record<string, unknown> => z.toJSONSchema(PublicAnswers, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;

export interface ReadAnswers {
  answers: Answers;
  /** What could not be placed against the model, e.g. `individuals[0]: unknown credential "70-999"`. */
  problems: string[];
}

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function credentialMatcher(credentials: Credential[]): (name: string) => string | undefined {
  return (name) => {
    const f = fold(name);
    const byKey = credentials.find((c) => c.key === name);
    if (byKey) return byKey.key;
    const byTitle = credentials.filter((c) => fold(c.title.source) === f || fold(c.title.target) === f);
    if (byTitle.length === 1) return byTitle[0]!.key;
    const byCode = credentials.filter((c) => c.code && fold(c.code) === f);
    return byCode.length === 1 ? byCode[0]!.key : undefined;
  };
}

/** Reads public answers against a model; never throws on content (schema errors are problems). */
export function readPublicAnswers(model: Competency, input: unknown): ReadAnswers {
  const parsed = PublicAnswers.safeParse(input);
  if (!parsed.success) {
    return { answers: emptyAnswers(), problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'answers'}: ${i.message}`) };
  }
  const a = parsed.data;
  const problems: string[] = [];
  const wanted = a.option === undefined ? undefined : fold(a.option);
  const option = wanted === undefined ? model.options[0] : model.options.find((o) => o.key === a.option || fold(o.name.source) === wanted || fold(o.name.target) === wanted);
  if (!option) {
    problems.push(`option: no option “${a.option}” on this page (${model.options.map((o) => o.key).join(', ')})`);
    return { answers: emptyAnswers(), problems };
  }
  const inputs = optionInputs(option);
  const measureKey = (key: string, where: string): string | undefined => {
    if (inputs.measures.some((m) => m.key === key)) return key;
    const byUnit = inputs.measures.filter((m) => m.unit === key);
    if (byUnit.length === 1) return byUnit[0]!.key;
    problems.push(`${where}: no measure “${key}” (${inputs.measures.map((m) => m.key).join(', ')})`);
    return undefined;
  };
  const values = (record: Record<string, Count>, where: string): Record<string, Count> =>
    Object.fromEntries(Object.entries(record).flatMap(([k, v]) => {
      const key = measureKey(k, `${where}.${k}`);
      return key ? [[key, v]] : [];
    }));
  const association = (name: string, where: string): string => {
    if (name === 'none' || name === 'unknown') return name;
    const f = fold(name);
    const found = inputs.associations.find((x) => x.key === name || fold(x.name.source) === f || fold(x.name.target) === f);
    if (!found) problems.push(`${where}: no association “${name}” (${inputs.associations.map((x) => x.key).join(', ')}, none, unknown)`);
    return found?.key ?? 'unknown';
  };
  const credential = credentialMatcher(inputs.credentials);
  const confirmIds = new Set(inputs.confirmations.map((r) => r.id));
  const answers: Answers = {
    ...emptyAnswers(),
    option: option.key,
    market: a.market,
    mode: a.totals && !a.customers ? 'totals' : 'customers',
    customers: (a.customers ?? []).map((c, i) => ({
      name: '',
      association: association(c.association, `customers[${i}].association`),
      status: c.status,
      values: values(c.values, `customers[${i}].values`),
    })),
    totals: a.totals ? values(a.totals, 'totals') : {},
    individuals: a.individuals.map((p, i) => ({
      name: '',
      held: p.credentials.flatMap((name) => {
        const key = credential(name);
        if (!key) problems.push(`individuals[${i}]: no credential “${name}” on this option`);
        return key ? [key] : [];
      }),
    })),
    confirmations: Object.fromEntries(Object.entries(a.confirmations).filter(([id]) => {
      if (!confirmIds.has(id)) problems.push(`confirmations.${id}: no requirement to confirm with this id (${[...confirmIds].join(', ') || 'none'})`);
      return confirmIds.has(id);
    })),
  };
  return { answers, problems };
}
