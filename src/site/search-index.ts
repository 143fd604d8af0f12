// Search: after Astro has written the site, Pagefind indexes each page's article into one
// index per `<html lang>`, so a reader only ever searches the language of the page they are on.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

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

/** The Astro integration: indexes the built site, so `astro build` alone yields a searchable site. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'tandem-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pageCount } = await indexSite(fileURLToPath(dir));
        logger.info(`${pageCount} page(s) indexed for search in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
