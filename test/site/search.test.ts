// Search on the built site: Pagefind's index per page language, queried the way the browser
// does it (Pagefind's own pagefind.js and WebAssembly, with files read from the built site).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, readPage } from '../helpers/built-site.ts';
import { CORPUS, ROOT, hasCorpus } from '../helpers/shared.ts';
import { sourceLink } from '../../src/site/source-link.ts';

interface Hit {
  url: string;
  title: string;
  sections: Array<{ url: string; title: string; excerpt: string }>;
}

interface PagefindInstance {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string; meta: { title: string }; sub_results: Hit['sections'] }> }> }>;
  destroy(): Promise<void>;
}

const realFetch = globalThis.fetch;
beforeAll(() => {
  // pagefind.js fetches its index next to itself; here that is a file: URL.
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith('file:')) return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
    return realFetch(input);
  }) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

/** Searches a built site as a reader on a page in `lang` would. */
async function search(site: string, lang: string, query: string): Promise<Hit[]> {
  // One module per language, as one page loads it: Pagefind keeps one WebAssembly (stemmer) per module.
  const url = `${pathToFileURL(join(site, 'pagefind', 'pagefind.js')).href}?lang=${lang}`;
  const pagefind = (await import(url)) as { createInstance(o: object): PagefindInstance };
  // Pagefind picks the index by <html lang>, as in the browser; it reads it once, here.
  Object.assign(globalThis, { document: { querySelector: () => ({ getAttribute: () => lang }) } });
  const instance = pagefind.createInstance({ baseUrl: '/' });
  Reflect.deleteProperty(globalThis, 'document');
  await instance.init();
  const found = await instance.search(query);
  const hits = await Promise.all(
    found.results.map(async (r) => {
      const d = await r.data();
      return { url: d.url, title: d.meta.title.trim(), sections: d.sub_results };
    }),
  );
  await instance.destroy();
  return hits;
}

const PRODUCT = 'competency-cloud-productivity';

describe('search on the seed site', () => {
  let site = '';
  beforeAll(() => {
    site = builtSite('seed', join(ROOT, 'content'));
  });

  it('writes one index per page language', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en']);
    expect(entry.languages.de!.page_count).toBe(1);
    expect(readdirSync(join(site, 'pagefind', 'index')).some((f) => f.startsWith('de_'))).toBe(true);
  });

  it('finds the exam code in English, in both sections that list it', async () => {
    const hits = await search(site, 'en', '70-347');
    expect(hits.map((h) => h.url)).toEqual([`/en/${PRODUCT}/`]);
    expect(hits[0]!.sections.map((s) => s.url)).toEqual([`/en/${PRODUCT}/#silver`, `/en/${PRODUCT}/#gold`]);
  });

  it('finds "Gold" in English and links to its heading', async () => {
    const [hit] = await search(site, 'en', 'Gold');
    expect(hit!.title).toBe('Cloud Productivity competency');
    expect(hit!.sections[0]).toMatchObject({ url: `/en/${PRODUCT}/#gold`, title: 'Gold' });
    expect(hit!.sections[0]!.excerpt).toContain('<mark>Gold</mark>');
  });

  it('finds "aktive Benutzer" on the German page, with the German excerpt', async () => {
    const [hit, ...rest] = await search(site, 'de', 'aktive Benutzer');
    expect(rest).toEqual([]);
    expect(hit!.url).toBe(`/de/${PRODUCT}/`);
    expect(hit!.title).toBe('Cloud Productivity-Kompetenz');
    expect(hit!.sections.map((s) => s.url)).toEqual([`/de/${PRODUCT}/#silver`, `/de/${PRODUCT}/#gold`]);
    expect(hit!.sections[0]!.excerpt).toMatch(/2\.000 <mark>aktive<\/mark> Berechtigungen <mark>\(aktive<\/mark> <mark>Benutzer\)<\/mark>/);
  });

  it('searches only the language of the page: the English twins are not in the German index', async () => {
    expect(await search(site, 'de', 'entitlements')).toEqual([]);
    expect(await search(site, 'de', 'thresholds')).toEqual([]);
    expect(await search(site, 'en', 'Leistungsschwellenwerte')).toEqual([]);
    expect(await search(site, 'en', 'entitlements')).toHaveLength(1);
    expect(await search(site, 'de', 'Leistungsschwellenwerte')).toHaveLength(1);
  });

  it('offers search only with JavaScript, labelled in the page language', () => {
    const tree = fromHtml(readPage(site, `de/${PRODUCT}`));
    const box = select('header details.search', tree)!;
    expect(box.properties.hidden).toBe(true);
    expect(select('summary', box)).toMatchObject({ children: [{ type: 'text', value: 'Suchen' }] });
    expect(select('label', box)!.properties.htmlFor).toEqual(['search-input']);
    expect(box.properties.dataNone).toBe('Keine Treffer für „{query}“.');
    expect(select('.search-results', box)!.properties.lang).toBe('de');
    // The page itself loads only the small frame and site scripts; search.js and the index come on opening.
    expect(selectAll('script[src]', tree).map((s) => s.properties.src)).toEqual(['/frame.js', '/site.js']);
    expect(readFileSync(join(site, 'site.js'), 'utf8')).toContain("import('/search.js')");
    expect(readFileSync(join(site, 'search.js'), 'utf8')).toContain("import('/pagefind/pagefind.js')");
  });

  it("allows Pagefind's WebAssembly in the page's content security policy, and nothing more", () => {
    const csp = String(select('meta[http-equiv=content-security-policy]', fromHtml(readPage(site, `en/${PRODUCT}`)))!.properties.content);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!;
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  });

  it('shows the source path as text when no repository is set', () => {
    const meta = select('.doc-meta', fromHtml(readPage(site, `de/${PRODUCT}`)))!;
    expect(selectAll('a', meta)).toEqual([]);
    expect(select('code', meta)).toMatchObject({ children: [{ type: 'text', value: `de-de/${PRODUCT}.md` }] });
  });
});

