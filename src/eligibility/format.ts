// Words for results: the gap in the requirement's own unit, the routes a person can take,
// the next step. Labels from the model in the page's language, strings from the checker
// catalogue, numbers in the page locale's format.
import { languageOf } from '../locale/language-of.ts';
import { formatMessage } from '../locale/format-message.ts';
import type { Bilingual, Competency, CredentialRoute, Credential, Requirement, SkillAlternative } from '../requirements/model.ts';
import type { PersonShortfall, RequirementResult } from './evaluate.ts';

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

export const routeText = (route: CredentialRoute, w: Words): string => {
  const names = route.credentials.map((c) => credentialName(c, w));
  if (route.mode === 'k-of') return `${w.nf.format(route.count ?? names.length)}: ${names.join(w.t('checker.or'))}`;
  return names.join(w.t(route.mode === 'all-of' ? 'checker.and' : 'checker.or'));
};

/** What one person of an alternative's first role needs: its groups' routes, the `first` route (the closer one) first. */
export const alternativeText = (alt: SkillAlternative, w: Words, first?: string): string => {
  const role = alt.roles[0]!;
  return role.groups
    .map((key) => alt.groups.find((g) => g.key === key)!)
    .map((g) => [...g.routes].sort((a, b) => Number(b.key === first) - Number(a.key === first)).map((r) => routeText(r, w)).join(w.t('checker.route.or')))
    .join(w.t('checker.and'));
};

/** An amount in the requirement's unit: money in its currency, counts as plain numbers. */
export const amountText = (value: number, req: { quantity?: string; currency?: string }, w: Words): string =>
  req.quantity === 'money' ? `${req.currency === 'USD' || !req.currency ? 'US$' : req.currency} ${w.nf.format(value)}` : w.nf.format(value);

/** What is still missing, in the requirement's own unit; empty when nothing is or it cannot be said yet. */
export function gapText(req: Requirement, result: RequirementResult, w: Words): string {
  if (result.kind === 'performance' && req.kind === 'performance' && result.gap !== undefined && result.gap > 0) {
    const key = req.measure === 'per-workload' && req.workloads.length > 1 ? 'checker.gap.per-workload' : 'checker.gap.total';
    return w.t(key, { amount: amountText(result.gap, req, w), unit: req.quantity === 'money' ? '' : w.pick(req.unitLabel) }).replace(/ {2,}/g, ' ');
  }
  if (result.kind === 'skills' && req.kind === 'skills' && result.shortfall) {
    const { people, more } = result.shortfall;
    // Each person entered by what they still need, then the people still to find, the closer alternative first.
    const alts = [...req.alternatives].sort((a, b) => Number(b.key === result.closer) - Number(a.key === result.closer));
    const form = new Intl.PluralRules(w.nf.resolvedOptions().locale).select(more) === 'one' ? 'one' : 'other';
    return [
      ...people.map((p) => w.t('checker.gap.person.needs', { n: p.person + 1, credentials: lacksText(p, w) })),
      ...(more > 0 ? [w.t(`checker.gap.person.${form}`, { count: w.nf.format(more), routes: alts.map((a) => alternativeText(a, w, result.closerRoute)).join(w.t('checker.route.or')) })] : []),
    ].join(' · ');
  }
  return '';
}

/** What one person still needs: all they lack (`A and B`), one of it (`A or B`), or a number of it (`2: A or B`). */
function lacksText(p: PersonShortfall, w: Words): string {
  const names = p.lacks.map((c) => credentialName(c, w));
  const some = p.needs < names.length;
  return (some && p.needs > 1 ? `${w.nf.format(p.needs)}: ` : '') + names.join(w.t(some ? 'checker.or' : 'checker.and'));
}

/** The closer way to qualify: the closer route where the closest alternative has one group, else the alternative. */
function closerText(req: Extract<Requirement, { kind: 'skills' }>, result: Extract<RequirementResult, { kind: 'skills' }>, w: Words): string {
  const alt = req.alternatives.find((a) => a.key === result.closer)!;
  const route = alt.groups.length === 1 ? alt.groups[0]!.routes.find((r) => r.key === result.closerRoute) : undefined;
  return route ? routeText(route, w) : alternativeText(alt, w, result.closerRoute);
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
        ? w.t('checker.next.skills', { route: closerText(req, result, w) })
        : w.t(`checker.next.${result.kind === 'confirm' ? 'other' : result.kind}`);
  return w.t('checker.next', { step });
}
