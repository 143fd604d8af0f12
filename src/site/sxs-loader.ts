// The content-layer loaders: run the sxs pipeline over the content folder (once per change,
// `siteFor`) and store the pages per language, the navigation per language and each source's
// report. A build publishes every page and lists every problem; with TANDEM_STRICT=1 any error
// stops it before a page is written. The dev server shows each source's problems on its page.
import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { Competency } from '../requirements/model.js';
import type { SiteBuild, SourceCache } from './loader-runtime.js';
import { sharedRuntime, shareRuntime } from './shared-runtime.js';
import { terminalText } from '../util/terminal-text.js';

type Runtime = typeof import('./loader-runtime.js');
let runtime: Promise<Runtime> | undefined;

/** The pipeline: the copy the config has loaded (`prebuild.ts`), else loaded when a loader first runs (see `loader-runtime.ts`). */
const loadRuntime = (): Promise<Runtime> =>
  (runtime ??= (async () => {
    const rt = sharedRuntime() ?? (await import('./loader-runtime.js'));
    // The page template reads the pages' HTML from the runtime the loader used.
    shareRuntime(rt);
    return rt;
  })());

const DiagnosticData = z.object({
  file: z.string(),
  place: z.object({ line: z.number(), column: z.number(), offset: z.number() }),
  severity: z.enum(['error', 'warning', 'info']),
  ruleId: z.string(),
  reason: z.string(),
  hint: z.string().optional(),
  segmentId: z.string().optional(),
});

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
  outdated: z.object({ changed: z.number(), removed: z.number(), added: z.number() }).optional(),
  requirementChanges: z.array(z.object({ segmentId: z.string(), diff: z.string() })).optional(),
  model: Competency.optional(),
  /** In the dev server only: the source's errors and warnings, for the box at the top of the page. */
  devProblems: z.array(DiagnosticData).optional(),
});
export type PageData = z.infer<typeof PageData>;

export const NavData = z.object({
  lang: z.string(),
  entries: z.array(z.object({ depth: z.number(), title: z.string(), href: z.string().optional(), lang: z.string().optional() })),
});
export type NavData = z.infer<typeof NavData>;

export const SourceData = z.object({
  file: z.string(),
  lang: z.string().optional(),
  slug: z.string().optional(),
  kind: z.enum(['page', 'include', 'toc']),
  diagnostics: z.array(DiagnosticData),
});
export type SourceData = z.infer<typeof SourceData>;

export interface SxsLoaderOptions {
  /** Folder of sxs sources. Default: `CONTENT_DIR` or `content/`. */
  dir?: string;
}

type Context = Pick<LoaderContext, 'store' | 'logger' | 'watcher' | 'config'>;

/** One cache per cache folder for the life of the process (the dev server keeps it between saves). */
function cacheFor(rt: Runtime, context: Context): SourceCache {
  // The dev server keeps documents in memory between saves; a build reads each source once.
  return rt.sourceCacheFor(rt.sourceCacheDir(context.config.cacheDir), Boolean(context.watcher));
}

/** Prints the list and, for a strict build with errors, stops the process before any page is written. */
function report(rt: Runtime, build: SiteBuild, { logger, watcher }: Context): void {
  const { formatBuildDiagnostics, formatBuildSummary, formatCensus, isStrict, rememberSummary } = rt;
  if (!watcher && isStrict() && build.counts.error > 0) {
    // Exit here rather than throw: a thrown error would be printed with the loader's stack.
    const lines = formatBuildDiagnostics(build.diagnostics, ['error']);
    writeSync(2, `${lines.join('\n')}\n${formatBuildSummary(build, { written: false })}\nTANDEM_STRICT=1: no page was written.\n`);
    process.exit(1);
  }
  for (const line of formatBuildDiagnostics(build.diagnostics, ['error'])) logger.error(line);
  for (const line of formatBuildDiagnostics(build.diagnostics, ['warning'])) logger.warn(line);
  logger.info(formatCensus(build.census));
  const summary = formatBuildSummary(build);
  logger.info(summary);
  rememberSummary(summary);
}

const logged = new WeakSet<SiteBuild>();

