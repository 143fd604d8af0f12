import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toInline, toMarkup } from '../../src/xliff/inline-codes.js';
import { PLACEMENTS, growth, placeRun } from '../helpers/linear-growth.ts';

describe('toInline', () => {
  it.each([
    ['**1** Person', [{ kind: 'pc', start: '**', end: '**', children: [{ kind: 'text', value: '1' }] }, { kind: 'text', value: ' Person' }]],
    ['[mehr](a.md) lesen', [{ kind: 'pc', start: '[', end: '](a.md)', children: [{ kind: 'text', value: 'mehr' }] }, { kind: 'text', value: ' lesen' }]],
    ['a `x*y` b', [{ kind: 'text', value: 'a ' }, { kind: 'ph', data: '`x*y`' }, { kind: 'text', value: ' b' }]],
    ['&quot;A&quot;<br/>', [{ kind: 'ph', data: '&quot;' }, { kind: 'text', value: 'A' }, { kind: 'ph', data: '&quot;' }, { kind: 'ph', data: '<br/>' }]],
    ['**offen', [{ kind: 'ph', data: '**' }, { kind: 'text', value: 'offen' }]],
    ['snake_case_name', [{ kind: 'text', value: 'snake_case_name' }]],
    ['Zeile\r\n    zwei', [{ kind: 'text', value: 'Zeile' }, { kind: 'ph', data: '\r\n    ' }, { kind: 'text', value: 'zwei' }]],
  ])('splits %j', (markup, expected) => {
    expect(toInline(markup)).toEqual(expected);
  });

  it('puts any markup back together unchanged', () => {
    const piece = fc.constantFrom('**', '*', '_', '__', '[', ']', '(', ')', '](x.md)', '`', '<b>', '</b>', '&amp;', '\r\n  ', '\n', 'Wort', ' ', 'ä', '!', '\\*');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => toMarkup(toInline(parts.join(''))) === parts.join('')));
  });
});

describe('toInline reads every hostile shape in time linear in its length', () => {
  const SENTENCE = 'Partner müssen 1.000 aktive Berechtigungen [(aktive Benutzer)](users.md) bereitgestellt haben.';
  const SHAPES = [')', '(', '[', ']', '](', '![', '*', '_', '*_', '`', '`` `', '<', '<!--', '<a', '&', '&a', '\\', '[ [a] ', '1 ', ' '];
  it.each(SHAPES.flatMap((unit) => PLACEMENTS.map((p) => [unit, p] as const)))('%j at the %s of a sentence', (unit, placement) => {
    const make = (n: number) => placeRun(SENTENCE, unit.repeat(Math.ceil(n / unit.length)), placement);
    const { times, ratio } = growth(make, (markup) => toInline(markup), 20_000, { rounds: 3 });
    expect(ratio, `times ${times.map((t) => t.toFixed(1)).join(', ')} ms`).toBeLessThan(9);
    expect(toMarkup(toInline(make(1_000)))).toBe(make(1_000));
  });
});
