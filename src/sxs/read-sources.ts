// The entry to the flow for a whole folder: every `*.md` source under it → aligned documents
// (and the folder's `TOC.md` tables of contents, which are not pages) with all their diagnostics
// together, so a build can report every problem of every file at once.
import { readFileSync } from 'node:fs';
import { SxsError } from './diagnostics.js';
import { declaredLocale, folderLocales } from './folder-locale.js';
import { parseSxs, type ParseOptions } from './parse-sxs.js';
import { isTocFile, parseToc, type TocDocument } from './parse-toc.js';
import type { AlignedDocument, Diagnostic } from './types.js';
import { walkSources } from './walk-sources.js';

export { isInsideFolder, markdownFiles, UNREAD_RULES, walkFiles, walkPath, walkSources, type SourceWalk } from './walk-sources.js';

export interface ReadSourcesOptions {
  /** Locale of the `sxs-lookup` side, passed to `parseSxs`. Default: `en-US`. */
  sourceLocale?: string;
  /** How a file is named in diagnostics and on its document. Default: its path as found. */
  name?: (file: string) => string;
  /**
   * Gives the document of a source: `parse()` it, or a document kept for the same bytes, name and
   * options (`SourceCache.document`). Default: parsed.
   */
  document?: (bytes: Uint8Array, name: string, options: ParseOptions, parse: () => AlignedDocument) => AlignedDocument;
}

export interface Sources {
  /** One document per page source (every `*.md` but `TOC.md`), in path order. */
  docs: AlignedDocument[];
  /** The tables of contents, in path order, each with the locale of its folder (when known). */
  tocs: Array<TocDocument & { locale?: string }>;
  /** The diagnostics of every document and table of contents, in path order, after those of what the walk did not read. */
  diagnostics: Diagnostic[];
  /** What the walk did not read and why (`walkSources`): part of `diagnostics`, on no document. */
  unread: Diagnostic[];
}

/**
 * Reads and parses every source under `dir`, as bytes so that invalid UTF-8 is named. A file
 * without `ms.contentlocale` gets its folder's locale (`folderLocales`).
 */
export function readSources(dir: string, options: ReadSourcesOptions = {}): Sources {
  const { name = (file: string) => file, document = (_b, _n, _o, parse) => parse(), ...parse } = options;
  const walk = walkSources(dir, name);
  const files = walk.files.map((file) => ({ file, bytes: readFileSync(file) }));
  const declared = new Map(files.map(({ file, bytes }) => [file, isTocFile(file) ? undefined : declaredLocale(bytes.subarray(0, 8_000).toString('utf8'))]));
  const locales = folderLocales(declared);
  const docs: AlignedDocument[] = [];
  const tocs: Sources['tocs'] = [];
  const diagnostics: Diagnostic[] = [...walk.diagnostics];
  for (const { file, bytes } of files) {
    const fallbackLocale = locales.get(file)?.locale;
    if (isTocFile(file)) {
      const toc = { ...parseToc(bytes, { file: name(file) }), ...(fallbackLocale ? { locale: fallbackLocale } : {}) };
      tocs.push(toc);
      diagnostics.push(...toc.diagnostics);
      continue;
    }
    const parseOptions: ParseOptions = { file: name(file), ...parse, ...(fallbackLocale ? { fallbackLocale } : {}) };
    const doc = document(bytes, parseOptions.file!, parseOptions, () => parseSxs(bytes, parseOptions));
    docs.push(doc);
    diagnostics.push(...doc.diagnostics);
  }
  return { docs, tocs, diagnostics, unread: walk.diagnostics };
}

/** Throws one `SxsError` carrying every diagnostic when any of them is an error. */
export function assertPublishable(diagnostics: Diagnostic[]): void {
  if (diagnostics.some((d) => d.severity === 'error')) throw new SxsError(diagnostics);
}
