// The entry to the flow for a whole folder: every `*.md` source under it → aligned documents
// (and the folder's `TOC.md` tables of contents, which are not pages) with all their diagnostics
// together, so a build can report every problem of every file at once.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SxsError } from './diagnostics.js';
import { declaredLocale, folderLocales } from './folder-locale.js';
import { parseSxs, type ParseOptions } from './parse-sxs.js';
import { isTocFile, parseToc, type TocDocument } from './parse-toc.js';
import type { AlignedDocument, Diagnostic } from './types.js';

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

export interface SourceWalk {
  /** The `*.md` files (regular files, or links to files inside the folder), sorted by their path below it. */
  files: string[];
  /** What was not read and why: links out of the folder, broken links, loops, unreadable folders. */
  diagnostics: Diagnostic[];
}

const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** Whether `path`, links followed, is inside the folder `root` (links followed too); false for what does not exist. */
export function isInsideFolder(root: string, path: string): boolean {
  try {
    return inside(realpathSync(root), realpathSync(path));
  } catch {
    return false;
  }
}

/** The rules of what the walk did not read. */
export const UNREAD_RULES: ReadonlySet<string> = new Set(['sxs-link-outside', 'sxs-broken-link', 'sxs-unreadable-source']);

const skipped = (file: string, ruleId: string, reason: string, hint: string): Diagnostic => ({ file, place: { line: 1, column: 1, offset: 0 }, severity: 'error', ruleId, reason, hint });

/**
 * The one walk over a content folder that every reader uses (site build, QA, XLIFF). Policy:
 * a symbolic link is followed, file or folder alike, only when its target is inside the folder
 * (else it is reported and not read: a source cannot publish a file from elsewhere); a folder is
 * walked whatever its name (`x.md/` is a folder, not a source); each real folder is read once, so
 * link loops end. `name` gives the path diagnostics use.
 */
export function walkSources(dir: string, name: (file: string) => string = (f) => f): SourceWalk {
  return walkFiles(dir, (file) => file.toLowerCase().endsWith('.md'), name);
}

/**
 * The files below `dir` that `accept` takes (by their name), under `walkSources`' link policy; a
 * link `accept` takes that points nowhere or out of the folder is reported. For every walk of the
 * content folder (sources, images, the dev server's change check): Node's recursive `readdirSync`
 * follows links out of the folder and round a loop forever.
 */
export function walkFiles(dir: string, accept: (name: string) => boolean, name: (file: string) => string = (f) => f): SourceWalk {
  const root = realpathSync(dir);
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>([root]);
  const stack = [dir];
  while (stack.length) {
    const folder = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(skipped(name(folder), 'sxs-unreadable-source', `Unexpected folder that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}), expected a readable folder`, 'Check the folder\'s permissions.'));
      continue;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(path);
          const st = statSync(real);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          if (accept(entry.name)) diagnostics.push(skipped(name(path), 'sxs-broken-link', 'Unexpected symbolic link to nothing, expected a link to a file inside the content folder', 'Remove the link or point it at a source inside the folder.'));
          continue;
        }
        if (!inside(root, real)) {
          diagnostics.push(skipped(name(path), 'sxs-link-outside', `Unexpected symbolic link to \`${real}\`, outside the content folder, expected sources inside it`, 'Copy the file or folder into the content folder; links out of it are not followed.'));
          continue;
        }
        if (isDir && seen.has(real)) continue;
        if (isDir) seen.add(real);
      } else if (isDir) {
        seen.add(realpathSync(path));
      }
      if (isDir) stack.push(path);
      else if (isFile && accept(entry.name)) files.push(path);
    }
  }
  const key = (f: string) => relative(dir, f);
  files.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { files, diagnostics };
}

/** Paths of the `*.md` files under `dir`, recursively, sorted by their path below `dir` (`walkSources` without its diagnostics). */
export const markdownFiles = (dir: string): string[] => walkSources(dir).files;

/**
 * The sources a path names: a folder's walk, or a file (a link to a file is read as the file).
 * A missing path throws, naming it.
 */
export function walkPath(path: string, name?: (file: string) => string): SourceWalk {
  return lstatSync(path) && statSync(path).isDirectory() ? walkSources(path, name) : { files: [path], diagnostics: [] };
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
