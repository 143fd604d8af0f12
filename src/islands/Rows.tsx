// Repeated rows (customers, people): one fieldset each, with a button to remove it. Focus
// follows the reader: into a new row's first field, and after a removal to the row that took
// its place (or the one before it), or to the button after the rows when none is left.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

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
  return (
    <div class="checker-rows" ref={box}>
      {rows.map((row, i) => (
        <fieldset class="checker-row" key={i}>
          <legend>{legend(i)}</legend>
          {children(row, (patch) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))), i)}
          <button
            type="button"
            onClick={() => {
              removed.current = i;
              onChange(rows.filter((_, j) => j !== i));
            }}
          >
            {removeLabel(legend(i))}
          </button>
        </fieldset>
      ))}
    </div>
  );
}
