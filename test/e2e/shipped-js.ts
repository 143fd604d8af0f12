// What a built page makes the browser download, read from its HTML and the files it names:
// scripts (with the modules they import, as the browser would follow them), islands and
// their framework runtime, stylesheets. Shared by the byte budgets and `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { posix, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';

export interface Island {
  /** Module of the component, e.g. `/_astro/Checker.abc.js`. */
  component: string;
  /** Module of the framework renderer (Preact's client), e.g. `/_astro/client.abc.js`. */
  renderer: string;
}

export interface PageAssets {
  /** Scripts the page loads itself, by URL (`/site.js`), in document order. */
  scripts: string[];
  /** Text of the page's inline scripts (Astro's island loader). */
  inline: string[];
  islands: Island[];
  stylesheets: string[];
  /** Same-site images and icons the page references. */
  images: string[];
}

const attr = (el: Element, name: string): string | undefined => {
  const v = el.properties[name];
  return typeof v === 'string' ? v : undefined;
};
const local = (url: string | undefined): url is string => !!url && url.startsWith('/') && !url.startsWith('//');

/** The assets a page's HTML names. */
export function pageAssets(html: string): PageAssets {
  const tree = fromHtml(html) as Root;
  const scripts = selectAll('script[src], link[rel~=modulepreload]', tree).map((el) => attr(el, 'src') ?? attr(el, 'href'));
  const inline = selectAll('script:not([src])', tree)
    .filter((el) => !/json/.test(attr(el, 'type') ?? ''))
    .map((el) => hastToString(el));
  const islands = selectAll('astro-island', tree).map((el) => ({ component: String(el.properties.componentUrl ?? el.properties['component-url']), renderer: String(el.properties.rendererUrl ?? el.properties['renderer-url']) }));
  const stylesheets = selectAll('link[rel~=stylesheet]', tree).map((el) => attr(el, 'href'));
  const images = [...selectAll('img[src]', tree).map((el) => attr(el, 'src')), ...selectAll('link[rel~=icon]', tree).map((el) => attr(el, 'href'))];
  return { scripts: scripts.filter(local), inline, islands, stylesheets: stylesheets.filter(local), images: images.filter(local) };
}

// Minifiers quote specifiers with any of the three quotes (Rolldown writes import(`./x.js`)).
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`$]+)["'`]\s*\)/g;

export interface ClosureOptions {
  /** Follow `import("…")` too, modules loaded on demand (search, lazy chunks). Default: true. */
  dynamic?: boolean;
}

/** A module and every module it imports, as site URLs. */
export function moduleClosure(site: string, url: string, options: ClosureOptions = {}): string[] {
  const patterns = options.dynamic === false ? [STATIC_IMPORT] : [STATIC_IMPORT, DYNAMIC_IMPORT];
  const seen = new Set<string>();
  const visit = (u: string): void => {
    if (seen.has(u)) return;
    seen.add(u);
    const file = join(site, u);
    if (!existsSync(file)) throw new Error(`${u} is referenced but not in the built site`);
    const code = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const [, spec] of code.matchAll(pattern)) {
        if (spec && (spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/'))) visit(posix.resolve(posix.dirname(u), spec));
      }
    }
  };
  visit(url);
  return [...seen];
}

export interface Bytes {
  raw: number;
  gzip: number;
}

const sizeOf = (content: Buffer | string): Bytes => ({ raw: Buffer.byteLength(content), gzip: gzipSync(content).length });
export const fileBytes = (site: string, url: string): Bytes => sizeOf(readFileSync(join(site, url)));
export const sum = (all: Bytes[]): Bytes => all.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** Every script file a page makes the browser fetch as it loads: its scripts, their static imports and its islands. */
export function scriptFiles(site: string, assets: PageAssets, options: ClosureOptions = { dynamic: false }): string[] {
  const roots = [...assets.scripts, ...assets.islands.flatMap((i) => [i.component, i.renderer])];
  return [...new Set(roots.flatMap((u) => moduleClosure(site, u, options)))];
}

/** JavaScript a page ships as it loads, files and inline scripts, each gzipped on its own as a server would. */
export function pageScriptBytes(site: string, assets: PageAssets): Bytes {
  return sum([...scriptFiles(site, assets).map((u) => fileBytes(site, u)), ...assets.inline.map(sizeOf)]);
}

/** JavaScript a page loads only on demand (`import("…")`, such as search), beyond what it ships at once. */
export function onDemandScriptBytes(site: string, assets: PageAssets): Bytes {
  const eager = new Set(scriptFiles(site, assets));
  return sum(scriptFiles(site, assets, { dynamic: true }).filter((u) => !eager.has(u)).map((u) => fileBytes(site, u)));
}

/** Chunks Vite names after Preact's own package files (`preact/hooks/dist/hooks.module.js` → `hooks.module.<hash>.js`). */
const PREACT_CHUNK = /\/(?:preact|hooks|jsxRuntime|signals|signals-core|compat)\.module\.[\w-]+\.js$/;

/** Preact's runtime as a page loads it: the renderer's modules and Preact's own package chunks. */
export function isRuntime(site: string, island: Island): (url: string) => boolean {
  const renderer = new Set(moduleClosure(site, island.renderer));
  return (url) => renderer.has(url) || PREACT_CHUNK.test(url);
}

/**
 * An island's own JavaScript, Preact's runtime left out: by default what it loads as it
 * hydrates (static imports); with `dynamic`, also what it loads on demand.
 */
export function islandFiles(site: string, island: Island, options: ClosureOptions = { dynamic: false }): string[] {
  const runtime = isRuntime(site, island);
  return moduleClosure(site, island.component, options).filter((u) => !runtime(u));
}

/** Everything the page downloads: the HTML, its stylesheets, scripts and images. */
export function pageWeight(site: string, htmlPath: string): Bytes {
  const html = readFileSync(join(site, htmlPath), 'utf8');
  const assets = pageAssets(html);
  const files = [...assets.stylesheets, ...scriptFiles(site, assets), ...assets.images].filter((u) => existsSync(join(site, u)));
  return sum([sizeOf(html), ...files.map((u) => fileBytes(site, u))]);
}
