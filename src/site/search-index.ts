// Search: after Astro has written the site, Pagefind indexes each page's article into one
// index per `<html lang>`, so a reader only ever searches the language of the page they are on.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';

/**
 * What is on a page but not in its language, or not content: the other language's twins
 * (reveal and side-by-side), translation notes, the page's metadata line and the checker's form.
 */
export const NOT_INDEXED = ['.sxs-twin', '.pair-twin', '.sxs-note', '.doc-meta', '.checker'];

/** Folder of the index inside the built site; the search script loads `/pagefind/pagefind.js`. */
export const INDEX_DIR = 'pagefind';

export interface IndexSiteResult {
  pageCount: number;
  outputPath: string;
}

/** Indexes every HTML page below `dir` and writes the index to `dir/pagefind`. */
export async function indexSite(dir: string): Promise<IndexSiteResult> {
  const { index, errors } = await createIndex({ excludeSelectors: NOT_INDEXED });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, INDEX_DIR) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pageCount: added.page_count, outputPath: written.outputPath };
  } finally {
    await close();
  }
}

/** A page's searchable part as the page shows it: its language, its title and its article's HTML. */
export interface SearchRecord {
  url: string;
  lang: string;
  title: string;
  html: string;
}

// The content loader and this integration are loaded separately by Astro but run in one
// process: the loader leaves the pages' records here for the build to index.
const RECORDS = Symbol.for('tandem.search-records');
type Shared = { [RECORDS]?: SearchRecord[] };

/** Called by the content loader of a build: these pages are indexed while Vite builds the site. */
export function queueSearchRecords(records: SearchRecord[]): void {
  (globalThis as Shared)[RECORDS] = records;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page as Pagefind reads it from the built file: `<html lang>` and the article marked as the body. */
export const recordHtml = (r: SearchRecord): string =>
  `<!doctype html><html lang="${escapeHtml(r.lang)}"><head><title>${escapeHtml(r.title)}</title></head><body><article data-pagefind-body>${r.html}</article></body></html>`;

/**
 * Indexes records in Pagefind's own process, so it runs on another core while Astro goes on;
 * the returned function writes the index into the built site.
 */
async function indexRecords(records: SearchRecord[]): Promise<(dir: string) => Promise<IndexSiteResult>> {
  const { index, errors } = await createIndex({ excludeSelectors: NOT_INDEXED });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await Promise.all(records.map((r) => index.addHTMLFile({ url: r.url, content: recordHtml(r) })));
  const failed = added.flatMap((a, i) => a.errors.map((e) => `${records[i]!.url}: ${e}`));
  if (failed.length) throw new Error(`Pagefind could not index ${failed.join('; ')}`);
  return (dir) => writeIndex(index, dir, records.length);
}

async function writeIndex(index: PagefindIndex, dir: string, pageCount: number): Promise<IndexSiteResult> {
  try {
    const written = await index.writeFiles({ outputPath: join(dir, INDEX_DIR) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pageCount, outputPath: written.outputPath };
  } finally {
    await close();
  }
}

/**
 * The Astro integration: `astro build` alone yields a searchable site. The pages the content
 * loader queued are indexed from the start of the build, alongside Vite; without them (another
 * content source) the written site is indexed at the end.
 */
export function searchIndex(): AstroIntegration {
  let started = 0;
  let pending: Promise<(dir: string) => Promise<IndexSiteResult>> | undefined;
  return {
    name: 'tandem-search-index',
    hooks: {
      'astro:build:start': () => {
        const records = (globalThis as Shared)[RECORDS];
        started = performance.now();
        if (!records) return;
        pending = indexRecords(records);
        // Reported when awaited at the end of the build; not an unhandled rejection meanwhile.
        pending.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { pageCount } = pending ? await (await pending)(out) : await indexSite(out);
        logger.info(`${pageCount} page(s) indexed for search, ${Math.round(performance.now() - started)} ms after the build started`);
      },
    },
  };
}
