// Reads sxs sources from files and folders (recursively, `.md` files but a folder's `TOC.md`,
// which is navigation, not a page) into aligned documents, in path order. A file without
// `ms.contentlocale` gets its folder's locale, as in the site build. Used by the command-line
// tools; the walk and its policy (links, folders named `*.md`) are the site build's own.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { declaredLocale, folderLocales } from '../sxs/folder-locale.js';
import { parseSxs } from '../sxs/parse-sxs.js';
import { isTocFile } from '../sxs/parse-toc.js';
import { walkPath } from '../sxs/read-sources.js';
import type { AlignedDocument, Diagnostic } from '../sxs/types.js';

/** The `.md` files a path stands for: itself, or every one below it (`walkPath`). */
export function sourceFiles(path: string): string[] {
  return walkPath(path).files.filter((f) => !isTocFile(f));
}

/** A source the walk did not read, as a document with no content and the walk's reason. */
function unreadDocument(d: Diagnostic): AlignedDocument {
  return { ...parseSxs('', { file: d.file }), diagnostics: [d] };
}

/** Parses every source under the paths; diagnostics name files relative to `cwd`. */
export function readSources(paths: string[], cwd = process.cwd()): AlignedDocument[] {
  const name = (file: string) => relative(cwd, file) || file;
  const walks = paths.map((path) => walkPath(path, name));
  const files = walks.flatMap((w) => w.files.filter((f) => !isTocFile(f))).map((file) => ({ file, bytes: readFileSync(file) }));
  const locales = folderLocales(new Map(files.map(({ file, bytes }) => [file, declaredLocale(bytes.toString('utf8'))])));
  const docs = files.map(({ file, bytes }) => {
    const fallbackLocale = locales.get(file)?.locale;
    return parseSxs(bytes, { file: name(file), ...(fallbackLocale ? { fallbackLocale } : {}) });
  });
  return [...docs, ...walks.flatMap((w) => w.diagnostics).map(unreadDocument)];
}
