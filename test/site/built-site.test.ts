// The built site, read back: every segment on its page, the page metadata a reader and a
// search engine expect, and no script on plain pages.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { selectAll, select } from 'hast-util-select';
import { remove } from 'unist-util-remove';
import type { Root, Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFolder } from '../../src/site/build-pages.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { formatDate } from '../../src/site/site-data.ts';
import { builtSite, readPage } from '../helpers/built-site.ts';
import { CORPUS, ROOT, hasCorpus } from '../helpers/shared.ts';

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The visible text of a page's article, the other language's twins taken out. */
function articleText(html: string): string {
  const tree = fromHtml(html) as Root;
  const article = select('article', tree)!;
  remove(article, (n) => n.type === 'element' && ['sxs-twin', 'pair-twin', 'sxs-note'].some((c) => ((n as Element).properties.className as string[] | undefined)?.includes(c)));
  return normalize(hastToString(article));
}

function expectEverySegmentShown(site: string, contentDir: string): number {
  const { docs } = parseFolder(contentDir, ROOT);
  let checked = 0;
  for (const doc of docs) {
    const slug = doc.file.split('/').pop()!.replace(/\.md$/, '');
    const de = articleText(readPage(site, `de/${slug}`));
    const en = articleText(readPage(site, `en/${slug}`));
    for (const s of doc.segments) {
      if (s.context === 'front-matter') continue;
      expect(de, `${doc.file} ${s.id} (de)`).toContain(normalize(s.target.text));
      expect(en, `${doc.file} ${s.id} (en)`).toContain(normalize(s.source.text));
      checked++;
    }
  }
  return checked;
}

