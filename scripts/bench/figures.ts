// How the bench prints its figures: seconds, MiB, medians of runs and ratios between builds of
// the same run. Pure, so what a printed figure means is tested once.
import type { BuildRun } from './measure-build.ts';

export const sec = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** The middle value (the mean of the two middle ones for an even count). */
export function median(xs: number[]): number {
  if (xs.length === 0) throw new Error('median of no values');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** `a / b` as printed, `1.80 ×`; `–` when `b` is not measured (0, as peak memory without /proc). */
export const ratio = (a: number, b: number): string => (b > 0 && a > 0 ? `${(a / b).toFixed(2)} ×` : '–');

/** The median time and the median peak memory of a build's runs (each its own median). */
export const medianRun = (runs: BuildRun[]): BuildRun => ({ ms: median(runs.map((r) => r.ms)), peakBytes: median(runs.map((r) => r.peakBytes)) });

/** `Tandem / Starlight   1.80 × time, 1.22 × peak memory`. */
export const compareLine = (label: string, a: BuildRun, b: BuildRun): string => `${label.padEnd(24)} ${ratio(a.ms, b.ms)} time, ${ratio(a.peakBytes, b.peakBytes)} peak memory`;

/** One build's line: its median time, pages per second, median peak memory and every run's time. */
export function buildLine(name: string, pages: number, runs: BuildRun[]): string {
  const m = medianRun(runs);
  const rate = m.ms > 0 ? (pages / (m.ms / 1000)).toFixed(0) : '–';
  return `${name.padEnd(12)} ${sec(m.ms).padStart(8)}  ${String(pages).padStart(5)} pages  ${rate.padStart(5)} pages/s  peak ${m.peakBytes ? mib(m.peakBytes) : '–'}   (runs: ${runs.map((r) => sec(r.ms)).join(', ')})`;
}
