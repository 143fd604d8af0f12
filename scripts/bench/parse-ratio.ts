// Parse + align against the floor every markdown tool pays: `parseSxs` over a folder's files
// next to `unified().use(remarkParse)` (no GFM) over the same files, interleaved pass by pass so
// both meet the same machine; the median of the passes' time ratios is the figure.
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { markdownFiles } from '../../src/sxs/walk-sources.ts';
import { median, ratio } from './figures.ts';

/** Passes of each parser; the ratio is the median of as many paired passes. */
export const PARSE_PASSES = 5;

/** Milliseconds `fn` takes over every text once. */
function pass(texts: string[], fn: (text: string) => unknown): number {
  const start = performance.now();
  for (const t of texts) fn(t);
  return performance.now() - start;
}

const mbPerSecond = (bytes: number, ms: number): string => `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`;

/** Prints parse + align throughput of a folder's `.md` files, bare remark-parse's, and the median ratio of their times over `passes` interleaved passes. */
export function benchParseRatio(folder: string, passes: number = PARSE_PASSES): void {
  const files = markdownFiles(folder);
  if (files.length === 0) {
    console.log(`  ${folder}: no .md files`);
    return;
  }
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const size = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const bare = unified().use(remarkParse);
  const sxs = (t: string) => parseSxs(t);
  const remark = (t: string) => bare.parse(t);
  // One warm-up pass each, then pairs alternating which goes first.
  pass(texts, sxs);
  pass(texts, remark);
  const sxsMs: number[] = [];
  const remarkMs: number[] = [];
  for (let i = 0; i < passes; i++) {
    if (i % 2) remarkMs.push(pass(texts, remark));
    sxsMs.push(pass(texts, sxs));
    if (!(i % 2)) remarkMs.push(pass(texts, remark));
  }
  const ratios = sxsMs.map((ms, i) => ms / remarkMs[i]!);
  console.log(`  ${folder} (${files.length} files, ${(size / 1024).toFixed(1)} KB), median of ${passes} interleaved passes`);
  console.log(`    parse + align   ${mbPerSecond(size, median(sxsMs))}`);
  console.log(`    remark-parse    ${mbPerSecond(size, median(remarkMs))}   (unified().use(remarkParse), no GFM)`);
  console.log(`    ratio           ${ratio(median(ratios), 1)} the time of bare remark-parse   (passes: ${ratios.map((r) => r.toFixed(2)).join(', ')})`);
}
