// Content on its way to a terminal shows its control characters as escapes, never sends them.
import { describe, expect, it } from 'vitest';
import { terminalText } from '../../src/util/terminal-text.ts';

describe('terminalText', () => {
  it.each([
    ['a\u001b[31mred\u001b[0m', 'a\\x1b[31mred\\x1b[0m'],
    ['page.md\n2 errors, 0 warnings in 1 of 1 file', 'page.md\\x0a2 errors, 0 warnings in 1 of 1 file'],
    ['a\rb\tc\u0000d\u007fe\u009bf', 'a\\x0db\\x09c\\x00d\\x7fe\\x9bf'],
    ['evil\u202etxt.md', 'evil\\u202etxt.md'],
    ['\u2028\u2029\u2066\u200f', '\\u2028\\u2029\\u2066\\u200f'],
  ])('shows %j as %j', (text, shown) => {
    expect(terminalText(text)).toBe(shown);
  });

  it('keeps every other character as it is: letters of any script, emoji, backslashes', () => {
    const text = 'Übersicht – 概要 – überprüfen 🎉 a\\x1b';
    expect(terminalText(text)).toBe(text);
  });
});
