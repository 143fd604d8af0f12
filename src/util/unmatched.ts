// Multiset difference: what one list has that another lacks, repeats counted. QA compares link
// targets with it, extraction's cross-check numbers, codes and list items.

/** Items of `a` not matched one for one in `b`. */
export function unmatched<T>(a: T[], b: T[]): T[] {
  const pool = [...b];
  return a.filter((x) => {
    const i = pool.indexOf(x);
    if (i < 0) return true;
    pool.splice(i, 1);
    return false;
  });
}
