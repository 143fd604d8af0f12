// Pages from parsed sources, without Astro: addresses, page names used twice, pages without
// pairs, links between sources and images beside them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { buildPages, parseFolder } from '../../src/site/build-pages.ts';
import { writeFolder } from '../helpers/fixture-folders.ts';
import { page, pair } from '../helpers/sxs-source.ts';

const work = mkdtempSync(join(tmpdir(), 'tandem-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


const folder = (files: Record<string, string | Uint8Array>): string => writeFolder(work, files);

const build = (dir: string) => buildPages(parseFolder(dir, dir).docs, { root: dir, contentDir: dir });

describe('buildPages', () => {
  it('reports two files with one page name in one language as an error naming both, and publishes both', () => {
    const dir = folder({ 'de-de/a/faq.md': page(`# ${pair('a-1', 'Fragen', 'Questions')}`), 'de-de/b/FAQ.md': page(`# ${pair('b-1', 'Noch mehr', 'More')}`) });
    const { pages, diagnostics } = build(dir);
    expect(pages.map((p) => p.id)).toEqual(['de/faq', 'en/faq', 'de/FAQ-2', 'en/FAQ-2']);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'de-de/b/FAQ.md:1:1 error sxs-slug-collision Unexpected second page named `FAQ` in de-DE (`de-de/b/FAQ.md` and `de-de/a/faq.md`), expected one file per page name in a language (Rename one of the two files; until then this one is published as /de/FAQ-2/.)',
    ]);
  });

  it('publishes a page without pairs in its language only', () => {
    const dir = folder({ 'de-de/notes.md': page('# Hinweise\n\nNur auf Deutsch.'), 'de-de/x.md': page(`${pair('x-1', 'Siehe [Hinweise](notes.md).', 'See [notes](notes.md).')}`) });
    const { pages } = build(dir);
    expect(pages.map((p) => p.id)).toEqual(['de/notes', 'de/x', 'en/x']);
    expect(pages.find((p) => p.id === 'de/notes')!.alternates.map((a) => a.lang)).toEqual(['de']);
    // From the English side, the page is linked in its own language.
    expect(pages.find((p) => p.id === 'en/x')!.html).toContain('href="/de/notes/"');
  });

  it('resolves links relative to the source to the same language, keeps the anchor, warns about a missing page', () => {
    const dir = folder({
      'de-de/index.md': page(pair('i-1', '[A](sub/a.md#teil) [B](./b.md) [C](c.md) [Web](https://example.org/c.md)', '[A](sub/a.md#teil) [B](./b.md) [C](c.md) [Web](https://example.org/c.md)')),
      'de-de/b.md': page(pair('b-1', 'B', 'B')),
      'de-de/sub/a.md': page(pair('a-1', '[Zurück](../index.md)', '[Back](../index.md)')),
    });
    const { pages, diagnostics } = build(dir);
    const hrefs = (id: string) => [...pages.find((p) => p.id === id)!.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(hrefs('de/index'))).toEqual(new Set(['/de/a/#teil', '/de/b/', 'c.md', 'https://example.org/c.md']));
    expect(new Set(hrefs('en/index'))).toEqual(new Set(['/en/a/#teil', '/en/b/', 'c.md', 'https://example.org/c.md']));
    expect(new Set(hrefs('de/a'))).toEqual(new Set(['/de/index/']));
    expect(diagnostics.map((d) => `${d.file}:${d.place.line}:${d.place.column} ${d.severity} ${d.ruleId}`)).toEqual(['de-de/index.md:4:56 warning link-missing-page']);
  });

  it('serves images beside the sources under /media/ and warns about one that is not there', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const dir = folder({ 'de-de/media/x.png': png, 'de-de/p.md': page(`![Bild](media/x.png) ![Fehlt](media/y.png) ${pair('p-1', 'Text', 'Text')}`) });
    const { pages, diagnostics } = build(dir);
    expect(pages[0]!.html).toContain('src="/media/de-de/media/x.png"');
    expect(pages[0]!.html).toContain('<span class="img-missing">Fehlt</span>');
    expect(diagnostics.map((d) => `${d.place.line}:${d.place.column} ${d.ruleId}`)).toEqual(['4:22 image-missing']);
  });
});

