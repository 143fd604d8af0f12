// Folders of a given number of pages made from a folder of sources: the sources' pages copied
// under new names (`name.md`, `name-2.md`, …), the folder's TOC.md and other files kept once, so
// a build of any size reads real pages with their real links.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { markdownFiles } from '../../src/sxs/read-sources.ts';
import { isTocFile } from '../../src/sxs/parse-toc.ts';

/** The pages among a folder's markdown files: neither a TOC.md nor a part below an `includes` folder. */
export const pageFiles = (from: string, files: string[] = markdownFiles(from)): string[] => files.filter((f) => !isTocFile(f) && !/(^|\/)includes\//.test(relative(from, f)));

/** Writes `count` pages made from the pages under `from` into `to`; returns the page files written. */
export function sweepFolder(from: string, to: string, count: number): string[] {
  const files = markdownFiles(from);
  const pages = pageFiles(from, files);
  if (pages.length === 0) throw new Error(`${from}: no pages to copy`);
  for (const toc of files.filter((f) => isTocFile(f))) {
    const target = join(to, relative(from, toc));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(toc, target);
  }
  const written: string[] = [];
  for (let i = 0; i < count; i++) {
    const page = pages[i % pages.length]!;
    const copy = Math.floor(i / pages.length);
    const rel = relative(from, page);
    const name = copy === 0 ? rel : join(dirname(rel), `${basename(rel, '.md')}-${copy + 1}.md`);
    const target = join(to, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(page));
    written.push(target);
  }
  return written;
}
