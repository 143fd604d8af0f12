// The entry to the flow for a whole folder: every `*.md` source under it → aligned documents and
// all their diagnostics together, so a build can report every problem of every file at once
// and stop before writing anything.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SxsError } from './diagnostics.js';
import { parseSxs } from './parse-sxs.js';
import type { AlignedDocument, Diagnostic } from './types.js';

export interface ReadSourcesOptions {
  /** Locale of the `sxs-lookup` side, passed to `parseSxs`. Default: `en-US`. */
  sourceLocale?: string;
  /** How a file is named in diagnostics and on its document. Default: its path as found. */
  name?: (file: string) => string;
}

export interface Sources {
  /** One document per source, in path order. */
  docs: AlignedDocument[];
  /** The diagnostics of every document, in the same order. */
  diagnostics: Diagnostic[];
}

/** Paths of the `*.md` files under `dir`, recursively, sorted by their path below `dir`. */
export function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => {
      const ra = relative(dir, a);
      const rb = relative(dir, b);
      return ra < rb ? -1 : ra > rb ? 1 : 0;
    });
}

/** Reads and parses every source under `dir`, as bytes so that invalid UTF-8 is named. */
export function readSources(dir: string, options: ReadSourcesOptions = {}): Sources {
  const { name = (file: string) => file, ...parse } = options;
  const docs = markdownFiles(dir).map((file) => parseSxs(readFileSync(file), { file: name(file), ...parse }));
  return { docs, diagnostics: docs.flatMap((d) => d.diagnostics) };
}

/** Throws one `SxsError` carrying every diagnostic when any of them is an error. */
export function assertPublishable(diagnostics: Diagnostic[]): void {
  if (diagnostics.some((d) => d.severity === 'error')) throw new SxsError(diagnostics);
}
