// Where the site's sources live and which languages they make: read from the files
// themselves (`ms.contentlocale`), never from a list in code. Used by the Astro config
// (before any content is loaded) and by the content loader.
import { readFileSync } from 'node:fs';
import { declaredLocale, folderLocales } from '../sxs/folder-locale.js';
import { isTocFile } from '../sxs/parse-toc.js';
import { markdownFiles } from '../sxs/walk-sources.js';
import { languageOf } from '../i18n/language-of.js';
import { relative, resolve } from 'node:path';

/** The folder of sxs sources: `CONTENT_DIR` if set, else `content/`. */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR || 'content');
}

/** The folder of the current English the translations are held against: `ENGLISH_DIR`, if set. */
export function englishDir(root: string = process.cwd()): string | undefined {
  return process.env.ENGLISH_DIR ? resolve(root, process.env.ENGLISH_DIR) : undefined;
}

/**
 * Languages of the site: English (the originals) plus each source's `ms.contentlocale`, or for a
 * source without one the locale its folder gives it (the same rule the parser's reader applies).
 */
export function discoverLocales(dir: string): Record<string, string> {
  const locales: Record<string, string> = { en: 'en-US' };
  const files = markdownFiles(dir);
  const declared = new Map(files.map((file) => [file, isTocFile(file) ? undefined : declaredLocale(readFileSync(file, 'utf8'))]));
  for (const [file, { locale }] of folderLocales(declared)) {
    if (isTocFile(file)) continue;
    const [language, region] = locale.split('-');
    locales[languageOf(locale)] ??= region ? `${language!.toLowerCase()}-${region.toUpperCase()}` : language!.toLowerCase();
  }
  return locales;
}

/** The path of a source as editors know it: relative to the project when inside it, else absolute. */
export const displayPath = (file: string, root: string = process.cwd()): string => {
  const rel = relative(root, resolve(root, file));
  return rel.startsWith('..') ? resolve(root, file) : rel;
};

/** The path Astro keeps on an entry: relative to the project root (`file` absolute or relative to it). */
export const entryPath = (file: string, root: string = process.cwd()): string => relative(root, resolve(root, file));
