// Where editors find a page's source: the `REPO_URL` build setting (a repository's file
// browser, e.g. `https://example.org/tandem/blob/main/`) joined with the content folder's place
// in the project and the source's path in that folder.
import { isAbsolute, relative } from 'node:path';
import { contentDir } from './content-dir.js';

export interface SourceLinkOptions {
  /** Base URL of the repository's files. Default: the `REPO_URL` environment variable; unset means no link. */
  repoUrl?: string;
  /** The content folder relative to the project (the repository's root). Default: that of `CONTENT_DIR` or `content/`. */
  folder?: string;
}

const segments = (path: string): string[] => path.split(/[\\/]/).filter((p) => p !== '' && p !== '.');

/**
 * The URL of a source file (named relative to the content folder) in the repository, or
 * `undefined` when no repository is set or the file lies outside the project (a `CONTENT_DIR`
 * elsewhere is not in this repository).
 */
export function sourceLink(sourcePath: string, options: SourceLinkOptions = {}): string | undefined {
  const repoUrl = options.repoUrl ?? process.env.REPO_URL;
  if (!repoUrl) return undefined;
  const folder = options.folder ?? relative(process.cwd(), contentDir());
  const outside = (p: string) => isAbsolute(p) || /^[a-z]:[\\/]/i.test(p) || segments(p).includes('..');
  if (outside(sourcePath) || outside(folder)) return undefined;
  const parts = [...segments(folder), ...segments(sourcePath)];
  if (parts.length === 0) return undefined;
  const base = repoUrl.endsWith('/') ? repoUrl : `${repoUrl}/`;
  return new URL(parts.map(encodeURIComponent).join('/'), base).href;
}
