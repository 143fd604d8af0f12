import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/site/plain-text.ts';

describe('plainText', () => {
  it.each([
    ['Cloud Productivity-Kompetenz', 'Cloud Productivity-Kompetenz'],
    ['Beschreibung <script>alert(3)</script>', 'Beschreibung'],
    ['<img src=x onerror=alert(2)>Bild', 'Bild'],
    ['A &amp; B &lt;b&gt;', 'A & B <b>'],
    ['<b>fett</b>  und\n<i>kursiv</i>', 'fett und kursiv'],
  ])('keeps only the words of %j', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});
