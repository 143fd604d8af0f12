// What the bench's printed figures mean: medians of runs, and ratios between builds of one run.
import { describe, expect, it } from 'vitest';
import { buildLine, compareLine, median, medianRun, mib, ratio, sec } from '../../../scripts/bench/figures.ts';

describe('median', () => {
  it.each([
    [[3], 3],
    [[9.5, 5.3, 2.4], 5.3],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %d', (xs, expected) => {
    expect(median(xs)).toBe(expected);
  });

  it('refuses no values rather than printing NaN', () => {
    expect(() => median([])).toThrow(/no values/);
  });
});

describe('ratio', () => {
  it.each([
    [9500, 5300, '1.79 ×'],
    [5300, 5300, '1.00 ×'],
    [865, 0, '–'],
    [0, 708, '–'],
  ])('of %d to %d prints %s', (a, b, expected) => {
    expect(ratio(a, b)).toBe(expected);
  });
});

describe('build figures', () => {
  const runs = [
    { ms: 9800, peakBytes: 900 * 2 ** 20 },
    { ms: 9500, peakBytes: 865 * 2 ** 20 },
    { ms: 9100, peakBytes: 870 * 2 ** 20 },
  ];

  it('takes the median of time and of peak memory each on its own', () => {
    expect(medianRun(runs)).toEqual({ ms: 9500, peakBytes: 870 * 2 ** 20 });
  });

  it('prints seconds to a tenth and memory in whole MiB', () => {
    expect(sec(9549)).toBe('9.5 s');
    expect(mib(865 * 2 ** 20)).toBe('865 MiB');
  });

  it('prints a build with its median, pages per second, peak memory and every run', () => {
    expect(buildLine('Tandem', 260, runs)).toBe('Tandem          9.5 s    260 pages     27 pages/s  peak 870 MiB   (runs: 9.8 s, 9.5 s, 9.1 s)');
  });

  it('compares two builds by their medians', () => {
    const starlight = { ms: 5300, peakBytes: 708 * 2 ** 20 };
    expect(compareLine('Tandem / Starlight', medianRun(runs), starlight)).toBe('Tandem / Starlight       1.79 × time, 1.23 × peak memory');
  });
});
