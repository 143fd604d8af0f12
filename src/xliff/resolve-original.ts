// Where a `<file original="…">` of an imported XLIFF may point: only at an existing `.md`
// source inside the content folder. The XLIFF comes from outside, so its paths are untrusted
// input; the folder comes from the command line, never from the XLIFF itself.
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export type Resolved = { path: string } | { reason: string; hint: string };

const HINT = 'Originals are paths relative to the content folder (`--root`, default `CONTENT_DIR` or `content/`), as the export writes them; import with the same folder the XLIFF was exported from.';

/** Whether `path` is `root` or below it; both must already be real paths. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Resolves `original` against the real path of the content folder `root`. Refuses absolute
 * paths, any `..` segment, names that are not `.md`, names that do not exist, that are not
 * regular files, or whose real path (symlinks followed) leaves the folder.
 */
export function resolveOriginal(original: string, root: string): Resolved {
  const refuse = (why: string): Resolved => ({ reason: `Unexpected <file original="${original}">: ${why}, expected the path of an existing .md source inside the content folder`, hint: HINT });
  if (original === '') return refuse('empty');
  if (/[\u0000-\u001f\u007f]/.test(original)) return refuse('it contains control characters');
  if (isAbsolute(original) || /^[A-Za-z]:|^[\\/]/.test(original)) return refuse('an absolute path');
  if (original.split(/[\\/]/).includes('..')) return refuse('it leaves the content folder with `..`');
  if (!original.endsWith('.md')) return refuse('not a .md file');
  let real: string;
  try {
    real = realpathSync(resolve(root, original));
  } catch {
    return refuse('no such file');
  }
  if (!isInside(root, real)) return refuse(`a symbolic link that leads outside the content folder (to ${real})`);
  if (!statSync(real).isFile()) return refuse('not a regular file');
  return { path: real };
}
