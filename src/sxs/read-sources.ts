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

/** A source file found under a folder, read, with how it is to be parsed. */
export interface PlannedSource {
  file: string;
  bytes: Buffer;
  /** The locale its folder gives a file without `ms.contentlocale`. */
  fallbackLocale?: string;
  /** For a page source (not a `TOC.md`): the options `parseSxs` is given. */
  parseOptions?: ParseOptions;
}

/**
 * Every source under `dir`, read as bytes (so that invalid UTF-8 is named), with the options each
 * is parsed with: a file without `ms.contentlocale` gets its folder's locale (`folderLocales`).
 */
export function planSources(dir: string, options: ReadSourcesOptions = {}): { files: PlannedSource[]; unread: Diagnostic[] } {
  const { name = (file: string) => file, document: _document, ...parse } = options;
  const walk = walkSources(dir, name);
  const read = walk.files.map((file) => ({ file, bytes: readFileSync(file) }));
  const declared = new Map(read.map(({ file, bytes }) => [file, isTocFile(file) ? undefined : declaredLocale(bytes.subarray(0, 8_000).toString('utf8'))]));
  const locales = folderLocales(declared);
  const files = read.map(({ file, bytes }): PlannedSource => {
    const fallbackLocale = locales.get(file)?.locale;
    const parseOptions: ParseOptions | undefined = isTocFile(file) ? undefined : { file: name(file), ...parse, ...(fallbackLocale ? { fallbackLocale } : {}) };
    return { file, bytes, ...(fallbackLocale ? { fallbackLocale } : {}), ...(parseOptions ? { parseOptions } : {}) };
  });
  return { files, unread: walk.diagnostics };
}

/** Reads and parses every source under `dir` (`planSources`). */
export function readSources(dir: string, options: ReadSourcesOptions = {}): Sources {
  const { name = (file: string) => file, document = (_b, _n, _o, parse) => parse() } = options;
  const { files, unread } = planSources(dir, options);
  const docs: AlignedDocument[] = [];
  const tocs: Sources['tocs'] = [];
  const diagnostics: Diagnostic[] = [...unread];
  for (const { file, bytes, fallbackLocale, parseOptions } of files) {
    if (!parseOptions) {
      const toc = { ...parseToc(bytes, { file: name(file) }), ...(fallbackLocale ? { locale: fallbackLocale } : {}) };
      tocs.push(toc);
      diagnostics.push(...toc.diagnostics);
      continue;
    }
    const doc = document(bytes, parseOptions.file!, parseOptions, () => parseSxs(bytes, parseOptions));
    docs.push(doc);
    diagnostics.push(...doc.diagnostics);
  }
  return { docs, tocs, diagnostics, unread };
}

/** Throws one `SxsError` carrying every diagnostic when any of them is an error. */
export function assertPublishable(diagnostics: Diagnostic[]): void {
  if (diagnostics.some((d) => d.severity === 'error')) throw new SxsError(diagnostics);
}
