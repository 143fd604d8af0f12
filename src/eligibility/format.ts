// Words for results: the gap in the requirement's own unit, the routes a person can take,
// the next step. Labels from the model in the page's language, strings from the checker
// catalogue, numbers in the page locale's format.
import { languageOf } from '../locale/language-of.ts';
import { formatMessage } from '../locale/format-message.ts';
import type { Bilingual, Competency, CredentialRoute, Credential, Requirement } from '../requirements/model.ts';
import type { RequirementResult } from './evaluate.ts';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/**
 * A translator over a flat catalogue with the locale layer's `{name}` formatter; a missing key
 * shows as itself. Plural forms are picked by the caller (`gapText`), which keeps the island small.
 */
export const translator =
  (messages: Record<string, string>): Translate =>
  (key, vars) =>
    formatMessage(messages[key] ?? key, vars);

/** Picks a model label in the page's language: the localized text on a target-language page, else the English original. */
export const labelPicker =
  (model: Competency, locale: string) =>
  (label: Bilingual): string => {
    return languageOf(locale) === languageOf(model.locales.target) && label.target ? label.target : label.source;
  };

export interface Words {
  t: Translate;
  pick: (label: Bilingual) => string;
  nf: Intl.NumberFormat;
}

/** Exams by code (`70-346`), other credentials by title (`MCSA: Office 365`). */
export const credentialName = (c: Credential, w: Words): string => (c.kind === 'exam' && c.code ? c.code : w.pick(c.title));

export const routeText = (route: CredentialRoute, w: Words): string =>
  route.credentials.map((c) => credentialName(c, w)).join(w.t(route.mode === 'all-of' ? 'checker.and' : 'checker.or'));

export const amountText = (value: number, unit: string, w: Words): string =>
  unit === 'usd' ? `US$ ${w.nf.format(value)}` : w.nf.format(value);

/** What is still missing, in the requirement's own unit; empty when nothing is or it cannot be said yet. */
export function gapText(req: Requirement, result: RequirementResult, w: Words): string {
  if (result.kind === 'performance' && req.kind === 'performance' && result.gap !== undefined && result.gap > 0) {
    const key = req.measure === 'per-workload' && req.workloads.length > 1 ? 'checker.gap.per-workload' : 'checker.gap.total';
    return w.t(key, { amount: amountText(result.gap, req.unit, w), unit: req.unit === 'usd' ? '' : w.pick(req.unitLabel) }).replace(/ {2,}/g, ' ');
  }
  if (result.kind === 'skills' && req.kind === 'skills' && result.gap > 0) {
    const routes = [...req.routes].sort((a, b) => Number(b.key === result.closer) - Number(a.key === result.closer));
    const form = new Intl.PluralRules(w.nf.resolvedOptions().locale).select(result.gap) === 'one' ? 'one' : 'other';
    return w.t(`checker.gap.person.${form}`, {
      count: w.nf.format(result.gap),
      routes: routes.map((r) => routeText(r, w)).join(w.t('checker.route.or')),
    });
  }
  return '';
}

/** The next step for a requirement that is not met yet; empty when it is. */
export function nextStep(req: Requirement, result: RequirementResult, w: Words, marketKnown: boolean): string {
  if (result.status === 'met') return '';
  const step =
    result.kind === 'performance' && !marketKnown && result.threshold === undefined
      ? w.t('checker.next.market')
      : result.status === 'unknown'
        ? w.t(result.kind === 'skills' ? 'checker.next.people' : 'checker.next.unknown')
        : result.kind === 'skills' && req.kind === 'skills'
        ? w.t('checker.next.skills', { route: routeText(req.routes.find((r) => r.key === result.closer)!, w) })
        : w.t(`checker.next.${result.kind}`);
  return w.t('checker.next', { step });
}
