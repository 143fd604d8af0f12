import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toInline, toMarkup } from '../../src/xliff/inline-codes.js';

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
