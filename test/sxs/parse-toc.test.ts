import { describe, expect, it } from 'vitest';
import { isTocFile, parseToc } from '../../src/sxs/parse-toc.ts';

const pair = (id: string, de: string, en: string) => `<span data-ttu-id="${id}">${de}</span><span class="sxs-lookup"><span data-stu-id="${id}">${en}</span></span>`;

describe('parseToc', () => {
  const toc = parseToc(
    [
      '# [Übersicht](index.md)',
      '',
      '## Mitgliedschaft',
      '###[Ohne Leerzeichen](enable-mfa.md) ',
      `## [${pair('f0-1', 'Preise &amp; Angebote', 'Pricing and offers')}](pricing.md)`,
      '##  Zwei Leerzeichen',
      '#### [Kaufen | Partner Center](buy.md#schritte)',
      'Text, der kein Eintrag ist',
      '# [Ankündigungen](announcements/TOC.md)',
    ].join('\r\n'),
    { file: 'TOC.md' },
  );

  it('reads every heading as an entry, in order, with its depth, title and link', () => {
    expect(toc.entries.map((e) => [e.depth, e.title.target, e.href ?? null, e.place.line])).toEqual([
      [1, 'Übersicht', 'index.md', 1],
      [2, 'Mitgliedschaft', null, 3],
      [3, 'Ohne Leerzeichen', 'enable-mfa.md', 4],
      [2, 'Preise & Angebote', 'pricing.md', 5],
      [2, 'Zwei Leerzeichen', null, 6],
      [4, 'Kaufen | Partner Center', 'buy.md#schritte', 7],
      [1, 'Ankündigungen', 'announcements/TOC.md', 9],
    ]);
  });

  it('gives an sxs title both languages and a plain one the folder language only', () => {
    expect(toc.entries[3]!.title).toEqual({ target: 'Preise & Angebote', source: 'Pricing and offers' });
    expect(toc.entries[0]!.title).toEqual({ target: 'Übersicht' });
  });

  it('notes a heading without a space after its hashes, as DocFX still reads it', () => {
    expect(toc.diagnostics.map((d) => `${d.place.line}:${d.place.column} ${d.severity} ${d.ruleId}`)).toEqual(['4:1 info sxs-heading-without-space']);
  });

  it.each([
    ['TOC.md', true],
    ['de-de/partner-center/toc.md', true],
    ['de-de/TOC.md', true],
    ['de-de/my-toc.md', false],
    ['TOC.yml', false],
  ])('tells %s is a table of contents: %s', (path, expected) => {
    expect(isTocFile(path)).toBe(expected);
  });
});

describe('parseToc on references to no character', () => {
  it.each(['&#x110000;', '&#1114112;', '&#99999999999999999999999;', '&#xFFFFFFFFFFFFFFFFFFFF;'])('reads %s as U+FFFD with a warning at its place, never throwing', (ref) => {
    const toc = parseToc(`# [Start](index.md)\n## [Preise ${ref} mehr](pricing.md)\n`, { file: 'de-de/TOC.md' });
    expect(toc.entries.map((e) => e.title.target)).toEqual(['Start', 'Preise \ufffd mehr']);
    expect(toc.diagnostics.map((d) => `${d.file}:${d.place.line}:${d.place.column} ${d.severity} ${d.ruleId}`)).toEqual(['de-de/TOC.md:2:12 warning sxs-invalid-character-reference']);
    expect(toc.diagnostics[0]!.reason).toMatch(/^Unexpected `&#.*`, a character reference past U\+10FFFF, expected a reference to a Unicode code point$/);
  });

  it('still reads the highest code point and entities by name', () => {
    expect(parseToc('# [a &#x10FFFF; &AMP; &lt;](x.md)\n').entries[0]!.title.target).toBe('a \u{10ffff} & <');
  });
});