describe('buildPages with page names that clash or cannot be addresses', () => {
  const localized = (locale: string, body: string) => `---\nms.contentlocale: ${locale}\n---\n${body}\n`;

  it.each<{ what: string; files: Record<string, string>; pages: string[]; error: string }>([
    {
      what: 'de-DE and de-AT files of one name: an error naming both, each published with its own English',
      files: { 'de-de/dup.md': localized('de-DE', pair('a-1', 'Eins', 'One')), 'de-at/dup.md': localized('de-AT', pair('b-1', 'Zwei', 'Two')) },
      pages: ['de/dup de-at/dup.md', 'en/dup de-at/dup.md', 'de/dup-2 de-de/dup.md', 'en/dup-2 de-de/dup.md'],
      error: 'de-de/dup.md:1:1 error sxs-slug-collision Unexpected second page named `dup` in de-DE (`de-de/dup.md` and `de-at/dup.md`), expected one file per page name in a language (Rename one of the two files; until then this one is published as /de/dup-2/.)',
    },
    {
      what: 'translations of one name of different English pages: never paired with the other file’s English page, an error naming both',
      files: { 'de-de/x.md': localized('de-DE', pair('a-1', 'Eins', 'One')), 'fr-fr/x.md': localized('fr-FR', pair('b-1', 'Deux', 'Two')) },
      pages: ['de/x de-de/x.md', 'en/x de-de/x.md', 'fr/x-2 fr-fr/x.md', 'en/x-2 fr-fr/x.md'],
      error: 'fr-fr/x.md:1:1 error sxs-slug-collision Unexpected page named `x` whose English is not that of `de-de/x.md` (de-DE), expected translations of one name to translate one English page (Rename one of the two files; until then this one and its English are published as /fr/x-2/ and /en/x-2/.)',
    },
  ])('reports $what', ({ files, pages: expected, error }) => {
    const { pages, diagnostics } = build(folder(files));
    expect(pages.map((p) => `${p.id} ${p.sourcePath}`)).toEqual(expected);
    expect(diagnostics.map(formatDiagnostic)).toEqual([error]);
  });

  it('lets translations of one English page share it, a shorter or older one too', () => {
    const dir = folder({ 'de-de/x.md': localized('de-DE', `${pair('a-1', 'Eins', 'One')} ${pair('a-2', 'Zwei', 'Two')}`), 'fr-fr/x.md': localized('fr-FR', `${pair('b-1', 'Un', 'One')} ${pair('b-2', 'Trois', 'Three')}`) });
    const { pages, diagnostics } = build(dir);
    expect(pages.map((p) => p.id)).toEqual(['de/x', 'en/x', 'fr/x']);
    expect(diagnostics).toEqual([]);
  });

  it('reports a file named ..md (or .md) as an error and does not publish it', () => {
    const dir = folder({ 'de-de/..md': page(pair('a-1', 'Punkt', 'Dot')), 'de-de/.md': page(pair('b-1', 'Leer', 'Empty')), 'de-de/ok.md': page(pair('c-1', 'Gut', 'Good')) });
    const { pages, diagnostics } = build(dir);
    expect(pages.map((p) => p.id)).toEqual(['de/ok', 'en/ok']);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'de-de/..md:1:1 error sxs-unusable-page-name Unexpected file name `..md` that gives no usable page address, expected a name such as `my-page.md` (Rename the file; until then it is not published.)',
      'de-de/.md:1:1 error sxs-unusable-page-name Unexpected file name `.md` that gives no usable page address, expected a name such as `my-page.md` (Rename the file; until then it is not published.)',
    ]);
  });

  it('does not publish a page whose name holds a control character, which would reach the terminal in the list of routes', () => {
    const names = ['a\u001b[31m', 'b\u009b2J', 'c\u007f', 'd\u2028e', 'f\u202eg'];
    const dir = folder(Object.fromEntries([...names.map((n, i) => [`de-de/${n}.md`, page(pair(`a-${i}`, 'Text', 'Text'))]), ['de-de/ok.md', page(pair('c-1', 'Gut', 'Good'))]]));
    const { pages, diagnostics } = build(dir);
    expect(pages.map((p) => p.id)).toEqual(['de/ok', 'en/ok']);
    expect(diagnostics.filter((d) => d.ruleId === 'sxs-unusable-page-name')).toHaveLength(names.length);
  });
});