describe('the link to a source in the repository', () => {
  it.each([
    ['de-de/a b.md', 'content', 'https://example.org/tandem/blob/main/', 'https://example.org/tandem/blob/main/content/de-de/a%20b.md'],
    ['de-de/x.md', 'content', 'https://example.org/tandem/blob/main', 'https://example.org/tandem/blob/main/content/de-de/x.md'],
    ['de-de/x.md', '', 'https://example.org/r/', 'https://example.org/r/de-de/x.md'],
    ['x.md', '../shared/corpus', 'https://example.org/r/', undefined],
    ['x.md', '/abs/corpus', 'https://example.org/r/', undefined],
    ['../x.md', 'content', 'https://example.org/r/', undefined],
    ['x.md', 'content', '', undefined],
  ])('links %s in the folder %s under %s as %s', (path, folder, repoUrl, expected) => {
    expect(sourceLink(path, { repoUrl, folder })).toBe(expected);
  });
});

describe.skipIf(!hasCorpus)('search on the corpus site', () => {
  let site = '';
  beforeAll(() => {
    site = builtSite('corpus', CORPUS);
  });

  it('indexes all 17 pages in each language', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.de!.page_count).toBe(17);
    expect(entry.languages.en!.page_count).toBe(17);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('finds the exam code on the product page, at its level headings', async () => {
    const hits = await search(site, 'en', '70-347');
    const product = hits.find((h) => h.url === `/en/${PRODUCT}/`);
    expect(product, hits.map((h) => h.url).join(', ')).toBeDefined();
    expect(product!.sections.map((s) => s.url)).toEqual(expect.arrayContaining([`/en/${PRODUCT}/#silver`, `/en/${PRODUCT}/#gold`]));
  });

  it('finds "Gold" in English with heading anchors', async () => {
    const hits = await search(site, 'en', 'Gold');
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((h) => h.url.startsWith('/en/'))).toBe(true);
    const anchored = hits.flatMap((h) => h.sections).filter((s) => s.title === 'Gold');
    expect(anchored.map((s) => s.url)).toContain(`/en/${PRODUCT}/#gold`);
  });

  it('finds "aktive Benutzer" on German pages only', async () => {
    const hits = await search(site, 'de', 'aktive Benutzer');
    expect(hits.map((h) => h.url)).toContain(`/de/${PRODUCT}/`);
    expect(hits.every((h) => h.url.startsWith('/de/'))).toBe(true);
    const product = hits.find((h) => h.url === `/de/${PRODUCT}/`)!;
    expect(product.sections.some((s) => /#(silver|gold)/.test(s.url) && s.excerpt.includes('<mark>Benutzer'))).toBe(true);
  });
});
