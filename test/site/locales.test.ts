// A site in any locale the sources come in: a folder holding the German product page and a
// French translation of part of it builds /de/, /fr/ and one /en/. French has no UI
// catalogue, so its UI is English and says so with lang="en"; dates follow the page locale.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/site/site-data.ts';
import { builtSite, readPage } from '../helpers/built-site.ts';
import { ROOT, SEED } from '../helpers/shared.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'site-fr');
const PRODUCT = 'competency-cloud-productivity';
const NNBSP = '\u202F';

const page = (site: string, path: string): Root => fromHtml(readPage(site, path));
const text = (node: Element | undefined): string => (node ? hastToString(node).replace(/\s+/g, ' ').trim() : '');

describe('formatting for the page locale', () => {
  it.each([
    ['de-DE', '7. Juli 2017'],
    ['en-US', 'July 7, 2017'],
    ['fr-FR', '7 juillet 2017'],
    ['ja-JP', '2017年7月7日'],
  ])('writes 2017-07-07 for %s as %s', (locale, expected) => {
    expect(formatDate('2017-07-07', locale)).toBe(expected);
  });
});

describe('a folder of German and French sources', () => {
  let site = '';
  beforeAll(() => {
    // The German page comes from content/, so the fixture holds only the French one.
    mkdirSync(join(FIXTURE, 'de-de'), { recursive: true });
    cpSync(SEED, join(FIXTURE, 'de-de', `${PRODUCT}.md`));
    site = builtSite('site-fr', FIXTURE);
  });

  it('builds /de/, /fr/ and one /en/, each with the product page', () => {
    for (const lang of ['de', 'fr', 'en']) expect(existsSync(join(site, lang, PRODUCT, 'index.html')), lang).toBe(true);
    const languages = readdirSync(site).filter((d) => existsSync(join(site, d, 'index.html')) && /^[a-z]{2}$/.test(d));
    expect(languages.sort()).toEqual(['de', 'en', 'fr']);
    const enList = selectAll('.page-list a', page(site, 'en')).map((a) => a.properties.href);
    expect(enList).toEqual([`/en/${PRODUCT}/`]);
    // The English page is the German source's full original, not the French excerpt's.
    expect(text(select('article', page(site, `en/${PRODUCT}`)))).toContain('Partners must have deployed 1,000 active entitlements');
  });

  it('shows the French content in French, with its numbers as the translator wrote them', () => {
    const tree = page(site, `fr/${PRODUCT}`);
    expect(select('html', tree)!.properties.lang).toBe('fr');
    const article = select('article', tree)!;
    expect(article.properties.lang ?? 'fr').toBe('fr');
    expect(text(select('h1 .sxs-main', article))).toBe('Compétence Cloud Productivity');
    // Read raw: the narrow no-break space is whitespace to \s and must survive as itself.
    expect(hastToString(article)).toContain(`Les partenaires doivent avoir déployé 2${NNBSP}000 droits actifs`);
  });

  it('falls back to English UI strings on the French page and marks each with lang="en"', () => {
    const tree = page(site, `fr/${PRODUCT}`);
    const chrome: Array<[string, string]> = [
      ['header.site-header', 'Search'],
      ['.skip', 'Skip to content'],
      ['.toc-title', 'On this page'],
      ['.reveal-controls', 'Show both languages side by side'],
      ['.doc-meta', 'Last updated'],
      ['footer', 'licensed under'],
    ];
    for (const [selector, english] of chrome) {
      const el = select(selector, tree);
      expect(text(el), selector).toContain(english);
      expect(el!.properties.lang, selector).toBe('en');
    }
    const crumbs = selectAll('.breadcrumb li', tree);
    expect(crumbs.map((li) => li.properties.lang)).toEqual(['en', 'en', undefined]);
    expect(text(crumbs[2])).toBe('Compétence Cloud Productivity');
    // The search results are French content, whatever the language of the box's labels.
    expect(select('.search-results', tree)!.properties.lang).toBe('fr');
  });

  it('keeps German UI strings on the German page, in German', () => {
    const tree = page(site, `de/${PRODUCT}`);
    expect(select('header.site-header', tree)!.properties.lang).toBe('de');
    expect(text(select('.toc-title', tree))).toBe('Auf dieser Seite');
  });

  it('dates the French page the French way, marked as French inside the English label', () => {
    const time = select('.doc-meta time', page(site, `fr/${PRODUCT}`))!;
    expect(time.properties).toMatchObject({ dateTime: '2017-07-07', lang: 'fr' });
    expect(text(time)).toBe('7 juillet 2017');
    expect(text(select('.doc-meta time', page(site, `de/${PRODUCT}`)))).toBe('7. Juli 2017');
    expect(text(select('.doc-meta time', page(site, `en/${PRODUCT}`)))).toBe('July 7, 2017');
  });

  it('lists all three languages as alternates and in the switcher, from every page', () => {
    for (const lang of ['de', 'fr', 'en']) {
      const tree = page(site, `${lang}/${PRODUCT}`);
      const alternates = selectAll('link[rel=alternate][hreflang]', tree).map((l) => `${l.properties.hrefLang} ${new URL(String(l.properties.href)).pathname}`);
      expect(alternates.sort(), lang).toEqual([`de-DE /de/${PRODUCT}/`, `en-US /en/${PRODUCT}/`, `fr-FR /fr/${PRODUCT}/`, `x-default /en/${PRODUCT}/`]);
      const switcher = selectAll('.lang-switch li > *', tree).map((a) => `${a.properties.lang}:${text(a)}`);
      expect(switcher.sort(), lang).toEqual(['de:Deutsch', 'en:English', 'fr:Français']);
    }
  });

  it('lists the French pages under English headings marked lang="en", titles in French', () => {
    const tree = page(site, 'fr');
    expect(select('h1', tree)!.properties.lang).toBe('en');
    expect(text(select('h1', tree))).toBe('Partner Center documentation');
    expect(select('#competency', tree)!.properties.lang).toBe('en');
    expect(text(select('.page-list a', tree))).toBe('Compétence Cloud Productivity');
  });

  it('builds a search index for French next to German and English', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en', 'fr']);
  });
});
