// Reads sxs sources from files and folders (recursively, `.md` files but a folder's `TOC.md`,
// which is navigation, not a page) into aligned documents, in path order. A file without
// `ms.contentlocale` gets its folder's locale, as in the site build. Used by the command-line tools.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { declaredLocale, folderLocales } from '../sxs/folder-locale.js';
import { parseSxs } from '../sxs/parse-sxs.js';
import { isTocFile } from '../sxs/parse-toc.js';
import type { AlignedDocument } from '../sxs/types.js';

/** The `.md` files a path stands for: itself, or every one below it. */
export function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && !isTocFile(f))
    .map((f) => join(path, f))
    .sort();
}

/** Parses every source under the paths; diagnostics name files relative to `cwd`. */
export function readSources(paths: string[], cwd = process.cwd()): AlignedDocument[] {
  const files = paths.flatMap(sourceFiles).map((file) => ({ file, bytes: readFileSync(file) }));
  const locales = folderLocales(new Map(files.map(({ file, bytes }) => [file, declaredLocale(bytes.toString('utf8'))])));
  return files.map(({ file, bytes }) => {
    const fallbackLocale = locales.get(file)?.locale;
    return parseSxs(bytes, { file: relative(cwd, file) || file, ...(fallbackLocale ? { fallbackLocale } : {}) });
  });
}
