// People one per row, each with a checkbox per credential the option names.
import type { Individual } from '../eligibility/answers.ts';
import { credentialName, type Words } from '../eligibility/format.ts';
import type { Credential } from '../requirements/model.ts';
import { Field } from './Field.tsx';
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
    <Rows rows={rows} legend={(i) => t('checker.individual', { n: i + 1 })} removeLabel={(item) => t('checker.remove', { item })} onChange={onChange}>
      {(row, update) => (
        <>
          <Field label={t('checker.name')} value={row.name} onChange={(name) => update({ name })} />
          {credentials.map((c) => {
            const name = credentialName(c, w);
            return (
              <label class="checker-check" key={c.key}>
                <input
                  type="checkbox"
                  checked={row.held.includes(c.key)}
                  onChange={(e) => update({ held: e.currentTarget.checked ? [...row.held, c.key] : row.held.filter((k) => k !== c.key) })}
                />
                {pick(c.title).includes(name) ? pick(c.title) : `${name}: ${pick(c.title)}`}
              </label>
            );
          })}
        </>
      )}
    </Rows>
  );
}
