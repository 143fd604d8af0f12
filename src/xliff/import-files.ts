// XLIFF import on disk: resolves every `<file original>` inside the content folder, stages
// every new source in memory through `importXliff` (which re-parses each one), and only when
// all of them pass replaces them together with `writeFilesAtomic`. Nothing is written otherwise.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { parseSxs } from '../sxs/parse-sxs.js';
import { importXliff, type ImportProblem, type ImportResult, type Loaded } from './import-xliff.js';
import { resolveOriginal } from './resolve-original.js';
import { writeFilesAtomic, type AtomicFs } from './write-files-atomic.js';

export interface ImportFilesOptions {
  /** The content folder every `original` is relative to and must stay inside. Required. */
  root: string;
  /** Write the one file of a one-file XLIFF here instead of over its source. Default: none. */
  out?: string;
  /** File operations for the writes. Default: node:fs with fsync (see `writeFilesAtomic`). */
  fs?: AtomicFs;
}

export interface ImportFilesReport extends Omit<ImportResult, 'files'> {
  /** Every file of the XLIFF, with where it was (or would have been) written. */
  files: Array<{ original: string; path: string; changed: string[]; written: boolean }>;
  /** Set when the XLIFF was valid but writing failed; no file was changed then. */
  writeError?: Error;
}

/** Runs an import of XLIFF bytes against the sources under `options.root`. */
export function importFiles(xliff: string | Uint8Array, options: ImportFilesOptions): ImportFilesReport {
  const root = realpathSync(options.root);
  if (!statSync(root).isDirectory()) throw new Error(`Unexpected content folder ${options.root} that is not a folder, expected the folder of the sources`);
  const paths = new Map<string, string>();
  const seen = new Map<string, string>();
  const load = (original: string): Loaded => {
    const resolved = resolveOriginal(original, root);
    if (!('path' in resolved)) return resolved;
    const twice = seen.get(resolved.path);
    if (twice !== undefined) return { reason: `Unexpected <file original="${original}"> for the same source as <file original="${twice}">, expected each source once`, hint: 'Export again; one XLIFF file names each source once.' };
    seen.set(resolved.path, original);
    paths.set(original, resolved.path);
    return parseSxs(readFileSync(resolved.path), { file: relative(process.cwd(), resolved.path) || resolved.path });
  };
  const result = importXliff(xliff, load);
  const problems: ImportProblem[] = [...result.problems];
  if (options.out && !problems.length && result.files.length !== 1) {
    problems.push({ file: '<xliff>', reason: `Unexpected --out with ${result.files.length} files in the XLIFF, expected one` });
  }
  const files = problems.length ? [] : result.files.map((f) => ({ ...f, path: options.out ?? paths.get(f.original)!, write: Boolean(options.out) || f.changed.length > 0 }));
  const report: ImportFilesReport = { problems, stale: result.stale, files: files.map(({ original, path, changed }) => ({ original, path, changed, written: false })) };
  const writes = files.filter((f) => f.write);
  try {
    writeFilesAtomic(writes.map((f) => ({ path: f.path, data: Buffer.from(f.text, 'utf8') })), { fs: options.fs });
    for (const r of report.files) r.written = writes.some((w) => w.original === r.original);
  } catch (error) {
    report.writeError = error as Error;
  }
  return report;
}
