// The one walk over a content folder that every reader uses (site build, QA, XLIFF, images, the
// dev server's change check), apart from the parser so that what only lists files (the Astro
// config, the image copy) does not load it.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from './types.js';

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