describe('the seed site', () => {
  let site = '';
  beforeAll(() => {
    site = builtSite('seed', join(ROOT, 'content'));
  });

  it('shows every German segment on the German page and every English one on the English page', () => {
    expect(expectEverySegmentShown(site, join(ROOT, 'content'))).toBe(39);
  });

  it("keeps the pages' HTML out of Astro's content store, which holds their data (src/site/page-html.ts)", () => {
    const store = readFileSync(join(ROOT, 'node_modules', '.astro', 'data-store.json'), 'utf8');
    expect(store).toContain('sourcePath');
    expect(store).not.toContain('sxs-main');
    expect(readPage(site, 'de/competency-cloud-productivity')).toContain('class="sxs-main"');
  });

  it('marks language, canonical, alternates and description', () => {
    const html = readPage(site, 'de/competency-cloud-productivity');
    const tree = fromHtml(html);
    expect(select('html', tree)!.properties.lang).toBe('de-DE');
    expect(select('link[rel=canonical]', tree)!.properties.href).toMatch(/\/de\/competency-cloud-productivity\/$/);
    const alternates = selectAll('link[rel=alternate]', tree).map((l) => `${l.properties.hrefLang}=${l.properties.href}`);
    expect(alternates).toEqual(expect.arrayContaining([expect.stringMatching(/^de-DE=.*\/de\/competency-cloud-productivity\/$/), expect.stringMatching(/^en-US=.*\/en\/competency-cloud-productivity\/$/)]));
    expect(select('meta[name=description]', tree)!.properties.content).toMatch(/^Die Kompetenz „Cloud Productivity“/);
    const en = fromHtml(readPage(site, 'en/competency-cloud-productivity'));
    expect(select('html', en)!.properties.lang).toBe('en-US');
    expect(select('meta[name=description]', en)!.properties.content).toMatch(/^The Cloud Productivity competency is for partners/);
    expect(select('title', en) && hastToString(select('title', en)!)).toMatch(/^Cloud Productivity competency/);
  });

  it('gives headings the source anchors and both pages the same ones', () => {
    const ids = (lang: string) => selectAll('article h1[id], article h2[id], article h3[id]', fromHtml(readPage(site, `${lang}/competency-cloud-productivity`))).map((h) => h.properties.id);
    expect(ids('de')).toEqual(['cloud-productivity-competency', 'managed-service-partner-option', 'silver', 'gold']);
    expect(ids('en')).toEqual(ids('de'));
  });

  it('lets each sentence reveal its twin: focusable, one Tab stop for them all, described by the twin, twin in the other language', () => {
    const tree = fromHtml(readPage(site, 'de/competency-cloud-productivity'));
    const mains = selectAll('.sxs-main', tree);
    expect(mains.length).toBe(39);
    expect(mains.map((m) => m.properties.tabIndex)).toEqual([0, ...mains.slice(1).map(() => -1)]);
    for (const m of mains) {
      const twin = select(`[id="${String(m.properties.ariaDescribedBy)}"]`, tree)!;
      expect(twin.properties.lang).toBe('en-US');
    }
  });

  it('ships no framework script on a plain page, only the small site script', () => {
    const scripts = selectAll('script', fromHtml(readPage(site, 'de/competency-cloud-productivity')));
    const external = scripts.map((s) => s.properties.src).filter(Boolean);
    expect(external).toContain('/site.js');
    expect(readFileSync(join(site, 'site.js')).length).toBeLessThan(3072);
  });

  it('has a root page offering both languages, indexes, 404 pages and a sitemap', () => {
    const root = fromHtml(readFileSync(join(site, 'index.html'), 'utf8'));
    expect(selectAll('a', root).map((a) => a.properties.href)).toEqual(expect.arrayContaining(['/de/', '/en/']));
    const deIndex = fromHtml(readFileSync(join(site, 'de', 'index.html'), 'utf8'));
    expect(hastToString(deIndex)).toContain('Cloud Productivity-Kompetenz');
    expect(existsSync(join(site, 'de', '404', 'index.html'))).toBe(true);
    expect(existsSync(join(site, '404.html'))).toBe(true);
    const sitemap = readdirSync(site).filter((f) => f.startsWith('sitemap'));
    expect(sitemap.length).toBeGreaterThan(0);
    const urls = readFileSync(join(site, 'sitemap-0.xml'), 'utf8');
    expect(urls).toContain('/de/competency-cloud-productivity/');
    expect(urls).not.toContain('/404/');
  });

  it('publishes the requirement model and its schema, the model valid against the schema', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const schema = JSON.parse(readFileSync(join(site, 'data', 'schema.json'), 'utf8'));
    const raw = readFileSync(join(site, 'data', 'competency-cloud-productivity.json'), 'utf8');
    const model = JSON.parse(raw);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
    expect(raw).toContain('"2ecbe-114"');
    expect(model.options).toHaveLength(1);
  });

  it('shows readers where the translation leaves out a fact, in their language', () => {
    const notes = (lang: string) => selectAll('[data-sxs="2ecbe-120"] ~ .sxs-note, .sxs-note', fromHtml(readPage(site, `${lang}/competency-cloud-productivity`))).map((n) => hastToString(n));
    expect(notes('de').join(' ')).toMatch(/Fast Track Partner/);
    expect(notes('de').length).toBe(2);
    expect(notes('en').join(' ')).toMatch(/leaves out “Fast Track Partner”/);
  });

  it('lists the problems found in the sources on a QA page that search engines skip', () => {
    const tree = fromHtml(readPage(site, 'de/qa'));
    expect(select('meta[name=robots]', tree)!.properties.content).toMatch(/noindex/);
    const text = hastToString(select('main', tree)!);
    expect(text).toContain('2ecbe-120');
    expect(text).toContain('2ecbe-135');
    expect(text).toMatch(/Fast Track Partner/);
    // What the grammar read, per competency page, in the page's language.
    const read = select('.qa-requirements', tree)!;
    expect(hastToString(read)).toContain('4 erkannt, 0 zu bestätigen');
  });

  it.each([
    ['de', 'de-DE'],
    ['en', 'en-US'],
  ] as const)('writes the %s QA page in its language, messages marked English, errors first, rule and segment apart, code as code', (lang, locale) => {
    const t = useTranslations(locale);
    const tree = fromHtml(readPage(site, `${lang}/qa`));
    // One finding per cause: the seed's Fast Track Partner omission is one finding with both places.
    const items = selectAll('.qa-list li', tree);
    expect(items.length).toBeGreaterThanOrEqual(3);
    const grouped = items.find((li) => hastToString(li).includes('missing-term'))!;
    expect(selectAll('.qa-occurrences .qa-occurrence', grouped).map((o) => hastToString(o))).toEqual([expect.stringContaining('2ecbe-120'), expect.stringContaining('2ecbe-135')]);
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const severities = items.map((li) => (li.properties.className as string[])[0]!.replace('qa-', '') as keyof typeof rank);
    expect(severities.map((s) => rank[s])).toEqual([...severities.map((s) => rank[s])].sort((a, b) => a - b));
    for (const [i, li] of items.entries()) {
      expect(hastToString(select('.qa-severity', li)!)).toBe(t(`qa.severity.${severities[i]!}`));
      expect(select('.qa-message', li)!.properties.lang).toBe('en');
      expect(hastToString(li)).not.toContain('`');
    }
    const first = normalize(hastToString(items.find((li) => hastToString(li).includes('end-punctuation'))!));
    expect(first).toMatch(new RegExp(`${t('qa.rule')} end-punctuation ${t('qa.segment')} 2ecbe-\\d+ Unexpected`));
    expect(selectAll('.qa-message code', tree).map((c) => hastToString(c))).toContain('2ecbe-114');
  });

  it('says near the title of a page whose source is old that its requirements may have changed, and the checker which version it evaluates', () => {
    for (const [lang, locale] of [['de', 'de-DE'], ['en', 'en-US']] as const) {
      const html = readPage(site, `${lang}/competency-cloud-productivity`);
      const age = select('.doc-age', fromHtml(html))!;
      expect(hastToString(age)).toBe(useTranslations(locale)('page.old', { date: formatDate('2017-07-07', locale) }));
      expect(html).toContain(useTranslations(locale)('checker.estimate.version', { date: formatDate('2017-07-07', locale) }));
    }
  });

  it('credits the content to Microsoft under CC BY 4.0 on every page', () => {
    for (const path of ['de/competency-cloud-productivity', 'en/competency-cloud-productivity', 'de', 'en']) {
      const footer = select('footer', fromHtml(readPage(site, path)))!;
      expect(hastToString(footer)).toMatch(/Microsoft/);
      expect(selectAll('a[rel=license]', footer)[0]!.properties.href).toBe('https://creativecommons.org/licenses/by/4.0/');
    }
  });
});

describe.skipIf(!hasCorpus)('the corpus site', () => {
  let site = '';
  beforeAll(() => {
    site = builtSite('corpus', CORPUS);
  });

  it('builds all 17 pages in both languages with every segment shown', () => {
    const slugs = readdirSync(CORPUS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
    expect(slugs).toHaveLength(17);
    for (const slug of slugs) {
      expect(existsSync(join(site, 'de', slug, 'index.html')), `de/${slug}`).toBe(true);
      expect(existsSync(join(site, 'en', slug, 'index.html')), `en/${slug}`).toBe(true);
    }
    expect(expectEverySegmentShown(site, CORPUS)).toBeGreaterThan(700);
  });

  it('builds with no error, every problem a warning or a note on the QA page', () => {
    const qa = JSON.parse(readFileSync(join(site, 'data', 'qa.json'), 'utf8')) as { counts: Record<string, number>; fileCount: number };
    expect(qa.fileCount).toBe(17);
    expect(qa.counts.error).toBe(0);
  });

  it('links between pages to the same language', () => {
    const tree = fromHtml(readPage(site, 'de/competencies'));
    const hrefs = selectAll('article a', tree).map((a) => String(a.properties.href));
    expect(hrefs).toContain('/de/learn-about-competencies/');
  });
});
