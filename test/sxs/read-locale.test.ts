// A malformed `ms.contentlocale` is an error at its place, never a RangeError from `Intl`
// later in the flow: the page is read in the tag's well-formed start, or its folder's locale.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { readLocale } from '../../src/sxs/read-locale.ts';
import { declaredLocale } from '../../src/sxs/folder-locale.ts';
import { buildPages, parseFolder } from '../../src/site/build-pages.ts';
import { runQa } from '../../src/qa/run-qa.ts';

const pair = `<span data-ttu-id="a-1">Partner müssen 2.000 Lizenzen haben.</span><span class="sxs-lookup"><span data-stu-id="a-1">Partners must have 2,000 licenses.</span></span>`;
const source = (tag: string) => `---\ntitle: Seite\nms.contentlocale: ${tag}\n---\n# Titel\n\n${pair}\n`;
/** Every `Intl` API a later stage builds from a page's locale. */
const usable = (locale: string) => {
  new Intl.NumberFormat(locale).format(1.5);
  new Intl.PluralRules(locale).select(1);
  new Intl.DateTimeFormat(locale).format(0);
  new Intl.Collator(locale).compare('a', 'b');
  return true;
};

const work = mkdtempSync(join(tmpdir(), 'tandem-locale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a malformed ms.contentlocale', () => {
  it('is an error at the tag, and the page reads in its well-formed start', () => {
    const doc = parseSxs(source('de-DE-'), { file: 'de-de/seite.md' });
    expect(doc.locales.target).toBe('de-DE');
    expect(doc.diagnostics.filter((d) => d.ruleId === 'sxs-invalid-locale').map(formatDiagnostic)).toEqual([
      'de-de/seite.md:3:19 error sxs-invalid-locale Unexpected `ms.contentlocale` "de-DE-", which is not a BCP 47 language tag, expected a tag such as `de-DE` (Correct the tag; the page is published as de-DE meanwhile.)',
    ]);
  });

  it.each(['de-DE-', 'de--DE', '-de', 'de-DEEEEEEEEEE', 'de-DE-u-', 'x', 'ä-de', '12a4', 'de-DE-x-' + 'a'.repeat(20), 'de_DE_'])('reads %j into a locale every Intl API accepts, through the site build and QA', (tag) => {
    const dir = mkdtempSync(join(work, 'c-'));
    mkdirSync(join(dir, 'de-de'));
    writeFileSync(join(dir, 'de-de', 'seite.md'), source(tag));
    const { docs, diagnostics } = parseFolder(dir, dir);
    expect(usable(docs[0]!.locales.target)).toBe(true);
    expect(diagnostics.concat(docs[0]!.diagnostics).some((d) => d.ruleId === 'sxs-invalid-locale' && d.file === 'de-de/seite.md')).toBe(true);
    expect(() => buildPages(docs, { root: dir, contentDir: dir })).not.toThrow();
    expect(() => runQa(docs)).not.toThrow();
  });

  it('gives a locale Intl accepts for any tag', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (tag) => {
        const read = readLocale(tag);
        if (read !== undefined) expect(usable(read)).toBe(true);
        const declared = declaredLocale(`ms.contentlocale: ${tag}\n`);
        if (declared !== undefined) expect(usable(declared)).toBe(true);
      }),
    );
  });
});
