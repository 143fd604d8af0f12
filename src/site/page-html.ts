// The HTML of each page, kept in the build's memory (the content store holds each page's data
// and a digest of its HTML): Astro serializes its store whole (to disk, and into a module Vite
// bundles or reloads), which with every page's HTML in it was most of what a save in the dev
// server and the end of the content sync cost on a large folder. The content loader keeps the
// pages it stores here (`keepPageHtml`); the page template reads them (`storedPageHtml` in
// `shared-runtime.ts`). `astro build` renders its pages in the same process, as the dev server does.
let kept = new Map<string, string>();

/** Keeps the HTML of the pages just stored, by entry id; replaces what was kept before. */
export function keepPageHtml(pages: Array<{ id: string; html: string }>): void {
  kept = new Map(pages.map((p) => [p.id, p.html]));
}

/** The HTML of the page stored under `id`, if the loader stored one. */
export const pageHtml = (id: string): string | undefined => kept.get(id);
