// Where editors find a page's source: the `REPO_URL` build setting (a repository's file
// browser, e.g. `https://example.org/tandem/blob/main/`) joined with the source's path.
import { isAbsolute } from 'node:path';

export interface SourceLinkOptions {
  /** Base URL of the repository's files. Default: the `REPO_URL` environment variable; unset means no link. */
  repoUrl?: string;
}

/**
 * The URL of a source file in the repository, or `undefined` when no repository is set or
 * the file lies outside the project (a `CONTENT_DIR` elsewhere is not in this repository).
 */
export function sourceLink(sourcePath: string, options: SourceLinkOptions = {}): string | undefined {
  const repoUrl = options.repoUrl ?? process.env.REPO_URL;
  if (!repoUrl) return undefined;
  if (isAbsolute(sourcePath) || /^[a-z]:[\\/]/i.test(sourcePath)) return undefined;
  const parts = sourcePath.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.includes('..')) return undefined;
  const base = repoUrl.endsWith('/') ? repoUrl : `${repoUrl}/`;
  return new URL(parts.map(encodeURIComponent).join('/'), base).href;
}
