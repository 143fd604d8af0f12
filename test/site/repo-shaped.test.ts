// A folder shaped like a real localization repository (test/fixtures/repo-shaped/): a TOC.md
// with nesting and group titles, a monolingual page, a page without ms.contentlocale, damaged
// spans, list text indented into a code block, links between pages (one broken), an image in a
// folder of its own and dates in several forms. It builds whole, and every sentence is read
// back from the built pages in both languages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFolder } from '../../src/site/build-pages.ts';
import { axeViolations } from '../e2e/axe.ts';
import { hasBrowser, launchBrowser, serveSite, watchPage } from '../helpers/browser.ts';
import { builtSite, readPage } from '../helpers/built-site.ts';
import { ROOT } from '../helpers/shared.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'repo-shaped');
/** Where the pages sit, as the build names files: relative to the content folder (`FIXTURE`). */
const FOLDER = 'de-de/partner-center';
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
const page = (site: string, path: string): Root => fromHtml(readPage(site, path));

/** The article as a reader sees it: the other language's twins taken out. */
function articleText(tree: Root): string {
  const article = select('article', tree)!;
  remove(article, (n) => n.type === 'element' && ['sxs-twin', 'pair-twin', 'sxs-note', 'doc-meta'].some((c) => ((n as Element).properties.className as string[] | undefined)?.includes(c)));
  return normalize(hastToString(article));
}

interface QaJson {
  counts: Record<string, number>;
  fileCount: number;
  files: Array<{ file: string; kind: string; page?: string; diagnostics: Array<{ line: number; column: number; severity: string; ruleId: string }> }>;
}

