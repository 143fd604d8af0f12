// Reads sxs sources from files and folders (recursively, `.md` files) into aligned documents,
// in path order. Used by the command-line tools.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSxs } from '../sxs/parse-sxs.js';
import type { AlignedDocument } from '../sxs/types.js';

/** The `.md` files a path stands for: itself, or every one below it. */
export function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(path, f))
    .sort();
}

/** Parses every source under the paths; diagnostics name files relative to `cwd`. */
export function readSources(paths: string[], cwd = process.cwd()): AlignedDocument[] {
  return paths.flatMap(sourceFiles).map((file) => parseSxs(readFileSync(file), { file: relative(cwd, file) || file }));
}
