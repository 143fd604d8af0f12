// Pairs the items of an English enumeration with those of its translation, so each fact gets
// its German label and an item the translation leaves out is found (not guessed away).

export interface AlignedItems {
  /** One entry per source item: the translation's wording, or `undefined` when it has none. */
  pairs: Array<{ source: string; target?: string }>;
  /** Target items that match no source item. */
  extra: string[];
}

const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);

function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w) || [...wb].some((x) => x.includes(w) || w.includes(x))) shared++;
  return shared / Math.max(1, Math.min(wa.size, wb.size));
}

/**
 * Names kept as they are (product and program names) match when the translation holds them
 * verbatim; the rest are paired by shared words, then by position when exactly one is left.
 */
export function alignListItems(source: string[], target: string[]): AlignedItems {
  const free = new Set(target.map((_, i) => i));
  const result: Array<{ source: string; target?: string }> = source.map((s) => ({ source: s }));
  const take = (i: number, j: number): void => {
    result[i]!.target = target[j];
    free.delete(j);
  };
  source.forEach((s, i) => {
    const j = [...free].find((k) => compact(target[k]!) === compact(s));
    if (j !== undefined) take(i, j);
  });
  source.forEach((s, i) => {
    if (result[i]!.target !== undefined) return;
    const best = [...free].map((k) => ({ k, score: overlap(s, target[k]!) })).sort((a, b) => b.score - a.score)[0];
    if (best && best.score >= 0.5) take(i, best.k);
  });
  const unpaired = result.map((r, i) => (r.target === undefined ? i : -1)).filter((i) => i >= 0);
  if (unpaired.length === 1 && free.size === 1) take(unpaired[0]!, [...free][0]!);
  return { pairs: result, extra: [...free].sort((a, b) => a - b).map((k) => target[k]!) };
}