describe('a repository-shaped folder', () => {
  let site = '';
  let qa: QaJson;
  beforeAll(() => {
    site = builtSite('repo-shaped', FIXTURE);
    qa = JSON.parse(readFileSync(join(site, 'data', 'qa.json'), 'utf8')) as QaJson;
  });

  it('publishes every page, and an English twin for every page with pairs', () => {
    for (const slug of ['index', 'billing-overview', 'new-offers', 'details', 'ohne-gebietsschema', 'unvollstaendig', 'nicht-uebersetzt', 'rechnung-lesen']) {
      expect(existsSync(join(site, 'de', slug, 'index.html')), `de/${slug}`).toBe(true);
    }
    for (const slug of ['index', 'billing-overview', 'new-offers', 'details', 'ohne-gebietsschema', 'unvollstaendig', 'rechnung-lesen']) {
      expect(existsSync(join(site, 'en', slug, 'index.html')), `en/${slug}`).toBe(true);
    }
    // The TOC is navigation and an include part of a page, neither a page; the page without pairs has no English twin.
    expect(existsSync(join(site, 'de', 'TOC'))).toBe(false);
    expect(existsSync(join(site, 'de', 'abrechnung-hinweis'))).toBe(false);
    // The problems box is the dev server's; a build lists problems on the QA page only.
    expect(readPage(site, 'de/unvollstaendig')).not.toContain('dev-problems');
    expect(existsSync(join(site, 'en', 'nicht-uebersetzt'))).toBe(false);
  });

  it('shows every segment on its page in both languages, a lost side by the other language', () => {
    const { docs } = parseFolder(FIXTURE, ROOT);
    let checked = 0;
    for (const doc of docs) {
      // The include is read on the page that includes it.
      const slug = doc.file.includes('/includes/') ? 'billing-overview' : doc.file.split('/').pop()!.replace(/\.md$/, '');
      const de = articleText(page(site, `de/${slug}`));
      const en = doc.segments.length ? articleText(page(site, `en/${slug}`)) : '';
      for (const s of doc.segments) {
        expect(de, `${doc.file} ${s.id} (de)`).toContain(normalize(s.target.text || s.source.text));
        expect(en, `${doc.file} ${s.id} (en)`).toContain(normalize(s.source.text || s.target.text));
        checked++;
      }
      expect(de, doc.file).not.toMatch(/data-[ts]tu-id|sxs-lookup|<span|\[!(?:NOTE|IMPORTANT)\]|:::/i);
      expect(en, doc.file).not.toMatch(/data-[ts]tu-id|sxs-lookup|<span|\[!(?:NOTE|IMPORTANT)\]|:::/i);
    }
    expect(checked).toBe(73);
  });

  it('reads list text indented into a code block as list text', () => {
    const tree = page(site, 'de/new-offers');
    expect(selectAll('article pre', tree)).toEqual([]);
    expect(selectAll('article code', tree).map((c) => hastToString(c)).filter((t) => /span/.test(t))).toEqual([]);
    const item = selectAll('article ol > li', tree)[0]!;
    expect(normalize(hastToString(item))).toContain('Wählen Sie Angebote aus.');
  });

  it('shows the TOC as a sidebar on every page, in TOC order, the current page marked', () => {
    const nav = (path: string) => select('nav.site-nav', page(site, path))!;
    const titles = (path: string) => selectAll('li > a, li > span', nav(path)).map((n) => normalize(hastToString(n)));
    expect(titles('de/index')).toEqual(['Übersicht über das Partner Center', 'Mitgliedschaft', 'Abrechnung im Überblick', 'Rechnungen lesen', 'Details zur Mitgliedschaft', 'Angebote', 'Schritte für neue Angebote', 'Nicht übersetzte Hinweise', 'Seite ohne Gebietsschema', 'Unvollständige Seite']);
    // Nesting follows the heading levels: the group holds its pages, a page its section.
    expect(selectAll(':scope > ul > li', nav('de/index')).map((li) => normalize(hastToString(select(':scope > a, :scope > span', li)!)))).toEqual(['Übersicht über das Partner Center', 'Mitgliedschaft', 'Seite ohne Gebietsschema']);
    expect(selectAll('a[aria-current=page]', nav('de/details')).map((a) => a.properties.href)).toEqual(['/de/details/']);
    // English: the English titles of the pages; what has no English stays German, marked so.
    expect(titles('en/index')).toEqual(['Partner Center overview', 'Mitgliedschaft', 'Billing overview', 'Invoices', 'Membership details', 'Angebote', 'New offers', 'Nicht übersetzte Hinweise', 'Page without a locale', 'Damaged page']);
    const german = selectAll('[lang=de]', nav('en/details')).map((n) => `${normalize(hastToString(n))} ${n.properties.href ?? ''}`.trim());
    expect(german).toEqual(['Mitgliedschaft', 'Angebote', 'Nicht übersetzte Hinweise /de/nicht-uebersetzt/']);
    for (const path of ['de/nicht-uebersetzt', 'de/unvollstaendig', 'en/new-offers']) expect(select('nav.site-nav', page(site, path)), path).toBeTruthy();
  });

  it('pages through the TOC’s order, then the pages it does not list', () => {
    const pager = (path: string) => selectAll('nav.pager a', page(site, path)).map((a) => `${a.properties.rel} ${a.properties.href}`);
    expect(pager('de/index')).toEqual(['next /de/billing-overview/']);
    expect(pager('de/billing-overview')).toEqual(['prev /de/index/', 'next /de/details/']);
    expect(pager('de/unvollstaendig')).toEqual(['prev /de/ohne-gebietsschema/', 'next /de/rechnung-lesen/']);
    // English skips the page that has no English side.
    expect(pager('en/new-offers')).toEqual(['prev /en/details/', 'next /en/ohne-gebietsschema/']);
  });

  it('links between pages in the same language, anchors and relative folders kept', () => {
    const hrefs = (path: string) => [...new Set(selectAll('article a', page(site, path)).map((a) => String(a.properties.href)))];
    // Site-absolute links as the published docs wrote them (`/partner-center/page#x`) too.
    expect(hrefs('de/index')).toEqual(['/de/billing-overview/', '/de/billing-overview/#rechnungen', '/de/details/', '/de/new-offers/#schritte', 'gibt-es-nicht.md']);
    expect(hrefs('en/index')).toEqual(['/en/billing-overview/', '/en/billing-overview/#rechnungen', '/en/details/', '/en/new-offers/#schritte', 'gibt-es-nicht.md']);
    expect(hrefs('de/details')).toEqual(['/de/index/']);
    // The include's links are relative to the include, not to the page.
    expect(hrefs('en/billing-overview')).toEqual(['/en/index/#overview', '/en/index/']);
    expect(hrefs('de/billing-overview')).toEqual(['/de/index/#overview', '/de/index/']);
    // A monolingual page is linked in its own language from the English side.
    expect(hrefs('de/nicht-uebersetzt')).toEqual(['/de/index/']);
  });

  it('lists the broken link on the QA page, anchored to its finding', () => {
    const tree = page(site, 'de/qa');
    const list = select('#broken-links', tree)!;
    expect(normalize(hastToString(list))).toMatch(/Defekte Links \(1\)/);
    const item = selectAll('.qa-links li', tree);
    expect(item).toHaveLength(1);
    expect(normalize(hastToString(item[0]!))).toContain(`${FOLDER}/index.md:17:`);
    const anchor = String(select('a', item[0]!)!.properties.href);
    expect(select(`[id="${anchor.slice(1)}"]`, tree)).toBeTruthy();
  });

  it('copies images beside the sources and serves them from pages in any folder, DocFX :::image blocks too', () => {
    const src = '/media/de-de/partner-center/images/dashboard.png';
    expect(existsSync(join(site, src))).toBe(true);
    for (const path of ['de/index', 'en/index']) expect(selectAll('article p:not(.pair-twin) img', page(site, path)).map((i) => i.properties.src), path).toEqual([src, src]);
    for (const path of ['de/details', 'de/billing-overview']) expect(selectAll('article p:not(.pair-twin) img', page(site, path)).map((i) => i.properties.src), path).toEqual([src]);
    expect(selectAll('article p:not(.pair-twin) img', page(site, 'de/index'))[1]!.properties.alt).toBe('Das Dashboard mit dem Bereich [Abrechnung] rot umrandet.');
    expect(articleText(page(site, 'de/index'))).not.toContain(':::');
  });

  it('shows a DocFX alert as a note titled in the interface language, without its marker', () => {
    for (const [path, title] of [['de/index', 'Hinweis'], ['en/index', 'Note']] as const) {
      const alert = select('article .alert-note[role=note]', page(site, path))!;
      expect(normalize(hastToString(select('.alert-title', alert)!)), path).toBe(title);
      expect(hastToString(alert), path).not.toContain('[!NOTE]');
    }
  });

  it('reports the damage and the real translation defects as errors at their place, and the folder facts as notes', () => {
    const found = qa.files.flatMap((f) => f.diagnostics.map((d) => `${f.file.slice(FOLDER.length + 1)}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`));
    // Dates in several forms are no error; a different day count and a different amount are, as is the damage.
    expect(found.filter((l) => / error /.test(l))).toEqual([
      'billing-overview.md:24:31 error number-mismatch',
      'billing-overview.md:24:236 error number-mismatch',
      'unvollstaendig.md:10:5 error sxs-unclosed-span',
      'unvollstaendig.md:13:1 error sxs-orphan-twin',
    ]);
    expect(found).toEqual(expect.arrayContaining([
      'index.md:17:35 warning link-missing-page',
      'new-offers.md:14:9 warning sxs-markup-in-code',
      'nicht-uebersetzt.md:1:1 info sxs-monolingual',
      'ohne-gebietsschema.md:1:1 info sxs-missing-locale',
      'TOC.md:8:1 info sxs-heading-without-space',
    ]));
    expect(qa.fileCount).toBe(10);
  });
});

describe.skipIf(!hasBrowser)('a repository-shaped site in the browser', () => {
  it('has no accessibility violation and no console error on its pages, sidebar, alerts, damaged pages and QA page included', async () => {
    const site = builtSite('repo-shaped', FIXTURE);
    const server = await serveSite(site);
    const browser = await launchBrowser();
    try {
      for (const path of ['/de/index/', '/en/index/', '/de/rechnung-lesen/', '/en/rechnung-lesen/', '/de/unvollstaendig/', '/en/unvollstaendig/', '/de/nicht-uebersetzt/', '/de/new-offers/', '/de/qa/']) {
        const page = await browser.context.newPage();
        const problems = watchPage(page);
        await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
        expect(await axeViolations(page), path).toEqual([]);
        expect(problems, path).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);
});
