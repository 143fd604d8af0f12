// The content-layer loader: runs the sxs pipeline over the content folder and stores one
// entry per page and language. In a build any error stops everything before a page is
// written; in the dev server errors are logged and the last good pages stay up.
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { formatDiagnostic } from '../sxs/diagnostics.js';
import { assertPublishable } from '../sxs/read-sources.js';
import { Competency } from '../requirements/model.js';
import { analyzeSources, disagreementNotes } from './analyze-sources.js';
import { buildPages } from './build-pages.js';
import { contentDir, entryPath } from './content-dir.js';

export const PageData = z.object({
  lang: z.string(),
  locale: z.string(),
  side: z.enum(['target', 'source']),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  headings: z.array(z.object({ depth: z.number(), slug: z.string(), text: z.string() })),
  alternates: z.array(z.object({ lang: z.string(), locale: z.string(), title: z.string() })),
  kind: z.enum(['competency', 'doc']),
  lastHandoff: z.string().optional(),
  sourcePath: z.string(),
  segmentCount: z.number(),
  model: Competency.optional(),
  diagnostics: z.array(
    z.object({
      file: z.string(),
      place: z.object({ line: z.number(), column: z.number(), offset: z.number() }),
      severity: z.enum(['error', 'warning', 'info']),
      ruleId: z.string(),
      reason: z.string(),
      hint: z.string().optional(),
      segmentId: z.string().optional(),
    }),
  ),
});
export type PageData = z.infer<typeof PageData>;

export interface SxsLoaderOptions {
  /** Folder of sxs sources. Default: `CONTENT_DIR` or `content/`. */
  dir?: string;
}

export function sxsLoader(options: SxsLoaderOptions = {}): Loader {
  const dir = options.dir ?? contentDir();
  const sync = ({ store, logger }: Pick<LoaderContext, 'store' | 'logger'>, failHard: boolean): void => {
    const { docs, models, diagnostics } = analyzeSources(dir);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    for (const d of diagnostics.filter((x) => x.severity === 'warning')) logger.warn(formatDiagnostic(d));
    if (errors.length) {
      if (failHard) assertPublishable(diagnostics);
      for (const d of errors) logger.error(formatDiagnostic(d));
      return;
    }
    const pages = buildPages(docs, { models, diagnostics, notesFor: (doc, side) => disagreementNotes(models.get(doc.file), side) });
    store.clear();
    for (const { html, id, headings, ...data } of pages) {
      store.set({ id, data: { ...data, headings }, body: '', rendered: { html, metadata: { headings } }, filePath: entryPath(data.sourcePath) });
    }
    logger.info(`${docs.length} source(s), ${pages.length} page(s) from ${dir}`);
  };
  return {
    name: 'tandem-sxs',
    schema: PageData,
    load: async (context) => {
      sync(context, !context.watcher);
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(dir);
      const onChange = (path: string): void => {
        if (path.startsWith(dir) && path.endsWith('.md')) sync(context, false);
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
