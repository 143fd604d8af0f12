// "I only know my totals": one number per measure, over qualifying customers only.
import type { Words } from '../eligibility/format.ts';
import type { Measure } from '../eligibility/option-inputs.ts';
import { Field } from './Field.tsx';

export interface Props {
  measures: Measure[];
  totals: Record<string, string>;
  w: Words;
  hintId: string;
  errorAt: (path: string) => string | undefined;
  onChange: (totals: Record<string, string>) => void;
}

export function TotalsFields({ measures, totals, w, hintId, errorAt, onChange }: Props) {
  return (
    <>
      <p>{w.t('checker.totals.hint')}</p>
      {measures.map((m) => (
        <Field
          key={m.key}
          label={w.pick(m.label)}
          value={totals[m.key] ?? ''}
          hintId={hintId}
          error={errorAt(`totals.${m.key}`)}
          onChange={(v) => onChange({ ...totals, [m.key]: v })}
        />
      ))}
    </>
  );
}