/** Runs `sync` now and, in the dev server, again whenever a file of the folder changes. */
function loadWith(name: string, folder: string | undefined, sync: (rt: Runtime, build: SiteBuild, context: Context) => void): Loader['load'] {
  return async (context) => {
    const rt = await loadRuntime();
    const dir = folder ?? rt.contentDir();
    const run = () => {
      try {
        const cache = cacheFor(rt, context);
        const build = rt.siteFor(dir, { cache });
        // Said once per build (the config may have built the folder already, `prebuild.ts`), by the loader that meets it first.
        const read = cache.lastBuild;
        if (!logged.has(build) && read.reused + read.parsed > 0) context.logger.info(`${read.parsed} source(s) read, ${read.reused} unchanged since the last build`);
        logged.add(build);
        sync(rt, build, context);
      } catch (error) {
        // Content problems are diagnostics; this is a fault of the tool itself, said once.
        context.logger.error(terminalText(`${name}: ${error instanceof Error ? error.message : String(error)}`));
        if (!context.watcher) throw error;
      }
    };
    run();
    const { watcher } = context;
    if (!watcher) return;
    watcher.add(dir);
    // An editor's save can be several writes (truncate, then write): read once they have settled.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = (path: string): void => {
      if (!path.startsWith(dir)) return;
      clearTimeout(timer);
      timer = setTimeout(run, 60);
    };
    watcher.on('change', onChange);
    watcher.on('add', onChange);
    watcher.on('unlink', onChange);
  };
}

/** Pages, one entry per page and language. */
export function sxsLoader(options: SxsLoaderOptions = {}): Loader {
  return {
    name: 'tandem-sxs',
    schema: PageData,
    load: loadWith('tandem-sxs', options.dir, (rt, build, context) => {
      report(rt, build, context);
      // A build indexes the pages for search while Vite builds; the dev server has no search index.
      if (!context.watcher) rt.queueSearchRecords(build.pages.map((p) => ({ url: `/${p.lang}/${p.slug}/`, lang: p.lang, title: p.title, html: p.html })));
      // The HTML stays in memory (`page-html.ts`); each entry's digest covers it, so a changed page is stored again.
      rt.keepPageHtml(build.pages);
      replaceEntries(
        rt,
        context,
        build.pages.map(({ html, id, diagnostics, ...data }) => {
          // A page's problems are in the sources collection; the dev server also shows them on the page.
          const devProblems = context.watcher ? { devProblems: diagnostics.filter((d) => d.severity !== 'info') } : {};
          return { id, data: { ...data, ...devProblems }, body: '', filePath: rt.entryPath(resolve(build.dir, data.sourcePath)), html };
        }),
      );
    }),
  };
}

type Entry = Parameters<Context['store']['set']>[0];

/** Digests of pages' HTML by the HTML itself: an unchanged page's HTML is the very string kept for it, found without hashing it again. */
let htmlDigests = new Map<string, string>();

/**
 * Makes the collection hold exactly `entries`. Each carries a digest of its content, so an entry
 * that did not change is left as it is (Astro neither walks nor stores it again): after one
 * source changed, only its pages are set. A page's HTML is hashed once, when it first appears.
 */
function replaceEntries(rt: Runtime, context: Context, entries: Array<Entry & { html?: string }>): void {
  const ids = new Set(entries.map((e) => e.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  const seen = new Map<string, string>();
  for (const { html, ...entry } of entries) {
    let htmlDigest = '';
    if (html !== undefined) {
      htmlDigest = seen.get(html) ?? htmlDigests.get(html) ?? rt.hashOf(html);
      seen.set(html, htmlDigest);
    }
    const rest = JSON.stringify({ data: entry.data, filePath: entry.filePath ?? null });
    context.store.set({ ...entry, digest: rt.hashOf(rest, htmlDigest) });
  }
  if (seen.size) htmlDigests = seen;
}

/** The navigation from the folder's TOC.md, one entry per language. */
export function navLoader(options: SxsLoaderOptions = {}): Loader {
  return {
    name: 'tandem-nav',
    schema: NavData,
    load: loadWith('tandem-nav', options.dir, (rt, build, context) => {
      // Every language gets an entry, empty without a TOC, so the collection is never missing.
      const langs = new Set([...build.pages.map((p) => p.lang), ...build.nav.keys()]);
      replaceEntries(rt, context, [...langs].map((lang) => ({ id: lang, data: { lang, entries: build.nav.get(lang) ?? [] } })));
    }),
  };
}

/** Every source file with its problems, for the QA pages and `/data/qa.json`. */
export function sourcesLoader(options: SxsLoaderOptions = {}): Loader {
  return {
    name: 'tandem-sources',
    schema: SourceData,
    load: loadWith('tandem-sources', options.dir, (rt, build, context) => {
      replaceEntries(rt, context, build.files.map((f) => ({ id: f.file, data: { ...f } })));
    }),
  };
}
