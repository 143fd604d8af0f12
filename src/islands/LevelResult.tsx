// One level's verdict (Silver, Gold) with its requirements' results.
import { useId } from 'preact/hooks';
import type { LevelResult as Result } from '../eligibility/evaluate.ts';
import type { Words } from '../eligibility/format.ts';
import type { Competency, Level } from '../requirements/model.ts';
import { RequirementResult } from './RequirementResult.tsx';

export interface Props {
  level: Level;
  result: Result;
  model: Competency;
  w: Words;
  marketKnown: boolean;
  customerName: (index: number) => string;
}

export function LevelResult({ level, result, model, w, marketKnown, customerName }: Props) {
  const id = useId();
  return (
    <section class={`checker-level checker-${result.verdict}`} aria-labelledby={id}>
      <h4 id={id}>
        <a href={`#${level.anchor}`}>{w.pick(level.name)}</a>: {w.t(`checker.verdict.${result.verdict}`)}
      </h4>
      <ul>
        {level.requirements.map((req, i) => (
          <RequirementResult
            key={req.id}
            req={req}
            result={result.requirements[i]!}
            w={w}
            marketKnown={marketKnown}
            customerName={customerName}
            notes={model.disagreements.filter((d) => d.requirementIds.includes(req.id)).map((d) => w.pick(d.note))}
          />
        ))}
      </ul>
    </section>
  );
}
