// Repeated rows (customers, people): one fieldset each, opening with the row's name field and
// closing with a button to remove it. Focus
// follows the reader: into a new row's first field, and after a removal to the row that took
// its place (or the one before it), or to the button after the rows when none is left.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Words } from '../eligibility/format.ts';
import { Field } from './Field.tsx';

export interface Props<T extends { name: string }> {
  rows: T[];
  /** The catalogue key of a row's legend, e.g. `checker.customer` ("Customer {n}"). */
  legendKey: string;
  w: Words;
  /** The row's fields after its name. */
  children: (row: T, update: (patch: Partial<T>) => void, index: number) => ComponentChildren;
  onChange: (rows: T[]) => void;
}

export function Rows<T extends { name: string }>({ rows, legendKey, w, children, onChange }: Props<T>) {
  const { t } = w;
  const legend = (i: number) => t(legendKey, { n: i + 1 });
  const box = useRef<HTMLDivElement>(null);
  const count = useRef(rows.length);
  const removed = useRef(-1);
  useLayoutEffect(() => {
    const before = count.current;
    count.current = rows.length;
    const sets = box.current?.children;
    if (!sets) return;
    // A row added by the button after the rows (not one read from a link or a file).
    const added = rows.length === before + 1 && document.activeElement === box.current!.nextElementSibling;
    const at = added ? rows.length - 1 : removed.current >= 0 ? Math.min(removed.current, rows.length - 1) : -2;
    removed.current = -1;
    if (at === -2) return;
    const target = at >= 0 ? sets[at]?.querySelector<HTMLElement>('input, select') : (box.current!.nextElementSibling as HTMLElement | null);
    target?.focus();
  }, [rows.length]);
  const update = (i: number, patch: Partial<T>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div class="checker-rows" ref={box}>
      {rows.map((row, i) => (
        <fieldset class="checker-row" key={i}>
          <legend>{legend(i)}</legend>
          <Field label={t('checker.name')} value={row.name} onChange={(name) => update(i, { name } as Partial<T>)} />
          {children(row, (patch) => update(i, patch), i)}
          <button
            type="button"
            onClick={() => {
              removed.current = i;
              onChange(rows.filter((_, j) => j !== i));
            }}
          >
            {t('checker.remove', { item: legend(i) })}
          </button>
        </fieldset>
      ))}
    </div>
  );
}
