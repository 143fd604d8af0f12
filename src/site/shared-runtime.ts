// The content loaders' pipeline (`loader-runtime.ts`), shared through the process: the config
// loads it with Node (`prebuild.ts`), and the loaders, which Vite loads, use that copy (or share
// their own); the page template reads the pages' HTML from it (`page-html.ts`).
import type * as Runtime from './loader-runtime.js';

const KEY = Symbol.for('tandem.loader-runtime');

export const shareRuntime = (runtime: typeof Runtime): void => {
  (globalThis as Record<symbol, unknown>)[KEY] = runtime;
};

export const sharedRuntime = (): typeof Runtime | undefined => (globalThis as Record<symbol, unknown>)[KEY] as typeof Runtime | undefined;

/** The HTML the content loader kept for the page stored under `id` (`page-html.ts`). */
export function storedPageHtml(id: string): string {
  const html = sharedRuntime()?.pageHtml(id);
  if (html === undefined) throw new Error(`No HTML kept for the page \`${id}\`: the content loader (src/site/sxs-loader.ts) keeps each page's HTML when it stores the page; it must run in this process first.`);
  return html;
}
