// One requirement's result: status, the source sentence and a link to it, progress, gap,
// what was counted and left out, the next step, and any translation note.
import type { RequirementResult as Result } from '../eligibility/evaluate.ts';
import { amountText, gapText, nextStep, type Words } from '../eligibility/format.ts';
import { measuresOf } from '../eligibility/option-inputs.ts';
import type { Requirement } from '../requirements/model.ts';

export interface Props {
  req: Requirement;
  result: Result;
  w: Words;
  /** Translation notes the model records for this requirement, in the page's language. */
  notes: string[];
  marketKnown: boolean;
  customerName: (index: number) => string;
}

export function RequirementResult({ req, result, w, notes, marketKnown, customerName }: Props) {
  const { t, pick, nf } = w;
  const label = pick(req.label);
  const gap = gapText(req, result, w);
  const next = nextStep(req, result, w, marketKnown);
  const measures = req.kind === 'performance' ? measuresOf(req) : [];
  return (
    <li class={`checker-req checker-${result.status}`}>
      <p>
        <strong>{t(`checker.verdict.${result.status}`)}</strong> <q>{label}</q> <a href={`#s-${req.segmentIds[0]}`}>{t('checker.source')}</a>
      </p>
      <progress max={100} value={Math.round(result.progress * 100)} aria-label={`${t('checker.progress')}: ${label}`} />
      {gap && <p>{gap}</p>}
      {result.kind === 'performance' && measures.length > 0 && (
        <p>
          {t('checker.counted')}{' '}
          {result.totals
            .map((m, i) => `${pick(measures[i]!.label)} ${amountText(m.low, req.kind === 'performance' ? req : {}, w)}${m.high > m.low ? ' + ?' : ''}`)
            .join(' · ')}
        </p>
      )}
      {result.kind === 'performance' && result.excluded.length > 0 && (
        <p>
          {t('checker.excluded')}{' '}
          {result.excluded.map((e) => t(`checker.excluded.${e.reason}`, { name: customerName(e.customer) })).join('; ')}
        </p>
      )}
      {next && <p>{next}</p>}
      {notes.map((n) => (
        <p class="checker-note" key={n}>
          <strong>{t('checker.disagreement')}</strong> {n}
        </p>
      ))}
    </li>
  );
}
