// The CSV import reads each cell once: every hostile shape, grown at the start, in the middle and
// at the end of a cell, costs time linear in its length (4 × the run, a few × the time).
import { describe, expect, it } from 'vitest';
import { importCustomers, parseCsv } from '../../src/eligibility/csv.ts';
import { PLACEMENTS, growth, placeRun } from '../helpers/linear-growth.ts';
import { seedLike } from './models.ts';

const option = seedLike.options[0]!;

const SHAPES: Array<[string, string]> = [
  ['quotes', '"'],
  ['doubled quotes', '""'],
  ['quote and space', '" '],
  ['spaces', ' '],
  ['separators', ','],
  ['semicolons', ';'],
  ['carriage returns', '\r'],
];
const N = 100_000;

describe('CSV cells are read without re-scanning', () => {
  it.each(SHAPES.flatMap(([name, unit]) => PLACEMENTS.map((p) => [name, p, unit] as const)))('%s at the %s of a cell grow linearly', (_name, placement, unit) => {
    const make = (n: number) => `name,customers\n${placeRun('Contoso Ltd', unit.repeat(n / unit.length), placement)},12\nFabrikam,3\n`;
    const { times, ratio } = growth(make, (text) => parseCsv(text), N);
    expect(ratio, `times ${times.map((t) => t.toFixed(1)).join(', ')} ms`).toBeLessThan(9);
  });

  it('reads 400,000 quotes in an unquoted cell as text, at once', () => {
    const text = `name\nA${'"'.repeat(400_000)}\n`;
    const start = performance.now();
    const { rows } = parseCsv(text);
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(rows[1]!.cells![0]).toBe(`A${'"'.repeat(400_000)}`);
  });

  it('still opens a quote after white space, and after a quoted blank', () => {
    expect(parseCsv('a,b\n  "x, y",z\n').rows[1]!.cells).toEqual(['x, y', 'z']);
    expect(parseCsv('a\nx "y"\n').rows[1]!.cells).toEqual(['x "y"']);
    expect(parseCsv('a\n" " "x,y"\n').rows[1]!.cells).toEqual(['x,y']);
  });

  it('imports a hostile cell in time linear in its length', () => {
    const make = (n: number) => `name,status\nA${'"'.repeat(n)}B,paid\n`;
    const { times, ratio } = growth(make, (text) => importCustomers(text, option, 'en-US'), N);
    expect(ratio, `times ${times.map((t) => t.toFixed(1)).join(', ')} ms`).toBeLessThan(9);
  });
});
