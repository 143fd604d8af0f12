// Repeated rows (customers, people): one fieldset each, with a button to remove it.
import type { ComponentChildren } from 'preact';

export interface Props<T> {
  rows: T[];
  /** The row's legend, e.g. "Customer 2". */
  legend: (index: number) => string;
  /** The remove button's text for a legend. */
  removeLabel: (legend: string) => string;
  children: (row: T, update: (patch: Partial<T>) => void, index: number) => ComponentChildren;
  onChange: (rows: T[]) => void;
}

export function Rows<T>({ rows, legend, removeLabel, children, onChange }: Props<T>) {
  return (
    <>
      {rows.map((row, i) => (
        <fieldset class="checker-row" key={i}>
          <legend>{legend(i)}</legend>
          {children(row, (patch) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))), i)}
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {removeLabel(legend(i))}
          </button>
        </fieldset>
      ))}
    </>
  );
}
