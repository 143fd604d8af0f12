// What a shared link left out, in the reader's words: "Customer 1, Exchange Online (“-5”)"
// instead of a path into the answers; loaded with the link reader (url-state.ts).
import type { Words } from './format.ts';
import { MAX_ROWS } from './answer-values.ts';
import type { OptionInputs } from './option-inputs.ts';
import type { DecodedState, DroppedPart, LeftOut } from './url-state.ts';

/** "250 customers and 3 people", in the page's language and number format; empty when nothing is left out. */
export function countsText(counts: LeftOut, w: Words): string {
  const plural = new Intl.PluralRules(w.nf.resolvedOptions().locale);
  return (['customers', 'individuals'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => w.t(`checker.count.${k}.${plural.select(counts[k]) === 'one' ? 'one' : 'other'}`, { count: w.nf.format(counts[k]) }))
    .join(w.t('checker.and'));
}

const FIELDS: Record<string, string> = { association: 'checker.customer.association', status: 'checker.customer.status' };
const TOP: Record<string, string> = { option: 'checker.option', market: 'checker.market', mode: 'checker.mode', totals: 'checker.part.totals' };

/** One part left out, named by its row and field. */
export function partText(part: DroppedPart, inputs: OptionInputs, w: Words): string {
  const { t, pick } = w;
  const value = part.excerpt ?? '';
  if (part.at === 'confirmation') return t('checker.part.confirmation', { value });
  if (part.at === 'rows') {
    const n = Number(value);
    const counts = { customers: 0, individuals: 0, [part.field ?? 'customers']: Number.isSafeInteger(n) ? n : 0 } as LeftOut;
    return t('checker.part.rows', { items: countsText(counts, w), max: w.nf.format(MAX_ROWS) });
  }
  const where =
    part.at === 'customer' ? t('checker.customer', { n: (part.row ?? 0) + 1 })
    : part.at === 'individual' ? t('checker.individual', { n: (part.row ?? 0) + 1 })
    : t(TOP[part.at] ?? 'checker.part.totals');
  if (part.field === 'value') return `${where}, ${t('checker.part.value', { value })}`;
  if (part.field === 'credential') return `${where}, ${t('checker.part.credential', { value })}`;
  const measure = inputs.measures.find((m) => m.key === part.field);
  const field = measure ? pick(measure.label) : part.field && FIELDS[part.field] ? t(FIELDS[part.field]!) : '';
  const named = field ? `${where}, ${field}` : where;
  return value ? t('checker.part.with-value', { part: named, value }) : named;
}

/** The notices a decoded link gives: why nothing could be read, what was left out and why. */
export function linkNotices(decoded: DecodedState, inputs: OptionInputs, w: Words): string[] {
  const whole = decoded.dropped.find((d) => d.at === 'link' || d.at === 'version');
  if (whole) return [w.t(whole.at === 'link' ? 'checker.notice.unreadable' : 'checker.notice.version')];
  const notices = decoded.dropped.length ? [w.t('checker.notice.dropped', { parts: decoded.dropped.map((d) => partText(d, inputs, w)).join('; ') })] : [];
  const left = countsText(decoded.leftOut, w);
  return left ? [...notices, w.t('checker.notice.left-out', { items: left })] : notices;
}
