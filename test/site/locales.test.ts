// A site in any locale the sources come in: a folder holding the German product page and a
// French translation of part of it builds /de/, /fr/ and one /en/, each page's interface in its
// language; a language with no UI catalogue (Italian) gets English strings marked lang="en".
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/site/site-data.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { builtSite, readPage } from '../helpers/built-site.ts';
import { multilingualFolder } from '../helpers/fixture-folders.ts';
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
    expect(select('html', tree)!.properties.lang).toBe('fr-FR');
    const article = select('article', tree)!;
    expect(article.properties.lang ?? 'fr').toBe('fr');
    expect(text(select('h1 .sxs-main', article))).toBe('Compétence Cloud Productivity');
    // Read raw: the narrow no-break space is whitespace to \s and must survive as itself.
    expect(hastToString(article)).toContain(`Les partenaires doivent avoir déployé 2${NNBSP}000 droits actifs`);
  });

  it('shows the interface of the French page in French, from the French catalogue, with no English left', () => {
    const tree = page(site, `fr/${PRODUCT}`);
    const t = useTranslations('fr-FR');
    const chrome: Array<[string, string]> = [
      ['header.site-header', t('search.open')],
      ['.skip', t('nav.skip')],
      ['.toc-title', t('toc.title')],
      ['.reveal-controls', t('reveal.toggle')],
      ['.doc-meta', t('page.updated')],
      ['footer', t('footer.license')],
    ];
    for (const [selector, french] of chrome) {
      const el = select(selector, tree);
      expect(text(el), selector).toContain(french.replace(/\s+/g, ' ').trim());
      expect(el!.properties.lang ?? 'fr', selector).toBe('fr');
    }
    // Only the switcher's English entry and the English twins speak English.
    const english = selectAll('[lang=en]', tree).filter((el) => !el.properties.className?.toString().includes('sxs-twin'));
    expect(english.map((el) => text(el))).toEqual(['English']);
  });

  it('keeps German UI strings on the German page, in German', () => {
    const tree = page(site, `de/${PRODUCT}`);
    expect(select('header.site-header', tree)!.properties.lang).toBe('de');
    expect(text(select('.toc-title', tree))).toBe('Auf dieser Seite');
  });

  it('dates the French page the French way', () => {
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

  it('lists the French pages under French headings, titles in French', () => {
    const tree = page(site, 'fr');
    expect(select('h1', tree)!.properties.lang ?? 'fr').toBe('fr');
    expect(text(select('h1', tree))).toBe(useTranslations('fr-FR')('index.title'));
    expect(text(select('.page-list a', tree))).toBe('Compétence Cloud Productivity');
  });

  it('builds a search index for French next to German and English', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en', 'fr']);
  });
});

describe('a folder of German, French, Japanese and Italian sources', () => {
  let site = '';
  beforeAll(() => {
    // The German page comes from content/; French and Japanese translate all of it, Italian a part.
    site = builtSite('multilingual', multilingualFolder());
  });

  it.each([
    ['fr', 'fr-FR'],
    ['ja', 'ja-JP'],
  ])('builds the %s product page fully in its language: every element in it, interface and checker alike', (lang, locale) => {
    const tree = page(site, `${lang}/${PRODUCT}`);
    const t = useTranslations(locale);
    expect(select('html', tree)!.properties.lang).toBe(locale);
    const other = selectAll('[lang]', tree).filter((el) => el.tagName !== 'html' && !String(el.properties.lang).startsWith(lang));
    // What is in another language: the English twins of each sentence, and the switcher's names of the other languages.
    for (const el of other) {
      const classes = String(el.properties.className ?? '');
      const inSwitcher = selectAll('.lang-switch [lang]', tree).includes(el);
      expect(classes.includes('sxs-twin') || classes.includes('pair-twin') || inSwitcher, `${el.tagName}.${classes} lang=${el.properties.lang}: ${text(el).slice(0, 60)}`).toBe(true);
    }
    expect(text(select('.toc-title', tree))).toBe(t('toc.title'));
    expect(text(select('footer', tree))).toContain(t('footer.license'));
    // The checklist and the checker's shell, in the page's language.
    const checker = readPage(site, `${lang}/${PRODUCT}`);
    expect(checker).toContain(t('checker.title'));
    expect(checker).not.toContain('Check your eligibility');
  });

  it('falls back to English UI strings on a page in a language without a catalogue, and marks each with lang="en"', () => {
    const tree = page(site, `it/${PRODUCT}`);
    expect(select('html', tree)!.properties.lang).toBe('it-IT');
    for (const selector of ['.skip', '.toc-title', 'footer']) {
      const el = select(selector, tree);
      if (el) expect(el.properties.lang, selector).toBe('en');
    }
    expect(text(select('.skip', tree))).toBe('Skip to content');
    expect(text(select('h1 .sxs-main', tree))).toBe('Competenza Cloud Productivity');
  });

  it('reads the French and Japanese numbers in their own notation: no translation note on faithful pages', () => {
    for (const lang of ['fr', 'ja']) expect(selectAll('.sxs-note', page(site, `${lang}/${PRODUCT}`)), lang).toEqual([]);
    expect(selectAll('.sxs-note', page(site, `de/${PRODUCT}`)).length).toBe(2);
  });
});
