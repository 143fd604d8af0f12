// The requirements as a plain checklist for pages read without JavaScript: per option and
// level, each requirement's sentence, what it asks in numbers, and its place on the page.
import type { Competency } from '../requirements/model.ts';
import { amountText, labelPicker, translator, type Words } from './format.ts';

export interface ChecklistLevel {
  name: string;
  anchor: string;
  items: { text: string; detail: string; anchor: string }[];
}

export interface ChecklistOption {
  name: string;
  anchor: string;
  levels: ChecklistLevel[];
}

/** The checklist of a model in the page's language; `messages` are the `checker.*` strings. */
export function checklist(model: Competency, locale: string, messages: Record<string, string>): ChecklistOption[] {
  const w: Words = { t: translator(messages), pick: labelPicker(model, locale), nf: new Intl.NumberFormat(locale) };
  const markets: Record<string, string> = { developed: w.t('checker.market.developed'), developing: w.t('checker.market.developing') };
  return model.options.map((o) => ({
    name: w.pick(o.name),
    anchor: o.anchor,
    levels: o.levels.map((l) => ({
      name: w.pick(l.name),
      anchor: l.anchor,
      items: l.requirements.map((r) => ({
        text: w.pick(r.label),
        anchor: r.anchor,
        detail:
          r.kind === 'performance'
            ? r.thresholds
                .map((th) => {
                  const need = w.t('checker.performance.needed', { amount: amountText(th.value, r, w), unit: r.quantity === 'money' ? '' : w.pick(r.unitLabel) }).trim();
                  return markets[th.market] ? `${markets[th.market]}: ${need}` : need;
                })
                .join('; ')
            : r.kind === 'skills'
              ? w.t('checker.individuals.needed', { count: w.nf.format(r.individuals) })
              : '',
      })),
    })),
  }));
}
