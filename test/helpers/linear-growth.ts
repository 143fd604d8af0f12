// Whether a step's time grows linearly with a hostile shape's length: it is timed at 1 ×, 2 ×
// and 4 × a length and the ratios compared, never absolute times (the machine is shared).

export type Placement = 'start' | 'inside' | 'end';

/** The three places a run can take in a cell or sentence: before it, in its middle, after it. */
export const PLACEMENTS: readonly Placement[] = ['start', 'inside', 'end'];

/** `text` with `run` put at `placement`: `inside` goes after the first half of `text`. */
export function placeRun(text: string, run: string, placement: Placement): string {
  if (placement === 'start') return run + text;
  if (placement === 'end') return text + run;
  const half = Math.floor(text.length / 2);
  return text.slice(0, half) + run + text.slice(half);
}

/** Least milliseconds of `rounds` runs of `step` on `input` (the least is the least disturbed by other work). */
function best<T>(input: T, step: (input: T) => unknown, rounds: number): number {
  let least = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    step(input);
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

/**
 * Times of `step` on `make(n)`, `make(2n)` and `make(4n)`, and the ratio of the last to the
 * first: about 4 for a linear step, 16 for a quadratic one. `floor` milliseconds keep noise
 * on tiny times from reading as growth.
 */
export function growth<T>(make: (n: number) => T, step: (input: T) => unknown, n: number, options: { rounds?: number; floor?: number } = {}): { times: number[]; ratio: number } {
  const rounds = options.rounds ?? 5;
  const floor = options.floor ?? 20;
  best(make(n), step, 1); // warm up: the first call compiles what it needs
  const times = [n, 2 * n, 4 * n].map((size) => best(make(size), step, rounds));
  return { times, ratio: times[2]! / Math.max(times[0]!, floor) };
}
