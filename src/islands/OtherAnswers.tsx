// Requirements the model keeps as text: the partner answers yes, no or not sure.
import type { Attestation } from '../eligibility/answers.ts';
import type { Words } from '../eligibility/format.ts';
import type { OtherRequirement } from '../requirements/model.ts';

export interface Props {
  requirements: OtherRequirement[];
  answers: Record<string, Attestation>;
  w: Words;
  onChange: (answers: Record<string, Attestation>) => void;
}

const CHOICES = [
  ['yes', 'checker.other.yes'],
  ['no', 'checker.other.no'],
  ['unsure', 'checker.unsure'],
] as const;

export function OtherAnswers({ requirements, answers, w, onChange }: Props) {
  return (
    <>
      {requirements.map((r) => (
        <fieldset class="checker-row" key={r.id}>
          <legend>{w.pick(r.label)}</legend>
          {CHOICES.map(([value, key]) => (
            <label class="checker-check" key={value}>
              <input
                type="radio"
                name={`checker-${r.id}`}
                value={value}
                checked={(answers[r.id] ?? 'unsure') === value}
                onChange={() => onChange({ ...answers, [r.id]: value })}
              />
              {w.t(key)}
            </label>
          ))}
        </fieldset>
      ))}
    </>
  );
}
