// Requirements the model keeps whole: the partner reads the sentence on the page and answers
// yes, no or not sure. Until answered, the level can be no better than "more information needed".
import type { Attestation } from '../eligibility/answers.ts';
import type { Words } from '../eligibility/format.ts';
import type { ConfirmRequirement } from '../requirements/model.ts';

export interface Props {
  requirements: ConfirmRequirement[];
  answers: Record<string, Attestation>;
  w: Words;
  onChange: (answers: Record<string, Attestation>) => void;
}

const CHOICES = [
  ['yes', 'checker.other.yes'],
  ['no', 'checker.other.no'],
  ['unsure', 'checker.unsure'],
] as const;

export function ConfirmAnswers({ requirements, answers, w, onChange }: Props) {
  return (
    <>
      {requirements.map((r) => (
        <fieldset class="checker-row" key={r.id}>
          <legend>
            {w.pick(r.label)} <a href={`#s-${r.segmentIds[0]}`}>{w.t('checker.source')}</a>
          </legend>
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
