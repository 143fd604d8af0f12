// Customers one per row: association, trial or paid, and a number per measure the model names.
import type { CustomerRow } from '../eligibility/form.ts';
import type { OptionInputs } from '../eligibility/option-inputs.ts';
import type { Words } from '../eligibility/format.ts';
import { Field } from './Field.tsx';
import { Rows } from './Rows.tsx';

export interface Props {
  rows: CustomerRow[];
  inputs: OptionInputs;
  w: Words;
  hintId: string;
  errorAt: (path: string) => string | undefined;
  onChange: (rows: CustomerRow[]) => void;
}

export function CustomerRows({ rows, inputs, w, hintId, errorAt, onChange }: Props) {
  const { t, pick } = w;
  const associations: [string, string][] = [
    ...inputs.associations.map((a): [string, string] => [a.key, pick(a.name)]),
    ['none', t('checker.customer.association.none')],
    ['unknown', t('checker.unsure')],
  ];
  const statuses: [string, string][] = ['paid', 'trial', 'unknown'].map((s) => [s, t(s === 'unknown' ? 'checker.unsure' : `checker.customer.status.${s}`)]);
  return (
    <Rows rows={rows} legendKey="checker.customer" w={w} onChange={onChange}>
      {(row, update, i) => (
        <>
          {inputs.associations.length > 0 && (
            <Field label={t('checker.customer.association')} value={row.association} choices={associations} onChange={(association) => update({ association })} />
          )}
          {inputs.asksTrial && (
            <Field label={t('checker.customer.status')} value={row.status} choices={statuses} onChange={(s) => update({ status: s as CustomerRow['status'] })} />
          )}
          {inputs.measures
            .filter((m) => !m.perCustomer)
            .map((m) => (
              <Field
                key={m.key}
                label={pick(m.label)}
                value={row.values[m.key] ?? ''}
                hintId={hintId}
                error={errorAt(`customers.${i}.values.${m.key}`)}
                onChange={(v) => update({ values: { ...row.values, [m.key]: v } })}
              />
            ))}
        </>
      )}
    </Rows>
  );
}
