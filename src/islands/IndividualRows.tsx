// People one per row, each with a checkbox per credential the option names and one for holding none of them.
import { HOLDS_NONE } from '../eligibility/answer-values.ts';
import type { Individual } from '../eligibility/answers.ts';
import { credentialName, type Words } from '../eligibility/format.ts';
import type { Credential } from '../requirements/model.ts';
import { Rows } from './Rows.tsx';

export interface Props {
  rows: Individual[];
  credentials: Credential[];
  w: Words;
  onChange: (rows: Individual[]) => void;
}

export function IndividualRows({ rows, credentials, w, onChange }: Props) {
  const { t, pick } = w;
  return (
    <Rows rows={rows} legendKey="checker.individual" w={w} onChange={onChange}>
      {(row, update) => (
        <>
          {[
            ...credentials.map((c): [string, string] => {
              const name = credentialName(c, w);
              return [c.key, pick(c.title).includes(name) ? pick(c.title) : `${name}: ${pick(c.title)}`];
            }),
            [HOLDS_NONE, t('checker.individual.none')],
          ].map(([key, label]) => (
            <label class="checker-check" key={key}>
              <input
                type="checkbox"
                checked={row.held.includes(key)}
                // Holding none of them and holding one of them exclude each other.
                onChange={(e) => update({ held: e.currentTarget.checked ? [...(key === HOLDS_NONE ? [] : row.held.filter((k) => k !== HOLDS_NONE)), key] : row.held.filter((k) => k !== key) })}
              />
              {label}
            </label>
          ))}
        </>
      )}
    </Rows>
  );
}
